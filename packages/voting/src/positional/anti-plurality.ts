import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import { argmin, rankingByScore, toScores, votingResult } from '../result/result.js';

/**
 * Anti-Plurality (veto): each voter vetoes their last-ranked candidate; the candidates with the fewest
 * vetoes win. The reported score is the number of last places (lower is better); equivalently the
 * scoring vector (1, …, 1, 0). Needs strict complete ballots (a truncated ballot has no last place).
 *
 * Source: pref_voting's `anti_plurality` (Holliday & Pacuit); see Zwicker, "Introduction to the Theory
 * of Voting", Handbook of Computational Social Choice (2016), doi:10.1017/CBO9781107446984.003.
 *
 * Complexity: O(n + m). Irresolute: all candidates with the fewest last places win.
 *
 * @example
 * antiPlurality(profileOf(3, ['abc', 'bca'])).winners; // [1] (b is never last)
 */
export const antiPlurality = defineVotingMethod<ProfileInput>(
  {
    id: 'anti-plurality',
    name: 'Anti-Plurality',
    aliases: ['Anti-Plurality', 'anti_plurality', 'antiplurality', 'veto'],
    family: 'positional',
    description: 'Each voter vetoes their last-ranked candidate; the fewest vetoes wins.',
    citations: [
      { authors: 'W. S. Zwicker', year: 2016, title: 'Introduction to the Theory of Voting', doi: '10.1017/CBO9781107446984.003' },
      { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' },
    ],
    complexity: 'O(n + m)',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'irresolute: all candidates with the fewest last places win',
    properties: { 'condorcet-winner': false, 'condorcet-loser': false, 'pareto-dominance': false, 'positive-involvement': true },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'anti-plurality', antiPlurality.info.ballots);
    const vetoes = new Float64Array(e.candidates.length);
    const { entries, starts, counts, count } = e.packed;
    for (let i = 0; i < count; i++) vetoes[entries[starts[i + 1]! - 1]!]! += counts[i]!;
    return votingResult({
      method: 'anti-plurality',
      candidates: e.candidates,
      winners: argmin(vetoes),
      scores: toScores(vetoes, e.scale),
      ranking: rankingByScore(vetoes, true),
      notes: ['Scores are numbers of last places; fewer is better.'],
    });
  },
);
