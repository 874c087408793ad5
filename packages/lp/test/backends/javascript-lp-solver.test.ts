import { describe, expect, it } from 'vitest';
import {
  javascriptLpSolverBackend,
  type LinearProgram,
  normalizeLinearProgram,
  type RawLpResult,
  toJavascriptLpSolverModel,
} from '../../src/index.js';
import {
  chvatalCycling,
  chvatalFirstExample,
  clrsKnapsack,
  coveringMin,
  equalityMin,
  freeAndNegative,
  infeasibleLp,
  oddParity,
  rangedProgram,
  solveWith,
  unboundedLp,
} from '../helpers.js';

const run = (program: LinearProgram, timeLimitSeconds?: number): Promise<RawLpResult> => solveWith(javascriptLpSolverBackend, program, timeLimitSeconds);

describe('toJavascriptLpSolverModel', () => {
  const mixed: LinearProgram = {
    variables: [
      { name: 'a' },
      { name: 'b', lower: -2, upper: 3, integer: true },
      { name: 'c', lower: -Infinity },
      { name: 'd', lower: 1, upper: 1 },
      { name: 'e', lower: 0.5 },
      { name: 'f', lower: -Infinity, upper: 4 },
    ],
    constraints: [
      { coefficients: [['a', 1], ['b', -1]], lower: 1, upper: 4 },
      { coefficients: [['c', 2]], lower: 3, upper: 3 },
      { coefficients: [['a', 5]] },
      { coefficients: [['e', 1], ['f', 1]], upper: 9 },
    ],
    objective: { sense: 'min', coefficients: [['a', 1], ['c', -2], ['f', 3]], constant: 7 },
  };

  it('shifts finite lower bounds, mirrors upper-only variables, splits free ones, and never uses `unrestricted`', () => {
    const model = toJavascriptLpSolverModel(normalizeLinearProgram(mixed), 0.0101);
    expect(model).toEqual({
      optimize: 'objective',
      opType: 'min',
      constraints: {
        b1: { max: 5 }, // b = −2 + x1, x1 ≤ 5
        b3: { equal: 0 }, // d = 1 + x3, fixed
        r0: { min: -1, max: 2 }, // a − b ∈ [1, 4] shifted by −(−1)(−2) = −2
        r1: { equal: 3 }, // 2c = 2x2 − 2n2
        r3: { max: 4.5 }, // e + f = (0.5 + x4) + (4 − x5) ≤ 9
      },
      variables: {
        x0: { objective: 1, r0: 1 },
        x1: { b1: 1, r0: -1 },
        x2: { objective: -2, r1: 2 },
        n2: { objective: 2, r1: -2 },
        x3: { b3: 1 },
        x4: { r3: 1 },
        x5: { objective: -3, r3: -1 },
      },
      ints: { x1: 1 },
      timeout: 11, // milliseconds, rounded up
    });
    expect(model).not.toHaveProperty('unrestricted');
  });

  it('the documented example', () => {
    expect(
      toJavascriptLpSolverModel(
        normalizeLinearProgram({
          variables: [{ name: 'y', lower: -3, upper: 2 }],
          constraints: [{ coefficients: [['y', 2]], lower: -4 }],
          objective: { sense: 'min', coefficients: [['y', 1]] },
        }),
      ),
    ).toEqual({
      optimize: 'objective',
      opType: 'min',
      constraints: { b0: { max: 5 }, r0: { min: 2 } },
      variables: { x0: { objective: 1, b0: 1, r0: 2 } },
      ints: {},
    });
  });

  it('shifts integer variables by whole numbers only (⌈l⌉, ⌊u⌋)', () => {
    const model = toJavascriptLpSolverModel(
      normalizeLinearProgram({
        variables: [
          { name: 'i', lower: -2.5, upper: 1.5, integer: true },
          { name: 'k', lower: -Infinity, upper: 2.5, integer: true },
        ],
        objective: { sense: 'max', coefficients: [['i', 1], ['k', 1]] },
      }),
    );
    expect(model.constraints).toEqual({ b0: { max: 3.5 } }); // i = −2 + x0
    expect(model.variables).toEqual({ x0: { objective: 1, b0: 1 }, x1: { objective: -1 } }); // k = 2 − x1
    expect(model.ints).toEqual({ x0: 1, x1: 1 });
  });

  it('maps solutions back through the substitution', async () => {
    // max a − 2c + 3f + 7: a − b ≤ 4 with b ≤ 3 caps a at 7; 2c = 3; f ≤ 4 (e + f ≤ 9 with e ≥ 0.5
    // leaves f ≤ 8.5): 7 − 3 + 12 + 7 = 23 at a = 7, b = 3, c = 1.5, d = 1, f = 4.
    const raw = await run({ ...mixed, objective: { ...mixed.objective, sense: 'max' } });
    expect(raw.status).toBe('optimal');
    expect(raw.objective).toBeCloseTo(23, 9);
    const [a, b, c, d, e, f] = raw.values ?? [];
    expect([a, b, c, d, f]).toEqual([7, 3, 1.5, 1, 4]);
    expect(e).toBeGreaterThanOrEqual(0.5);
    expect(e).toBeLessThanOrEqual(5);
  });
});

describe('javascript-lp-solver backend', () => {
  it.each([
    ['Chvátal first example (max)', chvatalFirstExample, [2, 0, 1], 13],
    ['covering (min)', coveringMin, [3, 1], 9],
    ['equality with caps (min)', equalityMin, [4, 5, 1], 17],
    ['ranged rows, upper sides (max)', rangedProgram('max'), [3, 1], 11],
    ['ranged rows, lower sides (min)', rangedProgram('min'), [0.5, 0.5], 2.5],
    ['free variable, negative lower bound (min)', freeAndNegative, [2, -3], -7],
  ] as const)('%s: hand-checked optimum, no duals', async (_name, program, x, objective) => {
    const raw = await run(program);
    expect(raw.status).toBe('optimal');
    expect(raw.objective).toBeCloseTo(objective, 7);
    x.forEach((v, j) => expect(raw.values?.[j]).toBeCloseTo(v, 7));
    expect(raw.duals).toBeUndefined();
  });

  it("known defect (verified, not assumed): Chvátal's cycling example comes back 'optimal' with objective 0 instead of 1", async () => {
    const raw = await run(chvatalCycling);
    expect(raw.status).toBe('optimal');
    expect(raw.objective).toBe(0);
    expect(raw.values).toEqual([0, 0, 0, 0]);
  });

  it("avoids the solver's `unrestricted` defects: two programs it gets wrong with that flag", async () => {
    // Feasible at (0, −0.5); with `unrestricted` the solver says infeasible.
    const boxes = await run({
      variables: [{ name: 'x0', lower: -0.5, upper: 0 }, { name: 'x1', lower: -0.5, upper: 0 }],
      constraints: [{ coefficients: [['x0', -1], ['x1', 1]], upper: -0.5 }],
      objective: { sense: 'max', coefficients: [] },
    });
    expect(boxes.status).toBe('optimal');
    expect(boxes.values?.[1]).toBeCloseTo(-0.5, 9);
    // Optimum −7 at (2, −3); with `unrestricted` the solver returns (−1, −3), which violates row 2.
    const fn = await run(freeAndNegative);
    expect(fn.objective).toBeCloseTo(-7, 9);
    expect(fn.values).toEqual([2, -3]);
  });

  it('adds the objective constant and fills variables the solver omits with 0', async () => {
    const raw = await run({
      variables: [{ name: 'a', upper: 3 }, { name: 'b' }],
      objective: { sense: 'max', coefficients: [['a', 2]], constant: -1.5 },
    });
    expect(raw.status).toBe('optimal');
    expect(raw.objective).toBeCloseTo(4.5, 9);
    expect(raw.values).toEqual([3, 0]);
  });

  it('infeasible and unbounded programs', async () => {
    expect((await run(infeasibleLp)).status).toBe('infeasible');
    expect((await run(unboundedLp)).status).toBe('unbounded');
    expect((await run({ variables: [{ name: 'x', lower: -Infinity }], objective: { sense: 'min', coefficients: [['x', 1]] } })).status).toBe(
      'unbounded',
    );
  });

  it('MIP: the CLRS knapsack optimum 220', async () => {
    const raw = await run(clrsKnapsack);
    expect(raw.status).toBe('optimal');
    expect(raw.values).toEqual([0, 1, 1]);
    expect(raw.objective).toBe(220);
  });

  it('a MILP whose branch-and-bound outlives the time limit is time-limit, not infeasible or optimal', async () => {
    // 2x₁ + … + 2x₂₀ = 21 needs ~2²⁰ nodes to refute; 0.03 s is far too little.
    const raw = await run(oddParity(20), 0.03);
    expect(raw.status).toBe('time-limit');
  });
});
