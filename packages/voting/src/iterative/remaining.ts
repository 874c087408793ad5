import type { CandidateIndex } from '@plural/core';
import type { Election } from '../election/election.js';

/**
 * Plurality scores among the candidates still in (`inRace[c]`): each strict ballot counts for its
 * highest-ranked remaining candidate; a truncated ballot whose ranked candidates are all out is
 * exhausted and counts for no one.
 *
 * Complexity: O(total ballot length).
 */
export function remainingPluralityScores(e: Election, inRace: readonly boolean[]): Float64Array {
  const scores = new Float64Array(e.candidates.length);
  for (let i = 0; i < e.ballots.length; i++) {
    const ballot = e.ballots[i]!;
    for (let k = 0; k < ballot.length; k++) {
      const c = ballot[k] as CandidateIndex;
      if (inRace[c]) {
        scores[c]! += e.counts[i]!;
        break;
      }
    }
  }
  return scores;
}

/** The indices c with `inRace[c]`, ascending. */
export function remainingCandidates(inRace: readonly boolean[]): CandidateIndex[] {
  const out: CandidateIndex[] = [];
  inRace.forEach((r, c) => {
    if (r) out.push(c);
  });
  return out;
}
