import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { defineVotingMethod } from '../registry/define.js';
import type { Citation, VotingOptions } from '../registry/types.js';
import { toScore, votingResult } from '../result/result.js';
import { optimalRankings } from './linear-ordering.js';
import { rankingText } from './ranking-text.js';

export interface KemenyYoungOptions extends VotingOptions {
  /**
   * Maximum number of dynamic-programming states, Σ 2^k over the strongly connected components of the
   * weak majority graph (default 2^23: components of up to 23 candidates). Beyond it a
   * BudgetExceededError names the fix.
   */
  readonly budget?: number;
}

export const kemeny1959: Citation = { authors: 'J. G. Kemeny', year: 1959, title: 'Mathematics without numbers', url: 'https://www.jstor.org/stable/20026529' };
export const youngLevenglick1978: Citation = { authors: 'H. P. Young, A. Levenglick', year: 1978, title: "A consistent extension of Condorcet's election principle", doi: '10.1137/0135023' };

/**
 * Kemeny–Young: a Kemeny ranking is a linear order that minimises the total Kendall-tau distance to the
 * ballots — equivalently, that maximises Σ over pairs a ranked above b of margin(a, b), the agreement with
 * the weighted majority graph. The winners are the candidates ranked first by SOME Kemeny ranking
 * (pref_voting's `kemeny_young`; Condorcet PHP's "Kemeny–Young" reports one of the optimal rankings).
 * Condorcet consistent, and its winners lie in the Smith set.
 *
 * Sources: J. G. Kemeny, "Mathematics without numbers", Daedalus 88(4) (1959) 577–591; H. P. Young,
 * A. Levenglick, "A consistent extension of Condorcet's election principle", SIAM J. Applied Mathematics
 * 35(2) (1978) 285–300, doi:10.1137/0135023.
 *
 * Algorithm (exact): decomposition by the strongly connected components of the weak majority graph, then
 * dynamic programming over subsets per component (see `optimalRankings`); the reported optimum is
 * re-checked by recomputing the scores of the reported rankings. Finding a Kemeny ranking is NP-hard
 * (Bartholdi, Tovey & Trick 1989).
 *
 * Complexity: O(m² + Σ 2^k·k) time, O(2^k) memory for components of k candidates; 20 candidates with no
 * structure take well under a second. Honours `signal` and `budget`.
 * Ties: irresolute (every top of an optimal ranking); majority ties (margin 0) are exact.
 *
 * @example
 * kemenyYoung(profileOf(3, ['abc', 'bca', 'cab'], [2, 1, 1])).winners; // [0]: a > b > c is the Kemeny ranking
 */
export const kemenyYoung = defineVotingMethod<MarginInput, KemenyYoungOptions>(
  {
    id: 'kemeny-young',
    name: 'Kemeny–Young',
    aliases: ['Kemeny-Young', 'kemeny_young', 'Kemeny–Young', 'KemenyYoung', 'Kemeny rule', 'kemeny', 'VoteFair popularity ranking', 'Maximum Likelihood Method', 'Median Relation'],
    family: 'optimization',
    description: 'The winners are the candidates ranked first by some ranking that maximises the total margin of the pairs it orders (minimum total Kendall-tau distance to the ballots).',
    citations: [
      kemeny1959,
      youngLevenglick1978,
      { authors: 'J. Bartholdi III, C. A. Tovey, M. A. Trick', year: 1989, title: 'Voting schemes for which it can be difficult to tell who won the election', doi: '10.1007/BF00303169' },
    ],
    complexity: 'O(m² + Σ 2^k·k) over the strongly connected components (k candidates each) of the weak majority graph',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: every candidate that tops some Kemeny ranking',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
    exponential: true,
  },
  (input, options) => {
    const { candidates, scale, margins } = marginGraph(input, options);
    const rankings = optimalRankings(margins, { method: 'kemeny-young', signal: options.signal, budget: options.budget });
    const score = toScore(rankings.optimum, scale);
    const unique = rankings.unique;
    return votingResult({
      method: 'kemeny-young',
      candidates,
      winners: [...rankings.tops],
      ...(unique ? { ranking: rankings.canonical.map((c) => [c]) } : {}),
      notes: [
        `Kemeny score (sum of the margins the ranking agrees with): ${String(score)}.`,
        unique
          ? `The Kemeny ranking is unique: ${rankingText(candidates, rankings.canonical)}.`
          : `Several rankings are optimal (kemeny-ranking counts and lists them); the first in index order is ${rankingText(candidates, rankings.canonical)}.`,
      ],
    });
  },
);
