import { BudgetExceededError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { banks, condorcetWinner, election, votingMethod } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { marginGraphArbitrary, marginsOf } from '../margin/lock-in-reference.js';

/** Banks winners by pref_voting's definition, literally: the tops of the chains no other chain contains. */
function banksByDefinition(margins: readonly (readonly number[])[]): number[] {
  const m = margins.length;
  const chains: number[][] = [];
  for (let mask = 1; mask < 1 << m; mask++) {
    const members = Array.from({ length: m }, (_, c) => c).filter((c) => mask & (1 << c));
    if (members.every((a) => members.every((b) => a === b || margins[a]![b]! !== 0))) {
      // Linearly ordered iff acyclic: sort by wins inside and check.
      const order = [...members].sort((a, b) => members.filter((c) => margins[b]![c]! > 0).length - members.filter((c) => margins[a]![c]! > 0).length);
      if (order.every((a, i) => order.slice(i + 1).every((b) => margins[a]![b]! > 0))) chains.push(order);
    }
  }
  const maximal = chains.filter((c) => !chains.some((d) => d.length > c.length && c.every((x) => d.includes(x))));
  return [...new Set(maximal.map((c) => c[0]!))].sort((a, b) => a - b);
}

describe('banks', () => {
  it("pref_voting's documentation example: the maximal chains 0>2>3, 1>0 and 2>3>1 give {0, 1, 2}", () => {
    // Edges 0→2, 0→3, 1→0, 2→3, 2→1, 3→1 (margins 2, 6, 8, 4, 10, 12).
    const mg = { kind: 'margins' as const, candidates: [0, 1, 2, 3], margins: [[0, -8, 2, 6], [8, 0, -10, -12], [-2, 10, 0, 4], [-6, 12, -4, 0]] };
    expect(banks(mg).winners).toEqual([0, 1, 2]);
    expect(votingMethod('Banks').info.id).toBe('banks');
  });
  it('property: equals the definition (all chains, maximal under inclusion) on graphs with and without majority ties', () => {
    fc.assert(
      fc.property(fc.oneof(marginGraphArbitrary(6, [2, 4]), strictProfileArbitrary(6, 7)), (p) => {
        expect(banks(p).winners).toEqual(banksByDefinition(marginsOf(p)));
      }),
      { numRuns: 200 },
    );
  });
  it('property: a Condorcet winner is the only Banks winner', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(6, 8), (p) => {
        const e = election(p);
        const cw = condorcetWinner(e.margins());
        if (cw !== undefined) expect(banks(e).winners).toEqual([cw]);
      }),
      { numRuns: 100 },
    );
  });
  it('a cycle ties everyone; stops with BudgetExceededError', () => {
    expect(banks(profileOf(3, ['abc', 'bca', 'cab'])).winners).toEqual([0, 1, 2]);
    expect(() => banks(profileOf(3, ['abc', 'bca', 'cab']), { budget: 1 })).toThrow(BudgetExceededError);
  });
});
