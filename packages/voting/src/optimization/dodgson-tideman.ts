import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { argmin, rankingByScore, toScores, votingResult } from '../result/result.js';

/**
 * Dodgson–Tideman approximation: a candidate's score is the sum of its pairwise defeat margins,
 * Σ over the rivals b that beat it of margin(b, a); the lowest scores win (Tideman's simplification of
 * Dodgson's rule; Condorcet PHP's "Dodgson Tideman Approximation", which ranks by this score). It is
 * also pref_voting's "Simplified Dodgson" (`simplified_dodgson`: the Condorcet winner if there is one,
 * otherwise the smallest total margin of loss — the same winners, since only a Condorcet winner scores
 * 0 when it exists), registered here under those names rather than as a second copy of the rule.
 *
 * Sources: T. N. Tideman, "Collective Decisions and Voting: The Potential for Public Choice", Ashgate
 * (2006), ISBN 978-0-7546-4717-1; J. C. McCabe-Dansted, G. Pritchard, A. Slinko, "Approximability of
 * Dodgson's rule", Social Choice and Welfare 31 (2008) 311–330, doi:10.1007/s00355-007-0282-8.
 *
 * Pareto: if every voter prefers y to x, then margin(z, y) ≤ margin(z, x) for every z and y beats x, so
 * y scores strictly less than x. Condorcet consistent (only a Condorcet winner scores 0).
 *
 * Complexity: O(m²) after the margins. Irresolute. Scores are exact (Rational for fractional weights).
 *
 * @example
 * dodgsonTideman(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).scores; // [1, 3, 3]
 */
export const dodgsonTideman = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'dodgson-tideman',
    name: 'Dodgson–Tideman approximation',
    aliases: ['Dodgson Tideman Approximation', 'DodgsonTidemanApproximation', 'Dodgson Tideman', 'DodgsonTideman', 'dodgson_tideman', 'tideman-score', 'Simplified Dodgson', 'simplified_dodgson'],
    family: 'optimization',
    description: 'The winners minimise the sum of the margins by which rivals beat them.',
    citations: [
      { authors: 'T. N. Tideman', year: 2006, title: 'Collective Decisions and Voting: The Potential for Public Choice', url: 'https://openlibrary.org/isbn/9780754647171' },
      { authors: 'J. C. McCabe-Dansted, G. Pritchard, A. Slinko', year: 2008, title: "Approximability of Dodgson's rule", doi: '10.1007/s00355-007-0282-8' },
      { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python (simplified_dodgson)', doi: '10.21105/joss.07020' },
    ],
    complexity: 'O(m²) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all candidates with the smallest sum of defeat margins',
    properties: { 'condorcet-winner': true, 'condorcet-loser': false, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const m = g.candidates.length;
    const scores = new Float64Array(m);
    for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) if (b !== a && g.margins[b]![a]! > 0) scores[a]! += g.margins[b]![a]!;
    return votingResult({ method: 'dodgson-tideman', candidates: g.candidates, winners: argmin(scores), scores: toScores(scores, g.scale), ranking: rankingByScore(scores, true) });
  },
);
