import type { LineMechanism } from '../registry/types.js';
import { generalizedMedian } from './generalized-median.js';
import { median } from './median.js';
import { uniformPhantom } from './uniform-phantom.js';

/** The single-facility line mechanisms of this folder, in the order the docs list them. */
export const lineMechanisms: readonly LineMechanism[] = Object.freeze([
  median,
  generalizedMedian,
  uniformPhantom,
] as LineMechanism[]);
