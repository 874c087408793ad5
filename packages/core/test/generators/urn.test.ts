import { describe, expect, it } from 'vitest';
import { polyaEggenbergerUrn } from '../../src/generators/index.js';
import { anonymize, createRng } from '../../src/index.js';
import { allPermutations, binomialZ, chiSquareTest, key, permutationCounts, SIGNIFICANCE } from './statistics.js';

/**
 * Exact probability of an anonymous profile (ballot multiplicities c_r) under the urn with K = m! initial
 * balls and a = α·K copies added per draw: n!/Π c_r! · Π_r Π_{k<c_r} (1 + k·a) / Π_{j<n} (K + j·a).
 */
function urnProfileProbability(multiplicities: readonly number[], K: number, alpha: number): number {
  const a = alpha * K;
  const n = multiplicities.reduce((s, c) => s + c, 0);
  let p = 1;
  for (let j = 0; j < n; j++) p /= K + j * a;
  let multinomial = 1;
  for (let j = 2; j <= n; j++) multinomial *= j;
  for (const c of multiplicities) {
    for (let k = 0; k < c; k++) p *= 1 + k * a;
    for (let j = 2; j <= c; j++) multinomial /= j;
  }
  return multinomial * p;
}

describe('polyaEggenbergerUrn (prefsampling normalisation)', () => {
  it('α = 0 is impartial culture (chi-square over 24 rankings, n = 48,000)', () => {
    const profile = polyaEggenbergerUrn(48_000, 4, { alpha: 0, seed: 4 });
    expect(chiSquareTest(permutationCounts(profile.rankings, 4), new Array(24).fill(1 / 24)).pValue).toBeGreaterThan(SIGNIFICANCE);
  });

  it('P(voter 2 = voter 1) = (1 + α·m!)/((1 + α)·m!)', () => {
    for (const [m, alpha, K] of [
      [3, 0.5, 6],
      [4, 0.1, 24],
    ] as const) {
      const exact = (1 + alpha * K) / ((1 + alpha) * K);
      const rng = createRng(m * 100);
      const trials = 20_000;
      let equal = 0;
      for (let t = 0; t < trials; t++) {
        const [r1, r2] = polyaEggenbergerUrn(2, m, { alpha, seed: rng }).rankings;
        if (key(r1!) === key(r2!)) equal++;
      }
      expect(Math.abs(binomialZ(equal, trials, exact))).toBeLessThan(4.5);
    }
  });

  it('matches the exact urn distribution over the 56 anonymous profiles (n = 3, m = 3, α = 0.5)', () => {
    const perms = allPermutations(3);
    const index = new Map(perms.map((p, i) => [key(p), i]));
    const cells = new Map<string, number>();
    const probabilities: number[] = [];
    for (let a = 0; a < 6; a++)
      for (let b = a; b < 6; b++)
        for (let c = b; c < 6; c++) {
          const mult = new Array(6).fill(0);
          mult[a]++;
          mult[b]++;
          mult[c]++;
          cells.set(`${a}|${b}|${c}`, cells.size);
          probabilities.push(urnProfileProbability(mult, 6, 0.5));
        }
    expect(probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    const counts = new Array(56).fill(0);
    const rng = createRng(99);
    for (let t = 0; t < 16_800; t++) {
      const profile = polyaEggenbergerUrn(3, 3, { alpha: 0.5, seed: rng });
      counts[cells.get(profile.rankings.map((r) => index.get(key(r))!).sort((x, y) => x - y).join('|'))!]++;
    }
    expect(chiSquareTest(counts, probabilities).pValue).toBeGreaterThan(SIGNIFICANCE);
    // power: the same counts are far from the IC distribution of anonymous profiles
    const ic = [...cells.keys()].map((cell) => {
      const mult = new Array(6).fill(0);
      for (const i of cell.split('|')) mult[Number(i)]++;
      return urnProfileProbability(mult, 6, 0);
    });
    expect(chiSquareTest(counts, ic).pValue).toBeLessThan(SIGNIFICANCE);
  });

  it('large α gives (nearly always) identical voters', () => {
    const rng = createRng(5);
    let identical = 0;
    for (let t = 0; t < 300; t++) {
      if (anonymize(polyaEggenbergerUrn(20, 6, { alpha: 1e6, seed: rng })).ballots.length === 1) identical++;
    }
    // P(some voter draws fresh) ≤ Σ_{j=1}^{19} 1/(1 + j·10^6) < 4·10^-6 per profile
    expect(identical).toBe(300);
  });

  it('rejects a negative, NaN or infinite α', () => {
    expect(() => polyaEggenbergerUrn(3, 3, { alpha: -1 })).toThrow(/alpha/);
    expect(() => polyaEggenbergerUrn(3, 3, { alpha: NaN })).toThrow(/alpha/);
    expect(() => polyaEggenbergerUrn(3, 3, { alpha: Infinity })).toThrow(/alpha/);
  });
});
