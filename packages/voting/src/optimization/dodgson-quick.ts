import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { argmin, rankingByScore, votingResult } from '../result/result.js';

/**
 * Dodgson Quick (McCabe-Dansted, Pritchard & Slinko): a candidate's score is Σ over the rivals b that
 * beat or tie it of ⌈margin(b, a) / 2⌉ — a lower bound on the Dodgson score that converges to it; the
 * lowest scores win. Margins are read in voters (for fractional weights the ceiling is taken of the real
 * half-margin). Condorcet PHP's "Dodgson Quick", which ranks by this score (its Condorcet winner, score 0,
 * first).
 *
 * Source: J. C. McCabe-Dansted, G. Pritchard, A. Slinko, "Approximability of Dodgson's rule", Social
 * Choice and Welfare 31(2) (2008) 311–330, doi:10.1007/s00355-007-0282-8.
 *
 * Pareto: if every voter prefers y to x, then margin(z, y) ≤ margin(z, x) for every z and y beats x, so
 * y scores strictly less than x. Condorcet consistent (a Condorcet winner scores 0, every rival ≥ 1).
 *
 * Complexity: O(m²) after the margins. Irresolute. Scores are integers (lower is better).
 *
 * @example
 * dodgsonQuick(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).scores; // [1, 2, 2]
 */
export const dodgsonQuick = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'dodgson-quick',
    name: 'Dodgson Quick',
    aliases: ['Dodgson Quick', 'DodgsonQuick', 'Dodgson Quick Winner', 'dodgson_quick', 'dq'],
    family: 'optimization',
    description: 'The winners minimise the sum, over the rivals that beat them, of half the defeat margin rounded up.',
    citations: [{ authors: 'J. C. McCabe-Dansted, G. Pritchard, A. Slinko', year: 2008, title: "Approximability of Dodgson's rule", doi: '10.1007/s00355-007-0282-8' }],
    complexity: 'O(m²) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all candidates with the lowest Dodgson Quick score',
    properties: { 'condorcet-winner': true, 'condorcet-loser': false, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const m = g.candidates.length;
    const twice = 2 * g.scale;
    const scores = new Float64Array(m);
    for (let a = 0; a < m; a++) {
      for (let b = 0; b < m; b++) {
        const against = g.margins[b]![a]!;
        // ⌈against / (2·scale)⌉ in integers.
        if (b !== a && against > 0) scores[a]! += Math.floor((against + twice - 1) / twice);
      }
    }
    return votingResult({ method: 'dodgson-quick', candidates: g.candidates, winners: argmin(scores), scores: Array.from(scores), ranking: rankingByScore(scores, true) });
  },
);
