import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { euclidean, euclideanElection, type PointDistribution } from '../../src/generators/index.js';
import { BudgetExceededError, ValidationError } from '../../src/index.js';
import { binomialZ, isSinglePeaked } from './statistics.js';

function distance(x: readonly number[], y: readonly number[]): number {
  return Math.sqrt(x.reduce((s, xi, k) => s + (xi - y[k]!) ** 2, 0));
}

describe('euclideanElection', () => {
  it('ranks candidates by increasing distance (brute check, every distribution and dimension)', () => {
    for (const distribution of ['uniform-cube', 'uniform-ball', 'sphere', 'gaussian'] as PointDistribution[]) {
      for (const dimension of [1, 2, 3]) {
        const { profile, voters, candidates, utilities } = euclideanElection(60, 6, { dimension, distribution, seed: dimension });
        expect(voters).toHaveLength(60);
        expect(candidates).toHaveLength(6);
        profile.rankings.forEach((ranking, i) => {
          const d = (ranking as number[]).map((c) => distance(voters[i]!, candidates[c]!));
          for (let k = 1; k < d.length; k++) expect(d[k]!).toBeGreaterThanOrEqual(d[k - 1]!);
          for (let c = 0; c < 6; c++) expect(utilities.utilities[i]![c]).toBeCloseTo(-distance(voters[i]!, candidates[c]!), 12);
        });
      }
    }
  });

  it('1-D profiles are single-peaked on the candidates’ left-to-right order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer(), fc.constantFrom<PointDistribution>('uniform-cube', 'gaussian'), (m, seed, distribution) => {
        const { profile, candidates } = euclideanElection(40, m, { dimension: 1, distribution, seed });
        const axis = [...Array(m).keys()].sort((a, b) => candidates[a]![0]! - candidates[b]![0]! || a - b);
        for (const r of profile.rankings) expect(isSinglePeaked(r as number[], axis)).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  it('uses given positions (bare numbers in 1-D) and breaks distance ties by candidate index', () => {
    const profile = euclidean(3, ['a', 'b', 'c'], { voterPositions: [0, 0.5, 1], candidatePositions: [0.25, 0.75, 0.25] });
    expect(profile.rankings).toEqual([
      [0, 2, 1],
      [0, 1, 2], // all three at distance 0.25: index order
      [1, 0, 2],
    ]);
    const two = euclideanElection(1, 2, { voterPositions: [[0, 0]], candidatePositions: [[3, 4], [1, 1]] });
    expect(two.profile.rankings).toEqual([[1, 0]]);
    expect(two.utilities.utilities[0]).toEqual([-5, -Math.SQRT2]);
  });

  it('draws points from the documented distributions', () => {
    const n = 4_000;
    const sphere = euclideanElection(n, 1, { dimension: 3, distribution: 'sphere', seed: 1 }).voters;
    for (const p of sphere) expect(Math.hypot(...p)).toBeCloseTo(1, 12);
    const cube = euclideanElection(n, 1, { dimension: 2, distribution: 'uniform-cube', seed: 2 }).voters;
    for (const p of cube) for (const x of p) expect(x >= 0 && x < 1).toBe(true);
    expect(Math.abs(binomialZ(cube.filter((p) => p[0]! < 0.3).length, n, 0.3))).toBeLessThan(4.5);
    const ball = euclideanElection(n, 1, { dimension: 3, distribution: 'uniform-ball', seed: 3 }).voters;
    for (const p of ball) expect(Math.hypot(...p)).toBeLessThanOrEqual(1);
    // uniform in the 3-ball: P(‖x‖ ≤ 1/2) = 1/8
    expect(Math.abs(binomialZ(ball.filter((p) => Math.hypot(...p) <= 0.5).length, n, 1 / 8))).toBeLessThan(4.5);
    const gauss = euclideanElection(n, 1, { dimension: 1, distribution: 'gaussian', seed: 4 }).voters.map((p) => p[0]!);
    // standard normal: P(x ≤ 1) = 0.841345
    expect(Math.abs(binomialZ(gauss.filter((x) => x <= 1).length, n, 0.841345))).toBeLessThan(4.5);
  });

  it('rejects inconsistent positions naming the field', () => {
    expect(() => euclidean(3, 2, { voterPositions: [[0], [1]], dimension: 1 })).toThrowError(ValidationError);
    expect(() => euclidean(3, 2, { voterPositions: [[0], [1]], dimension: 1 })).toThrow(/voterPositions/);
    expect(() => euclidean(2, 2, { voterPositions: [[0, 1], [1]] })).toThrow(/voterPositions\[1\]/);
    expect(() => euclidean(2, 2, { candidatePositions: [[0, NaN], [1, 1]] })).toThrow(/candidatePositions\[0\]\[1\]/);
    expect(() => euclidean(2, 2, { dimension: 2, voterPositions: [0, 1] })).toThrow(/voterPositions\[0\]/);
    expect(() => euclidean(2, 2, { dimension: 0 })).toThrow(/dimension/);
    expect(() => euclidean(2, 2, { distribution: 'cube' as PointDistribution })).toThrow(/distribution/);
    expect(() => euclidean(2 ** 20, 2, { dimension: 40 })).toThrowError(BudgetExceededError);
  });
});
