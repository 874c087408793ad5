import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  checkFarkas,
  checkPrimal,
  checkUnboundedRay,
  createHighsBackend,
  highsBackend,
  type LinearProgram,
  loadHighs,
  normalizeLinearProgram,
  type RawLpResult,
} from '../../src/index.js';
import {
  chvatalCycling,
  chvatalFirstExample,
  clrsKnapsack,
  coveringMin,
  equalityMin,
  feasibleBoundedLp,
  freeAndNegative,
  infeasibleLp,
  marketSplit,
  rangedProgram,
  solveWith,
  TOL,
  unboundedLp,
} from '../helpers.js';

const run = (program: LinearProgram, timeLimitSeconds?: number): Promise<RawLpResult> => solveWith(highsBackend, program, timeLimitSeconds);

function expectClose(actual: readonly number[] | undefined, expected: readonly number[], digits = 7): void {
  expect(actual).toBeDefined();
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, k) => expect(actual?.[k]).toBeCloseTo(e, digits));
}

describe('highs backend', () => {
  it.each([
    ['Chvátal first example (max)', chvatalFirstExample, [2, 0, 1], 13, [1, 0, 1], [0, -3, 0]],
    ['Chvátal cycling example (max)', chvatalCycling, [1, 0, 1, 0], 1, [0, 18, 1], [0, -30, 0, -42]],
    ['covering (min)', coveringMin, [3, 1], 9, [1.5, 0.5], [0, 0]],
    ['equality with caps (min)', equalityMin, [4, 5, 1], 17, [3, -2, -1], [0, 0, 0]],
    ['ranged rows, upper sides (max)', rangedProgram('max'), [3, 1], 11, [2.5, 0.5], [0, 0]],
    ['ranged rows, lower sides (min)', rangedProgram('min'), [0.5, 0.5], 2.5, [2.5, 0.5], [0, 0]],
    ['free variable, negative lower bound (min)', freeAndNegative, [2, -3], -7, [0, 1], [0, 1]],
  ] as const)('%s: hand-checked values, objective, duals and reduced costs', async (_name, program, x, objective, duals, reduced) => {
    const raw = await run(program);
    expect(raw.status).toBe('optimal');
    expect(raw.backendStatus).toBe('Optimal');
    expectClose(raw.values, x);
    expect(raw.objective).toBeCloseTo(objective, 7);
    expectClose(raw.duals, duals);
    expectClose(raw.reducedCosts, reduced);
  });

  it('adds the objective constant and returns values for variables used nowhere', async () => {
    const raw = await run({
      variables: [{ name: 'a', upper: 3 }, { name: 'unused', lower: -2, upper: 5 }, { name: 'fixed', lower: 4, upper: 4 }],
      objective: { sense: 'max', coefficients: [['a', 2]], constant: -1.5 },
    });
    expect(raw.status).toBe('optimal');
    expect(raw.objective).toBeCloseTo(4.5, 9);
    expect(raw.values?.[0]).toBeCloseTo(3, 9);
    expect(raw.values?.[1]).toBeGreaterThanOrEqual(-2);
    expect(raw.values?.[1]).toBeLessThanOrEqual(5);
    expect(raw.values?.[2]).toBe(4);
    expect(raw.duals).toEqual([]);
  });

  it('infeasible LP: the Farkas multipliers it returns pass checkFarkas', async () => {
    const raw = await run(infeasibleLp);
    expect(raw.status).toBe('infeasible');
    expect(raw.farkasMultipliers).toHaveLength(2);
    expect(checkFarkas(normalizeLinearProgram(infeasibleLp), raw.farkasMultipliers ?? [], TOL).valid).toBe(true);
  });

  it('infeasible ranged row (2 ≤ x + y ≤ 3 with x, y ≤ 0.5): rows of a range fold into one multiplier', async () => {
    const program: LinearProgram = {
      variables: [{ name: 'x', upper: 0.5 }, { name: 'y', upper: 0.5 }],
      constraints: [{ coefficients: [['x', 1], ['y', 1]], lower: 2, upper: 3 }],
      objective: { sense: 'min', coefficients: [['x', 1]] },
    };
    const raw = await run(program);
    expect(raw.status).toBe('infeasible');
    expect(raw.farkasMultipliers).toHaveLength(1);
    expect(checkFarkas(normalizeLinearProgram(program), raw.farkasMultipliers ?? [], TOL).valid).toBe(true);
  });

  it('a program that is infeasible with an unbounded objective direction is reported infeasible', async () => {
    // max x1 + x2 s.t. x1 − x2 ≥ 1, −x1 + x2 ≥ 1: primal and dual both infeasible.
    const raw = await run({
      variables: [{ name: 'x1' }, { name: 'x2' }],
      constraints: [
        { coefficients: [['x1', 1], ['x2', -1]], lower: 1 },
        { coefficients: [['x1', -1], ['x2', 1]], lower: 1 },
      ],
      objective: { sense: 'max', coefficients: [['x1', 1], ['x2', 1]] },
    });
    expect(raw.status).toBe('infeasible');
  });

  it('unbounded LP: a feasible point and an improving ray that pass the checks', async () => {
    const p = normalizeLinearProgram(unboundedLp);
    const raw = await highsBackend.solve(p, { tolerance: TOL });
    expect(raw.status).toBe('unbounded');
    expect(checkPrimal(p, raw.values ?? []).primalResidual).toBeLessThanOrEqual(TOL);
    expect(checkUnboundedRay(p, raw.primalRay ?? [], TOL).valid).toBe(true);
  });

  it('MIP: the CLRS knapsack optimum 220, not the LP relaxation 240, and no duals', async () => {
    const raw = await run(clrsKnapsack);
    expect(raw.status).toBe('optimal');
    expectClose(raw.values, [0, 1, 1], 9);
    expect(raw.objective).toBeCloseTo(220, 9);
    expect(raw.duals).toBeUndefined();
  });

  it('MIP: general integers with fractional bounds (max x, 0.5 ≤ x ≤ 2.5 integer → 2)', async () => {
    const raw = await run({
      variables: [{ name: 'x', lower: 0.5, upper: 2.5, integer: true }],
      objective: { sense: 'max', coefficients: [['x', 1]] },
    });
    expect(raw.status).toBe('optimal');
    expect(raw.values?.[0]).toBeCloseTo(2, 9);
  });

  it('MIP: integer infeasibility (2x = 3) is infeasible', async () => {
    const raw = await run({
      variables: [{ name: 'x', integer: true, upper: 10 }],
      constraints: [{ coefficients: [['x', 2]], lower: 3, upper: 3 }],
      objective: { sense: 'max', coefficients: [['x', 1]] },
    });
    expect(raw.status).toBe('infeasible');
  });

  it('time limit: a hard market-split MIP with 0.05 s stops with status time-limit', async () => {
    const raw = await run(marketSplit(4, 40, 7), 0.05);
    expect(raw.status).toBe('time-limit');
    expect(raw.backendStatus).toBe('Time limit reached');
  });

  it('agrees with its own duals on random feasible bounded LPs (property: zero duality gap)', async () => {
    await fc.assert(
      fc.asyncProperty(feasibleBoundedLp(), async ({ program }) => {
        const p = normalizeLinearProgram(program);
        const raw = await highsBackend.solve(p, { tolerance: TOL });
        expect(raw.status).toBe('optimal');
        expect(checkPrimal(p, raw.values ?? []).primalResidual).toBeLessThanOrEqual(TOL);
        expect(raw.duals).toHaveLength(p.constraints.length);
        expect(raw.reducedCosts).toHaveLength(p.variableNames.length);
      }),
      { numRuns: 40 },
    );
  });
});

describe('loading HiGHS', () => {
  it('loads once and caches the runtime', async () => {
    const a = loadHighs();
    const b = loadHighs();
    expect(a).toBe(b);
    const highs = await a;
    expect(typeof highs.solve).toBe('function');
  });

  it('a custom highsLoader is called once per function and used by createHighsBackend', async () => {
    const loader = vi.fn(() => loadHighs());
    const backend = createHighsBackend({ highsLoader: loader });
    const p = normalizeLinearProgram(coveringMin);
    expect((await backend.solve(p, { tolerance: TOL })).objective).toBeCloseTo(9, 9);
    expect((await backend.solve(p, { tolerance: TOL })).objective).toBeCloseTo(9, 9);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(backend).toMatchObject({ id: 'highs', supportsIntegers: true, providesDuals: true });
  });

  it('a failing loader gives status error (not an exception) and is retried on the next call', async () => {
    const loader = vi.fn(() => Promise.reject(new Error('no wasm here')));
    const backend = createHighsBackend({ highsLoader: loader });
    const p = normalizeLinearProgram(coveringMin);
    const first = await backend.solve(p, { tolerance: TOL });
    expect(first.status).toBe('error');
    expect(first.backendStatus).toBe('load error');
    expect(first.message).toMatch(/no wasm here/);
    expect(first.message).toMatch(/locateFile or highsLoader/);
    await backend.solve(p, { tolerance: TOL });
    expect(loader).toHaveBeenCalledTimes(2);
  });
});
