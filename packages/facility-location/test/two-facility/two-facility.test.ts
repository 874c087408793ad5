import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BudgetExceededError, InvalidNumberError, Rational, ValidationError } from '@plural/core';
import {
  anyFacilityMechanism,
  checkTwoFacilityStrategyproofness,
  expectedTwoFacilityCost,
  expectedTwoFacilityObjective,
  lineProfile,
  optimalTwoFacilityMaxCost,
  optimalTwoFacilitySocialCost,
  optimalTwoMedian,
  proportionalTwoFacility,
  twoExtremes,
  twoFacilityMaxCost,
  twoFacilityMechanisms,
  twoFacilityOutcomeLottery,
  twoFacilitySocialCost,
  type TwoFacilityOutcome,
} from '../../src/index.js';

const q = (k: number) => Rational.of(k, 8);
const gridProfile = (minN: number, maxN: number) => fc.array(fc.integer({ min: 0, max: 8 }).map(q), { minLength: minN, maxLength: maxN });
/** The outcome as sorted "y1,y2:p" strings: equal lotteries give equal lists. */
const canon = (o: TwoFacilityOutcome) =>
  twoFacilityOutcomeLottery(o)
    .entries.map((e) => `${e.outcome[0]},${e.outcome[1]}:${e.probability}`)
    .sort();

describe('known values', () => {
  it('two-extremes: leftmost and rightmost report', () => {
    const o = twoExtremes([0.2, 0.9, 0.5]);
    expect(o.kind === 'locations' && o.facilities.map(String)).toEqual(['1/5', '9/10']);
    expect(canon(twoExtremes([0.3]))).toEqual(['3/10,3/10:1']);
  });
  it('proportional mechanism: the exact lottery on [0, ½, 1]', () => {
    // i = 0 (1/3): ½ w.p. 1/3, 1 w.p. 2/3; i = ½: 0 or 1 w.p. ½ each; i = 1: 0 w.p. 2/3, ½ w.p. 1/3.
    expect(canon(proportionalTwoFacility([0, 0.5, 1]))).toEqual(['0,1/2:5/18', '0,1:4/9', '1/2,1:5/18'].sort());
    expect(canon(proportionalTwoFacility([0, 1]))).toEqual(['0,1:1']);
    expect(canon(proportionalTwoFacility([0.4, 0.4]))).toEqual(['2/5,2/5:1']);
    const p = lineProfile([0, 0.5, 1]);
    expect(expectedTwoFacilityObjective(p, proportionalTwoFacility(p), twoFacilitySocialCost).toString()).toBe('1/2');
    expect(expectedTwoFacilityCost(0.5, proportionalTwoFacility(p)).toString()).toBe('2/9');
  });
  it('objectives and exact optima', () => {
    const p = lineProfile([0, 0.1, 0.9, 1]);
    const opt = optimalTwoFacilitySocialCost(p);
    expect(opt.cost.toString()).toBe('1/5');
    expect(opt.facilities.map(String)).toEqual(['0', '9/10']);
    const center = optimalTwoFacilityMaxCost(p);
    expect(center.cost.toString()).toBe('1/20');
    expect(center.facilities.map(String)).toEqual(['1/20', '19/20']);
    expect(twoFacilitySocialCost(p, [Rational.ZERO, Rational.ONE]).toString()).toBe('1/5');
    expect(twoFacilityMaxCost(p, [Rational.ZERO, Rational.ONE]).toString()).toBe('1/10');
    const o = optimalTwoMedian(p);
    expect(o.kind === 'locations' && o.facilities.map(String)).toEqual(['0', '9/10']);
  });
  it('two-extremes is no better than n − 2 for the social cost: [0, ½ × (n − 2), 1]', () => {
    for (const n of [3, 4, 5, 7]) {
      const p = lineProfile([0, ...Array<number>(n - 2).fill(0.5), 1]);
      const ratio = expectedTwoFacilityObjective(p, twoExtremes(p), twoFacilitySocialCost).div(optimalTwoFacilitySocialCost(p).cost);
      expect(ratio.toString()).toBe(String(n - 2));
    }
  });
});

describe('registered properties (every two-facility mechanism)', () => {
  for (const m of twoFacilityMechanisms) {
    const claims = m.info.properties;
    if (claims['strategyproof'] === true || claims['strategyproof'] === 'in-expectation') {
      it(`${m.info.id} is strategyproof${claims['strategyproof'] === true ? '' : ' in expectation'} (grid misreports)`, () => {
        fc.assert(
          fc.property(gridProfile(1, 4), (xs) => {
            expect(checkTwoFacilityStrategyproofness(m, xs).witness).toBeUndefined();
          }),
          { numRuns: 150 },
        );
      });
    }
    if (claims['strategyproof'] === false) {
      it(`${m.info.id} is not strategyproof (recorded counterexample)`, () => {
        // [1/8, 1/2, 1]: optimum {1/8, 1/2} | {1} serves the agent at 1/2 at distance 3/8; reporting 5/8
        // makes {1/8} | {5/8, 1} optimal and puts a facility at 5/8, distance 1/8.
        const r = checkTwoFacilityStrategyproofness(m, ['1/8', '1/2', 1]);
        expect(r.holds).toBe(false);
        expect(r.witness!.agent).toBe(1);
        expect(r.witness!.truthfulCost.toString()).toBe('3/8');
        expect(r.witness!.misreportCost.toString()).toBe('1/8');
        expect(r.witness!.misreport.toString()).toBe('5/8');
      });
    }
    if (claims['group-strategyproof'] === true) {
      it(`${m.info.id} is group-strategyproof (pairs of agents, grid misreports)`, () => {
        const grid = Array.from({ length: 5 }, (_, k) => Rational.of(k, 4));
        fc.assert(
          fc.property(gridProfile(2, 4), (xs) => {
            const truth = m(xs);
            for (let i = 0; i < xs.length; i++)
              for (let j = i + 1; j < xs.length; j++)
                for (const a of grid)
                  for (const b of grid) {
                    const lie = m(xs.map((x, k) => (k === i ? a : k === j ? b : x)));
                    const gains = [i, j].every((k) => expectedTwoFacilityCost(xs[k]!, lie).lt(expectedTwoFacilityCost(xs[k]!, truth)));
                    expect(gains).toBe(false);
                  }
          }),
          { numRuns: 30 },
        );
      });
    }
    if (claims['anonymous'] === true) {
      it(`${m.info.id} is anonymous`, () => {
        fc.assert(
          fc.property(gridProfile(1, 5), (xs) => {
            expect(canon(m([...xs].reverse()))).toEqual(canon(m(xs)));
            expect(canon(m([...xs.slice(1), xs[0]!]))).toEqual(canon(m(xs)));
          }),
          { numRuns: 50 },
        );
      });
    }
    if (claims['unanimous'] === true) {
      it(`${m.info.id} is unanimous`, () => {
        fc.assert(
          fc.property(fc.integer({ min: 0, max: 8 }).map(q), fc.integer({ min: 1, max: 5 }), (x, n) => {
            expect(canon(m(Array<Rational>(n).fill(x)))).toEqual([`${x},${x}:1`]);
          }),
        );
      });
    }
  }

  it('approximation ratios hold against the exact optima', () => {
    fc.assert(
      fc.property(gridProfile(3, 6), (xs) => {
        const p = lineProfile(xs);
        const n = xs.length;
        const opt = optimalTwoFacilitySocialCost(p).cost;
        const optMax = optimalTwoFacilityMaxCost(p).cost;
        expect(expectedTwoFacilityObjective(p, twoExtremes(p), twoFacilitySocialCost).le(opt.mul(n - 2))).toBe(true);
        expect(expectedTwoFacilityObjective(p, twoExtremes(p), twoFacilityMaxCost).le(optMax.mul(2))).toBe(true);
        expect(expectedTwoFacilityObjective(p, proportionalTwoFacility(p), twoFacilitySocialCost).le(opt.mul(4))).toBe(true);
        expect(expectedTwoFacilityObjective(p, optimalTwoMedian(p), twoFacilitySocialCost).equals(opt)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('the optimum is exact: no pair of grid points does better', () => {
    fc.assert(
      fc.property(gridProfile(1, 5), (xs) => {
        const p = lineProfile(xs);
        const opt = optimalTwoFacilitySocialCost(p).cost;
        const optMax = optimalTwoFacilityMaxCost(p).cost;
        for (let a = 0; a <= 16; a++)
          for (let b = a; b <= 16; b++) {
            const pair = [Rational.of(a, 16), Rational.of(b, 16)] as const;
            expect(opt.le(twoFacilitySocialCost(p, pair))).toBe(true);
            expect(optMax.le(twoFacilityMaxCost(p, pair))).toBe(true);
          }
      }),
      { numRuns: 30 },
    );
  });

  it('settings and lookup', () => {
    for (const m of twoFacilityMechanisms) {
      expect(m.info.setting).toBe('line-two-facilities');
      expect(anyFacilityMechanism(m.info.id)).toBe(m);
    }
    expect(anyFacilityMechanism('leftmost rightmost')).toBe(twoExtremes);
  });
});

describe('bad input', () => {
  it('typed errors name the field', () => {
    expect(() => twoExtremes([])).toThrow(ValidationError);
    expect(() => proportionalTwoFacility([0.2, Number.POSITIVE_INFINITY])).toThrow(InvalidNumberError);
    expect(() => optimalTwoMedian([0.2, 3])).toThrow(/positions\[1\]/);
    expect(() => checkTwoFacilityStrategyproofness(twoExtremes, { positions: [0, 5], domain: 'real' })).toThrow(/bounded domain/);
    expect(checkTwoFacilityStrategyproofness(twoExtremes, { positions: [0, 2, 5], domain: 'real' }, { misreports: [-10, 1, 3, 10] }).holds).toBe(true);
    expect(() => checkTwoFacilityStrategyproofness(twoExtremes, [0, 1], { gridSteps: 1000, budget: 100 })).toThrow(BudgetExceededError);
    expect(() => checkTwoFacilityStrategyproofness(twoExtremes, [0, 1], { gridSteps: 0 })).toThrow(/gridSteps/);
    expect(() => checkTwoFacilityStrategyproofness(twoExtremes, [0, 1], { misreports: [2] })).toThrow(/positions\[0\]/);
  });
});
