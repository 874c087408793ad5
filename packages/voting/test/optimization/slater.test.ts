import { anonymousProfile } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condorcetWinner, election, slater, smithSet } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { bruteOrderings, smallWeakProfile } from './brute-force.js';

describe('Slater', () => {
  it('a Condorcet cycle: each of the three cyclic orders reverses one edge, all candidates win', () => {
    const r = slater(profileOf(3, ['abc', 'bca', 'cab']));
    expect(r.winners).toEqual([0, 1, 2]);
    expect(r.notes?.[0]).toBe('A Slater ranking reverses 1 of the 3 majority edges.');
  });

  it("pref_voting's recorded profiles (axiom_tables, Slater positive involvement 3c/6v): winner {2}, then {0, 1, 2}", () => {
    const full = anonymousProfile({ candidates: [0, 1, 2], ballots: [[0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 1, 0]], counts: [2, 1, 1, 2] });
    const removed = anonymousProfile({ candidates: [0, 1, 2], ballots: [[0, 2, 1], [1, 0, 2], [2, 1, 0]], counts: [2, 1, 2] });
    expect(slater(full).winners).toEqual([2]);
    expect(slater(removed).winners).toEqual([0, 1, 2]);
  });

  it("pref_voting's slater_rankings docstring margin graph: edges 0→2, 0→3, 1→0, 2→3, 2→1, 3→1", () => {
    // Margins from MarginGraph([0,1,2,3], [(0,2,2),(0,3,6),(1,0,8),(2,3,4),(2,1,10),(3,1,12)]).
    const edges: [number, number, number][] = [[0, 2, 2], [0, 3, 6], [1, 0, 8], [2, 3, 4], [2, 1, 10], [3, 1, 12]];
    const margins = Array.from({ length: 4 }, () => new Array<number>(4).fill(0));
    for (const [a, b, v] of edges) {
      margins[a]![b] = v;
      margins[b]![a] = -v;
    }
    const r = slater({ kind: 'margins', candidates: [0, 1, 2, 3], margins });
    // 0>2>3>1 reverses only 1→0; every other ranking reverses more.
    expect(r.winners).toEqual([0]);
    expect(r.ranking).toEqual([[0], [2], [3], [1]]);
    expect(r.winners).toEqual(bruteOrderings(margins.map((row) => row.map(Math.sign))).tops);
  });

  it('property: winners are the tops of the brute-force rankings maximising agreement with the majority edges', () => {
    fc.assert(
      fc.property(smallWeakProfile(5, 7), (p) => {
        const e = election(p);
        expect(slater(e).winners).toEqual(bruteOrderings(e.margins().map((row) => row.map(Math.sign))).tops);
      }),
      { numRuns: 150 },
    );
  });

  it('property: a Condorcet winner wins alone; winners lie in the Smith set', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(6, 8), (p) => {
        const e = election(p);
        const w = slater(e).winners;
        const cw = condorcetWinner(e.margins());
        if (cw !== undefined) expect(w).toEqual([cw]);
        const smith = smithSet(e.margins());
        for (const x of w) expect(smith).toContain(x);
      }),
      { numRuns: 200 },
    );
  });
});
