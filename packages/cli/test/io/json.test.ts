import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PluralError, Rational } from '@plural/core';
import { formatJson, formatValue, toJsonValue } from '../../src/io/json.js';

describe('toJsonValue', () => {
  it('prints non-integer rationals as "p/q" and integer ones as numbers', () => {
    expect(toJsonValue({ share: Rational.of(1, 3), whole: Rational.of(6, 3), neg: Rational.of(-2, 4) })).toEqual({
      share: '1/3',
      whole: 2,
      neg: '-1/2',
    });
  });

  it('keeps floats as numbers and turns bigints into numbers when safe, strings otherwise', () => {
    expect(toJsonValue([0.25, 3n, 2n ** 80n, -0])).toEqual([0.25, 3, '1208925819614629174706176', 0]);
  });

  it('walks arrays, Maps and Sets, and leaves out undefined fields', () => {
    const value = { a: [Rational.of(1, 2)], m: new Map([['x', Rational.of(3, 4)]]), s: new Set([1, 2]), gone: undefined };
    expect(toJsonValue(value)).toEqual({ a: ['1/2'], m: { x: '3/4' }, s: [1, 2] });
  });

  it('reports a non-finite number as an internal error naming its path', () => {
    let caught: unknown;
    try {
      toJsonValue({ scores: { a: 1, b: Number.NaN } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PluralError);
    expect((caught as PluralError).code).toBe('internal');
    expect((caught as PluralError).where).toBe('result.scores.b');
    expect(() => toJsonValue([Number.POSITIVE_INFINITY])).toThrow(/non-finite/);
    expect(() => toJsonValue({ f: () => 1 })).toThrow(PluralError);
  });

  it('round-trips every rational exactly through its JSON form', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 30n }), (p, q) => {
        const r = Rational.of(p, q);
        const json = toJsonValue(r);
        expect(json).toEqual(r.toJSON());
        expect(Rational.from(json as number | string).equals(r)).toBe(true);
        if (r.den !== 1n) expect(json).toMatch(/^-?\d+\/\d+$/);
      }),
    );
  });
});

describe('formatJson', () => {
  it('is one JSON document on one line ending in a newline', () => {
    const text = formatJson({ written: 'out.toc', voters: 3, share: Rational.of(2, 6) });
    expect(text).toBe('{"written":"out.toc","voters":3,"share":"1/3"}\n');
    expect(text.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(text)).toEqual({ written: 'out.toc', voters: 3, share: '1/3' });
  });
});

describe('formatValue', () => {
  it('shows values the way a person reads them', () => {
    expect(formatValue(true)).toBe('yes');
    expect(formatValue(false)).toBe('no');
    expect(formatValue(Rational.of(2, 4))).toBe('1/2');
    expect(formatValue(['.soc', '.soi'])).toBe('.soc, .soi');
    expect(formatValue(undefined)).toBe('—');
    expect(formatValue({ budget: Rational.of(5, 2) })).toBe('{"budget":"5/2"}');
  });
});
