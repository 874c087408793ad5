import { anonymousProfile, type AnonymousProfile, type Ranking, type RankingEntry } from '@plural/core';
import fc from 'fast-check';
import { election, type Election } from '../../src/index.js';

/** What kind of ballots and counts {@link ballotProfileArbitrary} draws. */
export interface BallotShape {
  readonly maxM?: number;
  readonly maxBallots?: number;
  /** No tie groups of two or more. */
  readonly strict?: boolean;
  /** Every ballot ranks every candidate. */
  readonly complete?: boolean;
  /** Counts such as 0.5 and 0.25 as well as whole numbers (0 included; dyadic, so that core can add them exactly). */
  readonly fractional?: boolean;
}

/** A profile as drawn: the ballots as written (tie groups unsorted, groups of one allowed), counts, m. */
export interface DrawnProfile {
  readonly m: number;
  readonly ballots: readonly Ranking[];
  readonly counts: readonly number[];
}

/**
 * Random weighted profiles of weak, possibly truncated ballots with 1…maxM candidates: each ballot is a
 * random subset of the candidates in random order, cut into tie groups at random; a group of one is
 * written as a bare index or, at random, as a one-element array (as a hand-made profile may).
 */
export function drawnProfileArbitrary(shape: BallotShape = {}): fc.Arbitrary<DrawnProfile> {
  const { maxM = 6, maxBallots = 10, strict = false, complete = false, fractional = true } = shape;
  const count = fractional ? fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(0.5, 0.25, 1.5, 2.75)) : fc.integer({ min: 1, max: 6 });
  return fc.integer({ min: 1, max: maxM }).chain((m) => {
    const candidates = Array.from({ length: m }, (_, i) => i);
    const ballot = fc
      .tuple(
        complete ? fc.shuffledSubarray(candidates, { minLength: m, maxLength: m }) : fc.shuffledSubarray(candidates),
        fc.array(fc.boolean(), { minLength: m, maxLength: m }),
        fc.array(fc.boolean(), { minLength: m, maxLength: m }),
      )
      .map(([order, tieWithNext, wrap]) => {
        const out: RankingEntry[] = [];
        let group: number[] = [];
        order.forEach((c, k) => {
          group.push(c);
          if (strict || !tieWithNext[k] || k === order.length - 1) {
            out.push(group.length === 1 && !wrap[k] ? group[0]! : group);
            group = [];
          }
        });
        return out as Ranking;
      });
    return fc.array(fc.tuple(ballot, count), { minLength: 1, maxLength: maxBallots }).map((rows) => ({ m, ballots: rows.map(([b]) => b), counts: rows.map(([, c]) => c) }));
  });
}

/** The drawn profile as @plural/core builds it (validated, normalised, merged, frozen; core refuses counts of 0, read as 1). */
export function coreProfile(p: DrawnProfile): AnonymousProfile {
  return anonymousProfile({ candidates: Array.from({ length: p.m }, (_, i) => String.fromCharCode(97 + i)), ballots: p.ballots, counts: p.counts.map((c) => (c === 0 ? 1 : c)) });
}

/** The drawn profile as a hand-made plain object (nothing frozen, ballots exactly as drawn). */
export function plainProfile(p: DrawnProfile): AnonymousProfile {
  return { kind: 'anonymous', candidates: Array.from({ length: p.m }, (_, i) => String.fromCharCode(97 + i)), ballots: p.ballots.map((b) => b.map((x) => (typeof x === 'number' ? x : [...x]))), counts: [...p.counts] } as AnonymousProfile;
}

/** Elections of random profiles, built either way. */
export function electionArbitrary(shape: BallotShape = {}): fc.Arbitrary<Election> {
  return fc.tuple(drawnProfileArbitrary(shape), fc.boolean()).map(([p, viaCore]) => election(viaCore ? coreProfile(p) : plainProfile(p)));
}

/** A subset of the candidates of `e` as `inRace` flags (possibly empty). */
export function raceArbitrary(m: number): fc.Arbitrary<boolean[]> {
  return fc.array(fc.boolean(), { minLength: m, maxLength: m });
}

/**
 * The outcome of calling `f`: its value, or the error's class and message (so that a fast path and its
 * reference can be compared when either throws).
 */
export function outcome<T>(f: () => T): { value: T } | { error: string } {
  try {
    return { value: f() };
  } catch (error) {
    return { error: error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error) };
  }
}
