import type { Label, RankingProfile } from '../../profiles/types.js';
import type { Rng } from '../../random/rng.js';
import { singlePeakedProfile, type SinglePeakedOptions } from './single-peaked-walsh.js';

/**
 * Single-peaked rankings with a uniform peak (Conitzer's sampler): the peak is uniform over the m
 * candidates; then, while candidates remain on both sides, the next position takes the nearest free
 * candidate on the left or on the right of the axis, each with probability 1/2; once one side is used
 * up the rest follow in axis order. A single-peaked ranking has probability (1/m)·(1/2)^t, where t is the
 * (0-based) position at which an end of the axis first appears in it.
 *
 * Source: V. Conitzer, "Eliciting single-peaked preferences using comparison queries", Journal of
 * Artificial Intelligence Research 35:161–191, 2009, arXiv:1401.3449. Same as prefsampling's
 * `ordinal.single_peaked_conitzer`.
 *
 * Complexity: O(n·m).
 *
 * @example
 * const profile = singlePeakedConitzer(20, 5, { seed: 4 });
 */
export function singlePeakedConitzer(voters: number, candidates: number | readonly Label[], options?: SinglePeakedOptions): RankingProfile {
  return singlePeakedProfile(voters, candidates, options, conitzerRanking);
}

/** One ranking of Conitzer's sampler: a uniform peak, then the nearer free candidate on a fair coin's side. */
function conitzerRanking(axis: readonly number[], rng: Rng): number[] {
  const m = axis.length;
  const peak = rng.int(m);
  const ranking = [axis[peak]!];
  let left = peak - 1;
  let right = peak + 1;
  while (ranking.length < m) {
    if (left < 0) ranking.push(axis[right++]!);
    else if (right >= m) ranking.push(axis[left--]!);
    else if (rng.float() < 0.5) ranking.push(axis[right++]!);
    else ranking.push(axis[left--]!);
  }
  return ranking;
}
