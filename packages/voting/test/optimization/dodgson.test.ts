import { anonymousProfile, AbortedError, BudgetExceededError, ValidationError, type AnonymousProfile } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condorcetLoser, condorcetWinner, dodgson, dodgsonQuick, dodgsonScore, dodgsonTideman, election, verifyDodgsonMoves } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { bruteDodgson, smallStrictProfile } from './brute-force.js';

const numbered = (ballots: number[][], counts: number[]): AnonymousProfile => anonymousProfile({ candidates: ballots[0]!.map((_, i) => i), ballots, counts });

/**
 * A cycle a > b (5:2), b > c (5:2), c > a (4:3) with 3 abc, 2 bca, 2 cab. By hand: a trails c by 1, so
 * one voter must move a past c — one swap in a 'cab' ballot; b trails a by 3 and needs 2 voters, b is
 * just below a in the 'abc' and 'cab' ballots: 2 swaps; c trails b by 3: 2 'abc' voters move c past b, 2 swaps.
 * Dodgson Quick: ⌈1/2⌉ = 1, ⌈3/2⌉ = 2, 2; Tideman: the defeat margins 1, 3, 3.
 */
const cycle = profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2]);

describe('Dodgson (exact)', () => {
  it('scores the hand-checked cycle 1, 2, 2', () => {
    const r = dodgson(cycle, { allScores: true });
    expect(r.scores).toEqual([1, 2, 2]);
    expect(r.ranking).toEqual([[0], [1, 2]]);
    expect(r.winners).toEqual([0]);
    expect(r.notes?.[0]).toMatch(/3 of 3 scores computed were replayed/);
  });

  it('strict and weak Condorcet winners differ with an even electorate (abc, bac: a and b tie)', () => {
    // Strict: a must pass b in the 'bac' ballot (1 swap); c must pass both in both ballots (2 + 2).
    // Weak: a and b already tie-or-beat everyone; c needs one voter to lift it two places.
    const p = profileOf(3, ['abc', 'bac']);
    expect(dodgson(p, { allScores: true }).scores).toEqual([1, 1, 4]);
    expect(dodgson(p, { variant: 'weak', allScores: true }).scores).toEqual([0, 0, 2]);
  });

  it("pref_voting's recorded Dodgson profiles (axiom_tables): homogeneity fails — {1, 3}, then {1} with every ballot tripled", () => {
    const once = numbered([[1, 3, 2, 0], [2, 0, 1, 3], [3, 2, 0, 1]], [2, 1, 1]);
    const thrice = numbered([[1, 3, 2, 0], [2, 0, 1, 3], [3, 2, 0, 1]], [6, 3, 3]);
    expect(dodgson(once).winners).toEqual([1, 3]);
    expect(dodgson(once, { allScores: true }).scores).toEqual(bruteDodgson(once, 'strict'));
    expect(dodgson(thrice).winners).toEqual([1]);
    // profile_Dodgson_block_invariance_4c_4v: Dodgson winner {3}.
    expect(dodgson(numbered([[2, 3, 1, 0], [3, 0, 2, 1], [3, 1, 2, 0]], [2, 1, 1])).winners).toEqual([3]);
  });

  it('property: scores equal brute force over every lift of the candidate in every ballot (strict and weak)', () => {
    fc.assert(
      fc.property(smallStrictProfile(4, 5), fc.constantFrom<'strict' | 'weak'>('strict', 'weak'), (p, variant) => {
        expect(Array.from(dodgson(p, { variant, allScores: true }).scores!)).toEqual(bruteDodgson(p, variant));
      }),
      { numRuns: 120 },
    );
  });

  it('property: Condorcet winner scores 0 and wins alone; Dodgson Quick is a lower bound', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(5, 6), (p) => {
        const e = election(p);
        const r = dodgson(e, { allScores: true });
        const cw = condorcetWinner(e.margins());
        if (cw !== undefined) expect(r.winners).toEqual([cw]);
        const quick = dodgsonQuick(e).scores!;
        r.scores!.forEach((s, a) => expect(s as number).toBeGreaterThanOrEqual(quick[a] as number));
      }),
      { numRuns: 100 },
    );
  });

  it('returns the optimal moves and replays them; a wrong witness is rejected', () => {
    const e = election(cycle);
    const s = dodgsonScore(e, 1);
    expect(s.score).toBe(2);
    // Two voters of the first ballot (abc) lift b one place, past a.
    expect(s.moves).toEqual([{ ballot: 0, moves: 1, voters: 2 }]);
    expect(() => verifyDodgsonMoves(e, 1, 'strict', [{ ballot: 2, moves: 1, voters: 1 }], 1)).toThrow(/does not check/);
  });

  it('by default only candidates that can still win are scored (lower bound = sum of deficits); scores need allScores', () => {
    // Lower bounds 1, 2, 2: once a scores 1, b and c (bound 2) are skipped.
    const r = dodgson(cycle);
    expect(r.winners).toEqual([0]);
    expect(r.scores).toBeUndefined();
    expect(r.notes?.[0]).toMatch(/1 of 1 scores computed/);
  });

  it('property: the winners without allScores equal the winners with it', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(5, 6), (p) => {
        expect(dodgson(p).winners).toEqual(dodgson(p, { allScores: true }).winners);
      }),
      { numRuns: 100 },
    );
  });

  it('can elect the Condorcet loser (registry: false) — 29 voters, found by search', () => {
    const p = numbered([[0, 3, 2, 1], [3, 2, 0, 1], [1, 2, 0, 3], [1, 3, 2, 0]], [11, 4, 12, 2]);
    expect(condorcetLoser(election(p).margins())).toBe(1);
    expect(dodgson(p).winners).toContain(1);
  });

  it('violates positive involvement (registry: false): adding a voter who ranks winner 0 first makes 0 lose', () => {
    const before = numbered([[1, 0, 2, 3], [0, 2, 3, 1], [3, 1, 0, 2], [2, 1, 0, 3]], [1, 1, 1, 1]);
    const after = numbered([[1, 0, 2, 3], [0, 2, 3, 1], [3, 1, 0, 2], [2, 1, 0, 3], [0, 1, 3, 2]], [1, 1, 1, 1, 1]);
    expect(dodgson(before).winners).toEqual([0, 1]);
    expect(dodgson(after).winners).toEqual([1]);
  });

  it('rejects ties, truncated ballots, fractional weights and unknown variants with the fix; honours budget and signal', () => {
    expect(() => dodgson(profileOf(3, ['a(bc)']))).toThrow(/strict rankings/);
    expect(() => dodgson(profileOf(3, ['ab']))).toThrow(/complete rankings/);
    const weighted = anonymousProfile({ candidates: ['a', 'b'], ballots: [[0, 1], [1, 0]], counts: [0.5, 1] });
    expect(() => dodgson(weighted)).toThrow(/fractional weights/);
    expect(() => dodgson(cycle, { variant: 'median' as 'weak' })).toThrow(ValidationError);
    expect(() => dodgson(cycle, { budget: 1 })).toThrow(/leave options.allScores off/);
    expect(() => dodgson(cycle, { budget: 1 })).toThrow(BudgetExceededError);
    expect(() => dodgson(cycle, { budget: 0 })).toThrow(ValidationError);
    const controller = new AbortController();
    controller.abort();
    expect(() => dodgson(cycle, { signal: controller.signal })).toThrow(AbortedError);
  });
});

describe('Dodgson Quick and the Dodgson–Tideman approximation', () => {
  it('score the hand-checked cycle: quick 1, 2, 2; Tideman 1, 3, 3', () => {
    expect(dodgsonQuick(cycle).scores).toEqual([1, 2, 2]);
    expect(dodgsonTideman(cycle).scores).toEqual([1, 3, 3]);
    expect(dodgsonQuick(cycle).ranking).toEqual([[0], [1, 2]]);
  });

  it('fractional weights: Tideman sums exact margins, quick rounds the real half-margin up', () => {
    const p = anonymousProfile({ candidates: ['a', 'b'], ballots: [[0, 1], [1, 0]], counts: [1.5, 0.25] });
    expect(dodgsonTideman(p).scores?.map(String)).toEqual(['0', '5/4']);
    expect(dodgsonQuick(p).scores).toEqual([0, 1]);
  });

  it('property: Condorcet consistent and Pareto efficient (registry: true for both)', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(6, 8), (p) => {
        const e = election(p);
        for (const rule of [dodgsonQuick, dodgsonTideman]) {
          const w = rule(e).winners;
          const cw = condorcetWinner(e.margins());
          if (cw !== undefined) expect(w).toEqual([cw]);
          for (const x of w) for (let y = 0; y < p.candidates.length; y++) if (y !== x) expect(p.ballots.every((b) => b.indexOf(y) < b.indexOf(x))).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('can elect the Condorcet loser (registry: false) — found by search', () => {
    const forTideman = numbered([[2, 3, 1, 0], [1, 3, 0, 2], [0, 1, 2, 3], [3, 0, 2, 1]], [4, 1, 4, 2]);
    expect(condorcetLoser(election(forTideman).margins())).toBe(1);
    expect(dodgsonTideman(forTideman).winners).toEqual([0, 1, 2]);
    const forQuick = numbered([[0, 3, 1, 2], [2, 1, 0, 3], [3, 1, 0, 2], [2, 0, 3, 1]], [5, 10, 9, 2]);
    expect(condorcetLoser(election(forQuick).margins())).toBe(2);
    expect(dodgsonQuick(forQuick).winners).toEqual([1, 2]);
  });

  it('violate positive involvement (registry: false) — found by search', () => {
    const quickBefore = numbered([[2, 0, 3, 1], [3, 1, 2, 0], [1, 0, 3, 2], [0, 3, 1, 2]], [2, 2, 2, 1]);
    const quickAfter = numbered([[2, 0, 3, 1], [3, 1, 2, 0], [1, 0, 3, 2], [0, 3, 1, 2], [3, 0, 2, 1]], [2, 2, 2, 1, 1]);
    expect(dodgsonQuick(quickBefore).winners).toEqual([0, 1, 3]);
    expect(dodgsonQuick(quickAfter).winners).toEqual([0]);
    const tidemanBefore = numbered([[2, 0, 1, 3], [2, 3, 0, 1], [0, 1, 3, 2], [1, 3, 2, 0]], [2, 2, 3, 3]);
    const tidemanAfter = numbered([[2, 0, 1, 3], [2, 3, 0, 1], [0, 1, 3, 2], [1, 3, 2, 0], [0, 2, 1, 3]], [2, 2, 3, 3, 1]);
    expect(dodgsonTideman(tidemanBefore).winners).toEqual([0, 1, 2]);
    expect(dodgsonTideman(tidemanAfter).winners).toEqual([2]);
  });
});
