import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { election, pareto } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';

describe('Pareto', () => {
  it('the candidates nobody beats on every ballot', () => {
    // a is above b and c on both ballots; b and c are not Pareto-comparable to each other but a
    // dominates both.
    expect(pareto(profileOf(3, ['abc', 'acb'])).winners).toEqual([0]);
    expect(pareto(profileOf(3, ['abc', 'cba'])).winners).toEqual([0, 1, 2]);
  });
  it('weak and truncated ballots: unranked candidates below ranked ones unless unranked "ignore"', () => {
    // "a" and "a ≻ b": a dominates b and c (c is unranked on both, b on the first).
    expect(pareto(profileOf(3, ['a', 'ab'])).winners).toEqual([0]);
    expect(pareto(profileOf(3, ['a', 'ab']), { unranked: 'ignore' }).winners).toEqual([0, 1, 2]);
    // A tie is not a strict preference: a ~ b on one ballot, so a does not dominate b.
    expect(pareto(profileOf(3, ['(ab)c', 'abc'])).winners).toEqual([0, 1]);
  });
  it('property: the winners are exactly the undominated candidates, never empty', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(), (p) => {
        const s = election(p).support();
        const n = p.counts.reduce((a, c) => a + c, 0);
        const undominated = p.candidates.flatMap((_, b) => (p.candidates.some((__, a) => a !== b && s[a]![b] === n) ? [] : [b]));
        const w = pareto(p).winners;
        expect(w).toEqual(undominated);
        expect(w.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
