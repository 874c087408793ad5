import { BudgetExceededError, throwIfAborted, type CandidateIndex } from '@plural/core';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { defineVotingMethod } from '../registry/define.js';
import type { Citation, VotingMethod, VotingMethodInfo, VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';
import { splitCycleWinners } from './split-cycle.js';
import { searchBudget } from './tiebreak-order.js';

export interface StableVotingOptions extends VotingOptions {
  /** Maximum number of candidate subsets evaluated before a BudgetExceededError (default 1,000,000). */
  readonly budget?: number;
}

const stableVotingCitation: Citation = { authors: 'W. H. Holliday, E. Pacuit', year: 2023, title: 'Stable Voting', doi: '10.1007/s10602-022-09383-9' };

/**
 * The recursive core of (Simple) Stable Voting on the candidate subset `among`: with one candidate it wins;
 * otherwise the pairs (a, b) of `among` are taken by decreasing margin of a over b, and the winners are the
 * candidates a of the first pair(s) — all pairs with that margin — such that a wins once b is removed.
 * Stable Voting only lets a be a Split Cycle winner of `among` (and returns the Split Cycle winner when it
 * is unique). Memoised on the subset.
 */
function stableWinners(margins: readonly (readonly number[])[], restrictToSplitCycle: boolean, method: string, options: StableVotingOptions): CandidateIndex[] {
  const m = margins.length;
  const budget = searchBudget(options.budget, 1_000_000);
  const memo = new Map<string, CandidateIndex[]>();
  const solve = (among: readonly CandidateIndex[]): CandidateIndex[] => {
    if (among.length === 1) return [among[0]!];
    const key = among.join(',');
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (memo.size >= budget) {
      throw new BudgetExceededError(`${method} evaluated more than ${budget} candidate subsets.`, {
        where: 'options.budget',
        fix: `Raise options.budget (e.g. to ${budget * 10}); the recursion is exponential in the number of candidates in the worst case.`,
      });
    }
    if ((memo.size & 255) === 0) throwIfAborted(options.signal, method);
    let eligible: readonly CandidateIndex[] = among;
    if (restrictToSplitCycle) {
      eligible = splitCycleWinners(margins, among);
      if (eligible.length === 1) {
        memo.set(key, [eligible[0]!]);
        return [eligible[0]!];
      }
    }
    const pairs: [CandidateIndex, CandidateIndex][] = [];
    for (const a of eligible) for (const b of among) if (a !== b) pairs.push([a, b]);
    pairs.sort((p, q) => margins[q[0]]![q[1]]! - margins[p[0]]![p[1]]! || p[0] - q[0] || p[1] - q[1]);
    const winners: CandidateIndex[] = [];
    let witnessed = -Infinity;
    for (const [a, b] of pairs) {
      const s = margins[a]![b]!;
      if (s < witnessed) break;
      if (winners.includes(a)) continue;
      if (solve(among.filter((c) => c !== b)).includes(a)) {
        winners.push(a);
        witnessed = s;
      }
    }
    winners.sort((p, q) => p - q);
    memo.set(key, winners);
    return winners;
  };
  return solve(Array.from({ length: m }, (_, i) => i));
}

/** Registers (Simple) Stable Voting: `restrictToSplitCycle` for Stable Voting, as in `stableWinners`. */
function defineStableVoting(
  restrictToSplitCycle: boolean,
  info: Pick<VotingMethodInfo, 'id' | 'name' | 'aliases' | 'description' | 'complexity'>,
): VotingMethod<MarginInput, StableVotingOptions> {
  return defineVotingMethod<MarginInput, StableVotingOptions>(
    {
      id: info.id,
      name: info.name,
      aliases: info.aliases,
      family: 'margin',
      description: info.description,
      citations: [stableVotingCitation],
      complexity: info.complexity,
      input: 'margins',
      ballots: { ties: true, truncated: true },
      tieBreaking: 'irresolute: the candidates of all earliest pairs with the same margin',
      properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
      exponential: true,
    },
    (input, options) => {
      const g = marginGraph(input, options);
      return votingResult({ method: info.id, candidates: g.candidates, winners: stableWinners(g.margins, restrictToSplitCycle, info.id, options) });
    },
  );
}

/**
 * Stable Voting (Holliday & Pacuit): with one candidate, it wins. Otherwise take the pairs (a, b) with a
 * undefeated by Split Cycle, by decreasing margin of a over b; the winners are the candidates a of the
 * earliest pair(s) such that a wins Stable Voting once b is removed (pref_voting's `stable_voting`, with its
 * default Condorcet check and early termination when Split Cycle has a unique winner).
 *
 * Source: W. H. Holliday, E. Pacuit, "Stable Voting", Constitutional Political Economy 34 (2023) 421–433,
 * doi:10.1007/s10602-022-09383-9.
 *
 * Complexity: up to O(2^m · m³) (memoised on candidate subsets), bounded by `options.budget`; honours
 * `signal`. Ties: irresolute (all candidates of the tied earliest pairs).
 *
 * @example
 * stableVoting(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners; // [0]
 */
export const stableVoting = defineStableVoting(true, {
  id: 'stable-voting',
  name: 'Stable Voting',
  aliases: ['Stable Voting', 'stable_voting'],
  description: 'Take pairs (A, B) with A undefeated by Split Cycle by decreasing margin; A wins from the first pair in which A wins once B is removed.',
  complexity: 'O(2^m · m³) in the worst case (memoised on subsets), bounded by options.budget',
});

/**
 * Simple Stable Voting (Holliday & Pacuit): with one candidate, it wins. Otherwise take all pairs (a, b) by
 * decreasing margin of a over b; the winners are the candidates a of the earliest pair(s) such that a wins
 * Simple Stable Voting once b is removed (pref_voting's `simple_stable_voting`).
 *
 * Source: W. H. Holliday, E. Pacuit, "Stable Voting", Constitutional Political Economy 34 (2023) 421–433,
 * doi:10.1007/s10602-022-09383-9.
 *
 * Complexity: up to O(2^m · m² log m) (memoised on candidate subsets), bounded by `options.budget`;
 * honours `signal`. Ties: irresolute.
 *
 * @example
 * simpleStableVoting(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners; // [0]
 */
export const simpleStableVoting = defineStableVoting(false, {
  id: 'simple-stable-voting',
  name: 'Simple Stable Voting',
  aliases: ['Simple Stable Voting', 'simple_stable_voting'],
  description: 'Take all pairs (A, B) by decreasing margin; A wins from the first pair in which A wins once B is removed.',
  complexity: 'O(2^m · m² log m) in the worst case (memoised on subsets), bounded by options.budget',
});
