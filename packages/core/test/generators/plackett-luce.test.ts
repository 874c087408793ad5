import { describe, expect, it } from 'vitest';
import { plackettLuce } from '../../src/generators/index.js';
import { allPermutations, chiSquareTest, permutationCounts, SIGNIFICANCE } from './statistics.js';

/** Exact Plackett–Luce probability of a ranking. */
function plProbability(ranking: readonly number[], weights: readonly number[]): number {
  let p = 1;
  let rest = ranking.reduce((s, c) => s + weights[c]!, 0);
  for (const c of ranking) {
    p *= weights[c]! / rest;
    rest -= weights[c]!;
  }
  return p;
}

describe('plackettLuce', () => {
  it('picks candidate c first with probability w_c/Σw', () => {
    const weights = [4, 3, 2, 1];
    const profile = plackettLuce(40_000, 4, { weights, seed: 8 });
    const firsts = new Array(4).fill(0);
    for (const r of profile.rankings) firsts[r[0] as number]++;
    expect(chiSquareTest(firsts, weights.map((w) => w / 10)).pValue).toBeGreaterThan(SIGNIFICANCE);
    expect(firsts[0] / 40_000).toBeCloseTo(0.4, 2);
  });

  it('matches the exact probability of every full ranking (m = 3)', () => {
    const weights = [5, 2, 0.5];
    const profile = plackettLuce(30_000, ['a', 'b', 'c'], { weights, seed: 9 });
    const probabilities = allPermutations(3).map((r) => plProbability(r, weights));
    expect(probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    expect(chiSquareTest(permutationCounts(profile.rankings, 3), probabilities).pValue).toBeGreaterThan(SIGNIFICANCE);
  });

  it('the test has power: uniform rankings are rejected against unequal weights', () => {
    const profile = plackettLuce(30_000, 3, { weights: [1, 1, 1], seed: 9 });
    const probabilities = allPermutations(3).map((r) => plProbability(r, [5, 2, 0.5]));
    expect(chiSquareTest(permutationCounts(profile.rankings, 3), probabilities).pValue).toBeLessThan(SIGNIFICANCE);
  });

  it('rejects non-positive, NaN or missing weights naming the entry', () => {
    expect(() => plackettLuce(5, 3, { weights: [1, 0, 2] })).toThrow(/weights\[1\]/);
    expect(() => plackettLuce(5, 3, { weights: [1, -2, 2] })).toThrow(/weights\[1\]/);
    expect(() => plackettLuce(5, 3, { weights: [1, NaN, 2] })).toThrow(/weights\[1\]/);
    expect(() => plackettLuce(5, 3, { weights: [1, 2] })).toThrow(/weights/);
  });
});
