import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import { argmax, rankingByScore, toScores, votingResult } from '../result/result.js';

/**
 * Positive-Negative Voting: each voter gives +1 to their top candidate and −1 to their bottom candidate
 * (the scoring vector (1, 0, …, 0, −1); with one candidate, +1); most points wins. Needs strict complete
 * ballots.
 *
 * Source: pref_voting's `positive_negative_voting` (Holliday & Pacuit), which points to an Economic
 * Inquiry study of the rule, doi:10.1111/ecin.12929 (its bibliographic details were not checked here).
 *
 * Complexity: O(n + m). Irresolute.
 *
 * @example
 * positiveNegative(profileOf(3, ['abc', 'bca'])).scores; // [0, 1, -1]
 */
export const positiveNegative = defineVotingMethod<ProfileInput>(
  {
    id: 'positive-negative',
    name: 'Positive-Negative Voting',
    aliases: ['Positive-Negative Voting', 'positive_negative_voting', 'positive-negative-voting', 'plus-minus-voting'],
    family: 'positional',
    description: 'Each voter gives +1 to their top candidate and −1 to their bottom one; most points wins.',
    citations: [{ authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python (positive_negative_voting)', doi: '10.21105/joss.07020' }],
    complexity: 'O(n + m)',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'irresolute: all candidates with the most points win',
    properties: { 'condorcet-winner': false, 'condorcet-loser': false, 'pareto-dominance': false, 'positive-involvement': true },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'positive-negative', positiveNegative.info.ballots);
    const m = e.candidates.length;
    const scores = new Float64Array(m);
    const { entries, starts, counts, count } = e.packed;
    for (let i = 0; i < count; i++) {
      scores[entries[starts[i]!]!]! += counts[i]!;
      if (m > 1) scores[entries[starts[i]! + m - 1]!]! -= counts[i]!;
    }
    return votingResult({ method: 'positive-negative', candidates: e.candidates, winners: argmax(scores), scores: toScores(scores, e.scale), ranking: rankingByScore(scores) });
  },
);
