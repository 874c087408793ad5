import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { borda, weightedBucklin } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';

describe('weighted bucklin', () => {
  it('places weigh 1, (m−2)/(m−1), …, 0; stop once a score reaches half the voters', () => {
    // b≻a≻c ×2, a≻c≻b, a≻b≻c, weights 1, 1/2, 0 (reported ×2). Round 1: a 2·2 = 4, b 4 → 4 ≥ 4 (half of
    // 4 voters, ×2): stop; a and b tie.
    const p = profileOf(3, ['bac', 'acb', 'abc'], [2, 1, 1]);
    expect(weightedBucklin(p).winners).toEqual([0, 1]);
    expect(weightedBucklin(p).scores).toEqual([4, 4, 0]);
    // With a strict-majority threshold the first round does not decide: round 2 adds a's second places.
    expect(weightedBucklin(p, { strictThreshold: true }).winners).toEqual([0]);
  });
  it('ties exactly where floating point would not (pref_voting homogeneity page)', () => {
    // b≻d≻c≻a ×2, c≻a≻d≻b ×2, d≻a≻c≻b: after three rounds c and d both have 3 (×3 = 9); pref_voting's
    // float sum gives 3.0 vs 2.9999999999999996.
    const r = weightedBucklin(profileOf(4, ['bdca', 'cadb', 'dacb'], [2, 2, 1]));
    expect(r.scores).toEqual([6, 6, 9, 9]);
    expect(r.winners).toEqual([2, 3]);
  });
  it('property: when no round stops early it is Borda', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(4, 6), (q) => {
        const r = weightedBucklin(q);
        if (r.rounds!.length === q.candidates.length) expect(r.winners).toEqual(borda(q).winners);
      }),
      { numRuns: 200 },
    );
  });
  it('needs complete ballots', () => {
    expect(() => weightedBucklin(profileOf(3, ['ab']))).toThrow(/complete rankings/);
  });
});
