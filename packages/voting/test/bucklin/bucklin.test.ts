import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucklin, simplifiedBucklin } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';

describe('bucklin and simplified bucklin', () => {
  // pref_voting's docstring profile: b≻a≻c ×2, a≻c≻b, a≻b≻c.
  const p = profileOf(3, ['bac', 'acb', 'abc'], [2, 1, 1]);
  it('adds places until someone is ranked that high by a majority', () => {
    // Round 1: a 2, b 2 (no majority of 4). Round 2: a 4, b 3, c 1: majority reached.
    const r = bucklin(p);
    expect(r.rounds?.map((x) => x.scores)).toEqual([
      [2, 2, 0],
      [4, 3, 1],
    ]);
    expect(r.winners).toEqual([0]);
    // Simplified Bucklin: every candidate with a majority (a 4 and b 3 of 4 voters) wins.
    expect(simplifiedBucklin(p).winners).toEqual([0, 1]);
  });
  it('a first-round majority wins at once', () => {
    expect(bucklin(profileOf(3, ['abc', 'bca', 'abc'])).winners).toEqual([0]);
  });
  it('truncated ballots: the majority is of the non-empty ballots', () => {
    // "a", "a", "bc", "", "cb": 4 non-empty ballots; round 1 a 2 (not > 2); round 2: b 2, c 2, a 2 — no
    // majority; after the last round the largest counts win.
    const r = bucklin(profileOf(3, ['a', 'a', 'bc', '', 'cb']));
    expect(r.winners).toEqual([0, 1, 2]);
    // "a", "a ≻ b", "b ≻ a", "b": round 1 a 2, b 2 of 4; round 2 both 3: both are majorities.
    expect(simplifiedBucklin(profileOf(3, ['a', 'ab', 'ba', 'b'])).winners).toEqual([0, 1]);
  });
  it('property: the winners have the largest count, and it is a majority', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(), (q) => {
        const r = bucklin(q);
        const scores = r.scores as number[];
        const n = q.counts.reduce((s, c) => s + c, 0);
        const top = Math.max(...scores);
        expect(2 * top).toBeGreaterThan(n);
        expect(r.winners).toEqual(scores.flatMap((s, c) => (s === top ? [c] : [])));
        expect(r.winners.every((w) => simplifiedBucklin(q).winners.includes(w))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it('refuses ties', () => {
    expect(() => bucklin(profileOf(3, ['(ab)c']))).toThrow(/strict rankings/);
  });
});
