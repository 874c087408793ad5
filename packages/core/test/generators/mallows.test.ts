import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedSwapDistance, mallows, normalizedMallows, phiFromNormPhi } from '../../src/generators/index.js';
import { ValidationError } from '../../src/index.js';
import { allPermutations, chiSquareTest, kendallTau, permutationCounts, SIGNIFICANCE } from './statistics.js';

/** Exact Mallows probabilities of all permutations of 0…m−1 (lexicographic order), by enumeration. */
function exactMallows(m: number, phi: number, center: readonly number[]): number[] {
  const weights = allPermutations(m).map((r) => phi ** kendallTau(r, center));
  const z = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => w / z);
}

describe('mallows (repeated insertion model)', () => {
  const m = 4;
  const phi = 0.5;
  const n = 40_000;
  const center = [2, 0, 3, 1];
  const profile = mallows(n, m, { phi, center, seed: 77 });
  const exact = exactMallows(m, phi, center);
  const perms = allPermutations(m);

  it('matches φ^d/Z on all 24 rankings (chi-square, m = 4, φ = 0.5, non-identity centre)', () => {
    const result = chiSquareTest(permutationCounts(profile.rankings, m), exact);
    expect(result.pValue).toBeGreaterThan(SIGNIFICANCE);
  });

  it('puts the centre’s top candidate at each position with the exact marginal probability', () => {
    const top = center[0]!;
    const exactPosition = new Array<number>(m).fill(0);
    perms.forEach((r, i) => (exactPosition[r.indexOf(top)]! += exact[i]!));
    const observed = new Array<number>(m).fill(0);
    for (const r of profile.rankings) observed[r.indexOf(top)]!++;
    expect(chiSquareTest(observed, exactPosition).pValue).toBeGreaterThan(SIGNIFICANCE);
    expect(observed[0]! / n).toBeCloseTo(exactPosition[0]!, 2);
  });

  it('has the exact expected Kendall distance to the centre', () => {
    const exactMean = perms.reduce((s, r, i) => s + exact[i]! * kendallTau(r, center), 0);
    expect(expectedSwapDistance(m, phi)).toBeCloseTo(exactMean, 12);
    const distances = profile.rankings.map((r) => kendallTau(r as number[], center));
    const mean = distances.reduce((s, d) => s + d, 0) / n;
    const variance = perms.reduce((s, r, i) => s + exact[i]! * (kendallTau(r, center) - exactMean) ** 2, 0);
    expect(Math.abs(mean - exactMean)).toBeLessThan(4.5 * Math.sqrt(variance / n));
  });

  it('expectedSwapDistance equals enumeration for several φ and m', () => {
    for (const mm of [1, 2, 3, 5]) {
      for (const p of [0, 0.1, 0.5, 0.9, 1]) {
        const probs = exactMallows(mm, p, [...Array(mm).keys()]);
        const exactMean = allPermutations(mm).reduce((s, r, i) => s + probs[i]! * kendallTau(r, [...Array(mm).keys()]), 0);
        expect(expectedSwapDistance(mm, p)).toBeCloseTo(exactMean, 12);
      }
    }
  });

  it('φ = 0 returns the centre for every voter; φ = 1 is impartial culture', () => {
    const fixed = mallows(50, 5, { phi: 0, center: [4, 3, 2, 1, 0], seed: 1 });
    for (const r of fixed.rankings) expect(r).toEqual([4, 3, 2, 1, 0]);
    const uniform = mallows(24_000, 4, { phi: 1, seed: 3 });
    expect(chiSquareTest(permutationCounts(uniform.rankings, 4), new Array(24).fill(1 / 24)).pValue).toBeGreaterThan(SIGNIFICANCE);
  });
});

describe('normalizedMallows', () => {
  it('phiFromNormPhi inverts the normalised expected swap distance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), (m, normPhi) => {
        const phi = phiFromNormPhi(m, normPhi);
        expect(phi).toBeGreaterThanOrEqual(0);
        expect(phi).toBeLessThanOrEqual(1);
        expect(expectedSwapDistance(m, phi)).toBeCloseTo((normPhi * m * (m - 1)) / 4, 8);
      }),
      { numRuns: 100 },
    );
    expect(phiFromNormPhi(7, 0)).toBe(0);
    expect(phiFromNormPhi(7, 1)).toBe(1);
  });

  it('has mean swap distance ≈ normPhi·m(m−1)/4 (m = 8, normPhi = 0.5)', () => {
    const m = 8;
    const n = 5_000;
    const profile = normalizedMallows(n, m, { normPhi: 0.5, seed: 12 });
    const identity = [...Array(m).keys()];
    const mean = profile.rankings.reduce((s, r) => s + kendallTau(r as number[], identity), 0) / n;
    // target 7; the swap distance has standard deviation ≤ 4.1 (its value under IC), so 4.5 s.e. ≈ 0.26
    expect(Math.abs(mean - 7)).toBeLessThan(0.26);
  });

  it('rejects parameters outside [0, 1] naming them', () => {
    expect(() => normalizedMallows(3, 4, { normPhi: 1.2 })).toThrowError(ValidationError);
    expect(() => normalizedMallows(3, 4, { normPhi: 1.2 })).toThrow(/normPhi/);
    expect(() => mallows(3, 4, { phi: -0.1 })).toThrow(/phi/);
    expect(() => mallows(3, 4, { phi: 0.5, center: [0, 1, 2] })).toThrow(/center/);
    expect(() => mallows(3, 4, { phi: 0.5, center: [0, 1, 1, 2] })).toThrow(/center/);
    expect(() => expectedSwapDistance(0, 0.5)).toThrow(/candidateCount/);
  });
});
