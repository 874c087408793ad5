import type { Label, RankingProfile } from '../../profiles/types.js';
import { rankingProfile } from '../../profiles/ranking-profiles.js';
import { positiveNumbers, profileArguments, votersRng, type SeedOption } from '../parameters.js';

/** Options of {@link plackettLuce}. */
export interface PlackettLuceOptions extends SeedOption {
  /** One positive finite weight (worth) per candidate. */
  readonly weights: readonly number[];
}

/**
 * Plackett–Luce model: each voter picks the first candidate with probability w_c/Σw, then the next
 * among the rest with probability proportional to the remaining weights, and so on; a ranking
 * r = (r_1, …, r_m) has probability Π_k w_{r_k}/(w_{r_k} + … + w_{r_m}). Sampled exactly by the
 * exponential race (Yellott 1977): candidate c gets an Exp(1)/w_c arrival time, and the voter ranks by
 * arrival.
 *
 * Source: R. L. Plackett, "The analysis of permutations", Applied Statistics 24, 1975,
 * doi:10.2307/2346567; R. D. Luce, "Individual Choice Behavior", Wiley, 1959; J. I. Yellott, "The
 * relationship between Luce's choice axiom, Thurstone's theory of comparative judgment, and the double
 * exponential distribution", Journal of Mathematical Psychology 15, 1977.
 *
 * Complexity: O(n·m log m).
 *
 * @example
 * const profile = plackettLuce(100, ['x', 'y', 'z'], { weights: [3, 2, 1], seed: 5 });
 */
export function plackettLuce(
  voters: number,
  candidates: number | readonly Label[],
  options: PlackettLuceOptions,
): RankingProfile {
  const { opts, n, labels, m } = profileArguments(voters, candidates, options);
  const weights = positiveNumbers(opts.weights, 'weights', m, 'one per candidate');
  const rng = votersRng(n, m, opts.seed);
  const rankings: number[][] = new Array(n);
  const arrival = new Float64Array(m);
  for (let v = 0; v < n; v++) {
    for (let c = 0; c < m; c++) arrival[c] = -Math.log1p(-rng.float()) / weights[c]!;
    const ranking = Array.from({ length: m }, (_, c) => c);
    ranking.sort((a, b) => arrival[a]! - arrival[b]! || a - b);
    rankings[v] = ranking;
  }
  return rankingProfile({ candidates: labels, rankings });
}
