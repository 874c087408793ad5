import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InvalidNumberError, Rational, ValidationError } from '@plural/core';
import {
  anyFacilityMechanism,
  checkObnoxiousStrategyproofness,
  expectedObnoxiousUtility,
  lineProfile,
  obnoxiousMajorityEndpoint,
  obnoxiousMechanisms,
  obnoxiousMinUtility,
  obnoxiousOptimal,
  obnoxiousOptimum,
  obnoxiousSocialUtility,
  type LineOutcome,
} from '../../src/index.js';

const q = (k: number) => Rational.of(k, 8);
const gridProfile = (minN: number, maxN: number) => fc.array(fc.integer({ min: 0, max: 8 }).map(q), { minLength: minN, maxLength: maxN });
const at = (o: LineOutcome) => (o.kind === 'location' ? o.location.toString() : 'lottery');

describe('known values', () => {
  it('majority endpoint: right end when at least half are in the left half (midpoint counts left)', () => {
    expect(at(obnoxiousMajorityEndpoint([0.1, 0.2, 0.9]))).toBe('1');
    expect(at(obnoxiousMajorityEndpoint([0.6, 0.9, 0.2]))).toBe('0');
    expect(at(obnoxiousMajorityEndpoint([0.5, 1]))).toBe('1');
    expect(at(obnoxiousMajorityEndpoint([0.51, 1]))).toBe('0');
    expect(at(obnoxiousMajorityEndpoint({ positions: [1, 3, 4], domain: [0, 4] }))).toBe('0');
  });
  it('the tight instance of ratio 3: half at the midpoint, half at the right end', () => {
    const p = lineProfile([0.5, 1]);
    const mech = obnoxiousSocialUtility(p, (obnoxiousMajorityEndpoint(p) as { location: Rational }).location);
    const opt = obnoxiousOptimum(p);
    expect(mech.toString()).toBe('1/2');
    expect(opt.location.toString()).toBe('0');
    expect(opt.value.div(mech).toString()).toBe('3');
  });
  it('exact optima: endpoints for the sum, breakpoints for the minimum', () => {
    const p = lineProfile([0, 0.6, 0.8]);
    expect(obnoxiousOptimum(p).location.toString()).toBe('1');
    expect(obnoxiousOptimum(p).value.toString()).toBe('8/5');
    expect(obnoxiousOptimum(lineProfile([0.1, 0.9]), 'min-utility').location.toString()).toBe('1/2');
    expect(obnoxiousOptimum(lineProfile([0.1, 0.9]), 'min-utility').value.toString()).toBe('2/5');
    expect(obnoxiousOptimum(lineProfile([0.2, 0.6]), 'min-utility').location.toString()).toBe('1');
    expect(obnoxiousMinUtility(lineProfile([0.2, 0.6]), 1).toString()).toBe('2/5');
    expect(at(obnoxiousOptimal([0.5, 0.5]))).toBe('0');
  });
  it('the min-utility optimum beats every grid point', () => {
    fc.assert(
      fc.property(gridProfile(1, 5), (xs) => {
        const p = lineProfile(xs);
        const best = obnoxiousOptimum(p, 'min-utility').value;
        for (let k = 0; k <= 64; k++) expect(best.ge(obnoxiousMinUtility(p, Rational.of(k, 64)))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('registered properties (every obnoxious mechanism)', () => {
  for (const m of obnoxiousMechanisms) {
    const claims = m.info.properties;
    if (claims['strategyproof'] === true) {
      it(`${m.info.id} is strategyproof (grid misreports)`, () => {
        fc.assert(
          fc.property(gridProfile(1, 5), (xs) => {
            expect(checkObnoxiousStrategyproofness(m, xs).witness).toBeUndefined();
          }),
          { numRuns: 150 },
        );
      });
    }
    if (claims['group-strategyproof'] === true) {
      it(`${m.info.id} is group-strategyproof (pairs, grid misreports)`, () => {
        const grid = Array.from({ length: 9 }, (_, k) => q(k));
        fc.assert(
          fc.property(gridProfile(2, 5), (xs) => {
            const truth = m(xs);
            for (let i = 0; i < xs.length; i++)
              for (let j = i + 1; j < xs.length; j++)
                for (const a of grid)
                  for (const b of grid) {
                    const lie = m(xs.map((x, k) => (k === i ? a : k === j ? b : x)));
                    expect([i, j].every((k) => expectedObnoxiousUtility(xs[k]!, lie).gt(expectedObnoxiousUtility(xs[k]!, truth)))).toBe(false);
                  }
          }),
          { numRuns: 30 },
        );
      });
    }
    if (claims['strategyproof'] === false) {
      it(`${m.info.id} is not strategyproof (recorded counterexample)`, () => {
        // [0, 0.6, 0.8]: the sum is larger at 1; the agent at 0.6 reports 1 and the optimum moves to 0.
        const r = checkObnoxiousStrategyproofness(m, [0, 0.6, 0.8], { misreports: [1] });
        expect(r.holds).toBe(false);
        expect(r.witness!.agent).toBe(1);
        expect(r.witness!.truthfulUtility.toString()).toBe('2/5');
        expect(r.witness!.misreportUtility.toString()).toBe('3/5');
      });
    }
    if (claims['group-strategyproof'] === false) {
      it(`${m.info.id} is not group-strategyproof (a single deviator is a coalition)`, () => {
        expect(checkObnoxiousStrategyproofness(m, [0, 0.6, 0.8]).holds).toBe(false);
      });
    }
    if (claims['anonymous'] === true) {
      it(`${m.info.id} is anonymous`, () => {
        fc.assert(
          fc.property(gridProfile(1, 6), (xs) => {
            expect(at(m([...xs].reverse()))).toBe(at(m(xs)));
            expect(at(m([...xs.slice(1), xs[0]!]))).toBe(at(m(xs)));
          }),
        );
      });
    }
  }
  it('the majority endpoint is a 3-approximation of the social utility', () => {
    fc.assert(
      fc.property(gridProfile(1, 7), (xs) => {
        const p = lineProfile(xs);
        const got = obnoxiousSocialUtility(p, (obnoxiousMajorityEndpoint(p) as { location: Rational }).location);
        expect(obnoxiousOptimum(p).value.le(got.mul(3))).toBe(true);
        expect(obnoxiousSocialUtility(p, (obnoxiousOptimal(p) as { location: Rational }).location).equals(obnoxiousOptimum(p).value)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it('settings and lookup', () => {
    for (const m of obnoxiousMechanisms) {
      expect(m.info.setting).toBe('obnoxious-line');
      expect(anyFacilityMechanism(m.info.id)).toBe(m);
    }
  });
});

describe('bad input', () => {
  it('typed errors', () => {
    expect(() => obnoxiousMajorityEndpoint({ positions: [0, 1], domain: 'real' })).toThrow(/bounded domain/);
    expect(() => obnoxiousOptimal([Number.NaN])).toThrow(InvalidNumberError);
    expect(() => obnoxiousMajorityEndpoint([])).toThrow(ValidationError);
    expect(() => obnoxiousOptimum(lineProfile([0.5]), 'median' as 'min-utility')).toThrow(/objective/);
  });
});
