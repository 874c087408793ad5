import { Rational, ValidationError } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import type { Score } from '../result/result.js';
import { defineProbabilisticRule, probabilisticResult } from './define.js';
import type { ProbabilisticOptions } from './types.js';

/**
 * Proportional Borda: each candidate's probability is its Borda score divided by the total, n·m(m−1)/2.
 * Ballots with ties or unranked candidates use the symmetric Borda count — a group of tied candidates
 * shares the points of the places it spans, unranked candidates form one tied group at the bottom — so
 * that Borda(a) = ½·Σ_{b≠a} (n + margin(a, b)) for every profile (it needs `unranked: 'bottom'`).
 *
 * Sources: J. C. Heckelman, "Probabilistic Borda rule voting", Social Choice and Welfare 21 (2003)
 * 455–468; pref_voting's `pr_borda` (Holliday & Pacuit).
 *
 * Complexity: O(n·m²) for the margins (O(m²) with a prepared Election). Scores: the Borda scores.
 *
 * @example
 * proportionalBorda(profileOf(3, ['abc'])).probabilities.map(String); // ['2/3', '1/3', '0']
 */
export const proportionalBorda = defineProbabilisticRule<ProfileInput, ProbabilisticOptions>(
  {
    id: 'proportional-borda',
    name: 'Proportional Borda',
    aliases: ['Proportional Borda', 'pr_borda', 'pr-borda', 'probabilistic-borda', 'borda-lottery'],
    family: 'probabilistic',
    description: "Each candidate's probability is its share of the total Borda score.",
    citations: [{ authors: 'J. C. Heckelman', year: 2003, title: 'Probabilistic Borda rule voting, Social Choice and Welfare 21, 455–468' }],
    complexity: 'O(n·m²)',
    input: 'profile',
    ballots: { ties: true, truncated: true },
    async: false,
    properties: { 'condorcet-winner': false, 'condorcet-loser': false, 'pareto-dominance': false },
  },
  (input, options) => {
    const e = election(input, options);
    if (e.unranked !== 'bottom') {
      throw new ValidationError('proportional-borda reads unranked candidates as tied at the bottom.', {
        where: 'options.unranked',
        fix: 'Use unranked: "bottom" (the default), or complete the ballots.',
      });
    }
    requireBallots(e, 'proportional-borda', proportionalBorda.info.ballots);
    const m = e.candidates.length;
    if (m === 1) return probabilisticResult('proportional-borda', e.candidates, [Rational.ONE], { scores: [0] });
    const margins = e.margins();
    const n = e.voters;
    // Twice the Borda score: Σ_{b≠a} (n + margin(a, b)); the total of all is n·m(m−1).
    const twice = margins.map((row, a) => row.reduce((s, v, b) => (b === a ? s : s + BigInt(n + v)), 0n));
    const total = BigInt(n) * BigInt(m * (m - 1));
    const probabilities = twice.map((t) => Rational.of(t, total));
    const scores: Score[] = twice.map((t) => {
      const r = Rational.of(t, BigInt(2 * e.scale));
      return r.isInteger() ? Number(r.num) : r;
    });
    return probabilisticResult('proportional-borda', e.candidates, probabilities, { scores });
  },
);
