import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational } from '@plural/core';
import { lineProfile, pointOf, uniformPhantom, uniformPhantomLocation, type Interval } from '../../src/index.js';

/** The definition: sort the n reports and the n − 1 phantoms lo + (k/n)(hi − lo) together and take the n-th smallest. */
function byDefinition(sorted: readonly Rational[], domain: Interval): Rational {
  const n = sorted.length;
  const phantoms = Array.from({ length: n - 1 }, (_, k) => pointOf(domain, Rational.of(k + 1, n)));
  return [...sorted, ...phantoms].sort((a, b) => a.compare(b))[n - 1]!;
}

/** A domain [lo, hi] with small rational ends and reports in it: on a grid of q steps (many ties with phantoms) or anywhere. */
const instance = fc
  .record({
    lo: fc.integer({ min: -5, max: 5 }),
    width: fc.integer({ min: 1, max: 6 }),
    den: fc.integer({ min: 1, max: 4 }),
    q: fc.integer({ min: 1, max: 24 }),
    steps: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 }),
  })
  .map(({ lo, width, den, q, steps }) => {
    const domain = { lo: Rational.of(lo, den), hi: Rational.of(lo + width, den) };
    const at = (t: Rational): Rational => pointOf(domain, t);
    const reports = steps.map((s) => at(Rational.of(s % (q + 1), q)));
    return { domain, reports };
  });

describe('Uniform Phantom without building the phantoms', () => {
  it('is the n-th smallest of the reports and the n − 1 phantoms, exactly', () => {
    fc.assert(
      fc.property(instance, ({ domain, reports }) => {
        const sorted = [...reports].sort((a, b) => a.compare(b));
        return uniformPhantomLocation(sorted, domain).equals(byDefinition(sorted, domain));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the definition through the mechanism, on numbers in [0, 1] (ties with phantoms k/n included)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 30 }), (ks) => {
        const profile = lineProfile(ks.map((k) => k / 60));
        const outcome = uniformPhantom(profile);
        return outcome.kind === 'location' && outcome.location.equals(byDefinition(profile.sorted, { lo: Rational.ZERO, hi: Rational.ONE }));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the examples of the definition', () => {
    const on = (xs: number[], domain?: [number, number]) => {
      const o = uniformPhantom(xs, domain === undefined ? {} : { domain });
      return o.kind === 'location' ? o.location.toString() : 'lottery';
    };
    expect(on([0, 0, 1])).toBe('1/3');
    expect(on([0.2, 0.6])).toBe('1/2');
    expect(on([0.7])).toBe('7/10');
    expect(on([1, 1, 1, 1])).toBe('1');
    expect(on([0, 0, 0, 0])).toBe('0');
    expect(on([2, 2, 4], [2, 5])).toBe('3');
  });
});
