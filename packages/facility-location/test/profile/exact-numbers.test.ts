import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exactRational, InvalidNumberError, Rational, ValidationError, type RationalLike } from '@plural/core';
import { lineProfile } from '../../src/index.js';
import { decimalRational, exactSortedNumbers } from '../../src/profile/exact-numbers.js';

/** The straightforward definition: each position read with exactRational, the Rationals sorted by exact comparison. */
function reference(positions: readonly RationalLike[]): { positions: Rational[]; sorted: Rational[] } {
  const exact = positions.map((x, i) => exactRational(x, `positions[${i}]`));
  return { positions: exact, sorted: [...exact].sort((a, b) => a.compare(b)) };
}

const same = (a: readonly Rational[], b: readonly Rational[]): boolean => a.length === b.length && a.every((x, i) => x.equals(b[i]!));

/** Finite doubles of every kind: short decimals (many ties), any double (exponent forms, subnormals, ±0, huge integers). */
const position = fc.oneof(
  fc.integer({ min: -2000, max: 2000 }).map((k) => k / 1000),
  fc.integer({ min: 0, max: 10 ** 6 }).map((k) => k / 10 ** 6),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e-5, max: 1e-5, noNaN: true }),
  fc.constantFrom(0, -0, 0.1, 0.2, 0.3, 1 / 3, 2 ** 53, 2 ** 60, 1e21, 5e-324, 123456789012345.6, 0.000001, 1e-7),
);

describe('exact reading of numbers (lineProfile fast path)', () => {
  it('decimalRational is exactRational: the decimal each number prints as', () => {
    fc.assert(fc.property(position, (x) => decimalRational(x).equals(exactRational(x))), { numRuns: 2000 });
    expect(decimalRational(0.1).toString()).toBe('1/10');
    expect(decimalRational(-0.125).toString()).toBe('-1/8');
    expect(decimalRational(1e21).toString()).toBe('1000000000000000000000');
    expect(decimalRational(2 ** 60 + 0).toString()).toBe(exactRational(2 ** 60).toString());
  });

  it('sorting the doubles orders the Rationals exactly as sorting the Rationals does, ties included', () => {
    fc.assert(
      fc.property(fc.array(position, { minLength: 1, maxLength: 60 }), (xs) => {
        const fast = exactSortedNumbers(xs);
        const ref = reference(xs);
        return fast !== undefined && same(fast.positions, ref.positions) && same(fast.sorted, ref.sorted);
      }),
      { numRuns: 500 },
    );
  });

  it('declines anything but finite numbers', () => {
    expect(exactSortedNumbers([0.1, Number.NaN])).toBeUndefined();
    expect(exactSortedNumbers([0.1, Infinity])).toBeUndefined();
    expect(exactSortedNumbers([0.1, '1/2'])).toBeUndefined();
    expect(exactSortedNumbers([Rational.ONE])).toBeUndefined();
  });

  it('lineProfile gives the straightforward profile on numbers, on the line and on intervals', () => {
    fc.assert(
      fc.property(fc.array(position, { minLength: 1, maxLength: 40 }), (xs) => {
        const profile = lineProfile(xs, { domain: 'real' });
        const ref = reference(xs);
        return same(profile.positions, ref.positions) && same(profile.sorted, ref.sorted) && Object.isFrozen(profile.positions) && Object.isFrozen(profile.sorted);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }).map((k) => k / 1000), { minLength: 1, maxLength: 40 }), (xs) => {
        const profile = lineProfile(xs, { domain: [-1, 1] });
        const ref = reference(xs);
        return same(profile.positions, ref.positions) && same(profile.sorted, ref.sorted);
      }),
      { numRuns: 300 },
    );
  });

  it('mixed inputs and errors are those of the generic path: the first bad entry, in agent order', () => {
    const mixed = lineProfile([0.5, '1/3', Rational.of(1, 4), 0.2]);
    expect(mixed.sorted.map(String)).toEqual(['1/5', '1/4', '1/3', '1/2']);
    const thrown = (f: () => unknown): unknown => {
      try {
        f();
      } catch (error) {
        return error;
      }
      throw new Error('expected an error');
    };
    const outside = thrown(() => lineProfile([0.5, 1.5, Number.NaN]));
    expect(outside).toBeInstanceOf(ValidationError);
    expect((outside as ValidationError).where).toBe('positions[1]');
    const nan = thrown(() => lineProfile([0.5, Number.NaN, 1.5]));
    expect(nan).toBeInstanceOf(InvalidNumberError);
    expect((nan as InvalidNumberError).where).toBe('positions[1]');
    const low = thrown(() => lineProfile([0.5, 0.2, -0.001, 2], { domain: [0, 1] }));
    expect((low as ValidationError).where).toBe('positions[2]');
  });
});
