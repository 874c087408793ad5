import type { Label, RankingProfile } from '../../profiles/types.js';
import { rankingProfile } from '../../profiles/ranking-profiles.js';
import type { Rng } from '../../random/rng.js';
import { profileArguments, votersRng, type SeedOption } from '../parameters.js';

/** Options of {@link impartialCulture}. */
export type ImpartialCultureOptions = SeedOption;

/** One ranking drawn uniformly from the m! strict rankings of 0…m−1 (Fisher–Yates). Internal. */
export function uniformRanking(m: number, rng: Rng): number[] {
  const ranking = new Array<number>(m);
  for (let i = 0; i < m; i++) ranking[i] = i;
  for (let i = m - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = ranking[i]!;
    ranking[i] = ranking[j]!;
    ranking[j] = t;
  }
  return ranking;
}

/**
 * Impartial culture (IC): every voter's ranking is drawn independently and uniformly from the m!
 * strict rankings of the candidates.
 *
 * Source: G.-Th. Guilbaud, "Les théories de l'intérêt général et le problème logique de l'agrégation",
 * Économie appliquée 5(4), 1952; W. V. Gehrlein & P. C. Fishburn, "The probability of the paradox of
 * voting: a computable solution", Journal of Economic Theory 13, 1976. Same definition as
 * prefsampling's `ordinal.impartial`.
 *
 * Complexity: O(n·m) time and space.
 *
 * @example
 * const profile = impartialCulture(100, ['a', 'b', 'c'], { seed: 1 });
 * profile.rankings.length; // 100
 */
export function impartialCulture(
  voters: number,
  candidates: number | readonly Label[],
  options?: ImpartialCultureOptions,
): RankingProfile {
  const { opts, n, labels, m } = profileArguments(voters, candidates, options);
  const rng = votersRng(n, m, opts.seed);
  const rankings: number[][] = new Array(n);
  for (let v = 0; v < n; v++) rankings[v] = uniformRanking(m, rng);
  return rankingProfile({ candidates: labels, rankings });
}
