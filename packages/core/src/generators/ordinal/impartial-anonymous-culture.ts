import type { Label, RankingProfile } from '../../profiles/types.js';
import { rankingProfile } from '../../profiles/ranking-profiles.js';
import { profileArguments, votersRng, type SeedOption } from '../parameters.js';
import { factorial, urnRankings } from './urn.js';

/** Options of {@link impartialAnonymousCulture}. */
export type ImpartialAnonymousCultureOptions = SeedOption;

/**
 * Impartial anonymous culture (IAC): every anonymous profile — every multiset of n rankings of the m
 * candidates — is equally likely. Sampled exactly through its urn form: a Pólya–Eggenberger urn that
 * starts with the m! rankings once each and gets one extra copy of each drawn ranking, so voter j
 * (0-based) copies a uniformly chosen earlier voter with probability j/(m! + j) and otherwise draws a
 * fresh uniform ranking. The output lists the voters in draw order; each anonymous profile has
 * probability 1/C(n + m! − 1, n).
 *
 * Source: S. Kuga & H. Nagatani, "Voter antagonism and the paradox of voting", Econometrica 42, 1974;
 * W. V. Gehrlein & P. C. Fishburn, Journal of Economic Theory 13, 1976 (IAC); urn equivalence:
 * S. Berg, Public Choice 47, 1985, and D. Lepelley & F. Valognes, "Voting rules, manipulability and
 * social homogeneity", Public Choice 116, 2003. Equals prefsampling's `urn` with alpha = 1/m!.
 *
 * Complexity: O(n·m) time and space; works for any m (m! is never enumerated).
 *
 * @example
 * const profile = impartialAnonymousCulture(10, 3, { seed: 3 });
 */
export function impartialAnonymousCulture(
  voters: number,
  candidates: number | readonly Label[],
  options?: ImpartialAnonymousCultureOptions,
): RankingProfile {
  const { opts, n, labels } = profileArguments(voters, candidates, options);
  const rng = votersRng(n, labels.length, opts.seed);
  const mFactorial = factorial(labels.length);
  const rankings = urnRankings(n, labels.length, (j) => j / (mFactorial + j), rng);
  return rankingProfile({ candidates: labels, rankings });
}
