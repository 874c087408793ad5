import { createRequire } from 'node:module';
import { AbortedError, SolverError, ValidationError } from '@plural/core';
import { describe, expect, it, vi } from 'vitest';
import {
  checkPrimal,
  createLpBackendRegistry,
  highsBackend,
  javascriptLpSolverBackend,
  type LinearProgram,
  loadHighs,
  normalizeLinearProgram,
  type RawLpResult,
  solve,
} from '../../src/index.js';
import {
  chvatalCycling,
  chvatalFirstExample,
  clrsKnapsack,
  coveringMin,
  deepFreeze,
  equalityMin,
  fakeBackend,
  freeAndNegative,
  infeasibleLp,
  marketSplit,
  oddParity,
  rangedProgram,
  unboundedLp,
} from '../helpers.js';

const TOL = 1e-6;
const BACKENDS = ['highs', 'javascript-lp-solver'] as const;

/** Runs `f`, expecting a rejection; returns the error. */
async function rejection(f: () => Promise<unknown>): Promise<Error> {
  try {
    await f();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('solve: textbook LPs on both backends', () => {
  const cases = [
    ['Chvátal first example (max)', chvatalFirstExample, [2, 0, 1], 13, [1, 0, 1]],
    ['covering (min)', coveringMin, [3, 1], 9, [1.5, 0.5]],
    ['equality with caps (min)', equalityMin, [4, 5, 1], 17, [3, -2, -1]],
    ['ranged rows (max)', rangedProgram('max'), [3, 1], 11, [2.5, 0.5]],
    ['ranged rows (min)', rangedProgram('min'), [0.5, 0.5], 2.5, [2.5, 0.5]],
    ['free variable, negative lower bound', freeAndNegative, [2, -3], -7, [0, 1]],
  ] as const;
  for (const backend of BACKENDS) {
    it.each(cases)(`${backend}: %s — values, objective, duals, certificate`, async (_name, program, x, objective, duals) => {
      const s = await solve(program, { backend });
      expect(s.status).toBe('optimal');
      expect(s.objective).toBeCloseTo(objective, 7);
      x.forEach((v, j) => expect(s.values[j]).toBeCloseTo(v, 7));
      duals.forEach((y, i) => expect(s.duals?.[i]).toBeCloseTo(y, 7));
      expect(s.certificate.checked).toBe(true);
      expect(s.certificate.method).toBe(backend === 'highs' ? 'lp-duality' : 'lp-duality-cross');
      expect(Math.abs(s.certificate.dualityGap ?? NaN)).toBeLessThanOrEqual(TOL * Math.max(1, Math.abs(objective)));
      expect(s.certificate.dualBound).toBeCloseTo(objective, 7);
      expect(s.certificate.primalResidual).toBeLessThanOrEqual(TOL);
      if (backend === 'javascript-lp-solver') expect(s.certificate.certifiedBy).toBe('highs');
      expect(s.backend).toBe(backend);
      expect(s.attempts).toHaveLength(1);
      expect(s.attempts[0]).toMatchObject({ backend, status: 'optimal' });
      expect(s.attempts[0]?.rejected).toBeUndefined();
    });
  }

  it('duals are shadow prices: the optimum moves by yᵢ per unit of the active bound (both senses)', async () => {
    const h = 1e-3;
    for (const [program, i, side] of [
      [chvatalFirstExample, 0, 'upper'],
      [chvatalFirstExample, 2, 'upper'],
      [coveringMin, 0, 'lower'],
      [equalityMin, 0, 'upper'],
    ] as const) {
      const base = await solve(program);
      const constraints = (program.constraints ?? []).map((c, k) =>
        k !== i ? c : { ...c, [side]: (c[side] as number) + h, ...(c.lower === c.upper ? { lower: (c.lower as number) + h } : {}) },
      );
      const moved = await solve({ ...program, constraints });
      expect((moved.objective - base.objective) / h).toBeCloseTo(base.duals?.[i] as number, 6);
    }
  });

  it('returns values by name, includes the objective constant, and freezes the answer', async () => {
    const s = await solve({ ...coveringMin, objective: { ...coveringMin.objective, constant: 100 } });
    expect(s.objective).toBeCloseTo(109, 9);
    expect(s.valuesByName).toEqual({ x: s.values[0], y: s.values[1] });
    expect(s.reducedCosts).toHaveLength(2);
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.values)).toBe(true);
    expect(Object.isFrozen(s.attempts)).toBe(true);
    expect(Object.isFrozen(s.certificate)).toBe(true);
  });

  it("solve's documented example: 2.8 at (1.6, 1.2) with duals (0.4, 0.2)", async () => {
    const solution = await solve({
      variables: [{ name: 'x' }, { name: 'y' }],
      constraints: [{ coefficients: [['x', 1], ['y', 2]], upper: 4 }, { coefficients: [['x', 3], ['y', 1]], upper: 6 }],
      objective: { sense: 'max', coefficients: [['x', 1], ['y', 1]] },
    });
    expect(solution.objective).toBeCloseTo(2.8, 9);
    expect(solution.values[0]).toBeCloseTo(1.6, 9);
    expect(solution.values[1]).toBeCloseTo(1.2, 9);
    expect(solution.duals?.[0]).toBeCloseTo(0.4, 9);
    expect(solution.duals?.[1]).toBeCloseTo(0.2, 9);
  });

  it('default backend is HiGHS', async () => {
    expect((await solve(coveringMin)).backend).toBe('highs');
    expect((await solve(coveringMin, { backend: 'auto' })).backend).toBe('highs');
  });
});

describe('solve: statuses', () => {
  for (const backend of BACKENDS) {
    it(`${backend}: infeasible, certified by a checked Farkas certificate`, async () => {
      const s = await solve(infeasibleLp, { backend });
      expect(s.status).toBe('infeasible');
      expect(s.objective).toBe(-Infinity); // maximising
      expect(s.values).toEqual([]);
      expect(s.certificate).toMatchObject({ checked: true, method: 'farkas' });
      expect(s.certificate.farkasSeparation).toBeGreaterThan(TOL);
      expect(s.duals).toBeUndefined();
    });

    it(`${backend}: unbounded, certified by a feasible point and a checked ray`, async () => {
      const s = await solve(unboundedLp, { backend });
      expect(s.status).toBe('unbounded');
      expect(s.objective).toBe(Infinity); // maximising
      expect(s.certificate).toMatchObject({ checked: true, method: 'unbounded-ray' });
      expect(s.certificate.rayImprovement).toBeGreaterThan(TOL);
    });

    it(`${backend}: MIP — the CLRS knapsack optimum 220 (items 2 and 3)`, async () => {
      const s = await solve(clrsKnapsack, { backend });
      expect(s.status).toBe('optimal');
      expect(s.objective).toBeCloseTo(220, 9);
      expect(s.values.map(Math.round)).toEqual([0, 1, 1]);
      expect(s.certificate).toMatchObject({ checked: true, method: 'primal', integralityResidual: 0 });
      expect(s.duals).toBeUndefined();
      expect(s.backend).toBe(backend);
    });
  }

  it('infeasible minimisation has objective +Infinity, unbounded minimisation −Infinity', async () => {
    const inf = await solve({ ...infeasibleLp, objective: { sense: 'min', coefficients: [['x', 1]] } });
    expect(inf.objective).toBe(Infinity);
    const unb = await solve({ variables: [{ name: 'x', lower: -Infinity }], objective: { sense: 'min', coefficients: [['x', 1]] } });
    expect(unb.status).toBe('unbounded');
    expect(unb.objective).toBe(-Infinity);
    expect(unb.certificate.checked).toBe(true); // no ray from HiGHS here: the other backend re-solved
  });

  it('MIP infeasibility (2x = 3, x integer) is confirmed by the other backend', async () => {
    const s = await solve({
      variables: [{ name: 'x', integer: true, upper: 10 }],
      constraints: [{ coefficients: [['x', 2]], lower: 3, upper: 3 }],
      objective: { sense: 'max', coefficients: [['x', 1]] },
    });
    expect(s.status).toBe('infeasible');
    expect(s.certificate).toMatchObject({ checked: true, method: 'cross-check', certifiedBy: 'javascript-lp-solver' });
  });

  it('time limit: a hard market-split MIP with 0.05 s returns time-limit, with a checked incumbent if any', async () => {
    const program = marketSplit(4, 40, 7);
    const s = await solve(program, { timeLimitSeconds: 0.05 });
    expect(s.status).toBe('time-limit');
    expect(s.backend).toBe('highs');
    if (s.values.length > 0) {
      expect(s.certificate).toMatchObject({ checked: true, method: 'primal' });
      const check = checkPrimal(normalizeLinearProgram(program), s.values);
      expect(check.primalResidual).toBeLessThanOrEqual(TOL);
      expect(check.integralityResidual).toBeLessThanOrEqual(TOL);
      expect(s.objective).toBeCloseTo(check.objective, 6);
    } else {
      expect(s.objective).toBeNaN();
      expect(s.certificate.checked).toBe(false);
    }
  });
});

describe('solve: options', () => {
  it.each([
    [{ tolerance: 0 }, 'options.tolerance'],
    [{ tolerance: 1 }, 'options.tolerance'],
    [{ tolerance: NaN }, 'options.tolerance'],
    [{ timeLimitSeconds: 0 }, 'options.timeLimitSeconds'],
    [{ timeLimitSeconds: -1 }, 'options.timeLimitSeconds'],
    [{ timeLimitSeconds: NaN }, 'options.timeLimitSeconds'],
    [{ backend: 'glpk' }, 'options.backend'],
  ])('rejects %o with a ValidationError at %s', async (options, where) => {
    const error = await rejection(() => solve(coveringMin, options));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).where).toBe(where);
    expect((error as ValidationError).fix).toMatch(/\S/);
  });

  it('names the registered backends when the backend is unknown', async () => {
    const error = await rejection(() => solve(coveringMin, { backend: 'glpk' }));
    expect(error.message).toMatch(/unknown backend "glpk".*'auto' or one of: 'highs', 'javascript-lp-solver'/);
  });

  it('rejects options that are not an object, and an invalid program before any backend runs', async () => {
    expect(await rejection(() => solve(coveringMin, null as never))).toBeInstanceOf(ValidationError);
    const spy = fakeBackend('spy', () => ({ status: 'error', backendStatus: 'x' }));
    const error = await rejection(() =>
      solve({ ...coveringMin, variables: [{ name: 'x' }, { name: 'x' }] }, { registry: createLpBackendRegistry([spy]) }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(spy.calls).toHaveLength(0);
  });

  it('refuses integer programs on backends without integer support', async () => {
    const lpOnly = fakeBackend('lp-only', () => ({ status: 'error', backendStatus: 'x' }), { supportsIntegers: false });
    const registry = createLpBackendRegistry([lpOnly]);
    expect((await rejection(() => solve(clrsKnapsack, { registry }))).message).toMatch(/no registered backend supports integer/);
    expect((await rejection(() => solve(clrsKnapsack, { registry, backend: 'lp-only' }))).message).toMatch(
      /backend 'lp-only' does not support integer variables/,
    );
  });

  it('passes the remaining time limit and the tolerance to the backend', async () => {
    const spy = fakeBackend('spy', async (p, o) => highsBackend.solve(p, o), { providesDuals: true });
    await solve(coveringMin, { registry: createLpBackendRegistry([spy]), timeLimitSeconds: 30, tolerance: 1e-5 });
    const options = spy.calls[0]?.options;
    expect(options?.tolerance).toBe(1e-5);
    expect(options?.timeLimitSeconds).toBeGreaterThan(0);
    expect(options?.timeLimitSeconds).toBeLessThanOrEqual(30);
    await solve(coveringMin, { registry: createLpBackendRegistry([spy]), timeLimitSeconds: Infinity });
    expect(spy.calls[1]?.options.timeLimitSeconds).toBeUndefined();
  });

  it('an aborted signal stops the solve with AbortedError, before or right after a backend call', async () => {
    const controller = new AbortController();
    controller.abort('stop');
    expect(await rejection(() => solve(coveringMin, { signal: controller.signal }))).toBeInstanceOf(AbortedError);

    const during = new AbortController();
    const aborting = fakeBackend(
      'aborting',
      (p, o) => {
        during.abort('stop');
        return highsBackend.solve(p, o);
      },
      { providesDuals: true },
    );
    const error = await rejection(() => solve(coveringMin, { registry: createLpBackendRegistry([aborting]), signal: during.signal }));
    expect(error).toBeInstanceOf(AbortedError);
    expect(aborting.calls).toHaveLength(1);
  });

  it('locateFile is used to find highs.wasm (the browser hook)', async () => {
    const wasm = createRequire(import.meta.url).resolve('highs/runtime');
    const locateFile = vi.fn((file: string) => (file.endsWith('.wasm') ? wasm : file));
    const s = await solve(coveringMin, { locateFile });
    expect(s.backend).toBe('highs');
    expect(s.objective).toBeCloseTo(9, 9);
    expect(locateFile).toHaveBeenCalledWith('highs.wasm', expect.anything());
  });

  it('highsLoader replaces the way HiGHS is loaded', async () => {
    const highsLoader = vi.fn(() => loadHighs());
    const s = await solve(coveringMin, { highsLoader });
    expect(s.objective).toBeCloseTo(9, 9);
    expect(highsLoader).toHaveBeenCalledTimes(1);
  });
});

describe('solve: checking backend answers (fake backends)', () => {
  it('an answer that fails the primal check is rejected, reported, and the next backend answers', async () => {
    const liar = fakeBackend('liar', () => ({ status: 'optimal', backendStatus: 'ok', values: [10, 10], objective: 50 }));
    const s = await solve(coveringMin, { registry: createLpBackendRegistry([liar, highsBackend]) });
    expect(s.backend).toBe('highs');
    expect(s.objective).toBeCloseTo(9, 9);
    expect(s.attempts.map((a) => a.backend)).toEqual(['liar', 'highs']);
    expect(s.attempts[0]?.rejected).toMatch(/LP-duality certificate failed with highs's duals: objective 50, dual bound 9/);
  });

  it('rejects infeasible points, wrong objectives, missing values and non-integral MIP answers', async () => {
    const cases: [LinearProgram, RawLpResult, RegExp][] = [
      [coveringMin, { status: 'optimal', backendStatus: 'ok', values: [1, 1], objective: 5 }, /primal infeasible: residual .* at constraints\[0\]/],
      [coveringMin, { status: 'optimal', backendStatus: 'ok', values: [3, 1], objective: 8 }, /reported objective 8 differs from the recomputed 9/],
      [coveringMin, { status: 'optimal', backendStatus: 'ok', values: [3], objective: 9 }, /without a value for every variable/],
      [clrsKnapsack, { status: 'optimal', backendStatus: 'ok', values: [1, 1, 2 / 3], objective: 240 }, /not integral/],
      [clrsKnapsack, { status: 'optimal', backendStatus: 'ok', values: [1, 1, 0], objective: 160 }, /not optimal: highs found a feasible point with objective 220/],
    ];
    for (const [program, answer, reason] of cases) {
      const liar = fakeBackend('liar', () => answer);
      const s = await solve(program, { registry: createLpBackendRegistry([liar, highsBackend]) });
      expect(s.backend).toBe('highs');
      expect(s.attempts[0]?.rejected).toMatch(reason);
    }
  });

  it('a refuted infeasible claim (the other backend finds a feasible point) falls through to a checked optimum', async () => {
    const liar = fakeBackend('liar', () => ({ status: 'infeasible', backendStatus: 'says infeasible' }));
    const s = await solve(coveringMin, { registry: createLpBackendRegistry([liar, highsBackend]) });
    expect(s.status).toBe('optimal');
    expect(s.attempts[0]?.rejected).toMatch(/claim refuted: highs found a feasible point/);
  });

  it("a refuted unbounded claim (the other backend's duals bound the objective) falls through", async () => {
    const liar = fakeBackend('liar', () => ({ status: 'unbounded', backendStatus: 'says unbounded' }));
    const s = await solve(coveringMin, { registry: createLpBackendRegistry([liar, highsBackend]) });
    expect(s.status).toBe('optimal');
    expect(s.attempts[0]?.rejected).toMatch(/claim refuted: highs's duals bound the objective by 9/);
  });

  it('a valid Farkas certificate is accepted without asking another backend; an invalid one is not', async () => {
    const other = fakeBackend('other', () => ({ status: 'infeasible', backendStatus: 'x' }));
    const good = fakeBackend('good', () => ({ status: 'infeasible', backendStatus: 'x', farkasMultipliers: [-1, 1] }));
    const s = await solve(infeasibleLp, { registry: createLpBackendRegistry([good, other]) });
    expect(s.certificate).toMatchObject({ checked: true, method: 'farkas' });
    expect(other.calls).toHaveLength(0);
    const bad = fakeBackend('bad', () => ({ status: 'infeasible', backendStatus: 'x', farkasMultipliers: [1, 1] }));
    const t = await solve(infeasibleLp, { registry: createLpBackendRegistry([bad, other]) });
    expect(t.certificate).toMatchObject({ checked: true, method: 'cross-check', certifiedBy: 'other' });
    expect(other.calls).toHaveLength(1);
  });

  it('a claim nobody can check is returned, flagged checked: false with the reason', async () => {
    const alone = fakeBackend('alone', () => ({ status: 'infeasible', backendStatus: 'x' }));
    const s = await solve(infeasibleLp, { registry: createLpBackendRegistry([alone]) });
    expect(s.status).toBe('infeasible');
    expect(s.certificate).toMatchObject({ checked: false, method: 'none', note: 'no certificate and no other backend to re-solve' });
  });

  it('time-limit answers: a feasible incumbent is checked and returned; an infeasible one is dropped', async () => {
    const point = fakeBackend('tl', () => ({ status: 'time-limit', backendStatus: 'tl', values: [4, 1], objective: 11 }));
    const s = await solve(coveringMin, { registry: createLpBackendRegistry([point]) });
    expect(s.status).toBe('time-limit');
    expect(s.values).toEqual([4, 1]);
    expect(s.objective).toBe(11);
    expect(s.certificate).toMatchObject({ checked: true, method: 'primal', primalResidual: 0 });
    const bad = fakeBackend('tl', () => ({ status: 'time-limit', backendStatus: 'tl', values: [0, 0] }));
    const t = await solve(coveringMin, { registry: createLpBackendRegistry([bad]) });
    expect(t.status).toBe('time-limit');
    expect(t.values).toEqual([]);
    expect(t.objective).toBeNaN();
    expect(t.certificate.checked).toBe(false);
  });

  it('a backend that throws is an error attempt, not a crash', async () => {
    const thrower = fakeBackend('thrower', () => {
      throw new Error('boom');
    });
    const s = await solve(coveringMin, { registry: createLpBackendRegistry([thrower, highsBackend]) });
    expect(s.backend).toBe('highs');
    expect(s.attempts[0]).toMatchObject({ backend: 'thrower', status: 'error', backendStatus: 'exception', rejected: 'boom' });
  });

  it('SolverError solver-failed when no backend answers, listing every attempt', async () => {
    const a = fakeBackend('a', () => ({ status: 'error', backendStatus: 'broken', message: 'a is broken' }));
    const b = fakeBackend('b', () => ({ status: 'error', backendStatus: 'broken' }));
    const error = await rejection(() => solve(coveringMin, { registry: createLpBackendRegistry([a, b]) }));
    expect(error).toBeInstanceOf(SolverError);
    expect((error as SolverError).code).toBe('solver-failed');
    expect(error.message).toMatch(/a: error — a is broken; b: error — backend error \(broken\)/);
    expect((error.cause as { attempts: unknown[] }).attempts).toHaveLength(2);
  });

  it('SolverError certificate-failed when answers exist but none passes (never a silent wrong answer)', async () => {
    // A HiGHS stand-in whose duals are right but whose point is wrong, behind javascript-lp-solver
    // on Chvátal's cycling example (where javascript-lp-solver stalls at 0): neither answer passes.
    const brokenHighs = fakeBackend(
      'broken-highs',
      async (p, o) => ({ ...(await highsBackend.solve(p, o)), values: [0, 0, 0, 0], objective: 0 }),
      { providesDuals: true },
    );
    const error = await rejection(() =>
      solve(chvatalCycling, { registry: createLpBackendRegistry([javascriptLpSolverBackend, brokenHighs]) }),
    );
    expect(error).toBeInstanceOf(SolverError);
    expect((error as SolverError).code).toBe('certificate-failed');
    const attempts = (error.cause as { attempts: { backend: string; rejected?: string }[] }).attempts;
    expect(attempts.map((a) => a.backend)).toEqual(['javascript-lp-solver', 'broken-highs']);
    expect(attempts[0]?.rejected).toMatch(/LP-duality certificate failed with broken-highs's duals: objective 0, dual bound 1/);
    expect(attempts[1]?.rejected).toMatch(/LP-duality certificate failed: objective 0, dual bound 1/);
  });

  it('without any backend that provides duals, an LP optimum cannot be certified and is not returned', async () => {
    const registry = createLpBackendRegistry([javascriptLpSolverBackend]);
    const error = await rejection(() => solve(coveringMin, { registry }));
    expect(error).toBeInstanceOf(SolverError);
    expect(error.message).toMatch(/no dual certificate: no registered backend provides duals/);
    // A MILP needs no duals: its answer is checked for feasibility and integrality.
    expect((await solve(clrsKnapsack, { registry })).objective).toBeCloseTo(220, 9);
  });

  it('when HiGHS cannot load, the error says so (and how to fix it) instead of blaming the numbers', async () => {
    const error = await rejection(() => solve(coveringMin, { highsLoader: () => Promise.reject(new Error('no wasm here')) }));
    expect(error).toBeInstanceOf(SolverError);
    expect(error.message).toMatch(/could not load the HiGHS WebAssembly runtime \(no wasm here\)/);
    expect((error as SolverError).fix).toMatch(/^Make highs work first \(in a browser pass locateFile or highsLoader/);
  });

  it('re-solves that cross-check a MILP claim get a time budget (an LP claim does not), and an inconclusive one leaves the claim unchecked', async () => {
    const claimant = fakeBackend('claimant', () => ({ status: 'infeasible', backendStatus: 'x' }));
    const checker = fakeBackend('checker', () => ({ status: 'time-limit', backendStatus: 'budget used up' }));
    const registry = createLpBackendRegistry([claimant, checker]);
    const mip = await solve(oddParity(30), { registry });
    expect(mip.status).toBe('infeasible');
    expect(mip.certificate.checked).toBe(false);
    expect(mip.certificate.note).toMatch(/re-solve by checker inconclusive \(time-limit; cross-check budget \d+(\.\d+)? s\)/);
    const budget = checker.calls[0]?.options.timeLimitSeconds as number;
    expect(budget).toBeGreaterThanOrEqual(1); // max(1 s, 10 × the claim's time)
    expect(budget).toBeLessThan(5);
    const lpClaim = await solve(infeasibleLp, { registry });
    expect(checker.calls[1]?.options.timeLimitSeconds).toBeUndefined();
    expect(lpClaim.certificate.note).toBe('re-solve by checker inconclusive (time-limit)');
  });

  it('a budget-cut cross-check answer is not reused as the full answer of that backend; a complete one is', async () => {
    // The checker, cut short by the budget, still found a feasible point: that refutes the
    // "infeasible" claim. When the checker's own turn comes it must run again, without the budget.
    const claimant = fakeBackend('claimant', () => ({ status: 'infeasible', backendStatus: 'x' }));
    const checker = fakeBackend('checker', async (p, o) =>
      o.timeLimitSeconds === undefined
        ? highsBackend.solve(p, o)
        : { status: 'time-limit', backendStatus: 'cut short', values: [1, 1, 0], objective: 160 },
    );
    const s = await solve(clrsKnapsack, { registry: createLpBackendRegistry([claimant, checker]) });
    expect(s.status).toBe('optimal');
    expect(s.objective).toBeCloseTo(220, 9);
    expect(s.backend).toBe('checker');
    expect(s.attempts[0]?.rejected).toMatch(/claim refuted: checker found a feasible point \(status time-limit\)/);
    expect(checker.calls.map((c) => c.options.timeLimitSeconds === undefined)).toEqual([false, true]);

    // A budgeted answer that was not cut short is reused.
    const complete = fakeBackend('complete', (p, o) => highsBackend.solve(p, o));
    const t = await solve(clrsKnapsack, { registry: createLpBackendRegistry([claimant, complete]) });
    expect(t.backend).toBe('complete');
    expect(complete.calls).toHaveLength(1);
  });
});

describe('solve: inputs are never mutated', () => {
  it('deep-frozen programs and options solve fine and stay equal to a structuredClone', async () => {
    for (const program of [chvatalFirstExample, infeasibleLp, unboundedLp, clrsKnapsack, freeAndNegative, rangedProgram('min')]) {
      const before = structuredClone(program);
      const frozen = deepFreeze(structuredClone(program));
      for (const backend of BACKENDS) {
        const options = deepFreeze({ backend, tolerance: 1e-7 });
        await solve(frozen, options);
        await solve(program, { backend });
        expect(options).toEqual({ backend, tolerance: 1e-7 });
      }
      expect(program).toEqual(before);
    }
  });
});
