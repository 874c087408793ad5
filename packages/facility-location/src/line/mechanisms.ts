import type { LineMechanism } from '../registry/types.js';
import { generalizedMedian } from './generalized-median.js';
import { median } from './median.js';
import { uniformPhantom } from './uniform-phantom.js';
import { average } from './average.js';
import { leftmost, rightmost } from './extremes.js';
import { giniOptimal } from './gini-optimal.js';
import { lrm } from './lrm.js';
import { midpoint } from './midpoint.js';
import { lrmModularGame } from './modular-game.js';
import { nashSolution } from './nash-welfare.js';
import { randomRank } from './random-rank.js';

/** The single-facility line mechanisms of this folder, in the order the docs list them. */
export const lineMechanisms: readonly LineMechanism[] = Object.freeze([
  median,
  generalizedMedian,
  uniformPhantom,
  leftmost,
  rightmost,
  average,
  midpoint,
  randomRank,
  lrm,
  lrmModularGame,
  nashSolution,
  giniOptimal,
] as LineMechanism[]);
