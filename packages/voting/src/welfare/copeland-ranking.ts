import type { MarginInput } from '../election/margin-graph.js';
import { copeland, type CopelandOptions } from '../margin/copeland.js';
import { defineWelfareFunction, rankingByScores, welfareResult, type WelfareOptions } from './define.js';

export interface CopelandRankingOptions extends WelfareOptions {
  /** Points for a majority tie, in [0, 1] (default 1/2), as for `copeland`. */
  readonly alpha?: CopelandOptions['alpha'];
}

/**
 * Copeland ranking: the candidates ordered by Copeland score (1 per majority win, α — default ½ — per
 * majority tie), ties as tiers (pref_voting's `copeland_ranking` with global scores; Condorcet PHP's
 * Copeland ranking, which orders by wins minus losses, the same order for α = ½).
 *
 * Source: A. H. Copeland, "A 'reasonable' social welfare function" (1951).
 *
 * Complexity: O(m²) after the margins.
 *
 * @example
 * copelandRanking(profileOf(3, ['abc', 'bac'])).ranking; // [[0, 1], [2]]
 */
export const copelandRanking = defineWelfareFunction<MarginInput, CopelandRankingOptions>(
  {
    id: 'copeland-ranking',
    name: 'Copeland ranking',
    aliases: ['Copeland ranking', 'copeland_ranking'],
    family: 'welfare-function',
    description: 'Ranks the candidates by Copeland score (majority wins plus α per majority tie), ties as tiers.',
    citations: copeland.info.citations,
    complexity: 'O(m²) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'none: equal Copeland scores share a tier',
    properties: copeland.info.properties,
  },
  (input, options) => {
    const result = copeland(input, { ...options });
    return welfareResult({ method: 'copeland-ranking', candidates: result.candidates, scores: result.scores!, ranking: rankingByScores(result.scores!) });
  },
);
