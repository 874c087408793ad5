import type { CandidateIndex } from '@plural/core';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { smithSet } from '../graph/smith-set.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';
import { worstDefeats } from './raynaud.js';

/**
 * Smith-Minimax: restrict to the Smith set (the top cycle), then elect the candidates whose worst defeat
 * by another Smith-set candidate is smallest (pref_voting's `smith_minimax`: minimax on the Smith set,
 * where an unbeaten candidate scores 0).
 *
 * Source: pref_voting (Holliday & Pacuit), doi:10.21105/joss.07020; J. H. Smith (1973),
 * doi:10.2307/1914033; P. B. Simpson (1969), doi:10.2307/1880527.
 *
 * Complexity: O(m³) after the margins. Irresolute.
 *
 * @example
 * smithMinimax(profileOf(4, ['abcd', 'bcad', 'cabd'])).winners; // [0, 1, 2]: d is outside the Smith set
 */
export const smithMinimax = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'smith-minimax',
    name: 'Smith-Minimax',
    aliases: ['Smith-Minimax', 'smith_minimax', 'smith//minimax'],
    family: 'margin',
    description: 'Minimax restricted to the Smith set: the Smith-set candidates whose worst defeat within the Smith set is smallest win.',
    citations: [
      { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' },
      { authors: 'J. H. Smith', year: 1973, title: 'Aggregation of preferences with variable electorate', doi: '10.2307/1914033' },
    ],
    complexity: 'O(m³) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all Smith-set candidates with the smallest worst defeat',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const smith = smithSet(g.margins);
    const worst = worstDefeats(g.margins, smith);
    const best = Math.min(...worst);
    const winners: CandidateIndex[] = smith.filter((_, i) => worst[i] === best);
    return votingResult({ method: 'smith-minimax', candidates: g.candidates, winners });
  },
);
