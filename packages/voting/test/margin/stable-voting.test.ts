import { BudgetExceededError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condorcetLoser, condorcetWinner, election, simpleStableVoting, splitCycle, stableVoting, votingMethod } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { withoutOneVoter } from './violations.js';

// pref_voting's documentation example (margin_based_methods.simple_stable_voting / stable_voting): edges
// 1→0 (10), 2→1 (8), 3→1 (8), 0→3 (8), 2→0 (4); 2 and 3 tie. Worked by hand: the pair (1, 0) fails (without
// 0, 2 and 3 win); the pair (2, 1) succeeds (without 1, 2 wins: 0→3 fails since 2 beats 0, then 2→0 wins);
// so 2 wins both rules, with margin 8.
const docMargins = {
  kind: 'margins' as const,
  candidates: [0, 1, 2, 3],
  margins: [[0, -10, -4, 8], [10, 0, -8, -8], [4, 8, 0, 0], [-8, 8, 0, 0]],
};

describe('stable voting and simple stable voting', () => {
  it("reproduce pref_voting's documentation example", () => {
    expect(simpleStableVoting(docMargins).winners).toEqual([2]);
    expect(stableVoting(docMargins).winners).toEqual([2]);
    expect(splitCycle(docMargins).winners).toEqual([2, 3]);
  });
  it('a 3-cycle with margins 3, 3, 1: a wins (without c, a beats b; the pairs with margin 3 fail)', () => {
    const p = profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2]);
    expect(simpleStableVoting(p).winners).toEqual([0]);
    expect(stableVoting(p).winners).toEqual([0]);
    expect(votingMethod('Stable Voting').info.id).toBe('stable-voting');
    expect(votingMethod('simple_stable_voting').info.id).toBe('simple-stable-voting');
  });
  it('property: always a winner; Stable Voting winners are Split Cycle winners; Condorcet winner and loser', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(6, 8), (p) => {
        const e = election(p);
        const sv = stableVoting(e).winners;
        const ssv = simpleStableVoting(e).winners;
        expect(sv.length).toBeGreaterThan(0);
        expect(ssv.length).toBeGreaterThan(0);
        const sc = splitCycle(e).winners;
        for (const w of sv) expect(sc).toContain(w);
        const cw = condorcetWinner(e.margins());
        if (cw !== undefined) {
          expect(sv).toEqual([cw]);
          expect(ssv).toEqual([cw]);
        }
        const cl = condorcetLoser(e.margins());
        if (cl !== undefined && p.candidates.length > 1) {
          expect(sv).not.toContain(cl);
          expect(ssv).not.toContain(cl);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('stops with BudgetExceededError naming the fix', () => {
    const p = profileOf(4, ['abcd', 'bcda', 'cdab', 'dabc']);
    expect(() => simpleStableVoting(p, { budget: 1 })).toThrow(BudgetExceededError);
    expect(() => stableVoting(p, { budget: 1 })).toThrow(/Raise options\.budget/);
  });
  it('recorded positive-involvement violation (pref_voting: false for both): b loses, and wins once a voter ranking b first leaves', () => {
    // Found by random search over profiles with ≤ 15 voters and ≤ 5 candidates: 7 voters, 4 candidates.
    const p = profileOf(4, ['dcba', 'adcb', 'badc', 'cabd'], [1, 1, 3, 2]);
    for (const rule of [stableVoting, simpleStableVoting]) {
      expect(rule(p).winners).not.toContain(1);
      expect(rule(withoutOneVoter(p, 2)!).winners).toContain(1);
    }
  });
});
