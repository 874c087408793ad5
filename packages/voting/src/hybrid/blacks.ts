import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { condorcetWinner } from '../graph/dominance.js';
import { positionalTally } from '../positional/scoring.js';
import { defineVotingMethod } from '../registry/define.js';
import { argmax, toScores, votingResult } from '../result/result.js';

/**
 * Black's rule: the Condorcet winner if there is one, otherwise the Borda winners. Scores are the Borda
 * scores.
 *
 * Sources: D. Black, "The Theory of Committees and Elections" (Cambridge University Press, 1958);
 * pref_voting's `blacks` (Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(n·m + m²). Needs strict complete ballots (Borda). Irresolute.
 *
 * @example
 * blacks(profileOf(3, ['cab', 'abc', 'cba', 'bca'])).winners; // [2]
 */
export const blacks = defineVotingMethod<ProfileInput>(
  {
    id: 'blacks',
    name: "Black's rule",
    aliases: ['Blacks', "Black's", 'black', 'blacks-rule', 'Condorcet-Borda'],
    family: 'hybrid',
    description: 'The Condorcet winner if there is one, otherwise the Borda winners.',
    citations: [
      { authors: 'D. Black', year: 1958, title: 'The Theory of Committees and Elections', url: 'https://en.wikipedia.org/wiki/Black%27s_method' },
      { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' },
    ],
    complexity: 'O(n·m + m²)',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'irresolute: all Borda winners when there is no Condorcet winner',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'blacks', blacks.info.ballots);
    const m = e.candidates.length;
    const bordaScores = positionalTally(e, Array.from({ length: m }, (_, k) => m - 1 - k));
    const cw = condorcetWinner(e.margins());
    return votingResult({
      method: 'blacks',
      candidates: e.candidates,
      winners: cw === undefined ? argmax(bordaScores) : [cw],
      scores: toScores(bordaScores, e.scale),
      notes: [cw === undefined ? 'No Condorcet winner: Borda winners.' : 'Condorcet winner.', 'Scores are Borda scores.'],
    });
  },
);
