import { BudgetExceededError, throwIfAborted, type CandidateIndex } from '@plural/core';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { weakCondorcetWinners } from '../graph/dominance.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';
import { searchBudget } from './tiebreak-order.js';

export interface LossTrimmerOptions extends VotingOptions {
  /** Maximum number of candidate subsets evaluated before a BudgetExceededError (default 1,000,000). */
  readonly budget?: number;
}

/**
 * Loss-Trimmer Voting (Darlington): if some candidates are unbeaten (weak Condorcet winners) among those
 * remaining, they win; otherwise eliminate the candidate with the largest sum of margins of defeat and
 * repeat. Ties for the largest sum are broken in parallel universes: the winners are the union over every
 * choice (pref_voting's `loss_trimmer`).
 *
 * Source: proposed by R. B. Darlington, "The case for the Loss-Trimmer voting system"; defined as here
 * by pref_voting's `loss_trimmer` (Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(m³) without ties for the largest sum; with ties up to O(2^m · m²) (memoised on the
 * remaining set), bounded by `options.budget`; honours `signal`. Irresolute.
 *
 * @example
 * lossTrimmer(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners; // [0, 2]: b and c both lose 3 in all
 */
export const lossTrimmer = defineVotingMethod<MarginInput, LossTrimmerOptions>(
  {
    id: 'loss-trimmer',
    name: 'Loss-Trimmer Voting',
    aliases: ['Loss-Trimmer Voting', 'loss_trimmer', 'loss-trimmer-voting'],
    family: 'margin',
    description: 'Until some candidate is unbeaten among those remaining, eliminate the candidate with the largest total margin of defeat (all ties explored).',
    citations: [
      { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' },
      { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting margin_based_methods.loss_trimmer (after R. B. Darlington, "The case for the Loss-Trimmer voting system")', url: 'https://github.com/voting-tools/pref_voting/blob/main/pref_voting/margin_based_methods.py' },
    ],
    complexity: 'O(m³) without ties; O(2^m · m²) in the worst case (memoised), bounded by options.budget',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: parallel-universe tie-breaking over the candidates with the largest sum of defeat margins',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
    exponential: true,
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const M = g.margins;
    const budget = searchBudget(options.budget, 1_000_000);
    const memo = new Map<string, CandidateIndex[]>();
    const solve = (among: readonly CandidateIndex[]): CandidateIndex[] => {
      const key = among.join(',');
      const known = memo.get(key);
      if (known !== undefined) return known;
      if (memo.size >= budget) {
        throw new BudgetExceededError(`loss-trimmer evaluated more than ${budget} sets of remaining candidates.`, { where: 'options.budget', fix: `Raise options.budget (e.g. to ${budget * 10}).` });
      }
      if ((memo.size & 255) === 0) throwIfAborted(options.signal, 'loss-trimmer');
      const unbeaten = weakCondorcetWinners(M, among);
      let winners: CandidateIndex[];
      if (unbeaten.length > 0) winners = unbeaten;
      else {
        const loss = among.map((c) => among.reduce((sum, o) => sum + Math.max(0, M[o]![c]!), 0));
        const worst = Math.max(...loss);
        const out = new Set<CandidateIndex>();
        among.forEach((c, i) => {
          if (loss[i] === worst) for (const w of solve(among.filter((d) => d !== c))) out.add(w);
        });
        winners = [...out].sort((a, b) => a - b);
      }
      memo.set(key, winners);
      return winners;
    };
    return votingResult({ method: 'loss-trimmer', candidates: g.candidates, winners: solve(g.candidates.map((_, i) => i)) });
  },
);
