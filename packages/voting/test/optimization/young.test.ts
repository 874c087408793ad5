import { anonymousProfile, AbortedError, BudgetExceededError, ValidationError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condorcetLoser, condorcetWinner, election, verifyYoungDeletions, young, youngScore } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { bruteYoung, smallStrictProfile, smallWeakProfile } from './brute-force.js';

/** 3 abc, 2 bca, 2 cab (7 voters), the cycle a > b > c > a of the Dodgson tests. */
const cycle = profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2]);

describe('Young', () => {
  it('scores the hand-checked cycle: weak (Young) 6, 4, 4; strict (strongYoung) 5, 3, 3', () => {
    // Weak: a trails c by 1, so deleting one voter who prefers c (bca or cab) leaves a tie: 7 − 1.
    // b trails a by 3: deleting 3 voters who prefer a (abc, cab) leaves b tying or beating all: 7 − 3.
    // c trails b by 3: likewise 7 − 3.
    const weak = young(cycle, { allScores: true });
    expect(weak.scores).toEqual([6, 4, 4]);
    expect(weak.ranking).toEqual([[0], [1, 2]]);
    expect(weak.notes?.[0]).toMatch(/3 of 3 scores computed were replayed/);
    // Strict: a needs c beaten, so both bca voters go (3 abc + 2 cab: a beats c 3:2, b 5:0): 7 − 2.
    // b: 4 deletions (3 abc + 1 cab) leave 2 bca + 1 cab, where b beats a and c 2:1; c likewise.
    expect(young(cycle, { variant: 'strict', allScores: true }).scores).toEqual([5, 3, 3]);
    // By default only a is scored: b and c need at least 3 deletions, a needs 1.
    expect(young(cycle).winners).toEqual([0]);
    expect(young(cycle).scores).toBeUndefined();
    expect(young(cycle).notes?.[0]).toMatch(/1 of 1 scores computed/);
  });

  it('property: the winners without allScores equal the winners with it', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(5, 6), fc.constantFrom<'strict' | 'weak'>('strict', 'weak'), (p, variant) => {
        expect(young(p, { variant }).winners).toEqual(young(p, { variant, allScores: true }).winners);
      }),
      { numRuns: 100 },
    );
  });

  it('returns the deletions and replays them; a wrong set is rejected', () => {
    const e = election(cycle);
    const s = youngScore(e, 0, { variant: 'strict' });
    expect(s.removed).toBe(2);
    expect(s.deletions?.reduce((x, y) => x + y, 0)).toBe(2);
    expect(youngScore(e, 0).removed).toBe(1);
    expect(() => verifyYoungDeletions(e, 0, 'strict', [2, 0, 0], 2)).toThrow(/do not check/);
    verifyYoungDeletions(e, 0, 'strict', [0, 2, 0], 2);
  });

  it('property: scores equal brute force over every subset of voters (strict complete ballots)', () => {
    fc.assert(
      fc.property(smallStrictProfile(4, 8), fc.constantFrom<'strict' | 'weak'>('strict', 'weak'), (p, variant) => {
        expect(Array.from(young(p, { variant, allScores: true }).scores!)).toEqual(bruteYoung(p, variant));
      }),
      { numRuns: 120 },
    );
  });

  it('property: scores equal brute force on ballots with ties and truncation (unranked at the bottom)', () => {
    fc.assert(
      fc.property(smallWeakProfile(4, 7), fc.constantFrom<'strict' | 'weak'>('strict', 'weak'), (p, variant) => {
        expect(Array.from(young(p, { variant, allScores: true }).scores!)).toEqual(bruteYoung(p, variant));
      }),
      { numRuns: 120 },
    );
  });

  it('property: a Condorcet winner keeps every voter and wins alone', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(5, 6), (p) => {
        const e = election(p);
        const cw = condorcetWinner(e.margins());
        if (cw === undefined) return;
        const r = young(e, { allScores: true });
        expect(r.winners).toEqual([cw]);
        expect(r.scores![cw]).toBe(e.voters);
      }),
      { numRuns: 100 },
    );
  });

  it('strict variant with tied tops: nobody can become a strict Condorcet winner, all score 0 and tie (so only the weak default is Pareto)', () => {
    const p = profileOf(3, ['(ab)c'], [2]);
    expect(young(p, { variant: 'strict', allScores: true }).scores).toEqual([0, 0, 0]);
    expect(young(p, { variant: 'strict' }).winners).toEqual([0, 1, 2]);
    expect(young(p, { allScores: true }).scores).toEqual([2, 2, 0]);
    expect(young(p).winners).toEqual([0, 1]);
  });

  it('property: Pareto efficient (registry: true): a candidate every voter ranks below another never wins', () => {
    fc.assert(
      fc.property(smallWeakProfile(4, 7), (p) => {
        const w = young(p).winners;
        const prefers = (ballot: (typeof p.ballots)[number], y: number, x: number): boolean => {
          const tier = (c: number): number => {
            const k = ballot.findIndex((entry) => (typeof entry === 'number' ? entry === c : entry.includes(c)));
            return k < 0 ? Infinity : k;
          };
          return tier(y) < tier(x);
        };
        for (const x of w) for (let y = 0; y < p.candidates.length; y++) if (y !== x) expect(p.ballots.every((b) => prefers(b, y, x))).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('can elect the Condorcet loser (registry: false) — 3 voters, found by search', () => {
    // Every candidate is a weak Condorcet winner of some two voters: 1 of {1032, 2031}, where it ties all.
    const p = anonymousProfile({ candidates: [0, 1, 2, 3], ballots: [[2, 0, 3, 1], [1, 0, 3, 2], [3, 2, 0, 1]] });
    expect(condorcetLoser(election(p).margins())).toBe(1);
    expect(young(p, { allScores: true }).scores).toEqual([2, 2, 2, 2]);
    expect(young(p).winners).toEqual([0, 1, 2, 3]);
  });

  it('rejects fractional weights and unknown variants; honours budget and signal', () => {
    const weighted = anonymousProfile({ candidates: ['a', 'b'], ballots: [[0, 1], [1, 0]], counts: [0.5, 1] });
    expect(() => young(weighted)).toThrow(/fractional weights/);
    expect(() => young(cycle, { variant: 'half' as 'weak' })).toThrow(ValidationError);
    expect(() => young(cycle, { budget: 1, allScores: true })).toThrow(BudgetExceededError);
    const controller = new AbortController();
    controller.abort();
    expect(() => young(cycle, { signal: controller.signal })).toThrow(AbortedError);
  });
});
