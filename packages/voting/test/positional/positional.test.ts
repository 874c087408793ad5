import { Rational, ValidationError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { borda, plurality } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';

describe('plurality', () => {
  it('counts first places, irresolute on ties', () => {
    const r = plurality(profileOf(3, ['abc', 'bca', 'cab', 'acb'], [3, 2, 2, 1]));
    expect(r.scores).toEqual([4, 2, 2]);
    expect(r.winners).toEqual([0]);
    expect(r.ranking).toEqual([[0], [1, 2]]);
    expect(plurality(profileOf(2, ['ab', 'ba'])).winners).toEqual([0, 1]);
  });
  it('counts truncated ballots by their top; rejects ties with a fix', () => {
    expect(plurality(profileOf(3, ['a', 'b', 'b'])).winners).toEqual([1]);
    expect(() => plurality(profileOf(3, ['(ab)c']))).toThrow(ValidationError);
  });
  it('reports exact fractions for fractional weights', () => {
    const r = plurality(profileOf(2, ['ab', 'ba'], [0.5, 0.25]));
    expect(r.scores?.map(String)).toEqual(['1/2', '1/4']);
    expect(r.scores?.[0]).toBeInstanceOf(Rational);
  });
});

describe('borda', () => {
  it('scores m−1 … 0', () => {
    const r = borda(profileOf(3, ['abc', 'bca', 'cab', 'acb'], [3, 2, 2, 1]));
    expect(r.scores).toEqual([3 * 2 + 2 * 1 + 1 * 2, 3 * 1 + 2 * 2, 2 * 2 + 2 * 1 + 1 * 1]);
    expect(r.winners).toEqual([0]);
  });
  it('refuses truncated ballots and ties, naming the rule that takes them', () => {
    expect(() => borda(profileOf(3, ['ab']))).toThrow(/complete rankings/);
    expect(() => borda(profileOf(3, ['a(bc)']))).toThrow(/borda-truncated/);
  });
  it('property: the total of Borda scores is n·m(m−1)/2 and every winner has the top score', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(), (p) => {
        const r = borda(p);
        const m = p.candidates.length;
        const n = p.counts.reduce((s, c) => s + c, 0);
        const scores = r.scores as number[];
        expect(scores.reduce((s, v) => s + v, 0)).toBe((n * m * (m - 1)) / 2);
        const top = Math.max(...scores);
        expect(r.winners).toEqual(scores.flatMap((s, c) => (s === top ? [c] : [])));
      }),
      { numRuns: 300 },
    );
  });
});
