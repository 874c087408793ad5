import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InvalidNumberError, Rational, ValidationError } from '@plural/core';
import {
  anyFacilityMechanism,
  checkStrategyproofnessEuclidean,
  coordinateWiseGeneralizedMedian,
  coordinateWiseMedian,
  euclideanMechanisms,
  l1Distance,
  pointOutcome,
  pointProfile,
  socialCostL1,
  socialCostL2,
  squaredL2Distance,
  type PointInput,
  type PointProfile,
} from '../../src/index.js';

const str = (p: readonly Rational[]) => p.map(String);
const q = (k: number) => Rational.of(k, 4);
/** Points on the grid {0, 1/4, …, 1}^d. */
const gridPoint = (d: number) => fc.array(fc.integer({ min: 0, max: 4 }), { minLength: d, maxLength: d }).map((c) => c.map(q));
const gridProfile = (d: number, maxN = 4) => fc.array(gridPoint(d), { minLength: 1, maxLength: maxN });

describe('pointProfile', () => {
  it('reads coordinates exactly and keeps agent order', () => {
    const p = pointProfile([[0.2, 0.5], [1, '1/3']]);
    expect(p.dimension).toBe(2);
    expect(str(p.points[0]!)).toEqual(['1/5', '1/2']);
    expect(str(p.points[1]!)).toEqual(['1', '1/3']);
    expect(pointProfile([[5, -2]], { domain: 'real' }).domain).toBe('real');
    expect(pointProfile([[5, -2]], { domain: [[0, 10], [-3, 0]] }).points[0]!.map(String)).toEqual(['5', '-2']);
  });
  it('names points[i][j] and the fix in typed errors', () => {
    expect(() => pointProfile([])).toThrow(/no agents/);
    expect(() => pointProfile([[0.5, 0.5], [0.1, Number.NaN]])).toThrow(InvalidNumberError);
    expect(() => pointProfile([[0.5, 0.5], [0.1, Number.NaN]])).toThrow(/points\[1\]\[1\]/);
    expect(() => pointProfile([[0.5, 0.5], [0.1]])).toThrow(/points\[1\].*2 coordinates/);
    expect(() => pointProfile([[0.5, 2]])).toThrow(/points\[0\]\[1\].*outside/);
    expect(() => pointProfile([[0.5, 0.5]], { domain: [[0, 1]] })).toThrow(ValidationError);
    expect(() => pointProfile([[0.5, 0.5]], { domain: [[0, 1], [1, 1]] })).toThrow(/domain\[1\]/);
    expect(() => pointProfile([['x' as unknown as number, 0]])).toThrow(/points\[0\]\[0\]/);
    expect(() => pointProfile([[]])).toThrow(/points\[0\]/);
  });
});

describe('coordinate-wise median', () => {
  it('known values: left median per coordinate', () => {
    expect(str(coordinateWiseMedian([[0, 0], [1, 1], [0.5, 0.2]]).point)).toEqual(['1/2', '1/5']);
    expect(str(coordinateWiseMedian([[0, 1], [1, 0]]).point)).toEqual(['0', '0']);
    expect(str(coordinateWiseMedian({ points: [[-5, 3, 7], [2, 2, 2], [9, -1, 0]], domain: 'real' }).point)).toEqual(['2', '2', '2']);
  });
  it('generalized median: default phantoms give the left median; explicit phantoms; typed errors', () => {
    const pts = [[0, 0.9], [0.3, 0.1], [1, 0.4], [0.6, 0.6]];
    expect(str(coordinateWiseGeneralizedMedian(pts).point)).toEqual(str(coordinateWiseMedian(pts).point));
    // n = 2 with the phantom (1/2, 1/2): median of {0, 1, 1/2} and {1, 0, 1/2} per coordinate.
    expect(str(coordinateWiseGeneralizedMedian([[0, 1], [1, 0]], { phantoms: [[0.5, 0.5]] }).point)).toEqual(['1/2', '1/2']);
    expect(() => coordinateWiseGeneralizedMedian([[0, 1], [1, 0]], { phantoms: [[0.5, 0.5], [0, 0]] })).toThrow(/even number/);
    expect(() => coordinateWiseGeneralizedMedian([[0, 1], [1, 0]], { phantoms: [[0.5]] })).toThrow(/options\.phantoms\[0\]/);
    expect(() => coordinateWiseGeneralizedMedian([[0, 1], [1, 0]], { phantoms: [[0.5, Number.NaN]] })).toThrow(InvalidNumberError);
    expect(() => coordinateWiseGeneralizedMedian({ points: [[0, 1]], domain: 'real' })).toThrow(/bounded domain/);
  });
  it('costs: exact L1 and squared L2, L2 as a float', () => {
    const p = pointProfile([[0, 0], [1, 1]]);
    expect(l1Distance(p.points[0]!, p.points[1]!).toString()).toBe('2');
    expect(squaredL2Distance(p.points[0]!, p.points[1]!).toString()).toBe('2');
    expect(socialCostL1(p, [Rational.ZERO, Rational.ZERO]).toString()).toBe('2');
    expect(socialCostL2(p, [Rational.ZERO, Rational.ZERO])).toBeCloseTo(Math.SQRT2, 12);
  });
});

describe('registered properties (every Euclidean mechanism)', () => {
  for (const m of euclideanMechanisms) {
    const claims = m.info.properties;
    if (claims['strategyproof'] === true) {
      it(`${m.info.id} is strategyproof for L1 and L2 costs (d = 2, grid misreports)`, () => {
        fc.assert(
          fc.property(gridProfile(2), fc.constantFrom('l1' as const, 'l2' as const), (points, cost) => {
            const r = checkStrategyproofnessEuclidean(m, points, { cost });
            expect(r.witness).toBeUndefined();
          }),
          { numRuns: 80 },
        );
      });
      it(`${m.info.id} is strategyproof for L2 costs in d = 3`, () => {
        fc.assert(
          fc.property(gridProfile(3, 3), (points) => {
            expect(checkStrategyproofnessEuclidean(m, points, { cost: 'l2', gridSteps: 2 }).holds).toBe(true);
          }),
          { numRuns: 15 },
        );
      });
    }
    if (claims['anonymous'] === true) {
      it(`${m.info.id} is anonymous`, () => {
        fc.assert(
          fc.property(gridProfile(2, 5), fc.integer({ min: 0, max: 1000 }), (points, seed) => {
            const shuffled = [...points].sort((a, b) => ((a[0]!.num * 7n + a[1]!.num + BigInt(seed)) % 5n > (b[0]!.num * 7n + b[1]!.num + BigInt(seed)) % 5n ? 1 : -1));
            expect(str(m(shuffled).point)).toEqual(str(m(points).point));
            expect(str(m([...points].reverse()).point)).toEqual(str(m(points).point));
          }),
          { numRuns: 50 },
        );
      });
    }
    if (claims['unanimous'] === true) {
      it(`${m.info.id} is unanimous`, () => {
        fc.assert(
          fc.property(gridPoint(2), fc.integer({ min: 1, max: 5 }), (p, n) => {
            expect(str(m(Array.from({ length: n }, () => p)).point)).toEqual(str(p));
          }),
        );
      });
    }
    if (claims['group-strategyproof'] === false) {
      it(`${m.info.id} is not group-strategyproof for L2 costs (recorded counterexample)`, () => {
        // A = (0, 1), B = (3/4, 0), C = (1, 1): facility (3/4, 1). A and B report (0, 0) and (0, 1/2): facility (0, 1/2).
        const truthful = [[0, 1], ['3/4', 0], [1, 1]];
        const lie = [[0, 0], [0, '1/2'], [1, 1]];
        const y = m(truthful).point;
        const y2 = m(lie).point;
        expect(str(y)).toEqual(['3/4', '1']);
        expect(str(y2)).toEqual(['0', '1/2']);
        const A = pointProfile(truthful).points;
        for (const agent of [0, 1]) expect(squaredL2Distance(A[agent]!, y2).lt(squaredL2Distance(A[agent]!, y))).toBe(true);
        expect(squaredL2Distance(A[0]!, y).toString()).toBe('9/16');
        expect(squaredL2Distance(A[0]!, y2).toString()).toBe('1/4');
        expect(squaredL2Distance(A[1]!, y).toString()).toBe('1');
        expect(squaredL2Distance(A[1]!, y2).toString()).toBe('13/16');
      });
    }
    if (claims['pareto'] === false) {
      it(`${m.info.id} is not Pareto efficient for L2 costs in d = 3 (recorded counterexample)`, () => {
        const units = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
        const y = m(units).point;
        expect(str(y)).toEqual(['0', '0', '0']);
        const centroid = [Rational.of(1, 3), Rational.of(1, 3), Rational.of(1, 3)];
        for (const p of pointProfile(units).points) {
          expect(squaredL2Distance(p, y).toString()).toBe('1');
          expect(squaredL2Distance(p, centroid).toString()).toBe('2/3');
        }
      });
    }
  }

  it('every registered Euclidean mechanism has setting euclidean and is found by anyFacilityMechanism', () => {
    for (const m of euclideanMechanisms) {
      expect(m.info.setting).toBe('euclidean');
      expect(anyFacilityMechanism(m.info.id)).toBe(m);
    }
    expect(anyFacilityMechanism('CM')).toBe(coordinateWiseMedian);
  });
});

describe('generalized median with random phantoms', () => {
  it('is strategyproof (L1 and L2) for any phantom placement', () => {
    fc.assert(
      fc.property(gridProfile(2, 3), fc.array(gridPoint(2), { minLength: 0, maxLength: 4 }), fc.constantFrom('l1' as const, 'l2' as const), (points, phantoms, cost) => {
        const ph = (points.length + phantoms.length) % 2 === 1 ? phantoms : phantoms.slice(1);
        if ((points.length + ph.length) % 2 === 0) return;
        expect(checkStrategyproofnessEuclidean(coordinateWiseGeneralizedMedian, points, { cost, mechanismOptions: { phantoms: ph } }).holds).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});

describe('approximation', () => {
  const grid = (steps: number) => Array.from({ length: steps + 1 }, (_, a) => Array.from({ length: steps + 1 }, (_, b) => [Rational.of(a, steps), Rational.of(b, steps)])).flat();
  it('L1 social cost: the coordinate-wise median is optimal (no grid point does better)', () => {
    fc.assert(
      fc.property(gridProfile(2, 5), (points) => {
        const p = pointProfile(points);
        const c = socialCostL1(p, coordinateWiseMedian(p).point);
        for (const y of grid(8)) expect(c.le(socialCostL1(p, y))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
  it('L2 social cost in d = 2: within √2 of the best grid point (Goel & Hann-Caruthers)', () => {
    fc.assert(
      fc.property(gridProfile(2, 5), (points) => {
        const p = pointProfile(points);
        const c = socialCostL2(p, coordinateWiseMedian(p).point);
        const best = Math.min(...grid(16).map((y) => socialCostL2(p, y)));
        expect(c).toBeLessThanOrEqual(Math.SQRT2 * best + 1e-9);
      }),
      { numRuns: 30 },
    );
  });
});

describe('strategyproofness checker', () => {
  const mean = (input: PointInput) => {
    const p = input as PointProfile;
    return pointOutcome('mean', Array.from({ length: p.dimension }, (_, j) => Rational.sum(p.points.map((x) => x[j]!)).div(p.points.length)));
  };
  it('finds a witness against the coordinate-wise mean, and the witness replays', () => {
    const points = [[0.5, 0.5], [1, 1]];
    const r = checkStrategyproofnessEuclidean(mean, points, { cost: 'l2' });
    expect(r.holds).toBe(false);
    const w = r.witness!;
    expect(w.measure).toBe('squared-l2');
    const replay = pointProfile(points.map((p, i) => (i === w.agent ? w.misreport : p)));
    expect(squaredL2Distance(w.truthful, mean(replay).point).equals(w.misreportCost)).toBe(true);
    expect(w.misreportCost.lt(w.truthfulCost)).toBe(true);
    expect(w.agent).toBe(0);
    expect(str(w.misreport)).toEqual(['0', '0']);
    expect(w.misreportCost.toString()).toBe('0');
  });
  it('typed errors: bad cost, unbounded default grid, budget', () => {
    expect(() => checkStrategyproofnessEuclidean(coordinateWiseMedian, [[0, 0]], { cost: 'l3' as 'l1' })).toThrow(/options\.cost/);
    expect(() => checkStrategyproofnessEuclidean(coordinateWiseMedian, { points: [[0, 0]], domain: 'real' })).toThrow(/bounded domain/);
    expect(checkStrategyproofnessEuclidean(coordinateWiseMedian, { points: [[0, 0], [5, 5]], domain: 'real' }, { misreports: [[9, 9], [-1, 2]] }).holds).toBe(true);
    expect(() => checkStrategyproofnessEuclidean(coordinateWiseMedian, [[0, 0]], { gridSteps: 50, budget: 100 })).toThrow(/budget/);
  });
});
