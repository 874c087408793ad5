import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational } from '@plural/core';
import { checkPareto, checkPf, checkProportionality, checkStrategyproofness, checkStrongProportionality, checkUfs, facilityMechanism, lrm, lrmModularGame, randomRank } from '../../src/index.js';
import { at, dist, expectedCost } from './helpers.js';

describe('Random Rank (Aziz, Lam, Suzuki & Walsh 2022)', () => {
  it('is the exact lottery over the reports, equal locations merged', () => {
    expect(dist(randomRank([0, 0, 0, 1, 1]))).toEqual({ '0': '3/5', '1': '2/5' });
    expect(dist(randomRank([0.9, 0, 0.2, 0.1]))).toEqual({ '0': '1/4', '1/10': '1/4', '1/5': '1/4', '9/10': '1/4' });
    expect(dist(randomRank([0.4, 0.4]))).toEqual({ '2/5': '1' });
    expect(facilityMechanism('random-dictator').info.id).toBe('random-rank');
  });
  it('strong proportionality in expectation: 3 at 0 and 2 at 1 each pay 6/5 (the paper’s example)', () => {
    const o = randomRank([0, 0, 0, 1, 1]);
    expect(expectedCost(o, 0).mul(3).toString()).toBe('6/5');
    expect(expectedCost(o, 1).mul(2).toString()).toBe('6/5');
    expect(checkStrongProportionality(randomRank, [0, 0, 0, 1, 1]).holds).toBe(true);
  });
  it('expected location of an endpoint profile is k/n (proportional in expectation)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 9 }), (n, k0) => {
        const k = k0 % (n + 1);
        const o = randomRank([...Array<number>(n - k).fill(0), ...Array<number>(k).fill(1)]);
        return expectedCost(o, 0).equals(Rational.of(k, n));
      }),
    );
  });
  it('false claims: not Pareto by expected costs, not fair ex post', () => {
    // (0, 1/2, 1): expected costs (1/2, 1/3, 1/2); the sure location 1/2 gives (1/2, 0, 1/2).
    const o = randomRank([0, '1/2', 1]);
    expect([0, '1/2', 1].map((x) => expectedCost(o, x).toString())).toEqual(['1/2', '1/3', '1/2']);
    expect(checkPareto(randomRank, [0, '1/2', 1]).holds).toBe(false);
    expect(checkUfs(randomRank, [0, 1], { lottery: 'ex-post' }).holds).toBe(false);
  });
});

describe('LRM (Procaccia & Tennenholtz 2013)', () => {
  it('leftmost 1/4, rightmost 1/4, midpoint 1/2, merged when equal', () => {
    expect(dist(lrm([0.2, 0.9, 0.3]))).toEqual({ '1/5': '1/4', '9/10': '1/4', '11/20': '1/2' });
    expect(dist(lrm([0.5, 0.5]))).toEqual({ '1/2': '1' });
  });
  it('is strategyproof in expectation on (0, 1/4, 1) for every grid misreport, though its midpoint branch is manipulable', () => {
    expect(checkStrategyproofness(lrm, [0, '1/4', 1]).holds).toBe(true);
    // Ex post, with the midpoint drawn: the agent at 1/2 of (0, 1/2) gains by reporting 1.
    expect(at(lrmModularGame([0, '1/2'], { moves: [2, 0] }))).toBe('1/4');
    expect(at(lrmModularGame([0, 1], { moves: [2, 0] }))).toBe('1/2');
  });
  it('max cost at most 3/2 of the optimum (fast-check on a grid)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 6 }), (ks) => {
        const xs = ks.map((k) => Rational.of(k, 12));
        const lo = Rational.min(xs[0]!, ...xs);
        const hi = Rational.max(xs[0]!, ...xs);
        const o = lrm(xs);
        const expected = o.kind === 'lottery' ? o.lottery.entries.reduce((s, e) => s.add(e.probability.mul(Rational.max(e.outcome.sub(lo), hi.sub(e.outcome)))), Rational.ZERO) : Rational.ZERO;
        return expected.le(hi.sub(lo).div(2).mul(Rational.of(3, 2)));
      }),
    );
  });
  it('counterexamples: UFS, PF, proportionality, strong proportionality fail on (0, 0, 1) even in expectation; not Pareto by expected costs', () => {
    const o = lrm([0, 0, 1]);
    expect(expectedCost(o, 0).toString()).toBe('1/2'); // > 1 − 2/3
    expect(checkUfs(lrm, [0, 0, 1]).holds).toBe(false);
    expect(checkPf(lrm, [0, 0, 1]).holds).toBe(false);
    expect(checkProportionality(lrm, [0, 0, 1]).holds).toBe(false);
    expect(checkStrongProportionality(lrm, [0, 0, 1]).holds).toBe(false);
    expect(checkPareto(lrm, [0, '1/2', 1]).holds).toBe(false);
  });
});

describe('LRM as a modular game (game-first derandomization)', () => {
  it('is deterministic: Σ moves mod 4 picks leftmost, rightmost or the midpoint', () => {
    const xs = [0.2, 0.9, 0.3];
    expect(at(lrmModularGame(xs))).toBe('1/5');
    expect(at(lrmModularGame(xs, { moves: [1, 0, 4] }))).toBe('9/10');
    expect(at(lrmModularGame(xs, { moves: [1, 1, 0] }))).toBe('11/20');
    expect(at(lrmModularGame(xs, { moves: [-1, 0, 0n] }))).toBe('11/20');
  });
  it('one agent playing uniformly on 0..3 reproduces LRM’s lottery whatever the others play', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 5 }), fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 5, maxLength: 5 }), (ks, others) => {
        const xs = ks.map((k) => Rational.of(k, 12));
        const counts = new Map<string, number>();
        for (let m = 0; m < 4; m++) {
          const moves = xs.map((_, i) => (i === 0 ? m : others[i]!));
          const y = at(lrmModularGame(xs, { moves }));
          counts.set(y, (counts.get(y) ?? 0) + 1);
        }
        const want = dist(lrm(xs));
        return Object.entries(want).every(([y, p]) => Rational.of(counts.get(y) ?? 0, 4).equals(Rational.parse(p)));
      }),
    );
  });
  it('rejects bad moves naming the field', () => {
    expect(() => lrmModularGame([0, 1], { moves: [1] })).toThrow(/options\.moves/);
    expect(() => lrmModularGame([0, 1], { moves: [1, 0.5] })).toThrow(/options\.moves\[1\]/);
  });
});
