import type { Label, RankingProfile } from '../../profiles/types.js';
import { rankingProfile } from '../../profiles/ranking-profiles.js';
import type { Rng } from '../../random/rng.js';
import { nonNegativeParameter, profileArguments, votersRng, type SeedOption } from '../parameters.js';
import { uniformRanking } from './impartial-culture.js';

/** Options of {@link polyaEggenbergerUrn}. */
export interface UrnOptions extends SeedOption {
  /**
   * Contagion α ≥ 0, normalised by m!: after each draw, α·m! copies of the drawn ranking are added to an
   * urn that starts with the m! rankings once each. α = 0 is impartial culture, α = 1/m! is impartial
   * anonymous culture, large α makes voters nearly identical.
   */
  readonly alpha: number;
}

/**
 * The rankings of a Pólya–Eggenberger urn run, given the probability `copyProbability(j)` that voter j
 * (0-based, j ≥ 1) copies one of the j earlier voters (chosen uniformly) instead of drawing a fresh
 * uniform ranking. Internal: shared with impartial anonymous culture.
 */
export function urnRankings(n: number, m: number, copyProbability: (j: number) => number, rng: Rng): number[][] {
  const rankings: number[][] = new Array(n);
  for (let j = 0; j < n; j++) {
    if (j > 0 && rng.float() < copyProbability(j)) rankings[j] = rankings[rng.int(j)]!;
    else rankings[j] = uniformRanking(m, rng);
  }
  return rankings;
}

/** m! as a double (exact up to m = 18, Infinity beyond m = 170). */
export function factorial(m: number): number {
  let f = 1;
  for (let i = 2; i <= m; i++) f *= i;
  return f;
}

/**
 * Pólya–Eggenberger urn model. The urn starts with each of the m! rankings once; each voter draws a
 * ranking uniformly from the urn, and the ranking goes back together with α·m! copies of it. Voter j
 * (0-based) therefore draws a fresh uniform ranking with probability 1/(1 + j·α) and otherwise copies
 * a uniformly chosen earlier voter; m! rankings are never materialised.
 *
 * α is normalised by m! exactly as in prefsampling's `ordinal.urn` and mapel (Boehmer et al., "Guide to
 * numerical experiments on elections in computational social choice", IJCAI 2024, arXiv:2402.11765);
 * pref_voting documents its `URN` model with the same normalisation (α·m! copies returned). The
 * probability that the second voter equals the first is (1 + α·m!)/((1 + α)·m!).
 *
 * Source: S. Berg, "Paradox of voting under an urn model: the effect of homogeneity", Public Choice 47,
 * 1985; F. Eggenberger & G. Pólya, 1923.
 *
 * Complexity: O(n·m) time and space.
 *
 * @example
 * const profile = polyaEggenbergerUrn(50, 4, { alpha: 0.1, seed: 7 });
 */
export function polyaEggenbergerUrn(
  voters: number,
  candidates: number | readonly Label[],
  options: UrnOptions,
): RankingProfile {
  const { opts, n, labels } = profileArguments(voters, candidates, options);
  const alpha = nonNegativeParameter(opts.alpha, 'alpha');
  const rng = votersRng(n, labels.length, opts.seed);
  const rankings = urnRankings(n, labels.length, (j) => (j * alpha) / (1 + j * alpha), rng);
  return rankingProfile({ candidates: labels, rankings });
}
