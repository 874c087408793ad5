import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionalScoringRule, positiveNegative } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';

describe('positive-negative voting', () => {
  it('+1 for the top, −1 for the bottom', () => {
    // a: +1 (first ballot) −1 (last of the second); b: +1; c: −1.
    const r = positiveNegative(profileOf(3, ['abc', 'bca']));
    expect(r.scores).toEqual([0, 1, -1]);
    expect(r.winners).toEqual([1]);
    expect(positiveNegative(profileOf(1, ['a'])).scores).toEqual([1]);
    expect(positiveNegative(profileOf(2, ['ab', 'ab', 'ba'])).scores).toEqual([1, -1]);
  });
  it('refuses truncated ballots', () => {
    expect(() => positiveNegative(profileOf(3, ['ab']))).toThrow(/complete rankings/);
  });
  it('property: it is the scoring rule (1, 0, …, 0, −1)', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(), (p) => {
        const m = p.candidates.length;
        if (m < 2) return;
        const vector = Array.from({ length: m }, (_, k) => (k === 0 ? 1 : k === m - 1 ? -1 : 0));
        expect(positiveNegative(p).winners).toEqual(positionalScoringRule(p, { vector }).winners);
      }),
      { numRuns: 200 },
    );
  });
});
