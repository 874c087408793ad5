import type { Label, RankingProfile } from '../../profiles/types.js';
import { assertPermutation } from '../../profiles/ranking.js';
import { rankingProfile } from '../../profiles/ranking-profiles.js';
import type { Rng } from '../../random/rng.js';
import { profileArguments, votersRng, type SeedOption } from '../parameters.js';

/** Options of the single-peaked generators. */
export interface SinglePeakedOptions extends SeedOption {
  /** The societal axis, left to right, as a permutation of candidate indices; default 0, 1, …, m−1. */
  readonly axis?: readonly number[];
}

/** The axis option, validated (default: the identity). Internal. */
export function axisParameter(axis: unknown, m: number): readonly number[] {
  if (axis === undefined) return Array.from({ length: m }, (_, i) => i);
  return assertPermutation(axis, m, 'axis');
}

/**
 * A profile of n rankings single-peaked on the validated axis, each drawn by `draw(axis, rng)` from one
 * seeded generator (the samplers of Walsh and Conitzer differ only there). Internal.
 */
export function singlePeakedProfile(
  voters: number,
  candidates: number | readonly Label[],
  options: SinglePeakedOptions | undefined,
  draw: (axis: readonly number[], rng: Rng) => number[],
): RankingProfile {
  const { opts, n, labels, m } = profileArguments(voters, candidates, options);
  const axis = axisParameter(opts.axis, m);
  const rng = votersRng(n, m, opts.seed);
  const rankings: number[][] = new Array(n);
  for (let v = 0; v < n; v++) rankings[v] = draw(axis, rng);
  return rankingProfile({ candidates: labels, rankings });
}

/**
 * Single-peaked rankings, uniform (Walsh's sampler): every ranking single-peaked on the axis — each
 * top-k set is an interval of the axis — has probability 1/2^(m−1). The ranking is built from the
 * bottom: each remaining position, worst first, takes the leftmost or the rightmost candidate still
 * free, each with probability 1/2.
 *
 * Source: T. Walsh, "Generating single peaked votes", arXiv:1503.02766, 2015. Same as prefsampling's
 * `ordinal.single_peaked_walsh`.
 *
 * Complexity: O(n·m).
 *
 * @example
 * const profile = singlePeakedWalsh(20, 5, { seed: 4 });
 */
export function singlePeakedWalsh(voters: number, candidates: number | readonly Label[], options?: SinglePeakedOptions): RankingProfile {
  return singlePeakedProfile(voters, candidates, options, walshRanking);
}

/** One ranking of Walsh's sampler, built from the bottom by taking either end of the free part of the axis. */
function walshRanking(axis: readonly number[], rng: Rng): number[] {
  const m = axis.length;
  const ranking = new Array<number>(m);
  let left = 0;
  let right = m - 1;
  for (let position = m - 1; position > 0; position--) {
    ranking[position] = rng.float() < 0.5 ? axis[left++]! : axis[right--]!;
  }
  ranking[0] = axis[left]!;
  return ranking;
}
