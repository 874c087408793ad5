import { describe, expect, it } from 'vitest';
import { createRng, expectation, lottery, mergeLottery, Rational, sampleLottery, uniformLottery, ValidationError } from '../../src/index.js';

describe('lottery', () => {
  it('keeps exact probabilities and checks they sum to one', () => {
    const l = lottery([{ outcome: 'a', probability: '1/3' }, { outcome: 'b', probability: '2/3' }]);
    expect(l.entries.map((e) => e.probability.toString())).toEqual(['1/3', '2/3']);
    expect(() => lottery([{ outcome: 'a', probability: 1 / 3 }, { outcome: 'b', probability: 2 / 3 }])).toThrow(/sum to/);
    expect(() => lottery([{ outcome: 'a', probability: '-1/2' }, { outcome: 'b', probability: '3/2' }])).toThrow(ValidationError);
    expect(() => lottery([])).toThrow(ValidationError);
  });

  it('computes exact expectations', () => {
    const l = uniformLottery([0, 1, 2]);
    expect(expectation(l, (x) => x).equals(1)).toBe(true);
    expect(expectation(l, (x) => Rational.of(x * x, 2)).toString()).toBe('5/6');
  });

  it('merges equal outcomes and samples by probability', () => {
    const l = mergeLottery(lottery([{ outcome: 'a', probability: '1/4' }, { outcome: 'b', probability: '1/2' }, { outcome: 'a', probability: '1/4' }]));
    expect(l.entries.map((e) => [e.outcome, e.probability.toString()])).toEqual([['a', '1/2'], ['b', '1/2']]);
    const rng = createRng(5);
    let a = 0;
    for (let i = 0; i < 10_000; i++) if (sampleLottery(l, rng) === 'a') a++;
    expect(a).toBeGreaterThan(4700);
    expect(a).toBeLessThan(5300);
  });
});
