import { AbortedError, BudgetExceededError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condorcetWinner, election, river, riverTb, riverZt, smithSet, votingMethod } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { fewVoterProfileArbitrary, marginGraphArbitrary, marginsOf, maxGroupSize, orderCount, winnersByAllOrders, winnersByNextEdge } from './lock-in-reference.js';
import { impartialCulture, permuteMargins, randomMarginGraph, withoutOneVoter } from './violations.js';

const cycle = profileOf(3, ['abc', 'bca', 'cab']);

describe('river (irresolute over all tie-breaking orders)', () => {
  it("pref_voting's documentation example where River and Ranked Pairs differ", () => {
    // pref_voting (margin_based_methods.river): edges 1→0 (12), 2→3 (12), 0→3 (8), 3→1 (6), 0→2 (2).
    // Both lock 1→0 and 2→3; River then skips 0→3 (3 already has an edge in) and locks 3→1: 2 → 3 → 1 → 0;
    // 0→2 closes a cycle. Ranked Pairs locks 0→3 and 3→1 is then skipped: 1 → 0 → 2 → 3, 1 wins.
    const mg = { kind: 'margins' as const, candidates: [0, 1, 2, 3], margins: [[0, -12, 2, 8], [12, 0, 0, -6], [-2, 0, 0, 12], [-8, 6, -12, 0]] };
    expect(river(mg).winners).toEqual([2]);
    expect(riverTb(mg).winners).toEqual([2]);
    expect(votingMethod('Ranked Pairs')(mg as never).winners).toEqual([1]);
  });
  it('a cycle of equal margins: every candidate wins under some order; TB and ZT pick by their orders', () => {
    expect(river(cycle).winners).toEqual([0, 1, 2]);
    expect(riverTb(cycle).winners).toEqual([0]);
    expect(riverTb(cycle, { tiebreakOrder: [2, 1, 0] }).winners).toEqual([1]);
    expect(riverZt(profileOf(3, ['cab', 'abc', 'bca'])).winners).toEqual([2]);
  });
  it('is found by the registry under its pref_voting names', () => {
    expect(votingMethod('River').info.id).toBe('river');
    expect(votingMethod('river_tb').info.id).toBe('river-tb');
    expect(votingMethod('River ZT').info.id).toBe('river-zt');
  });
  it('property: equals brute force over every order of the equal-margin edges (m ≤ 5, many ties)', () => {
    fc.assert(
      fc.property(fc.oneof(fewVoterProfileArbitrary(5, 4), marginGraphArbitrary(5, [2, 4, 6])), (p) => {
        const margins = marginsOf(p);
        fc.pre(maxGroupSize(margins) <= 12);
        const ours = river(p).winners;
        expect(ours).toEqual(winnersByNextEdge(margins, 'river'));
        if (orderCount(margins) <= 5040) expect(ours).toEqual(winnersByAllOrders(margins, 'river'));
      }),
      { numRuns: 200 },
    );
  });
  it('property: the TB winner under any order is among the irresolute winners; Condorcet consistent, Smith, neutral', () => {
    fc.assert(
      fc.property(
        fc.oneof(fewVoterProfileArbitrary(7, 5), marginGraphArbitrary(7, [2, 4])).chain((p) =>
          fc.tuple(fc.constant(p), fc.shuffledSubarray(p.candidates.map((_, i) => i), { minLength: p.candidates.length, maxLength: p.candidates.length })),
        ),
        ([p, order]) => {
          const winners = river(p).winners;
          expect(winners).toContain(riverTb(p, { tiebreakOrder: order }).winners[0]);
          const margins = marginsOf(p);
          for (const w of winners) expect(smithSet(margins)).toContain(w);
          const cw = condorcetWinner(margins);
          if (cw !== undefined) expect(winners).toEqual([cw]);
          expect(river(permuteMargins(p, order)).winners).toEqual(winners.map((w) => order[w]!).sort((a, b) => a - b));
        },
      ),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(strictProfileArbitrary(6, 8), (p) => {
        const e = election(p);
        expect(river(e).winners.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
  it('runs 20-candidate profiles with many tied margins to completion (benchmark-style, not timed)', () => {
    for (const p of [impartialCulture(20, 10, 10_005), impartialCulture(20, 20, 20_001), randomMarginGraph(20, [2, 4, 6], 1)]) {
      const winners = river(p).winners;
      expect(winners.length).toBeGreaterThan(0);
      expect(winners).toContain(riverTb(p).winners[0]);
    }
  });
  it('stops with BudgetExceededError or AbortedError', () => {
    expect(() => river(cycle, { budget: 1 })).toThrow(BudgetExceededError);
    const controller = new AbortController();
    controller.abort();
    expect(() => river(cycle, { signal: controller.signal })).toThrow(AbortedError);
  });
});

describe('river: recorded positive-involvement violations (pref_voting: false for all three)', () => {
  // Found by random search (River: 5 candidates, 9 voters; TB: 4 candidates, 9 voters; ZT: 3 candidates, 7 voters).
  it('River: d loses, and wins once a voter ranking d first leaves', () => {
    const p = profileOf(5, ['bcdea', 'adbec', 'ceadb', 'dcaeb', 'eacbd'], [3, 2, 1, 2, 1]);
    expect(river(p).winners).not.toContain(3);
    expect(river(withoutOneVoter(p, 3)!).winners).toContain(3);
  });
  it('River TB', () => {
    const p = profileOf(4, ['adbc', 'acdb', 'dbac', 'cbda', 'dcba'], [1, 3, 2, 2, 1]);
    expect(riverTb(p).winners).not.toContain(0);
    expect(riverTb(withoutOneVoter(p, 0)!).winners).toEqual([0]);
  });
  it('River ZT: the leaving voter is the tie-breaking first voter (the next ballot takes over, as in pref_voting)', () => {
    // Margins a→b 3, c→a 1, b→c 1; ties broken by acb: c→a locked, b→c closes a cycle: c wins. Without that
    // voter every margin is 2 and abc breaks the ties: a→b, b→c locked, c→a closes a cycle: a wins.
    const p = profileOf(3, ['acb', 'abc', 'bca', 'cab'], [1, 2, 2, 2]);
    expect(riverZt(p).winners).toEqual([2]);
    expect(riverZt(withoutOneVoter(p, 0)!).winners).toEqual([0]);
  });
});
