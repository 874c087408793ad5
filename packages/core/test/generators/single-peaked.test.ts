import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { singlePeakedConitzer, singlePeakedWalsh } from '../../src/generators/index.js';
import { allPermutations, chiSquareTest, isSinglePeaked, key, SIGNIFICANCE } from './statistics.js';

const m = 5;
const identity = [0, 1, 2, 3, 4];
const spRankings = allPermutations(m).filter((r) => isSinglePeaked(r, identity));

function countsOver(rankings: readonly (readonly number[])[], cells: readonly number[][]): number[] {
  const index = new Map(cells.map((r, i) => [key(r), i]));
  const counts = new Array<number>(cells.length).fill(0);
  for (const r of rankings) {
    const i = index.get(key(r));
    if (i === undefined) throw new Error(`not single-peaked: ${key(r)}`);
    counts[i]!++;
  }
  return counts;
}

describe('singlePeakedWalsh', () => {
  it('is uniform over the 2^(m−1) = 16 single-peaked rankings (chi-square, m = 5)', () => {
    expect(spRankings).toHaveLength(16);
    const profile = singlePeakedWalsh(32_000, m, { seed: 21 });
    const result = chiSquareTest(countsOver(profile.rankings as number[][], spRankings), new Array(16).fill(1 / 16));
    expect(result.df).toBe(15);
    expect(result.pValue).toBeGreaterThan(SIGNIFICANCE);
  });

  it('is single-peaked on a custom axis', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }).chain((k) => fc.tuple(fc.shuffledSubarray([...Array(k).keys()], { minLength: k }), fc.integer())), ([axis, seed]) => {
        for (const generator of [singlePeakedWalsh, singlePeakedConitzer]) {
          const profile = generator(30, axis.length, { axis, seed });
          for (const r of profile.rankings) expect(isSinglePeaked(r as number[], axis)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('rejects an axis that is not a permutation', () => {
    expect(() => singlePeakedWalsh(3, 4, { axis: [0, 1, 2] })).toThrow(/axis/);
    expect(() => singlePeakedConitzer(3, 4, { axis: [0, 1, 2, 2] })).toThrow(/axis/);
  });
});

describe('singlePeakedConitzer', () => {
  const profile = singlePeakedConitzer(32_000, m, { seed: 22 });

  it('has a uniform peak', () => {
    const peaks = new Array(m).fill(0);
    for (const r of profile.rankings) peaks[r[0] as number]++;
    expect(chiSquareTest(peaks, new Array(m).fill(1 / m)).pValue).toBeGreaterThan(SIGNIFICANCE);
  });

  it('gives each ranking probability (1/m)(1/2)^t, t the position where an end of the axis first appears', () => {
    const probabilities = spRankings.map((r) => (1 / m) * 0.5 ** r.findIndex((c) => c === 0 || c === m - 1));
    expect(probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    expect(chiSquareTest(countsOver(profile.rankings as number[][], spRankings), probabilities).pValue).toBeGreaterThan(SIGNIFICANCE);
    // and it is not Walsh's uniform distribution
    expect(chiSquareTest(countsOver(profile.rankings as number[][], spRankings), new Array(16).fill(1 / 16)).pValue).toBeLessThan(SIGNIFICANCE);
  });
});
