import type { CandidateIndex } from '@plural/core';
import type { MarginInput } from '../election/margin-graph.js';
import { rankedPairsTb } from '../margin/ranked-pairs.js';
import { defineWelfareFunction, welfareResult, type WelfareOptions } from './define.js';

export interface RankedPairsRankingOptions extends WelfareOptions {
  /**
   * A permutation of the candidate indices, most favoured first, ordering the edges of equal margin
   * ((a, b) before (c, d) when a precedes c, or a = c and b precedes d); default index order.
   */
  readonly tiebreakOrder?: readonly CandidateIndex[];
}

/**
 * Ranked Pairs ranking: lock in the majority edges from the largest margin to the smallest, skipping any
 * that would close a cycle; the locked edges form a linear order of all candidates, which is the ranking
 * (Tideman 1987). Edges of equal margin are taken in the order of a fixed tie-break ranking of the
 * candidates (`tiebreakOrder`), as in `ranked-pairs-tb`; majority ties are edges both ways with margin 0,
 * so the ranking is always linear.
 *
 * Source: T. N. Tideman, "Independence of clones as a criterion for voting rules", Social Choice and
 * Welfare 4 (1987) 185–206, doi:10.1007/BF00433944.
 *
 * Complexity: O(m⁴/32) after the margins.
 *
 * @example
 * rankedPairsRanking(profileOf(3, ['abc', 'bca', 'cab'])).ranking; // [[0], [1], [2]]: a→b locked first
 */
export const rankedPairsRanking = defineWelfareFunction<MarginInput, RankedPairsRankingOptions>(
  {
    id: 'ranked-pairs-ranking',
    name: 'Ranked Pairs ranking',
    aliases: ['Ranked Pairs ranking', 'ranked_pairs_ranking', 'tideman-ranking'],
    family: 'welfare-function',
    description: 'The linear order locked in by Ranked Pairs, equal margins taken in a fixed tie-break order of the candidates.',
    citations: rankedPairsTb.info.citations,
    complexity: 'O(m⁴/32) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'resolute: equal-margin edges ordered by options.tiebreakOrder (default index order)',
    properties: rankedPairsTb.info.properties,
  },
  (input, options) => {
    const result = rankedPairsTb(input, { ...options });
    return welfareResult({ method: 'ranked-pairs-ranking', candidates: result.candidates, ranking: result.ranking! });
  },
);
