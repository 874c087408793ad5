import { Rational, type CandidateIndex, type Label, type Seed } from '@plural/core';

/**
 * A score as rules report it: a number when it is an integer tally (or a float from a float rule), a
 * Rational when it is an exact fraction (half-points, scaled weights). JSON prints Rationals as "p/q".
 */
export type Score = number | Rational;

/** One step of an iterative rule: the scores of the candidates still in, and who left. */
export interface Round {
  /** Scores of the remaining candidates this round (absent for candidates already out). */
  readonly scores: readonly (Score | undefined)[];
  /** Candidates eliminated (or, for some rules, elected) at the end of the round, ascending. */
  readonly eliminated: readonly CandidateIndex[];
  /** A sentence saying why, e.g. "lowest plurality score". */
  readonly note?: string;
}

/** How a tie was broken, when the caller asked for one winner. */
export interface TiebreakRecord {
  /** `lexicographic`, `random` or `order`. */
  readonly rule: 'lexicographic' | 'random' | 'order';
  /** The tied candidates the rule chose from, ascending. */
  readonly among: readonly CandidateIndex[];
  readonly chosen: CandidateIndex;
  /** The seed, for `random`. */
  readonly seed?: Seed;
}

/**
 * The outcome of a voting rule. `winners` are candidate indices in ascending order; rules are
 * irresolute, so several tied winners are all listed unless a tie-break was asked for.
 */
export interface VotingResult {
  /** The registry id of the rule. */
  readonly method: string;
  readonly candidates: readonly Label[];
  readonly winners: readonly CandidateIndex[];
  /** One score per candidate, when the rule has scores. */
  readonly scores?: readonly Score[];
  /** A weak order of all candidates, best first, when the rule ranks them. */
  readonly ranking?: readonly (readonly CandidateIndex[])[];
  /** The rounds of an iterative rule. */
  readonly rounds?: readonly Round[];
  /** Set when a tie among winners was broken. */
  readonly tiebreak?: TiebreakRecord;
  /** Plain sentences that explain the outcome (`--explain`). */
  readonly notes?: readonly string[];
}

/** A scaled integer tally as a Score: the integer itself when scale is 1, else the exact fraction. */
export function toScore(value: number, scale: number): Score {
  if (scale === 1) return value;
  const r = Rational.of(value, scale);
  return r.isInteger() ? Number(r.num) : r;
}

/** Scores of all candidates from scaled integer tallies. */
export function toScores(values: ArrayLike<number>, scale: number): Score[] {
  return Array.from(values, (v) => toScore(v, scale));
}

/** The numeric value of a score, for display or plotting (never for deciding ties). */
export function scoreValue(score: Score): number {
  return typeof score === 'number' ? score : score.toNumber();
}

/** Sorts candidate indices ascending (a new array). */
export function sortedCandidates(candidates: Iterable<CandidateIndex>): CandidateIndex[] {
  return [...candidates].sort((a, b) => a - b);
}

/** Builds a frozen result. */
export function votingResult(result: VotingResult): VotingResult {
  return Object.freeze({ ...result, winners: Object.freeze(sortedCandidates(result.winners)) });
}

/** The labels of the winners, in the order of `winners`. */
export function winnerLabels(result: VotingResult): Label[] {
  return result.winners.map((c) => result.candidates[c]!);
}

/**
 * Candidates with the maximum of a numeric score (all of them, ascending), among `among` when given.
 *
 * @example
 * argmax([3, 5, 5, 1]); // [1, 2]
 */
export function argmax(values: ArrayLike<number>, among?: Iterable<CandidateIndex>): CandidateIndex[] {
  let best = -Infinity;
  let out: CandidateIndex[] = [];
  for (const c of among ?? Array.from({ length: values.length }, (_, i) => i)) {
    const v = values[c]!;
    if (v > best) {
      best = v;
      out = [c];
    } else if (v === best) out.push(c);
  }
  return out.sort((a, b) => a - b);
}

/** Candidates with the minimum of a numeric score (all of them, ascending), among `among` when given. */
export function argmin(values: ArrayLike<number>, among?: Iterable<CandidateIndex>): CandidateIndex[] {
  return argmax(Array.from(values, (v) => -v), among);
}

/**
 * The weak order of candidates by a score, best first (higher is better unless `lowerIsBetter`).
 *
 * @example
 * rankingByScore([3, 5, 5, 1]); // [[1, 2], [0], [3]]
 */
export function rankingByScore(values: ArrayLike<number>, lowerIsBetter = false): CandidateIndex[][] {
  const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => (lowerIsBetter ? values[a]! - values[b]! : values[b]! - values[a]!) || a - b);
  const out: CandidateIndex[][] = [];
  for (const c of order) {
    const last = out[out.length - 1];
    if (last !== undefined && values[last[0]!] === values[c]) last.push(c);
    else out.push([c]);
  }
  return out;
}
