import { ValidationError, type CandidateIndex } from '@plural/core';
import type { Election } from '../election/election.js';

/**
 * A positional scoring vector for m candidates: `vector[k]` points for the k-th place (0-based), k < m.
 * Rules tally integer vectors; a fractional vector such as Dowdall's 1, 1/2, 1/3, … is tallied as the
 * integer vector lcm·(1, 1/2, …) and the scores divided back exactly (see `toScore`).
 */
export type ScoringVector = readonly number[];

/**
 * Positional scores of strict ballots (complete or truncated): a ballot adds `count × vector[k]` to its
 * k-th ranked candidate; unranked candidates get nothing. Ties are rejected by the caller.
 *
 * Complexity: O(total ballot length).
 */
export function positionalTally(e: Election, vector: ScoringVector): Float64Array {
  const scores = new Float64Array(e.candidates.length);
  for (let i = 0; i < e.ballots.length; i++) {
    const ballot = e.ballots[i]!;
    const w = e.counts[i]!;
    for (let k = 0; k < ballot.length; k++) scores[ballot[k] as CandidateIndex]! += w * vector[k]!;
  }
  return scores;
}

/** Checks a scoring vector: m finite numbers, non-increasing. */
export function checkScoringVector(vector: ScoringVector, m: number): void {
  if (!Array.isArray(vector) || vector.length !== m) {
    throw new ValidationError(`the scoring vector has ${Array.isArray(vector) ? vector.length : 'no'} entries for ${m} candidates.`, {
      where: 'options.vector',
      fix: `Give one score per position, ${m} in all.`,
    });
  }
  vector.forEach((s, k) => {
    if (!Number.isFinite(s)) throw new ValidationError(`score ${s} is not finite.`, { where: `options.vector[${k}]`, fix: 'Use finite numbers.' });
    if (k > 0 && s > vector[k - 1]!) {
      throw new ValidationError('the scoring vector increases.', { where: `options.vector[${k}]`, fix: 'A better position never scores fewer points: make the vector non-increasing.' });
    }
  });
}
