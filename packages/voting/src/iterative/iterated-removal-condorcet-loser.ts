import type { CandidateIndex } from '@plural/core';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { condorcetLoser } from '../graph/dominance.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { votingResult, type Round } from '../result/result.js';

/**
 * Iterated Removal of Condorcet Losers: while more than one candidate remains and the remaining
 * candidates have a Condorcet loser (beaten head-to-head by every other remaining candidate), remove
 * it; the candidates left all win. Reads only the margins, so it accepts any ballots (and margin
 * matrices).
 *
 * Source: pref_voting's `iterated_removal_cl` (Holliday & Pacuit, doi:10.21105/joss.07020); used as the
 * first stage of Daunou's rule (see `daunou`).
 *
 * Complexity: O(m³) after the margins. Irresolute.
 *
 * @example
 * iteratedRemovalCondorcetLoser(profileOf(4, ['cbda', 'cbad', 'dbca', 'bcda'])).winners; // [1, 2]
 */
export const iteratedRemovalCondorcetLoser = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'iterated-removal-condorcet-loser',
    name: 'Iterated Removal Condorcet Loser',
    aliases: ['Iterated Removal Condorcet Loser', 'iterated_removal_cl', 'ircl'],
    family: 'iterative',
    description: 'Repeatedly remove a Condorcet loser among the remaining candidates; those left win.',
    citations: [{ authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' }],
    complexity: 'O(m³) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: every candidate never removed wins',
    properties: { 'condorcet-winner': false, 'condorcet-loser': true, 'pareto-dominance': false, 'positive-involvement': false },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const remaining: CandidateIndex[] = g.candidates.map((_, c) => c);
    const rounds: Round[] = [];
    for (;;) {
      const loser = remaining.length > 1 ? condorcetLoser(g.margins, remaining) : undefined;
      if (loser === undefined) break;
      remaining.splice(remaining.indexOf(loser), 1);
      rounds.push({ scores: g.candidates.map(() => undefined), eliminated: [loser], note: 'Condorcet loser among the remaining candidates' });
    }
    return votingResult({ method: 'iterated-removal-condorcet-loser', candidates: g.candidates, winners: remaining, rounds });
  },
);
