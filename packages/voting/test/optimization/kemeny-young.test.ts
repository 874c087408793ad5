import { anonymousProfile, BudgetExceededError, impartialCulture, marginMatrix, normalizedMallows, Rational } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condorcetLoser, condorcetWinner, election, kemenyYoung, smithSet } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { bruteOrderings, smallWeakProfile } from './brute-force.js';

/**
 * Wikipedia's Kemeny–Young example (the Tennessee capital): 42 M>N>C>K, 26 N>C>K>M, 15 C>K>N>M,
 * 17 K>C>N>M. The article's table gives N > C > K > M the highest score, 393 (voters agreeing, summed
 * over pairs): in margins, 2·393 − 6·100 = 186. Candidates a = Memphis, b = Nashville, c = Chattanooga,
 * d = Knoxville.
 */
const tennessee = profileOf(4, ['abcd', 'bcda', 'cdba', 'dcba'], [42, 26, 15, 17]);

describe('Kemeny–Young', () => {
  it("reproduces Wikipedia's Tennessee example: Nashville > Chattanooga > Knoxville > Memphis, score 393", () => {
    const r = kemenyYoung(tennessee);
    expect(r.winners).toEqual([1]);
    expect(r.ranking).toEqual([[1], [2], [3], [0]]);
    expect(r.notes?.[0]).toContain('186');
  });

  it("pref_voting's docstring profiles: a majority tie gives two Kemeny rankings; a Condorcet winner wins alone", () => {
    // Profile([[0,1,2],[1,0,2],[2,1,0]], [3,1,2]): margin(0,1) = 0, both 0 and 1 beat 2 by 2;
    // 0>1>2 and 1>0>2 both score 4.
    const tied = kemenyYoung(profileOf(3, ['abc', 'bac', 'cba'], [3, 1, 2]));
    expect(tied.winners).toEqual([0, 1]);
    expect(tied.ranking).toBeUndefined();
    expect(tied.notes?.[1]).toMatch(/Several rankings are optimal/);
    expect(kemenyYoung(profileOf(3, ['abc', 'bac', 'bca'], [5, 1, 2])).winners).toEqual([0]);
  });

  it("pref_voting's recorded profiles (axiom_tables, Kemeny-Young positive involvement 4c/4v): winners {1, 3}, then {3}", () => {
    const full = anonymousProfile({ candidates: [0, 1, 2, 3], ballots: [[1, 3, 2, 0], [2, 0, 1, 3], [3, 1, 2, 0], [3, 2, 0, 1]] });
    const removed = anonymousProfile({ candidates: [0, 1, 2, 3], ballots: [[1, 3, 2, 0], [2, 0, 1, 3], [3, 2, 0, 1]] });
    expect(kemenyYoung(full).winners).toEqual([1, 3]);
    expect(kemenyYoung(removed).winners).toEqual([3]);
  });

  it('property: winners are the tops of the brute-force optimal rankings (ties and truncated ballots included)', () => {
    fc.assert(
      fc.property(smallWeakProfile(5, 7), (p) => {
        const e = election(p);
        expect(kemenyYoung(e).winners).toEqual(bruteOrderings(e.margins()).tops);
      }),
      { numRuns: 150 },
    );
  });

  it('property: Condorcet winner elected, Condorcet loser and Pareto-dominated candidates never, winners in the Smith set; neutral', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(6, 8), fc.nat(), (p, seed) => {
        const e = election(p);
        const w = kemenyYoung(e).winners;
        const M = e.margins();
        const cw = condorcetWinner(M);
        if (cw !== undefined) expect(w).toEqual([cw]);
        const cl = condorcetLoser(M);
        if (cl !== undefined && p.candidates.length > 1) expect(w).not.toContain(cl);
        const smith = smithSet(M);
        for (const x of w) expect(smith).toContain(x);
        for (const x of w) for (let y = 0; y < p.candidates.length; y++) if (y !== x) expect(p.ballots.every((b) => b.indexOf(y) < b.indexOf(x))).toBe(false);
        // Neutrality: relabelling the candidates relabels the winners.
        const m = p.candidates.length;
        const perm = Array.from({ length: m }, (_, i) => (i + seed) % m);
        const q = anonymousProfile({ candidates: p.candidates, ballots: p.ballots.map((b) => b.map((c) => perm[c as number]!)), counts: p.counts });
        expect(kemenyYoung(q).winners).toEqual(w.map((c) => perm[c]!).sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });

  it('violates positive involvement (registry: false): a voter ranking a winner first makes it lose (found by search)', () => {
    const before = anonymousProfile({ candidates: [0, 1, 2, 3], ballots: [[2, 1, 3, 0], [3, 0, 1, 2], [1, 3, 0, 2], [0, 2, 1, 3]], counts: [2, 1, 1, 2] });
    const after = anonymousProfile({ candidates: [0, 1, 2, 3], ballots: [[2, 1, 3, 0], [3, 0, 1, 2], [1, 3, 0, 2], [0, 2, 1, 3], [2, 0, 1, 3]], counts: [2, 1, 1, 2, 1] });
    expect(kemenyYoung(before).winners).toEqual([0, 2]);
    expect(kemenyYoung(after).winners).toEqual([0]);
    expect(kemenyYoung.info.properties['positive-involvement']).toBe(false);
  });

  it('reads a margin matrix, and fractional weights give an exact Rational score', () => {
    expect(kemenyYoung(marginMatrix(tennessee)).winners).toEqual([1]);
    const weighted = anonymousProfile({ candidates: ['a', 'b', 'c'], ballots: [[0, 1, 2], [1, 2, 0]], counts: [0.5, 0.25] });
    const r = kemenyYoung(weighted);
    expect(r.winners).toEqual([0]);
    // a>b>c: margins 1/4 + 3/4 + 1/4 = 5/4.
    expect(r.notes?.[0]).toContain(Rational.of(5, 4).toString());
  });

  it('20 candidates with no structure (impartial culture, 100 voters) in well under 10 s; Mallows decomposes', () => {
    const t0 = performance.now();
    const e = election(impartialCulture(100, 20, { seed: 1 }));
    const r = kemenyYoung(e);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.winners).toEqual([7]);
    const smith = smithSet(e.margins());
    for (const w of r.winners) expect(smith).toContain(w);
    expect(kemenyYoung(normalizedMallows(100, 20, { normPhi: 0.5, seed: 4 })).winners).toEqual([0]);
  });

  it('a budget too small for a component is a BudgetExceededError', () => {
    expect(() => kemenyYoung(profileOf(3, ['abc', 'bca', 'cab']), { budget: 4 })).toThrow(BudgetExceededError);
    expect(kemenyYoung(profileOf(3, ['abc', 'bca', 'cab']), { budget: 8 }).winners).toEqual([0, 1, 2]);
  });
});
