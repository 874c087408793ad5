import { Rational } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { borda, plurality, positionalScoringRule } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';

describe('positional scoring rule', () => {
  it('tallies a given vector exactly', () => {
    const p = profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2]);
    // Vector (1, 1/3, 0): a 3 + 2/3, b 2 + 1, c 2 + 2/3.
    const r = positionalScoringRule(p, { vector: [1, '1/3', 0] });
    expect(r.scores?.map(String)).toEqual(['11/3', '3', '8/3']);
    expect(r.scores?.[1]).toBe(3);
    expect(r.winners).toEqual([0]);
    expect(positionalScoringRule(p, { vector: [1, Rational.of(1, 3), 0n] }).scores?.map(String)).toEqual(['11/3', '3', '8/3']);
    // 0.1 is read as the decimal 1/10: a 3 + 2/10, b 3/10 + 2, c 2/10 + 2.
    expect(positionalScoringRule(p, { vector: [1, 0.1, 0] }).scores?.map(String)).toEqual(['16/5', '23/10', '11/5']);
  });
  it('validates the vector', () => {
    const p = profileOf(3, ['abc']);
    expect(() => positionalScoringRule(p)).toThrow(/options\.vector.*no entries/);
    expect(() => positionalScoringRule(p, { vector: [1, 0] })).toThrow(/2 entries for 3 candidates/);
    expect(() => positionalScoringRule(p, { vector: [0, 1, 0] })).toThrow(/increases/);
    expect(() => positionalScoringRule(p, { vector: [1, 1, 1] })).toThrow(/constant/);
    expect(() => positionalScoringRule(p, { vector: [1, NaN, 0] })).toThrow(/not finite/);
    expect(() => positionalScoringRule(p, { vector: [1, 'x', 0] })).toThrow(/not a rational/);
    expect(() => positionalScoringRule(profileOf(3, ['ab']), { vector: [2, 1, 0] })).toThrow(/complete rankings/);
  });
  it('property: Borda and Plurality are scoring rules', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(), (p) => {
        const m = p.candidates.length;
        if (m < 2) return;
        expect(positionalScoringRule(p, { vector: Array.from({ length: m }, (_, k) => m - 1 - k) }).scores).toEqual(borda(p).scores);
        expect(positionalScoringRule(p, { vector: Array.from({ length: m }, (_, k) => (k === 0 ? 1 : 0)) }).winners).toEqual(plurality(p).winners);
      }),
      { numRuns: 200 },
    );
  });
});
