import { AbortedError, BudgetExceededError, ValidationError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condorcetWinner, election, rankedPairs, rankedPairsTb, rankedPairsZt, smithSet, votingMethod } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { fewVoterProfileArbitrary, marginGraphArbitrary, marginsOf, maxGroupSize, orderCount, winnersByAllOrders, winnersByNextEdge } from './lock-in-reference.js';
import { impartialCulture, permuteMargins, positiveInvolvementViolation, randomMarginGraph, withoutOneVoter } from './violations.js';

// Wikipedia, "Ranked pairs", the Tennessee capital example: a = Memphis (42%), b = Nashville (26%),
// c = Chattanooga (15%), d = Knoxville (17%). Margins c>d 66, b>c 36, b>d 36, b>a 16, c>a 16, d>a 16:
// nothing is ever skipped and Nashville wins.
const tennessee = profileOf(4, ['abcd', 'bcda', 'cdba', 'dcba'], [42, 26, 15, 17]);

// pref_voting's documentation example (margin_based_methods.ranked_pairs): edges 1→0 (5), 2→1 (5),
// 0→2 (3), 3→0 (3), 2→3 (1), 3→1 (1). Locking 2>1>0 first blocks 0→2, then 3>0, 2>3, 3>1: 2 wins.
const docMargins = { kind: 'margins' as const, candidates: [0, 1, 2, 3], margins: [[0, -5, 3, -3], [5, 0, -5, -1], [-3, 5, 0, 1], [3, 1, -1, 0]] };

const cycle = profileOf(3, ['abc', 'bca', 'cab']);

describe('ranked pairs (irresolute over all tie-breaking orders)', () => {
  it('elects Nashville in the Tennessee example, with every variant', () => {
    expect(rankedPairs(tennessee).winners).toEqual([1]);
    expect(rankedPairsTb(tennessee).winners).toEqual([1]);
    expect(rankedPairsTb(tennessee).ranking).toEqual([[1], [2], [3], [0]]);
    expect(rankedPairsZt(tennessee).winners).toEqual([1]);
  });
  it("reproduces pref_voting's documentation example", () => {
    expect(rankedPairs(docMargins).winners).toEqual([2]);
    expect(rankedPairsTb(docMargins).winners).toEqual([2]);
  });
  it('a cycle of equal margins: every candidate wins under some order; TB and ZT pick by their orders', () => {
    expect(rankedPairs(cycle).winners).toEqual([0, 1, 2]);
    expect(rankedPairsTb(cycle).winners).toEqual([0]); // a→b, b→c locked, c→a skipped
    expect(rankedPairsTb(cycle, { tiebreakOrder: [2, 1, 0] }).winners).toEqual([1]); // c→a, b→c, then a→b skipped
    expect(rankedPairsZt(profileOf(3, ['cab', 'abc', 'bca'])).winners).toEqual([2]);
  });
  it('is found by the registry under its pref_voting names', () => {
    expect(votingMethod('Ranked Pairs').info.id).toBe('ranked-pairs');
    expect(votingMethod('ranked_pairs_tb').info.id).toBe('ranked-pairs-tb');
    expect(votingMethod('Ranked Pairs ZT').info.id).toBe('ranked-pairs-zt');
  });
  it('property: equals brute force over every order of the equal-margin edges (m ≤ 5, many ties)', () => {
    fc.assert(
      fc.property(fc.oneof(fewVoterProfileArbitrary(5, 4), marginGraphArbitrary(5, [2, 4, 6])), (p) => {
        const margins = marginsOf(p);
        fc.pre(maxGroupSize(margins) <= 12);
        const ours = rankedPairs(p.kind === 'margins' ? p : election(p)).winners;
        expect(ours).toEqual(winnersByNextEdge(margins, 'ranked-pairs'));
        if (orderCount(margins) <= 5040) expect(ours).toEqual(winnersByAllOrders(margins, 'ranked-pairs'));
      }),
      { numRuns: 250 },
    );
  });
  it('property: the TB winner under any tie-break order is among the irresolute winners', () => {
    fc.assert(
      fc.property(
        fc.oneof(fewVoterProfileArbitrary(7, 5), marginGraphArbitrary(7, [2, 4])).chain((p) =>
          fc.tuple(fc.constant(p), fc.shuffledSubarray(p.candidates.map((_, i) => i), { minLength: p.candidates.length, maxLength: p.candidates.length })),
        ),
        ([p, order]) => {
          const tb = rankedPairsTb(p, { tiebreakOrder: order }).winners;
          expect(tb).toHaveLength(1);
          expect(rankedPairs(p).winners).toContain(tb[0]);
        },
      ),
      { numRuns: 150 },
    );
  });
  it('property: Condorcet consistent, inside the Smith set, neutral', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(6, 8), fc.integer({ min: 0, max: 1000 }), (p, seed) => {
        const e = election(p);
        const winners = rankedPairs(e).winners;
        expect(winners.length).toBeGreaterThan(0);
        const smith = smithSet(e.margins());
        for (const w of winners) expect(smith).toContain(w);
        const cw = condorcetWinner(e.margins());
        if (cw !== undefined) expect(winners).toEqual([cw]);
        const m = p.candidates.length;
        const perm = Array.from({ length: m }, (_, i) => (i + seed) % m);
        expect(rankedPairs(permuteMargins(p, perm)).winners).toEqual(winners.map((w) => perm[w]!).sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });
  it('runs 20-candidate profiles with many tied margins to completion (benchmark-style, not timed)', () => {
    const cases = [impartialCulture(20, 10, 10_005), impartialCulture(20, 11, 11_018), impartialCulture(20, 30, 30_001), randomMarginGraph(20, [2, 4, 6], 0), randomMarginGraph(20, [2, 4, 6], 3)];
    for (const p of cases) {
      const winners = rankedPairs(p).winners;
      const margins = marginsOf(p);
      const smith = smithSet(margins);
      expect(winners.length).toBeGreaterThan(0);
      for (const w of winners) expect(smith).toContain(w);
      for (const order of [undefined, [...Array(20).keys()].reverse(), [7, 3, 19, 0, 12, 5, 16, 1, 9, 14, 2, 18, 6, 11, 4, 15, 8, 13, 10, 17]]) {
        expect(winners).toContain(rankedPairsTb(p, order === undefined ? {} : { tiebreakOrder: order }).winners[0]);
      }
    }
  });
  it('stops with BudgetExceededError (naming the fix) or AbortedError', () => {
    expect(() => rankedPairs(cycle, { budget: 1 })).toThrow(BudgetExceededError);
    expect(() => rankedPairs(cycle, { budget: 1 })).toThrow(/options\.budget.*Fix: Raise options\.budget/);
    expect(() => rankedPairs(cycle, { budget: 0 })).toThrow(ValidationError);
    const controller = new AbortController();
    controller.abort();
    expect(() => rankedPairs(cycle, { signal: controller.signal })).toThrow(AbortedError);
  });
  it('rejects a bad tie-break order and a ZT profile whose first ballot is not a strict complete ranking', () => {
    expect(() => rankedPairsTb(cycle, { tiebreakOrder: [0, 0, 1] })).toThrow(/not a permutation/);
    expect(() => rankedPairsTb(cycle, { tiebreakOrder: [0, 1] })).toThrow(/2 entries for 3 candidates/);
    expect(() => rankedPairsZt(profileOf(3, ['a(bc)', 'bca']))).toThrow(/first ballot/);
    expect(() => rankedPairsZt(profileOf(3, ['ab', 'bca']))).toThrow(/first ballot/);
  });
});

describe('ranked pairs: recorded positive-involvement violations (pref_voting: false for all three)', () => {
  // Found by random search over profiles with ≤ 9 voters and 4 candidates (none with fewer voters).
  it('Ranked Pairs: d loses with 7 voters and wins once a voter ranking d first leaves', () => {
    const p = profileOf(4, ['bdca', 'dcba', 'abcd', 'cdab'], [2, 1, 2, 2]);
    expect(rankedPairs(p).winners).not.toContain(3);
    expect(rankedPairs(withoutOneVoter(p, 1)!).winners).toContain(3);
    expect(positiveInvolvementViolation(rankedPairs, p)?.loser).toBe(3);
  });
  it('Ranked Pairs TB', () => {
    const p = profileOf(4, ['bacd', 'bdac', 'dabc', 'cdba'], [2, 1, 2, 2]);
    expect(rankedPairsTb(p).winners).not.toContain(1);
    expect(rankedPairsTb(withoutOneVoter(p, 1)!).winners).toEqual([1]);
  });
  it('Ranked Pairs ZT (the tie-breaking first voter stays)', () => {
    const p = profileOf(4, ['dcab', 'cabd', 'acbd', 'abdc'], [1, 2, 1, 2]);
    expect(rankedPairsZt(p).winners).not.toContain(0);
    expect(rankedPairsZt(withoutOneVoter(p, 2)!).winners).toEqual([0]);
  });
});
