import type { CandidateIndex } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { condorcetLoser, condorcetWinner } from '../graph/dominance.js';
import { remainingPluralityScores } from '../iterative/remaining.js';
import { defineVotingMethod } from '../registry/define.js';
import { argmax, toScores, votingResult } from '../result/result.js';

/**
 * Daunou's rule: the Condorcet winner if there is one; otherwise remove Condorcet losers one after
 * another (each a Condorcet loser among those left) and elect the Plurality winners of the profile
 * restricted to the candidates that survive. Scores are those restricted plurality scores.
 *
 * Sources: S. Barberà, W. Bossert, K. Suzumura, "Daunou's voting rule and the lexicographic assignment
 * of priorities", Social Choice and Welfare 56 (2021) 259–289, doi:10.1007/s00355-020-01276-w (after
 * P. C. F. Daunou, 1803); pref_voting's `daunou` (Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(m³ + total ballot length) after the margins. Truncated ballots: a ballot counts for its
 * highest-ranked survivor. Irresolute.
 *
 * @example
 * daunou(profileOf(4, ['bdca', 'acdb', 'bdac', 'dbac'])).winners; // [1, 3]
 */
export const daunou = defineVotingMethod<ProfileInput>(
  {
    id: 'daunou',
    name: 'Daunou',
    aliases: ['Daunou', 'daunou-rule'],
    family: 'hybrid',
    description: 'The Condorcet winner, else the Plurality winners after iteratively removing Condorcet losers.',
    citations: [
      { authors: 'S. Barberà, W. Bossert, K. Suzumura', year: 2021, title: "Daunou's voting rule and the lexicographic assignment of priorities", doi: '10.1007/s00355-020-01276-w' },
      { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' },
    ],
    complexity: 'O(m³ + total ballot length) after the margins',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'irresolute: all restricted Plurality winners when there is no Condorcet winner',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'daunou', daunou.info.ballots);
    const margins = e.margins();
    const cw = condorcetWinner(margins);
    if (cw !== undefined) return votingResult({ method: 'daunou', candidates: e.candidates, winners: [cw], notes: ['Condorcet winner.'] });
    const survivors: CandidateIndex[] = e.candidates.map((_, c) => c);
    for (;;) {
      const loser = survivors.length > 1 ? condorcetLoser(margins, survivors) : undefined;
      if (loser === undefined) break;
      survivors.splice(survivors.indexOf(loser), 1);
    }
    const inRace = e.candidates.map((_, c) => survivors.includes(c));
    const scores = remainingPluralityScores(e, inRace);
    return votingResult({
      method: 'daunou',
      candidates: e.candidates,
      winners: argmax(scores, survivors),
      scores: toScores(scores, e.scale),
      notes: [`No Condorcet winner; after removing Condorcet losers: ${survivors.map((c) => String(e.candidates[c])).join(', ')}.`, 'Scores are plurality scores among them.'],
    });
  },
);
