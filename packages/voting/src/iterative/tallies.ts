import type { CandidateIndex } from '@plural/core';
import type { Election } from '../election/election.js';
import { topOfClosure } from '../graph/dominance.js';
import { argmax, argmin } from '../result/result.js';

/**
 * Last places among the candidates still in (`inRace[c]`): each strict complete ballot counts for its
 * lowest-ranked remaining candidate.
 *
 * Complexity: O(total ballot length).
 */
export function remainingLastPlaces(e: Election, inRace: readonly boolean[]): Float64Array {
  const scores = new Float64Array(e.candidates.length);
  for (let i = 0; i < e.ballots.length; i++) {
    const ballot = e.ballots[i]!;
    for (let k = ballot.length - 1; k >= 0; k--) {
      const c = ballot[k] as CandidateIndex;
      if (inRace[c]) {
        scores[c]! += e.counts[i]!;
        break;
      }
    }
  }
  return scores;
}

/**
 * Borda scores in the profile restricted to the remaining candidates: with r of them left, a strict
 * complete ballot gives r−1 points to its highest remaining candidate, r−2 to the next, …, 0 to the last.
 *
 * Complexity: O(total ballot length).
 */
export function remainingBordaScores(e: Election, inRace: readonly boolean[]): Float64Array {
  const scores = new Float64Array(e.candidates.length);
  let r = 0;
  for (const x of inRace) if (x) r++;
  for (let i = 0; i < e.ballots.length; i++) {
    const ballot = e.ballots[i]!;
    const w = e.counts[i]!;
    let points = r - 1;
    for (let k = 0; k < ballot.length && points > 0; k++) {
      const c = ballot[k] as CandidateIndex;
      if (inRace[c]) scores[c]! += w * points--;
    }
  }
  return scores;
}

/** Total weight of the ballots that rank at least one remaining candidate (not exhausted). */
export function activeWeight(e: Election, inRace: readonly boolean[]): number {
  let total = 0;
  for (let i = 0; i < e.ballots.length; i++) {
    if (e.ballots[i]!.some((entry) => (typeof entry === 'number' ? inRace[entry] : entry.some((c) => inRace[c])))) total += e.counts[i]!;
  }
  return total;
}

/** The remaining candidates with the smallest score, ascending. */
export function lowest(scores: ArrayLike<number>, remaining: readonly CandidateIndex[]): CandidateIndex[] {
  return argmin(scores, remaining);
}

/** The remaining candidates with the largest score, ascending. */
export function highest(scores: ArrayLike<number>, remaining: readonly CandidateIndex[]): CandidateIndex[] {
  return argmax(scores, remaining);
}

/** The candidate whose score is a strict majority of `total` (2·score > total), if any. */
export function majorityWinner(scores: ArrayLike<number>, remaining: readonly CandidateIndex[], total: number): CandidateIndex | undefined {
  return remaining.find((c) => 2 * scores[c]! > total);
}

/**
 * The Smith set (`strict` false: margin ≥ 0 closure) or Schwartz set (`strict` true: margin > 0) of the
 * candidates in `among`, ascending.
 *
 * Complexity: O(|among|³).
 */
export function dominantSetAmong(margins: readonly (readonly number[])[], among: readonly CandidateIndex[], strict: boolean): CandidateIndex[] {
  return topOfClosure(among.length, (i, j) => (strict ? margins[among[i]!]![among[j]!]! > 0 : margins[among[i]!]![among[j]!]! >= 0)).map((i) => among[i]!);
}
