import { mergeBallots } from '../../profiles/ranking-profiles.js';
import type { AnonymousProfile, Ranking, RankingEntry } from '../../profiles/types.js';

/**
 * A ranking over m candidates with its unranked candidates appended as one last tie group (a bare
 * index when only one is missing): the implicit ranking of one ballot (see {@link withImplicitRanking}).
 * Returns the ranking itself when it is complete. Complexity: O(m).
 *
 * @example
 * completeRanking([2], 4); // [2, [0, 1, 3]]
 */
export function completeRanking(ranking: Ranking, m: number): Ranking {
  const ranked = new Uint8Array(m);
  for (const entry of ranking) {
    if (typeof entry === 'number') ranked[entry] = 1;
    else for (const c of entry) ranked[c] = 1;
  }
  const rest: number[] = [];
  for (let c = 0; c < m; c++) if (!ranked[c]) rest.push(c);
  if (rest.length === 0) return ranking;
  const last: RankingEntry = rest.length === 1 ? rest[0]! : Object.freeze(rest);
  return Object.freeze([...ranking, last]);
}

/**
 * Condorcet PHP's "implicit ranking" (the CEF parameter `#/Implicit Ranking: true`; PrefLib calls the
 * same step imbuing a `.soi` into a `.toc`): every ballot gets its unranked candidates as one last tie
 * group, so `A > B` over {A, B, C, D} becomes `A > B > C = D` and a blank ballot ties everyone.
 * Ballots that become identical are merged (counts added, first appearance order kept).
 * Source: Boudry, Condorcet Election Format V1 (2022), github.com/CondorcetVote/CondorcetElectionFormat.
 *
 * Complexity: O(b·m) for b ballots over m candidates.
 *
 * @example
 * withImplicitRanking(anonymousProfile({ candidates: 3, ballots: [[2]] })).ballots; // [[2, [0, 1]]]
 */
export function withImplicitRanking(profile: AnonymousProfile): AnonymousProfile {
  const m = profile.candidates.length;
  return mergeBallots(profile.candidates, profile.ballots.map((b) => completeRanking(b, m)), profile.counts, profile.metadata);
}
