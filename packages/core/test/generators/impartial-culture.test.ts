import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { impartialCulture } from '../../src/generators/index.js';
import { createRng } from '../../src/index.js';
import { chiSquarePValue, chiSquareTest, permutationCounts, SIGNIFICANCE } from './statistics.js';

describe('chi-square helper', () => {
  it('reproduces tabulated 0.999 quantiles', () => {
    expect(chiSquarePValue(49.728, 23)).toBeCloseTo(0.001, 5);
    expect(chiSquarePValue(20.515, 5)).toBeCloseTo(0.001, 5);
    expect(chiSquarePValue(93.168, 55)).toBeCloseTo(0.001, 5);
    expect(chiSquarePValue(22.3, 23)).toBeGreaterThan(0.4); // near the median
  });
});

describe('impartialCulture', () => {
  it('draws each of the 24 rankings of 4 candidates uniformly (chi-square, n = 48,000)', () => {
    const profile = impartialCulture(48_000, 4, { seed: 2024 });
    const counts = permutationCounts(profile.rankings, 4);
    const result = chiSquareTest(counts, counts.map(() => 1 / 24));
    expect(result.df).toBe(23);
    expect(result.statistic).toBeLessThan(49.73); // 0.999 quantile of χ²(23)
    expect(result.pValue).toBeGreaterThan(SIGNIFICANCE);
  });

  it('the uniformity test has power: a biased sampler is rejected', () => {
    const rng = createRng(3);
    // Biased: with probability 0.1 output the identity, else a uniform ranking.
    const rankings = Array.from({ length: 48_000 }, () => (rng.float() < 0.1 ? [0, 1, 2, 3] : rng.shuffle([0, 1, 2, 3])));
    expect(chiSquareTest(permutationCounts(rankings, 4), new Array(24).fill(1 / 24)).pValue).toBeLessThan(SIGNIFICANCE);
  });

  it('returns one strict complete ranking per voter, with the given labels', () => {
    fc.assert(
      fc.property(fc.nat(30), fc.integer({ min: 1, max: 9 }), fc.integer(), (n, m, seed) => {
        const profile = impartialCulture(n, m, { seed });
        expect(profile.kind).toBe('ranking');
        expect(profile.rankings).toHaveLength(n);
        for (const r of profile.rankings) expect([...r].sort((a, b) => (a as number) - (b as number))).toEqual([...Array(m).keys()]);
      }),
      { numRuns: 60 },
    );
    const labelled = impartialCulture(3, ['x', 'y'], { seed: 1 });
    expect(labelled.candidates).toEqual(['x', 'y']);
  });

  it('puts each candidate first with probability 1/m (m = 7)', () => {
    const profile = impartialCulture(35_000, 7, { seed: 11 });
    const firsts = new Array(7).fill(0);
    for (const r of profile.rankings) firsts[r[0] as number]++;
    expect(chiSquareTest(firsts, new Array(7).fill(1 / 7)).pValue).toBeGreaterThan(SIGNIFICANCE);
  });
});
