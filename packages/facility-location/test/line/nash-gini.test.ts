import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational, ValidationError } from '@plural/core';
import { checkStrategyproofness, checkStrongProportionality, checkUfs, gini, giniOptimal, lineProfile, nashSolution, nashWelfare, simplestRationalBetween } from '../../src/index.js';
import { at } from './helpers.js';

const grid = (q: number) => Array.from({ length: q + 1 }, (_, k) => Rational.of(k, q));

describe('Nash solution (Lam, Aziz & Walsh 2023)', () => {
  it('is exact at a report or at a simple rational, and brackets an irrational optimum', () => {
    expect(nashSolution([0, 0, 1])).toMatchObject({ exact: true });
    expect(at(nashSolution([0, 0, 1]))).toBe('1/3');
    expect(at(nashSolution([0, 0.1, 0.2, 0.9]))).toBe('1/5'); // a kink
    expect(at(nashSolution([0.5]))).toBe('1/2');
    const o = nashSolution([0.2, 0.3, 0.9]);
    expect(o.kind === 'location' && !o.exact).toBe(true);
    if (o.kind !== 'location' || o.bracket === undefined) throw new Error('expected a bracket');
    expect(o.bracket.hi.sub(o.bracket.lo).le(Rational.of(1n, 10n ** 12n))).toBe(true);
    expect(o.location.ge(o.bracket.lo) && o.location.le(o.bracket.hi)).toBe(true);
    expect(Math.abs(o.location.toNumber() - 0.349075016)).toBeLessThan(1e-6);
    // A coarser tolerance gives a wider certified bracket.
    const coarse = nashSolution([0.2, 0.3, 0.9], { tolerance: '1/1000' });
    expect(coarse.kind === 'location' && coarse.bracket !== undefined && coarse.bracket.hi.sub(coarse.bracket.lo).le('1/1000')).toBe(true);
  });
  it('endpoint profiles give k/n exactly (proportional)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(12), (n, k0) => {
        const k = k0 % (n + 1);
        const o = nashSolution([...Array<number>(n - k).fill(0), ...Array<number>(k).fill(1)]);
        return o.kind === 'location' && o.exact && o.location.equals(Rational.of(k, n));
      }),
    );
    expect(at(nashSolution({ positions: [0, 0, 3], domain: [0, 3] }))).toBe('1');
  });
  it('maximises the Nash welfare: no grid point does better (exact comparison)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 5 }), (ks) => {
        const p = lineProfile(ks.map((k) => Rational.of(k, 10)));
        const o = nashSolution(p);
        if (o.kind !== 'location') return false;
        const best = nashWelfare(p, o.location);
        return grid(40).every((y) => nashWelfare(p, y).le(best) || (o.bracket !== undefined && y.ge(o.bracket.lo) && y.le(o.bracket.hi)));
      }),
      { numRuns: 60 },
    );
  });
  it('counterexamples: not strategyproof on (0, 1/2); no strong proportionality on (1/5, 1/5, 3/5)', () => {
    expect(at(nashSolution([0, '1/2']))).toBe('1/4');
    expect(at(nashSolution([0, 1]))).toBe('1/2'); // the agent at 1/2 reports 1 and gets cost 0
    expect(checkStrategyproofness(nashSolution, [0, '1/2']).holds).toBe(false);
    expect(at(nashSolution([0.2, 0.2, 0.6]))).toBe('1/5'); // equal group costs need 1/3
    expect(checkStrongProportionality(nashSolution, [0.2, 0.2, 0.6]).holds).toBe(false);
  });
  it('rejects bad input naming the field', () => {
    expect(() => nashSolution([0, 1], { tolerance: 0 })).toThrow(ValidationError);
    expect(() => nashSolution([0, 1], { tolerance: -1 })).toThrow(/options\.tolerance/);
    expect(() => nashSolution([0, 1], { tolerance: Number.NaN })).toThrow(/options\.tolerance/);
    expect(() => nashSolution([0, 1], { domain: 'real' })).toThrow(/bounded domain/);
    const controller = new AbortController();
    controller.abort();
    expect(() => nashSolution([0.2, 0.3, 0.9], { signal: controller.signal })).toThrow(/aborted/);
  });
});

describe('Gini-optimal location (Walsh 2025)', () => {
  it('known values: equal utilities where possible', () => {
    expect(at(giniOptimal([0, '1/2']))).toBe('1/4');
    expect(gini(lineProfile([0, '1/2']), '1/4').isZero()).toBe(true);
    expect(at(giniOptimal([0, 0, 1]))).toBe('1/2');
    expect(at(giniOptimal([0.7]))).toBe('7/10'); // flat Gini: ties go to the smallest social cost
    expect(at(giniOptimal([0.2, 0.3, 0.9]))).toBe('11/20');
  });
  it('no grid point has a smaller Gini index (exact)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 5 }), (ks) => {
        const p = lineProfile(ks.map((k) => Rational.of(k, 10)));
        const o = giniOptimal(p);
        if (o.kind !== 'location') return false;
        const g = gini(p, o.location);
        return grid(60).every((y) => gini(p, y).ge(g));
      }),
      { numRuns: 60 },
    );
  });
  it('Walsh’s Theorem 1 profile: not strategyproof; and fails UFS on (0, 0, 1)', () => {
    // (0, 1/2) → 1/4; the agent at 1/2 reports 1 → (0, 1) → 1/2, its own location.
    expect(at(giniOptimal([0, 1]))).toBe('1/2');
    expect(checkStrategyproofness(giniOptimal, [0, '1/2']).holds).toBe(false);
    expect(checkUfs(giniOptimal, [0, 0, 1]).holds).toBe(false);
    expect(checkStrongProportionality(giniOptimal, [0, 0, 1]).holds).toBe(false);
    expect(() => giniOptimal([0, 1], { domain: 'real' })).toThrow(/bounded domain/);
  });
});

describe('simplestRationalBetween', () => {
  it('finds the Stern–Brocot simplest rational', () => {
    expect(simplestRationalBetween(Rational.parse('0.3333'), Rational.parse('0.3334')).toString()).toBe('1/3');
    expect(simplestRationalBetween(Rational.parse('-0.3334'), Rational.parse('-0.3333')).toString()).toBe('-1/3');
    expect(simplestRationalBetween(Rational.parse('2.5'), Rational.parse('3.5')).toString()).toBe('3');
    expect(simplestRationalBetween(Rational.parse('-1'), Rational.parse('2')).toString()).toBe('0');
    expect(simplestRationalBetween(Rational.parse('3.14159'), Rational.parse('3.1416')).toString()).toBe('355/113');
  });
  it('is in the interval and no rational with a smaller denominator is', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 40 }), (p, q, w, r) => {
        const a = Rational.of(p, q);
        const b = a.add(Rational.of(w, r * 7));
        const s = simplestRationalBetween(a, b);
        if (s.lt(a) || s.gt(b)) return false;
        for (let d = 1n; d < s.den; d++) {
          if (Rational.of(a.mul(d).ceil(), d).le(b)) return false;
        }
        return true;
      }),
    );
  });
});
