import { describe, expect, it } from 'vitest';
import { disjointResampling, disjointResamplingElection, pImpartial, resampling } from '../../src/generators/index.js';
import type { ApprovalProfile } from '../../src/index.js';
import { binomialZ } from './statistics.js';

function approvalCounts(profile: ApprovalProfile): number[] {
  const counts = new Array<number>(profile.candidates.length).fill(0);
  for (const b of profile.ballots) for (const c of b) counts[c]!++;
  return counts;
}

describe('pImpartial', () => {
  it('approves each candidate with probability p', () => {
    const n = 10_000;
    const profile = pImpartial(n, 6, { p: 0.3, seed: 1 });
    expect(profile.kind).toBe('approval');
    for (const count of approvalCounts(profile)) expect(Math.abs(binomialZ(count, n, 0.3))).toBeLessThan(4.5);
    expect(pImpartial(5, 4, { p: 0, seed: 1 }).ballots.every((b) => b.length === 0)).toBe(true);
    expect(pImpartial(5, 4, { p: 1, seed: 1 }).ballots.every((b) => b.length === 4)).toBe(true);
  });
});

describe('resampling (Szufa et al. 2022)', () => {
  const n = 10_000;
  const m = 8;
  const p = 0.25; // central ballot {0, 1}
  const phi = 0.4;

  it('central candidates are approved with probability (1−φ) + φp, the others with φp', () => {
    const counts = approvalCounts(resampling(n, m, { p, phi, seed: 3 }));
    counts.forEach((count, c) => {
      const exact = c < 2 ? 1 - phi + phi * p : phi * p;
      expect(Math.abs(binomialZ(count, n, exact))).toBeLessThan(4.5);
    });
  });

  it('with a uniformly random central ballot and integral p·m, every candidate is approved with probability p', () => {
    // the central ballot is redrawn per call: one voter per call keeps the draws independent
    const counts = new Array<number>(m).fill(0);
    const calls = 10_000;
    for (let seed = 0; seed < calls; seed++) {
      approvalCounts(resampling(1, m, { p, phi, central: 'random', seed })).forEach((count, c) => (counts[c]! += count));
    }
    for (const count of counts) expect(Math.abs(binomialZ(count, calls, p))).toBeLessThan(4.5);
  });

  it('φ = 0 copies the central ballot; an explicit central ballot is used', () => {
    for (const b of resampling(50, m, { p, phi: 0, seed: 1 }).ballots) expect(b).toEqual([0, 1]);
    for (const b of resampling(50, m, { p, phi: 0, central: [5, 2], seed: 1 }).ballots) expect(b).toEqual([2, 5]);
    const random = resampling(50, m, { p: 0.5, phi: 0, central: 'random', seed: 9 }).ballots;
    expect(random[0]).toHaveLength(4);
    for (const b of random) expect(b).toEqual(random[0]);
  });

  it('rejects p or φ outside [0, 1] and a bad central ballot', () => {
    expect(() => resampling(3, 4, { p: 1.5, phi: 0.5 })).toThrow(/\bp\b/);
    expect(() => resampling(3, 4, { p: 0.5, phi: -0.5 })).toThrow(/phi/);
    expect(() => resampling(3, 4, { p: 0.5, phi: NaN })).toThrow(/phi/);
    expect(() => resampling(3, 4, { p: 0.5, phi: 0.5, central: [7] })).toThrow(/central\[0\]/);
    expect(() => resampling(3, 4, { p: 0.5, phi: 0.5, central: 'middle' as 'first' })).toThrow(/central/);
  });
});

describe('disjointResampling', () => {
  it('groups have disjoint central ballots; φ = 0 gives each voter their group’s ballot', () => {
    const { profile, centralBallots, groups } = disjointResamplingElection(300, 12, { p: 0.25, phi: 0, groups: 3, seed: 4 });
    expect(centralBallots).toEqual([
      [0, 1, 2],
      [3, 4, 5],
      [6, 7, 8],
    ]);
    const seen = new Set<number>();
    for (const ballot of centralBallots) for (const c of ballot) {
      expect(seen.has(c)).toBe(false);
      seen.add(c);
    }
    profile.ballots.forEach((b, i) => expect(b).toEqual(centralBallots[groups[i]!]));
    const sizes = [0, 1, 2].map((g) => groups.filter((x) => x === g).length);
    for (const size of sizes) expect(Math.abs(binomialZ(size, 300, 1 / 3))).toBeLessThan(4.5);
  });

  it('has the resampling marginals within each group', () => {
    const n = 12_000;
    const { profile, groups } = disjointResamplingElection(n, 8, { p: 0.25, phi: 0.5, seed: 6 });
    const inGroup0 = profile.ballots.filter((_, i) => groups[i] === 0);
    const k = inGroup0.length;
    const counts = new Array(8).fill(0);
    for (const b of inGroup0) for (const c of b) counts[c]++;
    counts.forEach((count, c) => {
      const exact = c < 2 ? 0.5 + 0.5 * 0.25 : 0.5 * 0.25;
      expect(Math.abs(binomialZ(count, k, exact))).toBeLessThan(4.5);
    });
  });

  it('rejects more groups than fit', () => {
    expect(() => disjointResampling(3, 10, { p: 0.4, phi: 0.1, groups: 3 })).toThrow(/groups/);
    expect(() => disjointResampling(3, 10, { p: 0.4, phi: 0.1, groups: 0 })).toThrow(/groups/);
  });
});
