import { Rational } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hamilton } from '../../src/apportionment/index.js';
import { indexOrder, partyVotesArbitrary } from './arbitraries.js';

describe('hamilton (largest remainder)', () => {
  const wiki = { parties: ['A', 'B', 'C', 'D', 'E', 'F'], votes: [47000, 16000, 15800, 12000, 6100, 3100] };
  it("Hare and Droop quotas on Wikipedia's largest-remainder example (10 seats)", () => {
    // en.wikipedia.org/wiki/Largest_remainder_method: Hare quota 10000 → 5, 2, 1, 1, 1, 0;
    // Droop quota ⌊100000/11⌋ + 1 = 9091 → 5, 2, 2, 1, 0, 0.
    const hare = hamilton(wiki, { seats: 10 });
    expect(hare.seats).toEqual([5, 2, 1, 1, 1, 0]);
    expect(String(hare.voteQuota)).toBe('10000');
    const droop = hamilton(wiki, { seats: 10, quota: 'droop' });
    expect(droop.seats).toEqual([5, 2, 2, 1, 0, 0]);
    expect(String(droop.voteQuota)).toBe('9091');
    expect(droop.order).toBeUndefined();
  });
  it('compares remainders exactly and reports equal remainders competing for the last seat', () => {
    const r = hamilton({ parties: ['A', 'B', 'C'], votes: [1, 1, 1] }, { seats: 2 });
    expect(r.seats).toEqual([0, 0, 0]);
    expect(r.tie).toEqual({ seats: 2, among: [0, 1, 2] });
    expect(hamilton({ parties: ['A', 'B', 'C'], votes: [1, 1, 1] }, { seats: 2, ties: { order: [2, 0, 1] } }).seats).toEqual([1, 0, 1]);
    // Remainders 1/3 each after thirds: exact fractions, no float noise.
    expect(hamilton({ parties: ['A', 'B'], votes: ['1/3', '2/3'] }, { seats: 3 }).seats).toEqual([1, 2]);
  });
  it('applies a threshold before computing the quota', () => {
    const r = hamilton({ parties: ['A', 'B', 'C'], votes: [600, 360, 40] }, { seats: 10, threshold: '5/100' });
    expect(r.excluded).toEqual([2]);
    expect(r.seats).toEqual([6, 4, 0]); // quota 96: 6.25 and 3.75
  });
  it('rejects an unknown quota', () => {
    expect(() => hamilton(wiki, { seats: 10, quota: 'imperiali' as never })).toThrow(/options.quota/);
  });
  it('property: the quota rule — every party gets ⌊q⌋ or ⌈q⌉ of its standard quota q (Hare), and all h seats', () => {
    fc.assert(
      fc.property(partyVotesArbitrary(), fc.integer({ min: 0, max: 60 }), (v, h) => {
        const r = hamilton(v, { seats: h, ties: indexOrder(v) });
        expect(r.seats.reduce((a, b) => a + b, 0)).toBe(h);
        r.seats.forEach((s, i) => {
          const q = r.standardQuotas[i]!;
          expect(BigInt(s) >= q.floor() && BigInt(s) <= q.ceil()).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
  it('property: the Droop quota never hands out more than h seats before the remainders', () => {
    fc.assert(
      fc.property(partyVotesArbitrary(), fc.integer({ min: 1, max: 60 }), (v, h) => {
        const r = hamilton(v, { seats: h, quota: 'droop', ties: indexOrder(v) });
        expect(r.seats.reduce((a, b) => a + b, 0)).toBe(h);
        const whole = v.votes.reduce<number>((s, x) => s + Number(Rational.from(x).div(r.voteQuota!).floor()), 0);
        expect(whole).toBeLessThanOrEqual(h);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the Alabama paradox (hamilton is not house monotone; the registry claims false)', () => {
  it("Wikipedia's three-state example: C has 2 of 10 seats but 1 of 11", () => {
    // en.wikipedia.org/wiki/Apportionment_paradox: sizes 6, 6, 2; quotas 4.286/4.286/1.429 → 4, 4, 2;
    // with 11 seats 4.714/4.714/1.571 → 5, 5, 1.
    const v = { parties: ['A', 'B', 'C'], votes: [6, 6, 2] };
    expect(hamilton(v, { seats: 10 }).seats).toEqual([4, 4, 2]);
    expect(hamilton(v, { seats: 11 }).seats).toEqual([5, 5, 1]);
    expect(hamilton.info.properties['house-monotonicity']).toBe(false);
  });
  it('the four-state example (5670, 3850, 420, 60): C has 14 of 323 seats but 13 of 324', () => {
    // Wikipedia (older revision of "Alabama paradox", also electowiki): fair shares 13.566 → 14, then 13.608 → 13.
    const v = { parties: ['A', 'B', 'C', 'D'], votes: [5670, 3850, 420, 60] };
    const before = hamilton(v, { seats: 323 });
    const after = hamilton(v, { seats: 324 });
    expect(before.seats).toEqual([183, 124, 14, 2]);
    expect(after.seats).toEqual([184, 125, 13, 2]);
    expect(before.standardQuotas[2]!.toNumber()).toBeCloseTo(13.566, 3);
  });
  it('the smallest instance by exhaustive search over 3 parties with votes ≤ 6 and houses ≤ 10', () => {
    // Exhaustive: the first (by total votes, then house) paradox found.
    let found: { votes: number[]; h: number; party: number } | undefined;
    for (let total = 1; total <= 18 && !found; total++) {
      for (let a = 1; a <= 6 && !found; a++) {
        for (let b = a; b <= 6 && !found; b++) {
          const c = total - a - b;
          if (c < b || c > 6) continue;
          const v = { parties: ['A', 'B', 'C'], votes: [a, b, c] };
          for (let h = 1; h <= 10 && !found; h++) {
            const s = hamilton(v, { seats: h }).seats;
            const t = hamilton(v, { seats: h + 1 });
            if (t.tie || hamilton(v, { seats: h }).tie) continue;
            const party = s.findIndex((x, i) => t.seats[i]! < x);
            if (party >= 0) found = { votes: [a, b, c], h, party };
          }
        }
      }
    }
    expect(found).toEqual({ votes: [1, 3, 3], h: 3, party: 0 });
    // By hand, V = 7: 3 seats → quotas 3/7, 9/7, 9/7, floors 0, 1, 1, the last seat to A (3/7 > 2/7);
    // 4 seats → 4/7, 12/7, 12/7, floors 0, 1, 1, the two seats left to B and C (5/7 > 4/7).
    expect(hamilton({ parties: ['A', 'B', 'C'], votes: [1, 3, 3] }, { seats: 3 }).seats).toEqual([1, 1, 1]);
    expect(hamilton({ parties: ['A', 'B', 'C'], votes: [1, 3, 3] }, { seats: 4 }).seats).toEqual([0, 2, 2]);
  });
});
