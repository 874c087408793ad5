import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { condorcetWinner } from '../graph/dominance.js';
import { remainingPluralityScores } from '../iterative/remaining.js';
import { defineVotingMethod } from '../registry/define.js';
import { argmax, toScores, votingResult } from '../result/result.js';

/**
 * Condorcet Plurality: the Condorcet winner if there is one, otherwise the Plurality winners. Scores are
 * the plurality scores.
 *
 * Source: pref_voting's `condorcet_plurality` (Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(n + m²) after the margins. Truncated ballots: first places as Plurality, margins with
 * unranked candidates as `options.unranked` says. Irresolute.
 *
 * @example
 * condorcetPlurality(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners; // [0]
 */
export const condorcetPlurality = defineVotingMethod<ProfileInput>(
  {
    id: 'condorcet-plurality',
    name: 'Condorcet Plurality',
    aliases: ['Condorcet Plurality', 'condorcet_plurality'],
    family: 'hybrid',
    description: 'The Condorcet winner if there is one, otherwise the Plurality winners.',
    citations: [{ authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' }],
    complexity: 'O(n + m²) after the margins',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'irresolute: all Plurality winners when there is no Condorcet winner',
    properties: { 'condorcet-winner': true, 'condorcet-loser': false, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'condorcet-plurality', condorcetPlurality.info.ballots);
    const scores = remainingPluralityScores(e, e.candidates.map(() => true));
    const cw = condorcetWinner(e.margins());
    return votingResult({
      method: 'condorcet-plurality',
      candidates: e.candidates,
      winners: cw === undefined ? argmax(scores) : [cw],
      scores: toScores(scores, e.scale),
      notes: [cw === undefined ? 'No Condorcet winner: Plurality winners.' : 'Condorcet winner.', 'Scores are plurality scores.'],
    });
  },
);
