import { describe, expect, it } from 'vitest';
import { checkPrimal, dualBound, type LinearProgram, normalizeLinearProgram, solve } from '../../src/index.js';
import { seededRandom } from '../helpers.js';

describe('a dense LP', () => {
  it('200 constraints × 150 variables, fully dense: HiGHS answers with a valid certificate, checked again here', async () => {
    const random = seededRandom(7);
    const m = 200;
    const n = 150;
    // max cᵀx s.t. Ax ≤ b, x ≥ 0 with A > 0: feasible (x = 0) and bounded.
    const program: LinearProgram = {
      variables: Array.from({ length: n }, (_, j) => ({ name: `x${j}` })),
      constraints: Array.from({ length: m }, (_, i) => ({
        name: `r${i}`,
        coefficients: Array.from({ length: n }, (_, j) => [j, 0.1 + random()] as const),
        upper: 50 + 100 * random(),
      })),
      objective: { sense: 'max', coefficients: Array.from({ length: n }, (_, j) => [j, 1 + random()] as const) },
    };
    const p = normalizeLinearProgram(program);
    expect(p.nonzeros).toBe(m * n);

    const s = await solve(program);
    expect(s.status).toBe('optimal');
    expect(s.backend).toBe('highs');
    expect(s.attempts).toHaveLength(1);
    expect(s.certificate).toMatchObject({ checked: true, method: 'lp-duality' });
    expect(s.objective).toBeGreaterThan(0);

    // Independent re-check of the certificate: primal feasibility, dual feasibility, zero gap.
    const primal = checkPrimal(p, s.values);
    expect(primal.primalResidual).toBeLessThanOrEqual(1e-6);
    expect(primal.objective).toBeCloseTo(s.objective, 9);
    const bound = dualBound(p, s.duals ?? []);
    expect(bound.dualResidual).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(bound.bound - s.objective)).toBeLessThanOrEqual(1e-6 * Math.max(1, s.objective));
    for (const y of s.duals ?? []) expect(y).toBeGreaterThanOrEqual(-1e-9); // ≤ rows of a max: y ≥ 0
  });
});
