import { AbortedError, BudgetExceededError, ValidationError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optimalRankings, orderingScore, weakMajorityComponents } from '../../src/optimization/linear-ordering.js';
import { bruteOrderings } from './brute-force.js';

/** Antisymmetric integer matrices with many zeros (majority ties) and small values. */
const antisymmetric = (maxM: number) =>
  fc.integer({ min: 1, max: maxM }).chain((m) =>
    fc.array(fc.integer({ min: -3, max: 3 }), { minLength: (m * (m - 1)) / 2, maxLength: (m * (m - 1)) / 2 }).map((upper) => {
      const w = Array.from({ length: m }, () => new Array<number>(m).fill(0));
      let k = 0;
      for (let a = 0; a < m; a++) {
        for (let b = a + 1; b < m; b++) {
          w[a]![b] = upper[k]!;
          w[b]![a] = -upper[k++]!;
        }
      }
      return w;
    }),
  );

/** The regular tournament on an odd number of candidates: i beats the next (m−1)/2 (one strong component). */
function regularTournament(m: number): number[][] {
  return Array.from({ length: m }, (_, a) => Array.from({ length: m }, (_, b) => (a === b ? 0 : (b - a + m) % m <= (m - 1) / 2 ? 1 : -1)));
}

describe('exact linear ordering (the Kemeny/Slater engine)', () => {
  it('property: optimum, tops, count and the list of optimal rankings equal brute force over all m! rankings', () => {
    fc.assert(
      fc.property(antisymmetric(6), (w) => {
        const brute = bruteOrderings(w);
        const r = optimalRankings(w, { method: 'test', count: true });
        expect(r.optimum).toBe(brute.optimum);
        expect(r.tops).toEqual(brute.tops);
        expect(r.count()).toEqual({ count: brute.rankings.length, countExact: true });
        expect(r.enumerate(1000)).toEqual(brute.rankings);
        expect(r.canonical).toEqual(brute.rankings[0]);
        expect(r.unique).toBe(brute.rankings.length === 1);
        // Counting without the DP array (memoised walk) gives the same number.
        expect(optimalRankings(w, { method: 'test' }).count().count).toBe(brute.rankings.length);
      }),
      { numRuns: 200 },
    );
  });

  it('components come in condensation order: every edge between components points forward with a positive weight', () => {
    fc.assert(
      fc.property(antisymmetric(8), (w) => {
        const comps = weakMajorityComponents(w);
        expect(comps.flat().sort((a, b) => a - b)).toEqual(w.map((_, i) => i));
        comps.forEach((ci, i) => comps.slice(i + 1).forEach((cj) => ci.forEach((a) => cj.forEach((b) => expect(w[a]![b]!).toBeGreaterThan(0)))));
      }),
      { numRuns: 100 },
    );
  });

  it('a transitive majority decomposes into singletons: the ranking is read off without search', () => {
    // a > b > c > d by margins 5, 3, 1 (and consistent longer margins).
    const w = [
      [0, 5, 4, 2],
      [-5, 0, 3, 2],
      [-4, -3, 0, 1],
      [-2, -2, -1, 0],
    ];
    const r = optimalRankings(w, { method: 'test' });
    expect(r.components).toEqual([[0], [1], [2], [3]]);
    expect(r.canonical).toEqual([0, 1, 2, 3]);
    expect(r.optimum).toBe(5 + 4 + 2 + 3 + 2 + 1);
    expect(r.states).toBe(8);
  });

  it('all-zero margins: every ranking is optimal (m! of them), every candidate tops one', () => {
    const w = Array.from({ length: 7 }, () => new Array<number>(7).fill(0));
    const r = optimalRankings(w, { method: 'test', count: true });
    expect(r.count().count).toBe(5040);
    expect(r.tops).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(r.enumerate(3)).toEqual([
      [0, 1, 2, 3, 4, 5, 6],
      [0, 1, 2, 3, 4, 6, 5],
      [0, 1, 2, 3, 5, 4, 6],
    ]);
  });

  it('large weights use exact doubles (no int32 overflow)', () => {
    const big = 2 ** 40;
    const w = [
      [0, big, -big - 2],
      [-big, 0, big + 1],
      [big + 2, -big - 1, 0],
    ];
    const r = optimalRankings(w, { method: 'test' });
    expect(r.optimum).toBe(bruteOrderings(w).optimum);
    expect(orderingScore(w, r.canonical)).toBe(r.optimum);
  });

  it('a component beyond the budget is a BudgetExceededError naming the fix; a pre-aborted signal stops it', () => {
    const w = regularTournament(25);
    expect(() => optimalRankings(w, { method: 'kemeny-young' })).toThrow(BudgetExceededError);
    expect(() => optimalRankings(w, { method: 'kemeny-young' })).toThrow(/component of 25 candidates.*Raise options.budget to 33554432/);
    expect(() => optimalRankings(regularTournament(5), { method: 'test', budget: 16 })).toThrow(BudgetExceededError);
    expect(() => optimalRankings(regularTournament(5), { method: 'test', budget: 0 })).toThrow(ValidationError);
    const controller = new AbortController();
    controller.abort();
    expect(() => optimalRankings(regularTournament(5), { method: 'test', signal: controller.signal })).toThrow(AbortedError);
  });

  it('a signal aborted during a long dynamic program stops it', () => {
    const controller = new AbortController();
    const signal = controller.signal;
    // Abort on the first check inside the DP loop (every 2^16 states).
    let checks = 0;
    Object.defineProperty(signal, 'aborted', { get: () => ++checks > 1 });
    expect(() => optimalRankings(regularTournament(19), { method: 'test', signal })).toThrow(AbortedError);
  });
});
