import type { VotingMethod } from '../registry/types.js';
import { beatPath, beatPathRatio, beatPathWinning } from './beat-path.js';
import { copeland, llull } from './copeland.js';
import { leximax } from './leximax.js';
import { lossTrimmer } from './loss-trimmer.js';
import { minimax, minimaxOpposition, minimaxWinning } from './minimax.js';
import { mostWinsSmallestLoss } from './most-wins-smallest-loss.js';
import { rankedPairs, rankedPairsTb, rankedPairsZt } from './ranked-pairs.js';
import { rankedPairsMargin, rankedPairsWinning } from './ranked-pairs-winning.js';
import { raynaud } from './raynaud.js';
import { river, riverTb, riverZt } from './river.js';
import { smithMinimax } from './smith-minimax.js';
import { splitCycle } from './split-cycle.js';
import { simpleStableVoting, stableVoting } from './stable-voting.js';
import { weightedCovering } from './weighted-covering.js';

/** The margin-based rules, in the order the docs list them. */
export const marginMethods: readonly VotingMethod<never, never>[] = [
  copeland,
  llull,
  minimax,
  minimaxWinning,
  minimaxOpposition,
  leximax,
  mostWinsSmallestLoss,
  smithMinimax,
  raynaud,
  beatPath,
  beatPathWinning,
  beatPathRatio,
  splitCycle,
  rankedPairs,
  rankedPairsTb,
  rankedPairsZt,
  rankedPairsWinning,
  rankedPairsMargin,
  river,
  riverTb,
  riverZt,
  stableVoting,
  simpleStableVoting,
  weightedCovering,
  lossTrimmer,
] as VotingMethod<never, never>[];
