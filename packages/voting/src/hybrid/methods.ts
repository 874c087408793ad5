import type { VotingMethod } from '../registry/types.js';
import { blacks } from './blacks.js';
import { bordaMinimaxFaceoff } from './borda-minimax-faceoff.js';
import { condorcetPlurality } from './condorcet-plurality.js';
import { copelandGlobalBorda, copelandLocalBorda } from './copeland-borda.js';
import { copelandGlobalMinimax, copelandLocalMinimax } from './copeland-minimax.js';
import { daunou } from './daunou.js';
import { pareto } from './pareto.js';
import { preliminaryWeightedCondorcet } from './preliminary-weighted-condorcet.js';
import { woodall } from './woodall.js';

/** Hybrid rules that combine simpler ones (Black's, Daunou, Condorcet–plurality, …). */
export const hybridMethods: readonly VotingMethod<never, never>[] = [
  blacks,
  condorcetPlurality,
  daunou,
  bordaMinimaxFaceoff,
  copelandGlobalBorda,
  copelandLocalBorda,
  copelandGlobalMinimax,
  copelandLocalMinimax,
  woodall,
  preliminaryWeightedCondorcet,
  pareto,
] as VotingMethod<never, never>[];
