import { BudgetExceededError, throwIfAborted, ValidationError, type CandidateIndex } from '@plural/core';
import { toScore, type Round } from '../result/result.js';
import { remainingCandidates } from './remaining.js';

/**
 * One stage of an elimination rule, computed on the candidates still in the race: their scores (for the
 * rounds), the winners if the stage decides the election (a majority or Condorcet winner), and the
 * candidates that perform worst and are eliminated (all of them, one by a fixed order, or each in its
 * own parallel universe, depending on the driver).
 */
export interface EliminationStage {
  /** Scaled integer score per candidate; only the remaining candidates are read. */
  readonly scores: ArrayLike<number>;
  /** Winners decided at this stage (ends the procedure), ascending. */
  readonly decided?: readonly CandidateIndex[];
  /**
   * The worst candidates, ascending. Empty, or all the remaining candidates, means the remaining
   * candidates tie and all win (under simultaneous elimination).
   */
  readonly worst: readonly CandidateIndex[];
  /**
   * Candidates every elimination order removes first, whatever the tie-breaking (e.g. candidates with no
   * first place under Instant Runoff): the parallel-universe driver removes them together, which
   * explores fewer universes and finds the same winners.
   */
  readonly forced?: readonly CandidateIndex[];
  /** Why the worst go, e.g. "fewest first places". */
  readonly note: string;
}

/** Computes the stage for the candidates with `inRace[c]` (`remaining` lists them ascending). */
export type StageFunction = (inRace: readonly boolean[], remaining: readonly CandidateIndex[]) => EliminationStage;

/** The winners of an elimination rule and its rounds. */
export interface EliminationOutcome {
  readonly winners: readonly CandidateIndex[];
  readonly rounds: readonly Round[];
}

/** `inRace` for all m candidates, or for those in `among`. */
function startingRace(m: number, among?: readonly CandidateIndex[]): boolean[] {
  if (among === undefined) return Array.from({ length: m }, () => true);
  const inRace = Array.from({ length: m }, () => false);
  for (const c of among) inRace[c] = true;
  return inRace;
}

function roundScores(stage: EliminationStage, inRace: readonly boolean[], scale: number) {
  return inRace.map((r, c) => (r ? toScore(stage.scores[c]!, scale) : undefined));
}

/**
 * Simultaneous elimination (pref_voting's plain variants): at each stage, stop if the stage decides;
 * stop with all remaining candidates if they all tie (no worst, or all worst); otherwise remove all the
 * worst candidates at once.
 *
 * Complexity: at most m stages.
 */
export function eliminateSimultaneously(m: number, stage: StageFunction, scale: number, among?: readonly CandidateIndex[]): EliminationOutcome {
  const inRace = startingRace(m, among);
  const rounds: Round[] = [];
  for (;;) {
    const remaining = remainingCandidates(inRace);
    const s = stage(inRace, remaining);
    const scores = roundScores(s, inRace, scale);
    if (s.decided !== undefined) {
      rounds.push({ scores, eliminated: [], note: s.note });
      return { winners: [...s.decided], rounds };
    }
    if (s.worst.length === 0 || s.worst.length === remaining.length) {
      rounds.push({ scores, eliminated: [], note: remaining.length === 1 ? 'one candidate remains' : 'the remaining candidates tie' });
      return { winners: remaining, rounds };
    }
    for (const c of s.worst) inRace[c] = false;
    rounds.push({ scores, eliminated: [...s.worst], note: s.note });
  }
}

/**
 * Checks a tie-breaking order: a permutation of the candidate indices 0…m−1. Undefined gives the
 * default 0, 1, …, m−1.
 */
export function tiebreakOrderOf(order: readonly CandidateIndex[] | undefined, m: number): CandidateIndex[] {
  if (order === undefined) return Array.from({ length: m }, (_, i) => i);
  const seen = new Uint8Array(m);
  const ok = Array.isArray(order) && order.length === m && order.every((c) => Number.isInteger(c) && c >= 0 && c < m && seen[c] === 0 && (seen[c] = 1) === 1);
  if (!ok) {
    throw new ValidationError(`the tie-break order is not a permutation of the ${m} candidate indices.`, {
      where: 'options.tiebreakOrder',
      fix: `List every candidate index 0…${m - 1} exactly once.`,
    });
  }
  return [...order];
}

/**
 * Elimination with a fixed tie-breaking order (pref_voting's TB variants): at each stage, stop if it
 * decides or one candidate remains; otherwise remove the one worst candidate that comes first in
 * `order` (pref_voting's convention: earlier in the order = eliminated first).
 *
 * Complexity: at most m − 1 stages.
 */
export function eliminateByOrder(m: number, stage: StageFunction, order: readonly CandidateIndex[], scale: number, among?: readonly CandidateIndex[]): EliminationOutcome {
  const inRace = startingRace(m, among);
  const rank = new Int32Array(m);
  order.forEach((c, i) => (rank[c] = i));
  const rounds: Round[] = [];
  for (;;) {
    const remaining = remainingCandidates(inRace);
    const s = stage(inRace, remaining);
    const scores = roundScores(s, inRace, scale);
    if (s.decided !== undefined) {
      rounds.push({ scores, eliminated: [], note: s.note });
      return { winners: [...s.decided], rounds };
    }
    if (remaining.length === 1) {
      rounds.push({ scores, eliminated: [], note: 'one candidate remains' });
      return { winners: remaining, rounds };
    }
    const pool = s.worst.length > 0 ? s.worst : remaining;
    const out = pool.reduce((a, b) => (rank[b]! < rank[a]! ? b : a));
    inRace[out] = false;
    rounds.push({ scores, eliminated: [out], note: pool.length > 1 ? `${s.note}; tie broken by the tie-break order` : s.note });
  }
}

/** Options of the parallel-universe driver. */
export interface ParallelUniverseOptions {
  /** Largest number of distinct sets of remaining candidates to examine (default 100 000). */
  readonly budget?: number;
  readonly signal?: AbortSignal;
  /** The rule's id, for errors. */
  readonly method: string;
  /** Start from these candidates only (default all). */
  readonly among?: readonly CandidateIndex[];
}

/** The default number of candidate subsets a PUT rule may examine. */
export const DEFAULT_PUT_BUDGET = 100_000;

/**
 * Parallel-universe tie-breaking (PUT; Tideman 1987, Conitzer, Rognlie & Xia 2009): a candidate wins if
 * it wins for some way of breaking the elimination ties. Recursively: winners(S) = the stage's decided
 * winners if any; S itself if |S| = 1 (or no one performs worst); otherwise the union over the worst
 * candidates c of winners(S \ {c}). Memoised on the set of remaining candidates, so the cost is the
 * number of distinct sets reached (at most 2^m), bounded by `budget`.
 *
 * Complexity: O(reached sets × stage cost); exponential in the worst case (PUT-winner determination is
 * NP-complete for STV: Wang et al., AAAI 2019, doi:10.1609/aaai.v33i01.33012189).
 */
export function eliminateInParallelUniverses(m: number, stage: StageFunction, options: ParallelUniverseOptions): { winners: CandidateIndex[]; states: number } {
  const budget = options.budget ?? DEFAULT_PUT_BUDGET;
  if (!(Number.isInteger(budget) && budget > 0)) {
    throw new ValidationError(`the budget ${String(budget)} is not a positive integer.`, { where: 'options.budget', fix: 'Give the largest number of candidate subsets to examine, e.g. 100000.' });
  }
  const memo = new Map<bigint, readonly CandidateIndex[]>();
  const solve = (inRace: boolean[], key: bigint): readonly CandidateIndex[] => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    throwIfAborted(options.signal, options.method);
    if (memo.size >= budget) {
      throw new BudgetExceededError(`${options.method} needed more than ${budget} sets of remaining candidates (parallel-universe tie-breaking).`, {
        where: 'options.budget',
        fix: `Raise options.budget, or use the simultaneous-elimination or fixed tie-break (TB) variant of ${options.method.replace(/-put$/, '')}.`,
      });
    }
    const remaining = remainingCandidates(inRace);
    const s = stage(inRace, remaining);
    let winners: readonly CandidateIndex[];
    if (s.decided !== undefined) winners = s.decided;
    else if (remaining.length === 1 || s.worst.length === 0) winners = remaining;
    else if (s.forced !== undefined && s.forced.length > 0 && s.forced.length < remaining.length) {
      const next = [...inRace];
      let nextKey = key;
      for (const c of s.forced) {
        next[c] = false;
        nextKey &= ~(1n << BigInt(c));
      }
      winners = solve(next, nextKey);
    } else {
      const union = new Set<CandidateIndex>();
      for (const c of s.worst) {
        const next = [...inRace];
        next[c] = false;
        for (const w of solve(next, key & ~(1n << BigInt(c)))) union.add(w);
      }
      winners = [...union].sort((a, b) => a - b);
    }
    memo.set(key, winners);
    return winners;
  };
  const start = startingRace(m, options.among);
  let key = 0n;
  start.forEach((r, c) => {
    if (r) key |= 1n << BigInt(c);
  });
  const winners = solve(start, key);
  return { winners: [...winners], states: memo.size };
}
