import { Rational } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { borda } from '../../src/index.js';
import { proportionalBorda } from '../../src/probabilistic/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { weakProfileArbitrary } from './helpers.js';

describe('proportional-borda', () => {
  it('is proportional to the Borda scores', () => {
    // 3 a>b>c, 2 b>c>a, 2 c>a>b: Borda a 3·2 + 2·1 = 8, b 3·1 + 2·2 = 7, c 2·1 + 2·2 = 6; total 7·3 = 21.
    const r = proportionalBorda(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2]));
    expect(r.scores).toEqual([8, 7, 6]);
    expect(r.probabilities.map(String)).toEqual(['8/21', '1/3', '2/7']);
  });
  it('reads ties and truncation with the symmetric Borda count (shared places, unranked tied last)', () => {
    // a alone: a 2, b and c share places 2 and 3: 1/2 each. b>(a~c): b 2, a and c 1/2 each. Total 6.
    const r = proportionalBorda(profileOf(3, ['a', 'b(ac)']));
    expect(r.scores?.map(String)).toEqual(['5/2', '5/2', '1']);
    expect(r.probabilities.map(String)).toEqual(['5/12', '5/12', '1/6']);
    expect(() => proportionalBorda(profileOf(3, ['a']), { unranked: 'ignore' })).toThrow(/unranked/);
    expect(proportionalBorda(profileOf(1, ['a'])).probabilities.map(String)).toEqual(['1']);
  });
  it('property: on strict complete profiles it equals the borda rule’s scores over n·m(m−1)/2', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(5, 8).filter((p) => p.candidates.length > 1), (p) => {
        const scores = borda(p).scores as number[];
        const total = scores.reduce((a, b) => a + b, 0);
        expect(proportionalBorda(p).probabilities).toEqual(scores.map((s) => Rational.of(s, total)));
      }),
      { numRuns: 200 },
    );
  });
  it('property: probabilities sum to exactly 1 on weak and truncated profiles too', () => {
    fc.assert(
      fc.property(weakProfileArbitrary(), (p) => {
        expect(Rational.sum(proportionalBorda(p).probabilities).equals(Rational.ONE)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it('recorded counterexamples (claims false): Condorcet winner and loser, Pareto dominance', () => {
    // Two voters a>b, one b>a: Borda a 2, b 1 — the Condorcet winner a gets 2/3, the Condorcet loser b 1/3.
    expect(proportionalBorda(profileOf(2, ['ab', 'ba'], [2, 1])).probabilities.map(String)).toEqual(['2/3', '1/3']);
    // One voter a>b>c: b is Pareto-dominated by a but gets 1/3.
    expect(proportionalBorda(profileOf(3, ['abc'])).probabilities.map(String)).toEqual(['2/3', '1/3', '0']);
    expect(proportionalBorda.info.properties).toEqual({ 'condorcet-winner': false, 'condorcet-loser': false, 'pareto-dominance': false });
  });
});
