import { Rational } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dowdall, positionalScoringRule } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';

describe('dowdall', () => {
  it('scores 1, 1/2, 1/3, … exactly', () => {
    // a: 1 + 1/3, b: 1/2 + 1, c: 1/3 + 1/2.
    const r = dowdall(profileOf(3, ['abc', 'bca']));
    expect(r.scores?.map(String)).toEqual(['4/3', '3/2', '5/6']);
    expect(r.scores?.[0]).toBeInstanceOf(Rational);
    expect(r.winners).toEqual([1]);
  });
  it('tied candidates share the points of their places (Condorcet PHP)', () => {
    // (ab) occupy places 1 and 2: (1 + 1/2)/2 = 3/4 each; c gets 1/3.
    expect(dowdall(profileOf(3, ['(ab)c'])).scores?.map(String)).toEqual(['3/4', '3/4', '1/3']);
  });
  it('unranked candidates: a tied last group by default, nothing with unranked "ignore"', () => {
    // Ballot "a" with 3 candidates: b and c share places 2 and 3: (1/2 + 1/3)/2 = 5/12.
    expect(dowdall(profileOf(3, ['a'])).scores?.map(String)).toEqual(['1', '5/12', '5/12']);
    expect(dowdall(profileOf(3, ['a']), { unranked: 'ignore' }).scores).toEqual([1, 0, 0]);
  });
  it('property: on strict complete ballots it is the scoring rule (1, 1/2, …, 1/m)', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(), (p) => {
        const m = p.candidates.length;
        if (m < 2) return;
        const vector = Array.from({ length: m }, (_, k) => `1/${k + 1}`);
        expect(dowdall(p).winners).toEqual(positionalScoringRule(p, { vector }).winners);
      }),
      { numRuns: 200 },
    );
  });
});
