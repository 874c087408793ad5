import { BudgetExceededError, throwIfAborted, ValidationError, type AnonymousProfile, type CandidateIndex, type Ranking, type UnrankedPolicy } from '@plural/core';
import type { VotingResult } from '../result/result.js';
import { addVoters, linearBallots, profFromInput, toAnonymous, toRanking, weakOrders, type Groups, type Prof } from './profile-ops.js';
import type { AxiomProfile, AxiomRule } from './types.js';

export interface ManipulationOptions {
  /** The target must be the unique winner (default true) or only a co-winner. */
  readonly unique?: boolean;
  /** The ballots the manipulators may cast: linear orders (default) or all weak orders. */
  readonly ballots?: 'linear' | 'weak';
  /** How unranked candidates compare when the rule runs (default `'bottom'`). */
  readonly unranked?: UnrankedPolicy;
  /** At most this many rule evaluations (default 1 000 000). */
  readonly budget?: number;
  readonly signal?: AbortSignal;
}

/** A successful manipulation, verified by re-running the rule on the manipulated profile. */
export interface Manipulation {
  /** The coalition's ballots (distinct) and how many manipulators cast each. */
  readonly ballots: readonly Ranking[];
  readonly counts: readonly number[];
  /** The sincere profile plus the coalition's ballots. */
  readonly profile: AnonymousProfile;
  /** The rule's result on `profile`, computed afresh: `target` wins. */
  readonly result: VotingResult;
  /** Coalition ballot multisets tried before this one (including it). */
  readonly tried: number;
}

function callRule(rule: AxiomRule, profile: AnonymousProfile, unranked: UnrankedPolicy, signal: AbortSignal | undefined): VotingResult {
  const fn = rule as (p: AnonymousProfile, o: { unranked: UnrankedPolicy; signal?: AbortSignal }) => VotingResult;
  return fn(profile, signal === undefined ? { unranked } : { unranked, signal });
}

/**
 * Constructive coalitional manipulation (Conitzer, Sandholm & Lang 2007): can `coalitionSize`
 * additional voters, casting any ballots they like, make `target` win? Exhaustive over the coalition's
 * ballot multisets (by anonymity the order of manipulators does not matter): C(b + k − 1, k) profiles
 * for b possible ballots (m! linear orders) and k manipulators, so for small instances only (the budget
 * guards). Returns the first manipulation in lexicographic order of ballots, verified by running the
 * rule again on the manipulated profile, or undefined when none exists.
 *
 * Complexity: O(C(b + k − 1, k)) rule evaluations.
 *
 * @example
 * coalitionalManipulation(votingMethod('borda'), profile, 2, 2)?.ballots; // e.g. [[2, 0, 1], [2, 1, 0]]
 */
export function coalitionalManipulation(rule: AxiomRule, profile: AxiomProfile, target: CandidateIndex, coalitionSize: number, options: ManipulationOptions = {}): Manipulation | undefined {
  const prof = profFromInput(profile);
  const m = prof.candidates.length;
  if (!Number.isInteger(target) || target < 0 || target >= m) throw new ValidationError(`target ${String(target)} is not a candidate index.`, { where: 'target', fix: `Use an index 0…${m - 1}.` });
  if (!Number.isInteger(coalitionSize) || coalitionSize < 0) throw new ValidationError(`coalitionSize ${String(coalitionSize)} is not a whole number ≥ 0.`, { where: 'coalitionSize', fix: 'Give the number of manipulators.' });
  const kind = options.ballots ?? 'linear';
  if (kind !== 'linear' && kind !== 'weak') throw new ValidationError(`unknown ballots ${JSON.stringify(kind)}.`, { where: 'options.ballots', fix: 'Use "linear" or "weak".' });
  const unranked = options.unranked ?? 'bottom';
  const unique = options.unique ?? true;
  const budget = options.budget ?? 1_000_000;
  const candidates: Groups[] = kind === 'linear' ? linearBallots(m) : weakOrders(Array.from({ length: m }, (_, c) => c));
  const wins = (result: VotingResult): boolean => (unique ? result.winners.length === 1 && result.winners[0] === target : result.winners.includes(target));

  const picks = new Array<number>(coalitionSize).fill(0);
  let tried = 0;
  const build = (): Prof => {
    let p = prof;
    for (const i of picks) p = addVoters(p, candidates[i]!);
    return p;
  };
  for (;;) {
    throwIfAborted(options.signal, 'coalitionalManipulation');
    if (tried >= budget) {
      throw new BudgetExceededError(`coalitional manipulation needed more than ${budget} rule evaluations.`, { where: 'coalitionalManipulation', fix: 'Raise options.budget, or use fewer candidates or manipulators.' });
    }
    tried++;
    const manipulated = toAnonymous(build());
    if (wins(callRule(rule, manipulated, unranked, options.signal))) {
      const verified = callRule(rule, toAnonymous(build()), unranked, options.signal);
      if (!wins(verified)) throw new Error('coalitionalManipulation: the rule gave different winners on the same profile (it is not deterministic).');
      const distinct = [...new Set(picks)];
      return Object.freeze({
        ballots: distinct.map((i) => toRanking(candidates[i]!)),
        counts: distinct.map((i) => picks.filter((x) => x === i).length),
        profile: manipulated,
        result: verified,
        tried,
      });
    }
    // next multiset: non-decreasing index vectors in lexicographic order
    let pos = coalitionSize - 1;
    while (pos >= 0 && picks[pos] === candidates.length - 1) pos--;
    if (pos < 0) return undefined;
    const next = picks[pos]! + 1;
    for (let j = pos; j < coalitionSize; j++) picks[j] = next;
  }
}
