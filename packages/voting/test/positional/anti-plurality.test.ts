import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { antiPlurality, positionalScoringRule } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';

describe('anti-plurality', () => {
  it('counts last places; fewest wins', () => {
    // pref_voting's docstring example: Profile([[2,1,0],[2,0,1],[0,1,2]], [3,1,2]) → [1].
    const r = antiPlurality(profileOf(3, ['cba', 'cab', 'abc'], [3, 1, 2]));
    expect(r.scores).toEqual([3, 1, 2]);
    expect(r.winners).toEqual([1]);
    expect(r.ranking).toEqual([[1], [2], [0]]);
  });
  it('refuses truncated ballots and ties', () => {
    expect(() => antiPlurality(profileOf(3, ['ab']))).toThrow(/complete rankings/);
    expect(() => antiPlurality(profileOf(3, ['a(bc)']))).toThrow(/strict rankings/);
  });
  it('property: it is the scoring rule (1, …, 1, 0)', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(), (p) => {
        const m = p.candidates.length;
        const vector = Array.from({ length: m }, (_, k) => (k === m - 1 && m > 1 ? 0 : 1));
        if (m > 1) expect(antiPlurality(p).winners).toEqual(positionalScoringRule(p, { vector }).winners);
      }),
      { numRuns: 200 },
    );
  });
});
