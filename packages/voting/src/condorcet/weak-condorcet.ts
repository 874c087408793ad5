import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { weakCondorcetWinners } from '../graph/dominance.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';

/**
 * Weak Condorcet: the weak Condorcet winners — the candidates that no rival beats by majority (each beats
 * or ties every other) — when there are any, otherwise every candidate ties. A Condorcet winner is the
 * only weak Condorcet winner, so the rule is Condorcet consistent; several weak Condorcet winners tie
 * each other.
 *
 * Sources: pref_voting's `weak_condorcet` (Holliday & Pacuit, doi:10.21105/joss.07020); the weak
 * Condorcet winner: P. C. Fishburn, "Condorcet social choice functions", SIAM J. Appl. Math. 33(3)
 * (1977) 469–489, doi:10.1137/0133030.
 *
 * Complexity: O(m²) after the margins. Irresolute by nature (a set).
 *
 * @example
 * // Four voters a≻b≻c, b≻a≻c: a and b tie, both beat c.
 * weakCondorcet(profileOf(3, ['abc', 'bac'], [2, 2])).winners; // [0, 1]
 */
export const weakCondorcet = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'weak-condorcet',
    name: 'Weak Condorcet',
    aliases: ['Weak Condorcet', 'weak_condorcet', 'weak-condorcet-winners'],
    family: 'condorcet',
    description: 'The candidates no rival beats by majority if there are any; otherwise all candidates tie.',
    citations: [
      { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python (weak_condorcet)', doi: '10.21105/joss.07020' },
      { authors: 'P. C. Fishburn', year: 1977, title: 'Condorcet social choice functions', doi: '10.1137/0133030' },
    ],
    complexity: 'O(m²) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all weak Condorcet winners, or all candidates when there is none',
    properties: { 'condorcet-winner': true, 'condorcet-loser': false, 'pareto-dominance': false, 'positive-involvement': false },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const w = weakCondorcetWinners(g.margins);
    return votingResult({
      method: 'weak-condorcet',
      candidates: g.candidates,
      winners: w.length > 0 ? w : g.candidates.map((_, i) => i),
      notes: [w.length > 0 ? 'The candidates no rival beats by majority.' : 'Every candidate is beaten by some rival: all tie.'],
    });
  },
);
