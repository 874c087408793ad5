import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { argmin, toScore, votingResult } from '../result/result.js';
import { copeland } from './copeland.js';

/**
 * Most Wins, Smallest Loss (MWSL): the candidates with the most head-to-head wins (a majority tie counts
 * half a win, as in pref_voting: the Copeland score) win; if several tie, those whose largest
 * head-to-head loss is smallest (0 for a candidate nobody beats). Condorcet consistent. It elects the
 * same candidates as Copeland-Global-Minimax.
 *
 * Sources: W. H. Holliday, "Axiomatizations of a simple Condorcet voting method for Final Four and Final
 * Five elections" (2025), arXiv:2508.17095; pref_voting's `most_wins_smallest_loss` (Holliday & Pacuit,
 * doi:10.21105/joss.07020). Holliday states the tie-break as "the smallest head-to-head loss"; among
 * candidates with several losses we compare their largest loss, the one that keeps them from being the
 * Condorcet winner (pref_voting's axiom records do not separate the two readings).
 *
 * Complexity: O(m²) after the margins. Irresolute. Scores are Copeland scores (wins + ½ per tie).
 *
 * @example
 * // A 3-cycle a→b→c→a with margins 3, 3, 1: one win each; a's loss (1) is the smallest.
 * mostWinsSmallestLoss(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners; // [0]
 */
export const mostWinsSmallestLoss = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'most-wins-smallest-loss',
    name: 'Most Wins, Smallest Loss',
    aliases: ['Most Wins, Smallest Loss', 'most_wins_smallest_loss', 'mwsl'],
    family: 'margin',
    description: 'The candidates with the most head-to-head wins; among several, those whose largest head-to-head loss is smallest.',
    citations: [
      { authors: 'W. H. Holliday', year: 2025, title: 'Axiomatizations of a simple Condorcet voting method for Final Four and Final Five elections', arxiv: '2508.17095' },
      { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python (most_wins_smallest_loss)', doi: '10.21105/joss.07020' },
    ],
    complexity: 'O(m²) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: candidates tied on wins and on their largest loss all win',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const wins = copeland({ kind: 'margins', candidates: g.candidates, margins: g.margins }, {});
    const largestLoss = g.candidates.map((_, c) => g.margins.reduce((worst, row, d) => (d !== c && row[c]! > worst ? row[c]! : worst), 0));
    const most = wins.winners;
    return votingResult({
      method: 'most-wins-smallest-loss',
      candidates: g.candidates,
      winners: argmin(largestLoss, most),
      scores: wins.scores,
      notes: [
        `Most wins (a tie counts ½): ${most.map((c) => String(g.candidates[c])).join(', ')}.`,
        most.length > 1 ? `Their largest losses: ${most.map((c) => `${String(g.candidates[c])} ${String(toScore(largestLoss[c]!, g.scale))}`).join(', ')}; the smallest wins.` : 'No tie for most wins.',
      ],
    });
  },
);
