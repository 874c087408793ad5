import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantRunoff, pluralityWithRunoffPut } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';

describe('plurality with runoff PUT', () => {
  it("pref_voting's docstring profile: the top two meet; Instant Runoff differs", () => {
    // First places a 4, c 3, b 2, d 1: c beats a 6–4 in the runoff. IRV: d out, then b and c (3 each) go.
    const p = profileOf(4, ['abcd', 'dbca', 'cadb', 'bcda', 'cdab', 'adcb'], [2, 1, 2, 2, 1, 2]);
    const r = pluralityWithRunoffPut(p);
    expect(r.winners).toEqual([2]);
    expect(r.rounds?.[0]?.eliminated).toEqual([1, 3]);
    expect(instantRunoff(p).winners).toEqual([0]);
  });
  it('ties for first or second place: every runoff counts', () => {
    // a 3, b 1, c 1: a meets b and c and beats both 3–2 → a. With a 2, b and c tie a 2–2: all three win.
    expect(pluralityWithRunoffPut(profileOf(3, ['abc', 'bca', 'cba'], [3, 1, 1])).winners).toEqual([0]);
    expect(pluralityWithRunoffPut(profileOf(3, ['abc', 'bca', 'cba'], [2, 1, 1])).winners).toEqual([0, 1, 2]);
    // A three-way tie for first in a cycle: each pair meets; every candidate wins one runoff.
    expect(pluralityWithRunoffPut(profileOf(3, ['abc', 'bca', 'cab'])).winners).toEqual([0, 1, 2]);
    // A tied runoff elects both.
    expect(pluralityWithRunoffPut(profileOf(2, ['ab', 'ba'])).winners).toEqual([0, 1]);
    expect(pluralityWithRunoffPut(profileOf(1, ['a'])).winners).toEqual([0]);
  });
  it('property: with three candidates it is Instant Runoff when there is no tie for second place', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(3, 8), (p) => {
        if (p.candidates.length !== 3) return;
        const firsts = p.candidates.map((_, c) => p.ballots.reduce((s, b, i) => s + (b[0] === c ? p.counts[i]! : 0), 0)).sort((a, b) => b - a);
        if (firsts[1] === firsts[2] || firsts[0] === firsts[1]) return;
        expect(pluralityWithRunoffPut(p).winners).toEqual(instantRunoff(p).winners);
      }),
      { numRuns: 200 },
    );
  });
});
