import type { CandidateIndex } from '@plural/core';
import type { Election } from '../election/election.js';
import { packedPluralityScores } from './tallies.js';

/**
 * Plurality scores among the candidates still in (`inRace[c]`): each strict ballot counts for its
 * highest-ranked remaining candidate; a truncated ballot whose ranked candidates are all out is
 * exhausted and counts for no one; tied ranks are skipped. Reads the Election's packed ballots.
 *
 * Complexity: O(total ballot length).
 */
export function remainingPluralityScores(e: Election, inRace: readonly boolean[]): Float64Array {
  return packedPluralityScores(e, inRace);
}

/** The indices c with `inRace[c]`, ascending. */
export function remainingCandidates(inRace: readonly boolean[]): CandidateIndex[] {
  const out: CandidateIndex[] = [];
  inRace.forEach((r, c) => {
    if (r) out.push(c);
  });
  return out;
}
