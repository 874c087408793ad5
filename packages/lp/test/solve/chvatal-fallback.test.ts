/**
 * The known case the certificate check exists for: javascript-lp-solver answers Chvátal's 1983
 * cycling example (Chvátal, *Linear Programming*, 1983, ch. 3) with objective 0 instead of the
 * optimum 1. Forced to answer first, its answer must be caught by the LP-duality check, reported in
 * `attempts`, and replaced by HiGHS's certified optimum x = (1, 0, 1, 0).
 */
import { describe, expect, it } from 'vitest';
import { javascriptLpSolverBackend, normalizeLinearProgram, solve } from '../../src/index.js';
import { chvatalCycling } from '../helpers.js';

describe("Chvátal's cycling example", () => {
  it('javascript-lp-solver really returns objective 0 there (the premise of the next test)', async () => {
    const raw = await javascriptLpSolverBackend.solve(normalizeLinearProgram(chvatalCycling), { tolerance: 1e-6 });
    expect(raw.status).toBe('optimal');
    expect(raw.objective).toBe(0);
  });

  it('forced onto javascript-lp-solver first: the wrong answer is rejected, reported, and HiGHS answers', async () => {
    const s = await solve(chvatalCycling, { backend: 'javascript-lp-solver' });

    // The returned answer is correct…
    expect(s.status).toBe('optimal');
    expect(s.objective).toBeCloseTo(1, 9);
    expect(s.valuesByName).toEqual({ x1: expect.closeTo(1, 9), x2: expect.closeTo(0, 9), x3: expect.closeTo(1, 9), x4: expect.closeTo(0, 9) });
    expect(s.duals?.map((y) => Math.round(y * 1e9) / 1e9)).toEqual([0, 18, 1]);
    expect(s.certificate).toMatchObject({ checked: true, method: 'lp-duality' });
    expect(s.certificate.dualBound).toBeCloseTo(1, 9);

    // …it came from the fallback…
    expect(s.backend).toBe('highs');

    // …and the attempts report the rejected answer and why.
    expect(s.attempts).toHaveLength(2);
    const [rejected, accepted] = s.attempts;
    expect(rejected).toMatchObject({ backend: 'javascript-lp-solver', status: 'optimal', backendStatus: 'feasible=true bounded=true' });
    expect(rejected?.rejected).toBe(
      "LP-duality certificate failed with highs's duals: objective 0, dual bound 1, gap 1, dual residual 0",
    );
    expect(accepted).toMatchObject({ backend: 'highs', status: 'optimal', backendStatus: 'Optimal' });
    expect(accepted?.rejected).toBeUndefined();
  });

  it('with the default backend, HiGHS answers directly and nothing is rejected', async () => {
    const s = await solve(chvatalCycling);
    expect(s.backend).toBe('highs');
    expect(s.objective).toBeCloseTo(1, 9);
    expect(s.attempts).toHaveLength(1);
  });
});
