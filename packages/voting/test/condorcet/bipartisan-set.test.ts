import { solve } from '@plural/lp';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bipartisanSet, condorcetLoser, condorcetWinner, election, essentialSet, essentialSupport, smithSet, votingMethod } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { fewVoterProfileArbitrary, marginGraphArbitrary, marginsOf } from '../margin/lock-in-reference.js';
import { withoutOneVoter } from '../margin/violations.js';

/**
 * The same program solved in floating point by @plural/lp (HiGHS): max Σt s.t. p ≥ 0, (pᵀG)_b ≥ 0,
 * t_b ≤ p_b + (pᵀG)_b, t_b ≤ 1. Every optimum has t = 1, so p_b > 0 or (pᵀG)_b > 0 for every b, and its
 * support is the essential set.
 */
async function essentialSupportByLp(game: readonly (readonly number[])[]): Promise<number[]> {
  const m = game.length;
  const variables = [...game.map((_, a) => ({ name: `p${a}` })), ...game.map((_, b) => ({ name: `t${b}`, upper: 1 }))];
  const constraints = game.flatMap((_, b) => [
    { name: `payoff${b}`, coefficients: game.map((row, a) => [`p${a}`, row[b]!] as [string, number]).filter(([, v]) => v !== 0), lower: 0 },
    { name: `t${b}`, coefficients: [[`t${b}`, 1] as [string, number], ...game.map((row, a) => [`p${a}`, -(row[b]! + (a === b ? 1 : 0))] as [string, number]).filter(([, v]) => v !== 0)], upper: 0 },
  ]);
  const solution = await solve({ variables, constraints, objective: { sense: 'max', coefficients: game.map((_, b) => [`t${b}`, 1] as [string, number]) } });
  expect(solution.status).toBe('optimal');
  expect(solution.objective).toBeCloseTo(m, 6);
  const p = game.map((_, a) => solution.valuesByName[`p${a}`]!);
  const scale = Math.max(...p);
  return p.flatMap((v, a) => (v > 1e-7 * scale ? [a] : []));
}

describe('bipartisan set and essential set (supports of maximal lotteries)', () => {
  it('a cycle plays every candidate; a Condorcet winner alone; a 4-tournament plays the cycle a, b, c (1/3 each) and not d', () => {
    expect(bipartisanSet(profileOf(3, ['abc', 'bca', 'cab'])).winners).toEqual([0, 1, 2]);
    expect(essentialSet(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners).toEqual([0, 1, 2]);
    expect(bipartisanSet(profileOf(3, ['abc', 'acb'])).winners).toEqual([0]);
    // a→b, b→c, c→a, d→a, b→d, c→d: (1/3, 1/3, 1/3, 0) pays 0 against a, b, c and 1/3 against d.
    const g = [[0, 1, -1, -1], [-1, 0, 1, 1], [1, -1, 0, 1], [1, -1, -1, 0]];
    expect(essentialSupport(g, { method: 'test' })).toEqual([0, 1, 2]);
    expect(votingMethod('Bipartisan Set').info.id).toBe('bipartisan-set');
    expect(votingMethod('Essential Set').info.id).toBe('essential-set');
  });
  it('with majority ties the maximal lottery is not unique: the union of the supports', () => {
    // abc, bac: a and b tie and both beat c. Every lottery on {a, b} is maximal: both are played.
    expect(bipartisanSet(profileOf(3, ['abc', 'bac'])).winners).toEqual([0, 1]);
    expect(essentialSet(profileOf(3, ['abc', 'bac'])).winners).toEqual([0, 1]);
    // No voters' preferences at all (every margin 0): everyone.
    expect(essentialSupport([[0, 0], [0, 0]], { method: 'test' })).toEqual([0, 1]);
  });
  it('property: the exact support equals the support of @plural/lp’s floating-point optimum (HiGHS)', async () => {
    const samples = fc.sample(fc.oneof(marginGraphArbitrary(7, [1, 2, 3]), fewVoterProfileArbitrary(7, 6), strictProfileArbitrary(7, 9)), { numRuns: 40, seed: 20260 });
    for (const p of samples) {
      const margins = marginsOf(p);
      expect(essentialSet(p).winners).toEqual(await essentialSupportByLp(margins));
      expect(bipartisanSet(p).winners).toEqual(await essentialSupportByLp(margins.map((row) => row.map(Math.sign))));
    }
  });
  it('property: non-empty, inside the Smith set, an odd number on tournaments; Condorcet winner and loser', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(7, 9), (p) => {
        const e = election(p);
        const margins = e.margins();
        const smith = smithSet(margins);
        for (const rule of [bipartisanSet, essentialSet]) {
          const winners = rule(e).winners;
          expect(winners.length).toBeGreaterThan(0);
          for (const w of winners) expect(smith).toContain(w);
          const cw = condorcetWinner(margins);
          if (cw !== undefined) expect(winners).toEqual([cw]);
          const cl = condorcetLoser(margins);
          if (cl !== undefined && p.candidates.length > 1) expect(winners).not.toContain(cl);
        }
        if (margins.every((row, a) => row.every((v, b) => a === b || v !== 0))) expect(bipartisanSet(e).winners.length % 2).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
  it('recorded positive-involvement violation of the Essential Set (pref_voting: false): b loses, and wins once a voter ranking b first leaves', () => {
    // Smallest case found by random search: 6 voters, 3 candidates. Hand-computed: with the bac voter, a beats
    // b by 2, b beats c by 2 and a, c tie: the maximal lotteries mix a and c (at most half on c), b is never
    // played. Without that voter, a→b 3, b→c 1, c→a 1: the unique maximal lottery is (1, 1, 3)/5, b is played.
    const p = profileOf(3, ['bca', 'cab', 'abc', 'bac'], [1, 2, 2, 1]);
    expect(essentialSet(p).winners).not.toContain(1);
    expect(essentialSet(withoutOneVoter(p, 3)!).winners).toContain(1);
  });
});
