import type { Label, RankingProfile } from '../../profiles/types.js';
import { assertPermutation } from '../../profiles/ranking.js';
import { rankingProfile } from '../../profiles/ranking-profiles.js';
import type { Rng } from '../../random/rng.js';
import { assertInteger } from '../../validation/numbers.js';
import {
  candidatesParameter,
  optionsObject,
  profileArguments,
  unitParameter,
  votersRng,
  type SeedOption,
} from '../parameters.js';

/** Options of {@link mallows}. */
export interface MallowsOptions extends SeedOption {
  /** Dispersion φ ∈ [0, 1]: 0 gives the centre only, 1 gives impartial culture. */
  readonly phi: number;
  /** Central ranking (a permutation of candidate indices, best first); default 0, 1, …, m−1. */
  readonly center?: readonly number[];
}

/** Options of {@link normalizedMallows}. */
export interface NormalizedMallowsOptions extends SeedOption {
  /** Normalised dispersion ∈ [0, 1]: the expected swap distance to the centre is normPhi·m(m−1)/4. */
  readonly normPhi: number;
  /** Central ranking (a permutation of candidate indices, best first); default 0, 1, …, m−1. */
  readonly center?: readonly number[];
}

/**
 * Expected Kendall tau (swap) distance to the centre of a Mallows(φ) ranking of m candidates:
 * Σ_{i=1..m} E[V_i], where V_i ∈ {0,…,i−1} has P(V_i = v) ∝ φ^v (the repeated insertion model).
 * Computed with running sums, stable for every φ ∈ [0, 1]; equals 0 at φ = 0 and m(m−1)/4 at φ = 1.
 *
 * Source: C. L. Mallows, "Non-null ranking models. I", Biometrika 44, 1957, doi:10.1093/biomet/44.1-2.114.
 *
 * Complexity: O(m).
 *
 * @example
 * expectedSwapDistance(4, 1); // 3
 */
export function expectedSwapDistance(candidateCount: number, phi: number): number {
  assertInteger(candidateCount, 'candidateCount', 1);
  unitParameter(phi, 'phi');
  let s0 = 0;
  let s1 = 0;
  let power = 1;
  let expected = 0;
  for (let i = 1; i <= candidateCount; i++) {
    s0 += power;
    s1 += (i - 1) * power;
    power *= phi;
    expected += s1 / s0;
  }
  return expected;
}

/**
 * The dispersion φ whose Mallows model has expected swap distance normPhi·m(m−1)/4, i.e. normPhi times
 * that of impartial culture (the "normalised Mallows" of Boehmer et al.). The expected distance is
 * increasing in φ, so φ is found by bisection to double precision. For m = 1 every φ gives the same
 * distribution and normPhi is returned.
 *
 * Source: N. Boehmer, R. Bredereck, P. Faliszewski, R. Niedermeier, S. Szufa, "Putting a compass on the
 * map of elections", IJCAI 2021, arXiv:2105.07815; prefsampling's `phi_from_norm_phi`.
 *
 * Complexity: O(m · 64).
 *
 * @example
 * phiFromNormPhi(10, 0.5); // ≈ 0.6534
 */
export function phiFromNormPhi(candidateCount: number, normPhi: number): number {
  assertInteger(candidateCount, 'candidateCount', 1);
  unitParameter(normPhi, 'normPhi');
  if (normPhi === 0 || normPhi === 1 || candidateCount === 1) return normPhi;
  const target = (normPhi * candidateCount * (candidateCount - 1)) / 4;
  let lo = 0;
  let hi = 1;
  for (let iteration = 0; iteration < 64 && hi - lo > 1e-16; iteration++) {
    const mid = (lo + hi) / 2;
    if (expectedSwapDistance(candidateCount, mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** V ∈ {0,…,k−1} with P(V = v) ∝ φ^v, by inverting the truncated geometric distribution function. */
function insertionDisplacement(k: number, phi: number, logPhi: number, rng: Rng): number {
  if (k === 1 || phi === 0) return 0;
  if (phi === 1) return rng.int(k);
  const total = -Math.expm1(k * logPhi); // 1 − φ^k
  const v = Math.floor(Math.log1p(-rng.float() * total) / logPhi);
  return v < k ? v : k - 1;
}

/** One Mallows ranking by repeated insertion. Internal. */
export function mallowsRanking(center: readonly number[], phi: number, rng: Rng): number[] {
  const logPhi = Math.log(phi);
  const ranking: number[] = [];
  for (let i = 0; i < center.length; i++) {
    const v = insertionDisplacement(i + 1, phi, logPhi, rng);
    ranking.splice(i - v, 0, center[i]!);
  }
  return ranking;
}

function centerParameter(center: unknown, m: number): readonly number[] {
  if (center === undefined) return Array.from({ length: m }, (_, i) => i);
  return assertPermutation(center, m, 'center');
}

/**
 * Mallows model: each voter's ranking r is drawn independently with probability φ^{d(r, centre)}/Z,
 * d the Kendall tau (swap) distance, sampled exactly by the repeated insertion model: the centre's
 * i-th candidate is inserted among the i already placed, v positions above the bottom, with
 * probability ∝ φ^v.
 *
 * Source: C. L. Mallows, "Non-null ranking models. I", Biometrika 44, 1957,
 * doi:10.1093/biomet/44.1-2.114; J.-P. Doignon, A. Pekeč, M. Regenwetter, "The repeated insertion model
 * for rankings: missing link between two subset choice models", Psychometrika 69, 2004,
 * doi:10.1007/BF02295838. Same as prefsampling's `ordinal.mallows` (normalise_phi = False).
 *
 * Complexity: O(n·m²) worst case (array insertions), O(n·m) space.
 *
 * @example
 * const profile = mallows(100, 5, { phi: 0.3, seed: 2 });
 */
export function mallows(voters: number, candidates: number | readonly Label[], options: MallowsOptions): RankingProfile {
  const { opts, n, labels } = profileArguments(voters, candidates, options);
  const phi = unitParameter(opts.phi, 'phi');
  const center = centerParameter(opts.center, labels.length);
  const rng = votersRng(n, labels.length, opts.seed);
  const rankings: number[][] = new Array(n);
  for (let v = 0; v < n; v++) rankings[v] = mallowsRanking(center, phi, rng);
  return rankingProfile({ candidates: labels, rankings });
}

/**
 * Normalised Mallows model: {@link mallows} with φ = {@link phiFromNormPhi}(m, normPhi), so that the
 * expected swap distance to the centre is normPhi·m(m−1)/4 whatever m is (normPhi = 1 is impartial
 * culture, 0 the centre alone).
 *
 * Source: N. Boehmer, R. Bredereck, P. Faliszewski, R. Niedermeier, S. Szufa, "Putting a compass on the
 * map of elections", IJCAI 2021, arXiv:2105.07815; prefsampling's `ordinal.mallows` with
 * normalise_phi = True.
 *
 * Complexity: O(n·m² + 64·m).
 *
 * @example
 * const profile = normalizedMallows(100, 8, { normPhi: 0.5, seed: 2 });
 */
export function normalizedMallows(
  voters: number,
  candidates: number | readonly Label[],
  options: NormalizedMallowsOptions,
): RankingProfile {
  const opts = optionsObject(options);
  const labels = candidatesParameter(candidates);
  const phi = phiFromNormPhi(labels.length, unitParameter(opts.normPhi, 'normPhi'));
  return mallows(voters, labels, {
    phi,
    ...(opts.center === undefined ? {} : { center: opts.center }),
    ...(opts.seed === undefined ? {} : { seed: opts.seed }),
  });
}
