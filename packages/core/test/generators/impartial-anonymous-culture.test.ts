import { describe, expect, it } from 'vitest';
import { impartialAnonymousCulture, impartialCulture } from '../../src/generators/index.js';
import { createRng, type RankingProfile } from '../../src/index.js';
import { allPermutations, chiSquareTest, key, SIGNIFICANCE } from './statistics.js';

/** The 56 multisets of 3 rankings out of the 6 rankings of 3 candidates, keyed by sorted ranking indices. */
function multisetCells(): Map<string, number> {
  const cells = new Map<string, number>();
  for (let a = 0; a < 6; a++) for (let b = a; b < 6; b++) for (let c = b; c < 6; c++) cells.set(`${a}|${b}|${c}`, cells.size);
  return cells;
}

function multisetCounts(sample: (rng: ReturnType<typeof createRng>) => RankingProfile, trials: number, seed: number): number[] {
  const rankingIndex = new Map(allPermutations(3).map((p, i) => [key(p), i]));
  const cells = multisetCells();
  const counts = new Array<number>(cells.size).fill(0);
  const rng = createRng(seed);
  for (let t = 0; t < trials; t++) {
    const profile = sample(rng);
    const cell = profile.rankings.map((r) => rankingIndex.get(key(r))!).sort((x, y) => x - y).join('|');
    counts[cells.get(cell)!]!++;
  }
  return counts;
}

describe('impartialAnonymousCulture', () => {
  it('makes every anonymous profile of 3 voters over 3 candidates equally likely (56 cells)', () => {
    expect(multisetCells().size).toBe(56); // C(8, 3)
    const counts = multisetCounts((rng) => impartialAnonymousCulture(3, 3, { seed: rng }), 16_800, 5);
    const result = chiSquareTest(counts, new Array(56).fill(1 / 56));
    expect(result.df).toBe(55);
    expect(result.pValue).toBeGreaterThan(SIGNIFICANCE);
  });

  it('the same test rejects impartial culture, whose anonymous profiles are not uniform', () => {
    const counts = multisetCounts((rng) => impartialCulture(3, 3, { seed: rng }), 16_800, 5);
    expect(chiSquareTest(counts, new Array(56).fill(1 / 56)).pValue).toBeLessThan(SIGNIFICANCE);
  });

  it('scales to many candidates (m! is never enumerated) and stays a strict ranking per voter', () => {
    const profile = impartialAnonymousCulture(200, 40, { seed: 1 });
    expect(profile.rankings).toHaveLength(200);
    for (const r of profile.rankings) expect(new Set(r).size).toBe(40);
  });
});
