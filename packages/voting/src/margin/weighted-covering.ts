import type { CandidateIndex } from '@plural/core';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';

/**
 * Weighted Covering: x defeats y when x beats y by majority and, against every candidate z, x's margin is
 * at least y's (margin(x, z) ≥ margin(y, z)); the undefeated candidates win (pref_voting's
 * `weighted_covering`).
 *
 * Sources: B. Dutta, J.-F. Laslier, "Comparison functions and choice correspondences", Social Choice and
 * Welfare 16 (1999) 513–532, doi:10.1007/s003550050158; R. Pérez-Fernández, B. De Baets, "The supercovering
 * relation, the pairwise winner, and more missing links between Borda and Condorcet", Social Choice and
 * Welfare 50 (2018) 329–352, doi:10.1007/s00355-017-1086-0.
 *
 * Complexity: O(m³) after the margins. Irresolute.
 *
 * @example
 * weightedCovering(profileOf(3, ['abc', 'bca', 'cab'])).winners; // [0, 1, 2]
 */
export const weightedCovering = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'weighted-covering',
    name: 'Weighted Covering',
    aliases: ['Weighted Covering', 'weighted_covering'],
    family: 'margin',
    description: 'X defeats Y when X beats Y and has at least Y’s margin against every candidate; the undefeated candidates win.',
    citations: [
      { authors: 'B. Dutta, J.-F. Laslier', year: 1999, title: 'Comparison functions and choice correspondences', doi: '10.1007/s003550050158' },
      { authors: 'R. Pérez-Fernández, B. De Baets', year: 2018, title: 'The supercovering relation, the pairwise winner, and more missing links between Borda and Condorcet', doi: '10.1007/s00355-017-1086-0' },
    ],
    complexity: 'O(m³) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all candidates that are not weakly covered',
    properties: { 'condorcet-winner': false, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': true },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const m = g.candidates.length;
    const M = g.margins;
    const covers = (x: CandidateIndex, y: CandidateIndex): boolean => {
      if (M[x]![y]! <= 0) return false;
      for (let z = 0; z < m; z++) if (M[x]![z]! < M[y]![z]!) return false;
      return true;
    };
    const winners: CandidateIndex[] = [];
    for (let y = 0; y < m; y++) {
      let covered = false;
      for (let x = 0; x < m && !covered; x++) if (x !== y && covers(x, y)) covered = true;
      if (!covered) winners.push(y);
    }
    return votingResult({ method: 'weighted-covering', candidates: g.candidates, winners });
  },
);
