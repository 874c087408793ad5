import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidNumberError, PluralError, Rational } from '../../src/index.js';

const small = fc.integer({ min: -1000, max: 1000 });
const rational = fc.tuple(small, fc.integer({ min: 1, max: 1000 })).map(([n, d]) => Rational.of(n, d));

describe('Rational', () => {
  it('normalises to lowest terms with a positive denominator', () => {
    const r = Rational.of(6, -8);
    expect(r.num).toBe(-3n);
    expect(r.den).toBe(4n);
    expect(r.toString()).toBe('-3/4');
    expect(Rational.of(4, 2).toString()).toBe('2');
  });

  it('does exact arithmetic', () => {
    expect(Rational.of(1, 3).add(Rational.of(1, 6)).toString()).toBe('1/2');
    expect(Rational.of(1, 3).sub('1/2').toString()).toBe('-1/6');
    expect(Rational.of(2, 3).mul('3/4').toString()).toBe('1/2');
    expect(Rational.of(2, 3).div('4/9').toString()).toBe('3/2');
    expect(Rational.sum(['1/2', '1/3', '1/6']).equals(1)).toBe(true);
    // 0.1 + 0.2 is exactly 3/10 when written as decimals, unlike floats.
    expect(Rational.parse('0.1').add('0.2').equals('3/10')).toBe(true);
  });

  it('converts doubles exactly', () => {
    expect(Rational.fromNumber(0.5).toString()).toBe('1/2');
    expect(Rational.fromNumber(0.1).toString()).toBe('3602879701896397/36028797018963968');
    expect(Rational.fromNumber(-1.25).toString()).toBe('-5/4');
  });

  it('parses fractions, integers, decimals and exponents', () => {
    expect(Rational.parse(' -3 / 9 ').toString()).toBe('-1/3');
    expect(Rational.parse('1e-3').toString()).toBe('1/1000');
    expect(Rational.parse('2.5E2').toString()).toBe('250');
    expect(Rational.parse('.5').toString()).toBe('1/2');
  });

  it('rejects malformed input with typed errors', () => {
    expect(() => Rational.parse('abc')).toThrow(InvalidNumberError);
    expect(() => Rational.parse('1/0')).toThrow(PluralError);
    expect(() => Rational.fromNumber(Number.NaN)).toThrow(InvalidNumberError);
    expect(() => Rational.of(1.5, 2)).toThrow(InvalidNumberError);
    expect(() => Rational.of(1, 2).div(0)).toThrow(expect.objectContaining({ code: 'division-by-zero' }));
  });

  it('floor, ceil, toNumber, toJSON', () => {
    expect(Rational.of(-7, 2).floor()).toBe(-4n);
    expect(Rational.of(-7, 2).ceil()).toBe(-3n);
    expect(Rational.of(7, 2).floor()).toBe(3n);
    expect(Rational.of(1, 3).toNumber()).toBeCloseTo(1 / 3, 15);
    expect(Rational.of(10n ** 40n + 1n, 3n * 10n ** 40n).toNumber()).toBeCloseTo(1 / 3, 14);
    expect(JSON.stringify({ p: Rational.of(1, 3), q: Rational.of(4, 2) })).toBe('{"p":"1/3","q":2}');
  });

  it('satisfies the field laws (property)', () => {
    fc.assert(
      fc.property(rational, rational, rational, (a, b, c) => {
        expect(a.add(b).equals(b.add(a))).toBe(true);
        expect(a.add(b).add(c).equals(a.add(b.add(c)))).toBe(true);
        expect(a.mul(b.add(c)).equals(a.mul(b).add(a.mul(c)))).toBe(true);
        expect(a.sub(a).isZero()).toBe(true);
        if (!b.isZero()) expect(a.div(b).mul(b).equals(a)).toBe(true);
      }),
    );
  });

  it('orders consistently with the exact value (property)', () => {
    fc.assert(
      fc.property(small, fc.integer({ min: 1, max: 1000 }), small, fc.integer({ min: 1, max: 1000 }), (p, q, r, s) => {
        const expected = Math.sign(p * s - r * q);
        expect(Rational.of(p, q).compare(Rational.of(r, s))).toBe(expected === 0 ? 0 : expected);
      }),
    );
  });

  it('round-trips through its string form (property)', () => {
    fc.assert(fc.property(rational, (a) => Rational.parse(a.toString()).equals(a)));
  });
});
