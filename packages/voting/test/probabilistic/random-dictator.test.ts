import { Rational, ValidationError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plurality } from '../../src/index.js';
import { randomDictator } from '../../src/probabilistic/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { weakProfileArbitrary } from './helpers.js';

describe('random-dictator', () => {
  it('gives each candidate its share of first places; a tied top is split equally', () => {
    // 2 ballots a>b>c, 1 b>c>a, 1 (a~c)>b: a has 2 + 1/2, b 1, c 1/2 of 4 voters.
    const r = randomDictator(profileOf(3, ['abc', 'bca', '(ac)b'], [2, 1, 1]));
    expect(r.probabilities.map(String)).toEqual(['5/8', '1/4', '1/8']);
    expect(r.scores?.map(String)).toEqual(['5/2', '1', '1/2']);
    expect(r.lottery.entries.map((e) => [e.outcome, String(e.probability)])).toEqual([[0, '5/8'], [1, '1/4'], [2, '1/8']]);
    expect(r.method).toBe('random-dictator');
  });
  it('reads truncated ballots by their top and leaves empty ballots out of the total', () => {
    const r = randomDictator(profileOf(3, ['a', 'c', ''], [1, 3, 5]));
    expect(r.probabilities.map(String)).toEqual(['1/4', '0', '3/4']);
    expect(r.lottery.entries.map((e) => e.outcome)).toEqual([0, 2]);
    expect(() => randomDictator(profileOf(2, [''], [1]))).toThrow(/every ballot is empty/);
    expect(() => randomDictator(profileOf(2, [], []))).toThrow(ValidationError);
  });
  it('is exact with fractional weights', () => {
    const r = randomDictator(profileOf(2, ['ab', 'ba'], [0.1, 0.2]));
    expect(r.probabilities.map(String)).toEqual(['1/3', '2/3']);
    expect(r.scores?.map(String)).toEqual(['1/10', '1/5']);
  });
  it('property: on strict profiles the lottery is the plurality share', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(), (p) => {
        const scores = plurality(p).scores as number[];
        const n = scores.reduce((a, b) => a + b, 0);
        expect(randomDictator(p).probabilities).toEqual(scores.map((s) => Rational.of(s, n)));
      }),
      { numRuns: 200 },
    );
  });
  it('property: a Pareto-dominated candidate (everyone strictly prefers another) gets probability 0', () => {
    fc.assert(
      fc.property(weakProfileArbitrary().filter((p) => p.ballots.some((b) => b.length > 0)), (p) => {
        const r = randomDictator(p).probabilities;
        // Position of c's group; unranked candidates share the last place (bottom).
        const rank = (ballot: (typeof p.ballots)[number], c: number): number => {
          const k = ballot.findIndex((e) => (typeof e === 'number' ? e === c : e.includes(c)));
          return k < 0 ? ballot.length : k;
        };
        for (let b = 0; b < p.candidates.length; b++) {
          const dominated = p.candidates.some((_, a) => a !== b && p.ballots.every((ballot) => rank(ballot, a) < rank(ballot, b)));
          if (dominated) expect(r[b]!.isZero()).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('recorded counterexamples: not Condorcet consistent, and gives a Condorcet loser a chance (claims false)', () => {
    // Two voters a>b, one b>a: a is the Condorcet winner and b the Condorcet loser, yet b gets 1/3.
    const r = randomDictator(profileOf(2, ['ab', 'ba'], [2, 1]));
    expect(r.probabilities.map(String)).toEqual(['2/3', '1/3']);
    expect(randomDictator.info.properties['condorcet-winner']).toBe(false);
    expect(randomDictator.info.properties['condorcet-loser']).toBe(false);
  });
});
