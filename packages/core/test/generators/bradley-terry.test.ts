import { describe, expect, it } from 'vitest';
import { bradleyTerry, bradleyTerryProbability } from '../../src/generators/index.js';
import { binomialZ } from './statistics.js';

describe('bradleyTerry', () => {
  const theta = [0, 0.7, -0.5, 1.5];

  it('each pair’s empirical win rate matches e^θa/(e^θa + e^θb)', () => {
    const data = bradleyTerry(['a', 'b', 'c', 'd'], { strengths: theta, comparisons: 60_000, seed: 10 });
    expect(data.kind).toBe('pairwise');
    expect(data.records).toHaveLength(60_000);
    const wins = new Map<string, [number, number]>();
    for (const r of data.records) {
      const [i, j] = r.a < r.b ? [r.a, r.b] : [r.b, r.a];
      const winner = r.outcome === 'a' ? r.a : r.b;
      const cell = wins.get(`${i},${j}`) ?? [0, 0];
      cell[0] += winner === i ? 1 : 0;
      cell[1] += 1;
      wins.set(`${i},${j}`, cell);
    }
    expect(wins.size).toBe(6);
    for (const [pair, [won, total]] of wins) {
      const [i, j] = pair.split(',').map(Number) as [number, number];
      const exact = Math.exp(theta[i]!) / (Math.exp(theta[i]!) + Math.exp(theta[j]!));
      expect(Math.abs(binomialZ(won, total, exact))).toBeLessThan(4.5);
      expect(Math.abs(binomialZ(total, 60_000, 1 / 6))).toBeLessThan(4.5); // pairs drawn uniformly
    }
  });

  it('cycles through an explicit list of pairs', () => {
    const data = bradleyTerry(4, { strengths: theta, comparisons: 7, pairs: [[0, 1], [3, 2]], seed: 1 });
    expect(data.records.map((r) => [r.a, r.b])).toEqual([[0, 1], [3, 2], [0, 1], [3, 2], [0, 1], [3, 2], [0, 1]]);
  });

  it('is the logistic function of θa − θb, stable for extreme strengths', () => {
    expect(bradleyTerryProbability(1, 1)).toBe(0.5);
    expect(bradleyTerryProbability(2, 0) + bradleyTerryProbability(0, 2)).toBeCloseTo(1, 15);
    expect(bradleyTerryProbability(1000, 0)).toBe(1);
    expect(bradleyTerryProbability(0, 1000)).toBe(0);
    const extreme = bradleyTerry(2, { strengths: [800, -800], comparisons: 50, seed: 2 });
    for (const r of extreme.records) expect(r.outcome === 'a' ? r.a : r.b).toBe(0);
  });

  it('rejects bad parameters naming them', () => {
    expect(() => bradleyTerry(1, { strengths: [0], comparisons: 3 })).toThrow(/items/);
    expect(() => bradleyTerry(3, { strengths: [0, 1], comparisons: 3 })).toThrow(/strengths/);
    expect(() => bradleyTerry(3, { strengths: [0, NaN, 1], comparisons: 3 })).toThrow(/strengths\[1\]/);
    expect(() => bradleyTerry(3, { strengths: [0, 1, 2], comparisons: -1 })).toThrow(/comparisons/);
    expect(() => bradleyTerry(3, { strengths: [0, 1, 2], comparisons: 2, pairs: [[0, 0]] })).toThrow(/pairs\[0\]/);
    expect(() => bradleyTerry(3, { strengths: [0, 1, 2], comparisons: 2, pairs: [[0, 5]] })).toThrow(/pairs\[0\]\[1\]/);
    expect(() => bradleyTerry(3, { strengths: [0, 1, 2], comparisons: 2, pairs: [] })).toThrow(/pairs/);
  });
});
