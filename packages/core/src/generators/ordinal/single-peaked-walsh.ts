import type { Label, RankingProfile } from '../../profiles/types.js';
import { assertPermutation } from '../../profiles/ranking.js';
import { rankingProfile } from '../../profiles/ranking-profiles.js';
import { candidatesParameter, checkBudget, countParameter, optionsObject, seedRng, type SeedOption } from '../parameters.js';

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
export function singlePeakedWalsh(
  voters: number,
  candidates: number | readonly Label[],
  options?: SinglePeakedOptions,
): RankingProfile {
  const opts = optionsObject(options);
  const n = countParameter(voters, 'voters');
  const labels = candidatesParameter(candidates);
  const m = labels.length;
  const axis = axisParameter(opts.axis, m);
  checkBudget(n, m, 'voters');
  const rng = seedRng(opts.seed);
  const rankings: number[][] = new Array(n);
  for (let v = 0; v < n; v++) {
    const ranking = new Array<number>(m);
    let left = 0;
    let right = m - 1;
    for (let position = m - 1; position > 0; position--) {
      ranking[position] = rng.float() < 0.5 ? axis[left++]! : axis[right--]!;
    }
    ranking[0] = axis[left]!;
    rankings[v] = ranking;
  }
  return rankingProfile({ candidates: labels, rankings });
}
