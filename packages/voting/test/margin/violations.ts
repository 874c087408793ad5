import { anonymousProfile, createRng, marginMatrix, type AnonymousProfile, type MarginMatrix } from '@plural/core';
import type { VotingResult } from '../../src/index.js';

/**
 * Positive involvement as pref_voting tests it ("Removal" form): if A loses in `profile`, removing one
 * voter whose ballot ranks A first must not make A win. Returns the violation (A and the removed ballot
 * index) or undefined.
 */
export function positiveInvolvementViolation(
  rule: (p: AnonymousProfile) => VotingResult,
  profile: AnonymousProfile,
): { loser: number; ballot: number; without: AnonymousProfile } | undefined {
  const winners = rule(profile).winners;
  for (let i = 0; i < profile.ballots.length; i++) {
    const first = profile.ballots[i]![0];
    if (typeof first !== 'number' || winners.includes(first)) continue;
    const without = withoutOneVoter(profile, i);
    if (without !== undefined && rule(without).winners.includes(first)) return { loser: first, ballot: i, without };
  }
  return undefined;
}

/** The profile with one voter of ballot i removed (undefined if that leaves no voter). */
export function withoutOneVoter(profile: AnonymousProfile, i: number): AnonymousProfile | undefined {
  const counts = profile.counts.slice();
  counts[i]! -= 1;
  const keep = counts.flatMap((c, j) => (c > 0 ? [j] : []));
  if (keep.length === 0) return undefined;
  return anonymousProfile({ candidates: profile.candidates, ballots: keep.map((j) => profile.ballots[j]!), counts: keep.map((j) => counts[j]!) });
}

/** An impartial-culture profile: n uniformly random linear orders of m candidates (seeded). */
export function impartialCulture(m: number, n: number, seed: number): AnonymousProfile {
  const rng = createRng(seed);
  const ballots = Array.from({ length: n }, () => rng.shuffle(Array.from({ length: m }, (_, i) => i)));
  return anonymousProfile({ candidates: Array.from({ length: m }, (_, i) => i), ballots, counts: ballots.map(() => 1) });
}

/** A random margin graph on m candidates with each margin ±w for w drawn from `weights` (seeded). */
export function randomMarginGraph(m: number, weights: readonly number[], seed: number): MarginMatrix {
  const rng = createRng(seed);
  const margins = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  for (let a = 0; a < m; a++)
    for (let b = a + 1; b < m; b++) {
      const v = weights[rng.int(weights.length)]! * (rng.int(2) === 1 ? 1 : -1);
      margins[a]![b] = v;
      margins[b]![a] = -v;
    }
  return { kind: 'margins', candidates: Array.from({ length: m }, (_, i) => i), margins };
}

/** The margin matrix of a profile relabelled by a permutation of the candidate indices. */
export function permuteMargins(margins: MarginMatrix | AnonymousProfile, perm: readonly number[]): MarginMatrix {
  const mm = margins.kind === 'margins' ? margins : marginMatrix(margins);
  const m = mm.candidates.length;
  const out = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) out[perm[a]!]![perm[b]!] = mm.margins[a]![b]!;
  return { kind: 'margins', candidates: mm.candidates, margins: out };
}
