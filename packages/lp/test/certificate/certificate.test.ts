import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkFarkas,
  checkPrimal,
  checkUnboundedRay,
  dualBound,
  highsBackend,
  normalizeLinearProgram,
} from '../../src/index.js';
import {
  chvatalCycling,
  chvatalFirstExample,
  coveringMin,
  equalityMin,
  feasibleBoundedLp,
  freeAndNegative,
  infeasibleLp,
  rangedProgram,
  unboundedLp,
} from '../helpers.js';

const TOL = 1e-6;

describe('checkPrimal', () => {
  it('documented example: a bound violation of 0.5 and the recomputed objective', () => {
    const p = normalizeLinearProgram({
      variables: [{ name: 'x', upper: 1 }],
      objective: { sense: 'max', coefficients: [['x', 2]] },
    });
    expect(checkPrimal(p, [1.5])).toEqual({ primalResidual: 0.5, integralityResidual: 0, objective: 3, worst: 'variables[0]' });
    expect(checkPrimal(p, [1])).toEqual({ primalResidual: 0, integralityResidual: 0, objective: 2 });
  });

  it('measures row violations relative to max(1, |bound|, largest term), and names the row', () => {
    const p = normalizeLinearProgram(chvatalFirstExample);
    expect(checkPrimal(p, [2, 0, 1])).toEqual({ primalResidual: 0, integralityResidual: 0, objective: 13 });
    const off = checkPrimal(p, [2.5, 0, 1]); // row 0: 6 > 5, terms 5 and 1 → 1/5
    expect(off.primalResidual).toBeCloseTo(1 / 5, 12);
    expect(off.worst).toBe('constraints[0]');
    expect(off.objective).toBeCloseTo(15.5, 12);
    const below = checkPrimal(normalizeLinearProgram(coveringMin), [3, 0]); // x + 3y = 3 < 6
    expect(below.primalResidual).toBeCloseTo(3 / 6, 12);
    expect(below.worst).toBe('constraints[1]');
  });

  it('includes the objective constant and reports integrality', () => {
    const p = normalizeLinearProgram({
      variables: [{ name: 'k', integer: true, upper: 5 }, { name: 'r' }],
      objective: { sense: 'min', coefficients: [['k', 1], ['r', 1]], constant: 10 },
    });
    const c = checkPrimal(p, [2.25, 1]);
    expect(c.integralityResidual).toBeCloseTo(0.25, 12);
    expect(c.primalResidual).toBe(0);
    expect(c.objective).toBeCloseTo(13.25, 12);
  });

  it('treats missing, NaN and infinite values as infinitely infeasible', () => {
    const p = normalizeLinearProgram(chvatalFirstExample);
    expect(checkPrimal(p, [2, 0]).primalResidual).toBe(Infinity);
    expect(checkPrimal(p, [2, NaN, 1]).primalResidual).toBe(Infinity);
    expect(checkPrimal(p, [Infinity, 0, 1]).primalResidual).toBe(Infinity);
    expect(checkPrimal(p, [2, NaN, 1]).worst).toBe('variables[1]');
  });
});

describe('dualBound', () => {
  it('documented example: y = 1 proves min x ≥ 2', () => {
    const p = normalizeLinearProgram({
      variables: [{ name: 'x' }],
      constraints: [{ coefficients: [['x', 1]], lower: 2 }],
      objective: { sense: 'min', coefficients: [['x', 1]] },
    });
    expect(dualBound(p, [1])).toEqual({ bound: 2, dualResidual: 0, reducedCosts: [0] });
    // A smaller multiplier proves a weaker bound, with a positive reduced cost on x ≥ 0.
    expect(dualBound(p, [0.5])).toEqual({ bound: 1, dualResidual: 0, reducedCosts: [0.5] });
  });

  it('hand-checked textbook duals prove the textbook optima (both senses, equalities, ranges, free variables)', () => {
    const cases: [typeof chvatalFirstExample, number[], number, number[]][] = [
      [chvatalFirstExample, [1, 0, 1], 13, [0, -3, 0]],
      [chvatalCycling, [0, 18, 1], 1, [0, -30, 0, -42]],
      [coveringMin, [1.5, 0.5], 9, [0, 0]],
      [equalityMin, [3, -2, -1], 17, [0, 0, 0]],
      [rangedProgram('max'), [2.5, 0.5], 11, [0, 0]],
      [rangedProgram('min'), [2.5, 0.5], 2.5, [0, 0]],
      [freeAndNegative, [0, 1], -7, [0, 1]],
    ];
    for (const [program, duals, optimum, reduced] of cases) {
      const b = dualBound(normalizeLinearProgram(program), duals);
      expect(b.dualResidual).toBe(0);
      expect(b.bound).toBeCloseTo(optimum, 12);
      b.reducedCosts.forEach((z, j) => expect(z).toBeCloseTo(reduced[j] as number, 12));
    }
  });

  it('reports a multiplier that needs a missing bound as a dual infeasibility', () => {
    const p = normalizeLinearProgram(coveringMin);
    // Minimising, a negative multiplier on a ≥ row would need its (infinite) upper side.
    expect(dualBound(p, [-1, 0]).dualResidual).toBeGreaterThan(0);
    // Reduced cost −1 on x ≥ 0 (minimising) would need x's infinite upper bound.
    const q = normalizeLinearProgram({
      variables: [{ name: 'x' }],
      constraints: [{ coefficients: [['x', 1]], lower: 1 }],
      objective: { sense: 'min', coefficients: [['x', 1]] },
    });
    expect(dualBound(q, [2]).dualResidual).toBeCloseTo(0.5, 12);
    expect(dualBound(q, [NaN]).dualResidual).toBe(Infinity);
  });

  it('is a valid bound for every feasible point and every dual-feasible y (weak duality, property)', async () => {
    await fc.assert(
      fc.asyncProperty(feasibleBoundedLp(), async ({ program, point }) => {
        const p = normalizeLinearProgram(program);
        const raw = await highsBackend.solve(p, { tolerance: TOL });
        expect(raw.status).toBe('optimal');
        const b = dualBound(p, raw.duals ?? []);
        expect(b.dualResidual).toBeLessThanOrEqual(TOL);
        const atPoint = checkPrimal(p, point).objective;
        const scale = Math.max(1, Math.abs(atPoint), Math.abs(b.bound));
        if (p.sense === 'min') expect(atPoint).toBeGreaterThanOrEqual(b.bound - 1e-7 * scale);
        else expect(atPoint).toBeLessThanOrEqual(b.bound + 1e-7 * scale);
      }),
      { numRuns: 40 },
    );
  });
});

describe('checkFarkas', () => {
  it('documented example: x ≥ 0 and x ≤ −1', () => {
    const p = normalizeLinearProgram({
      variables: [{ name: 'x' }],
      constraints: [{ coefficients: [['x', 1]], upper: -1 }],
      objective: { sense: 'min', coefficients: [] },
    });
    expect(checkFarkas(p, [-1], TOL)).toEqual({ valid: true, separation: 1 });
    // The check is sign-agnostic: y and −y certify the same thing.
    expect(checkFarkas(p, [1], TOL)).toEqual({ valid: true, separation: 1 });
    expect(checkFarkas(p, [0], TOL).valid).toBe(false);
    // x ≤ 1 instead of x ≤ −1 is feasible: no multiplier separates.
    const feasible = normalizeLinearProgram({
      variables: [{ name: 'x' }],
      constraints: [{ coefficients: [['x', 1]], upper: 1 }],
      objective: { sense: 'min', coefficients: [] },
    });
    expect(checkFarkas(feasible, [-1], TOL).valid).toBe(false);
    expect(checkFarkas(feasible, [1], TOL).valid).toBe(false);
  });

  it('accepts (−1, 1) on x + y ≤ 1, x + y ≥ 2 in either sign, and rejects wrong multipliers', () => {
    const p = normalizeLinearProgram(infeasibleLp);
    expect(checkFarkas(p, [-1, 1], TOL).valid).toBe(true);
    expect(checkFarkas(p, [1, -1], TOL).valid).toBe(true);
    expect(checkFarkas(p, [2, -2], TOL).separation).toBeGreaterThan(0);
    expect(checkFarkas(p, [1, 1], TOL).valid).toBe(false);
    expect(checkFarkas(p, [-1, 0.5], TOL).valid).toBe(false);
    expect(checkFarkas(p, [-1], TOL)).toEqual({ valid: false, separation: -Infinity });
    expect(checkFarkas(p, [-1, NaN], TOL).valid).toBe(false);
  });

  it('uses variable bounds: x + y ≥ 5 with x ≤ 2, y ≤ 2', () => {
    const p = normalizeLinearProgram({
      variables: [{ name: 'x', upper: 2 }, { name: 'y', upper: 2 }],
      constraints: [{ coefficients: [['x', 1], ['y', 1]], lower: 5 }],
      objective: { sense: 'max', coefficients: [] },
    });
    const c = checkFarkas(p, [1], TOL);
    expect(c.valid).toBe(true);
    expect(c.separation).toBeCloseTo(1 / 5, 12); // (5 − 4) / max(1, 4, 5)
  });

  it('never certifies a feasible program (property: random feasible LPs, random multipliers)', () => {
    fc.assert(
      fc.property(
        feasibleBoundedLp(),
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 6, maxLength: 6 }),
        ({ program }, ys) => {
          const p = normalizeLinearProgram(program);
          const y = p.constraints.map((_, i) => ys[i] as number);
          expect(checkFarkas(p, y, TOL).valid).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('checkUnboundedRay', () => {
  it('documented example and the (1, 1) ray of max x + y s.t. x − y ≤ 1', () => {
    const single = normalizeLinearProgram({ variables: [{ name: 'x' }], objective: { sense: 'max', coefficients: [['x', 1]] } });
    expect(checkUnboundedRay(single, [1], TOL)).toEqual({ valid: true, residual: 0, improvement: 1 });
    const p = normalizeLinearProgram(unboundedLp);
    const ok = checkUnboundedRay(p, [3, 3], TOL);
    expect(ok.valid).toBe(true);
    expect(ok.improvement).toBeCloseTo(2, 12);
  });

  it('rejects rays that leave the feasible cone, do not improve, or are zero/malformed', () => {
    const p = normalizeLinearProgram(unboundedLp);
    expect(checkUnboundedRay(p, [1, 0], TOL).valid).toBe(false); // x − y grows past 1
    expect(checkUnboundedRay(p, [-1, 0], TOL).valid).toBe(false); // leaves x ≥ 0
    expect(checkUnboundedRay(p, [0, 0], TOL).valid).toBe(false);
    expect(checkUnboundedRay(p, [1], TOL).valid).toBe(false);
    expect(checkUnboundedRay(p, [1, NaN], TOL).valid).toBe(false);
    const min = normalizeLinearProgram({ ...unboundedLp, objective: { sense: 'min', coefficients: [['x', 1], ['y', 1]] } });
    expect(checkUnboundedRay(min, [1, 1], TOL).valid).toBe(false); // worsens a minimisation
    const free = normalizeLinearProgram({ variables: [{ name: 'x', lower: -Infinity }], objective: { sense: 'min', coefficients: [['x', 1]] } });
    expect(checkUnboundedRay(free, [-2], TOL).valid).toBe(true);
  });
});

describe('the certificate rejects perturbed answers (property)', () => {
  it('pushing an optimal point past a finite bound fails the primal check; a point worse than the optimum fails the duality gap', async () => {
    await fc.assert(
      fc.asyncProperty(
        feasibleBoundedLp(),
        fc.nat(),
        fc.integer({ min: 1, max: 100 }),
        async ({ program, point }, pick, size) => {
          const p = normalizeLinearProgram(program);
          const raw = await highsBackend.solve(p, { tolerance: TOL });
          expect(raw.status).toBe('optimal');
          const values = raw.values as readonly number[];
          const duals = raw.duals as readonly number[];
          const optimum = checkPrimal(p, values).objective;
          const bound = dualBound(p, duals);
          const scale = Math.max(1, Math.abs(optimum));
          // The genuine optimum passes.
          expect(checkPrimal(p, values).primalResidual).toBeLessThanOrEqual(TOL);
          expect(Math.abs(optimum - bound.bound)).toBeLessThanOrEqual(TOL * scale);

          // (a) Infeasible: move a variable with a finite bound beyond it by size/100 · max(1, |bound|).
          const bounded = p.variableNames.map((_, j) => j).filter((j) => Number.isFinite(p.upper[j] as number) || Number.isFinite(p.lower[j] as number));
          if (bounded.length > 0) {
            const j = bounded[pick % bounded.length] as number;
            const up = Number.isFinite(p.upper[j] as number);
            const edge = (up ? p.upper[j] : p.lower[j]) as number;
            const moved = [...values];
            moved[j] = edge + (up ? 1 : -1) * (size / 100) * Math.max(1, Math.abs(edge));
            expect(checkPrimal(p, moved).primalResidual).toBeGreaterThan(TOL);
          }

          // (b) Suboptimal: the construction point x⁰ is feasible; if it is worse than the optimum by
          // more than the tolerance, the duality gap of x⁰ against the duals exceeds the tolerance.
          const atPoint = checkPrimal(p, point);
          expect(atPoint.primalResidual).toBe(0);
          const gap = p.sense === 'min' ? atPoint.objective - bound.bound : bound.bound - atPoint.objective;
          const worse = p.sense === 'min' ? atPoint.objective - optimum : optimum - atPoint.objective;
          expect(gap).toBeGreaterThanOrEqual(worse - TOL * scale);
          if (worse > 10 * TOL * scale) expect(gap).toBeGreaterThan(TOL * Math.max(1, Math.abs(atPoint.objective)));
        },
      ),
      { numRuns: 80 },
    );
  });
});
