/**
 * Shared fixtures of the @plural/lp tests: textbook programs with hand-checked optima and duals,
 * a seeded random generator, deep freezing, fake backends, and fast-check arbitraries of feasible,
 * bounded LPs (built around a point chosen first, so feasibility is known by construction).
 */
import fc from 'fast-check';
import {
  normalizeLinearProgram,
  type LinearProgram,
  type LpBackend,
  type LpBackendSolveOptions,
  type LpConstraint,
  type LpVariable,
  type NormalizedLinearProgram,
  type RawLpResult,
} from '../src/index.js';

/** The tolerance the backend tests solve with. */
export const TOL = 1e-6;

/** Solves `program` (normalized first) with `backend` at tolerance {@link TOL}, and the time limit when given. */
export function solveWith(backend: LpBackend, program: LinearProgram, timeLimitSeconds?: number): Promise<RawLpResult> {
  return backend.solve(normalizeLinearProgram(program), {
    tolerance: TOL,
    ...(timeLimitSeconds === undefined ? {} : { timeLimitSeconds }),
  });
}

/**
 * Chvátal, *Linear Programming* (1983), the classic cycling example (ch. 3):
 * max 10x1 − 57x2 − 9x3 − 24x4 s.t. 0.5x1 − 5.5x2 − 2.5x3 + 9x4 ≤ 0; 0.5x1 − 1.5x2 − 0.5x3 + x4 ≤ 0;
 * x1 ≤ 1; x ≥ 0. Optimum 1 at x = (1, 0, 1, 0). Duals (0, 18, 1): 10 = 0.5·18 + 1, −9 = −0.5·18.
 */
export const chvatalCycling: LinearProgram = {
  variables: [{ name: 'x1' }, { name: 'x2' }, { name: 'x3' }, { name: 'x4' }],
  constraints: [
    { name: 'c1', coefficients: [['x1', 0.5], ['x2', -5.5], ['x3', -2.5], ['x4', 9]], upper: 0 },
    { name: 'c2', coefficients: [['x1', 0.5], ['x2', -1.5], ['x3', -0.5], ['x4', 1]], upper: 0 },
    { name: 'c3', coefficients: [['x1', 1]], upper: 1 },
  ],
  objective: { sense: 'max', coefficients: [['x1', 10], ['x2', -57], ['x3', -9], ['x4', -24]] },
};

/**
 * Chvátal (1983), ch. 2, the first simplex example: max 5x1 + 4x2 + 3x3 s.t. 2x1 + 3x2 + x3 ≤ 5;
 * 4x1 + x2 + 2x3 ≤ 11; 3x1 + 4x2 + 2x3 ≤ 8; x ≥ 0. Optimum 13 at (2, 0, 1), duals (1, 0, 1),
 * reduced costs (0, −3, 0). Primal and dual are non-degenerate, so both are unique.
 */
export const chvatalFirstExample: LinearProgram = {
  variables: [{ name: 'x1' }, { name: 'x2' }, { name: 'x3' }],
  constraints: [
    { coefficients: [['x1', 2], ['x2', 3], ['x3', 1]], upper: 5 },
    { coefficients: [['x1', 4], ['x2', 1], ['x3', 2]], upper: 11 },
    { coefficients: [['x1', 3], ['x2', 4], ['x3', 2]], upper: 8 },
  ],
  objective: { sense: 'max', coefficients: [['x1', 5], ['x2', 4], ['x3', 3]] },
};

/**
 * A covering (diet-type) minimisation: min 2x + 3y s.t. x + y ≥ 4; x + 3y ≥ 6; x, y ≥ 0.
 * Vertices (0,4): 12, (3,1): 9, (6,0): 12, so the optimum is 9 at (3, 1); duals solve
 * 2 = y1 + y2, 3 = y1 + 3y2: (1.5, 0.5); dual objective 4·1.5 + 6·0.5 = 9.
 */
export const coveringMin: LinearProgram = {
  variables: [{ name: 'x' }, { name: 'y' }],
  constraints: [
    { coefficients: [['x', 1], ['y', 1]], lower: 4 },
    { coefficients: [['x', 1], ['y', 3]], lower: 6 },
  ],
  objective: { sense: 'min', coefficients: [['x', 2], ['y', 3]] },
};

/**
 * An equality with two ≤ rows: min x + 2y + 3z s.t. x + y + z = 10; x ≤ 4; y ≤ 5 (as rows).
 * Optimum 17 at (4, 5, 1); duals (3, −2, −1): z basic gives y_eq = 3, then 1 = 3 + y_a, 2 = 3 + y_b.
 */
export const equalityMin: LinearProgram = {
  variables: [{ name: 'x' }, { name: 'y' }, { name: 'z' }],
  constraints: [
    { name: 'total', coefficients: [['x', 1], ['y', 1], ['z', 1]], lower: 10, upper: 10 },
    { name: 'capX', coefficients: [['x', 1]], upper: 4 },
    { name: 'capY', coefficients: [['y', 1]], upper: 5 },
  ],
  objective: { sense: 'min', coefficients: [['x', 1], ['y', 2], ['z', 3]] },
};

/**
 * Ranged constraints 1 ≤ x + y ≤ 4 and 0 ≤ x − y ≤ 2 with x, y ≥ 0. Maximising 3x + 2y hits the
 * upper sides: (3, 1), value 11, duals (2.5, 0.5) from 3 = y1 + y2, 2 = y1 − y2. Minimising hits the
 * lower sides: (0.5, 0.5), value 2.5, the same duals (bound 2.5·1 + 0.5·0).
 */
export function rangedProgram(sense: 'min' | 'max'): LinearProgram {
  return {
    variables: [{ name: 'x' }, { name: 'y' }],
    constraints: [
      { coefficients: [['x', 1], ['y', 1]], lower: 1, upper: 4 },
      { coefficients: [['x', 1], ['y', -1]], lower: 0, upper: 2 },
    ],
    objective: { sense, coefficients: [['x', 3], ['y', 2]] },
  };
}

/**
 * A free variable and a negative lower bound: min x + 3y, x free, y ≥ −3, s.t. x − y ≥ 2;
 * x + 2y ≥ −4. For y ≤ −2 the second row binds, x = −4 − 2y and the objective y − 4 falls to −7 at
 * the bound y = −3 (x = 2). Duals (0, 1); reduced costs (0, 1): y sits at its lower bound −3.
 */
export const freeAndNegative: LinearProgram = {
  variables: [{ name: 'x', lower: -Infinity }, { name: 'y', lower: -3 }],
  constraints: [
    { coefficients: [['x', 1], ['y', -1]], lower: 2 },
    { coefficients: [['x', 1], ['y', 2]], lower: -4 },
  ],
  objective: { sense: 'min', coefficients: [['x', 1], ['y', 3]] },
};

/** x + y ≤ 1 and x + y ≥ 2: infeasible; y = (−1, 1) is a Farkas certificate (0 ≥ 1). */
export const infeasibleLp: LinearProgram = {
  variables: [{ name: 'x' }, { name: 'y' }],
  constraints: [
    { coefficients: [['x', 1], ['y', 1]], upper: 1 },
    { coefficients: [['x', 1], ['y', 1]], lower: 2 },
  ],
  objective: { sense: 'max', coefficients: [['x', 1]] },
};

/** max x + y s.t. x − y ≤ 1, x, y ≥ 0: unbounded along (1, 1) from (0, 0). */
export const unboundedLp: LinearProgram = {
  variables: [{ name: 'x' }, { name: 'y' }],
  constraints: [{ coefficients: [['x', 1], ['y', -1]], upper: 1 }],
  objective: { sense: 'max', coefficients: [['x', 1], ['y', 1]] },
};

/**
 * The 0/1 knapsack of Cormen et al., *Introduction to Algorithms* (CLRS, §16.2): weights
 * (10, 20, 30), values (60, 100, 120), capacity 50. The integer optimum is 220 (items 2 and 3); the LP
 * relaxation's is 240, so an answer that ignores integrality is wrong.
 */
export const clrsKnapsack: LinearProgram = {
  variables: [1, 2, 3].map((k) => ({ name: `item${k}`, upper: 1, integer: true })),
  constraints: [{ name: 'capacity', coefficients: [['item1', 10], ['item2', 20], ['item3', 30]], upper: 50 }],
  objective: { sense: 'max', coefficients: [['item1', 60], ['item2', 100], ['item3', 120]] },
};

/**
 * The zero-sum game `payoff` (row player's gains) as the row player's LP: max v s.t.
 * Σᵢ pᵢ·payoff[i][j] ≥ v for every column j, Σ pᵢ = 1, p ≥ 0, v free. Variables p0…p(m−1), v;
 * constraints col0…col(n−1), simplex. By LP duality (von Neumann's minimax theorem) the optimal v is
 * the value of the game and −duals of the column rows are the column player's optimal strategy.
 */
export function matrixGameLp(payoff: readonly (readonly number[])[]): LinearProgram {
  const m = payoff.length;
  const n = (payoff[0] ?? []).length;
  return {
    variables: [...Array.from({ length: m }, (_, i) => ({ name: `p${i}` })), { name: 'v', lower: -Infinity }],
    constraints: [
      ...Array.from({ length: n }, (_, j) => ({
        name: `col${j}`,
        coefficients: [...payoff.map((row, i) => [`p${i}`, row[j] as number] as const), ['v', -1] as const],
        lower: 0,
      })),
      { name: 'simplex', coefficients: Array.from({ length: m }, (_, i) => [`p${i}`, 1] as const), lower: 1, upper: 1 },
    ],
    objective: { sense: 'max', coefficients: [['v', 1]] },
  };
}

/** Mulberry32: a tiny seeded PRNG for reproducible test data (uniform in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Freezes an object graph in place (so any mutation by the code under test throws in strict mode). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A backend that answers from a function (and records what it was asked). */
export interface FakeBackend extends LpBackend {
  readonly calls: { program: NormalizedLinearProgram; options: LpBackendSolveOptions }[];
}

export function fakeBackend(
  id: string,
  answer: (program: NormalizedLinearProgram, options: LpBackendSolveOptions) => RawLpResult | Promise<RawLpResult>,
  traits: Partial<Pick<LpBackend, 'supportsIntegers' | 'providesDuals' | 'maxAutomaticSize'>> = {},
): FakeBackend {
  const calls: FakeBackend['calls'] = [];
  return {
    id,
    supportsIntegers: traits.supportsIntegers ?? true,
    providesDuals: traits.providesDuals ?? false,
    ...(traits.maxAutomaticSize === undefined ? {} : { maxAutomaticSize: traits.maxAutomaticSize }),
    calls,
    solve: async (program, options) => {
      calls.push({ program, options });
      return answer(program, options);
    },
  };
}

/** A feasible, bounded LP together with the point it was built around. */
export interface FeasibleLp {
  readonly program: LinearProgram;
  /** A feasible point, by variable index. */
  readonly point: readonly number[];
}

type RowKind = 'le' | 'ge' | 'eq' | 'range' | 'free';

/**
 * Random feasible bounded LPs: a point x⁰ (multiples of 1/2) is drawn first; every variable is boxed
 * around it ([l, u] with l possibly negative), or only bounded below with an objective coefficient
 * that cannot improve upwards, or free with objective coefficient 0 — so the objective is bounded;
 * every row is `≤`, `≥`, `=`, ranged or free with its sides set from aᵀx⁰ plus non-negative slack, so
 * x⁰ is feasible. Integer coefficients keep the data well scaled.
 */
export function feasibleBoundedLp(options: { maxVariables?: number; maxConstraints?: number } = {}): fc.Arbitrary<FeasibleLp> {
  const maxN = options.maxVariables ?? 6;
  const maxM = options.maxConstraints ?? 6;
  const half = fc.integer({ min: -8, max: 8 }).map((k) => k / 2);
  const slack = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }).map((k) => k / 2));
  const variable = fc.record({
    x: half,
    kind: fc.constantFrom('box', 'box', 'box', 'lower', 'free'),
    below: slack,
    above: slack,
    c: fc.integer({ min: -5, max: 5 }),
  });
  const row = (n: number) =>
    fc.record({
      coefficients: fc.array(fc.integer({ min: -6, max: 6 }), { minLength: n, maxLength: n }),
      kind: fc.constantFrom<RowKind>('le', 'ge', 'eq', 'range', 'free'),
      below: slack,
      above: slack,
    });
  return fc
    .record({ n: fc.integer({ min: 1, max: maxN }), m: fc.integer({ min: 0, max: maxM }), sense: fc.constantFrom<'min' | 'max'>('min', 'max') })
    .chain(({ n, m, sense }) =>
      fc.record({
        sense: fc.constant(sense),
        vars: fc.array(variable, { minLength: n, maxLength: n }),
        rows: fc.array(row(n), { minLength: m, maxLength: m }),
      }),
    )
    .map(({ sense, vars, rows }) => {
      const point = vars.map((v) => v.x);
      const variables: LpVariable[] = [];
      const objective: [string, number][] = [];
      vars.forEach((v, j) => {
        const name = `v${j}`;
        let c = v.c;
        if (v.kind === 'box') variables.push({ name, lower: v.x - v.below, upper: v.x + v.above });
        else if (v.kind === 'lower') {
          variables.push({ name, lower: v.x - v.below });
          // Unbounded above: the objective must not improve upwards.
          c = sense === 'max' ? -Math.abs(c) : Math.abs(c);
        } else {
          variables.push({ name, lower: -Infinity });
          c = 0;
        }
        if (c !== 0) objective.push([name, c]);
      });
      const constraints: LpConstraint[] = rows.map((r, i) => {
        const activity = r.coefficients.reduce((s, a, j) => s + a * (point[j] as number), 0);
        const coefficients = r.coefficients.flatMap((a, j) => (a === 0 ? [] : [[`v${j}`, a] as const]));
        const name = `row${i}`;
        switch (r.kind) {
          case 'le':
            return { name, coefficients, upper: activity + r.above };
          case 'ge':
            return { name, coefficients, lower: activity - r.below };
          case 'eq':
            return { name, coefficients, lower: activity, upper: activity };
          case 'range':
            return { name, coefficients, lower: activity - r.below, upper: activity + r.above };
          default:
            return { name, coefficients };
        }
      });
      return { program: { variables, constraints, objective: { sense, coefficients: objective } }, point };
    });
}

/**
 * A market-split instance (Cornuéjols & Dawande, "A class of hard small 0–1 programs", IPCO 1998):
 * m equality rows Σⱼ aᵢⱼxⱼ + s⁺ᵢ − s⁻ᵢ = ⌊Σⱼ aᵢⱼ / 2⌋ with aᵢⱼ uniform in 0..99 and x binary,
 * minimising the total slack. Tiny, yet far beyond a few milliseconds of branch-and-bound for
 * m = 4, n = 40: the instance of choice to hit a time limit.
 */
export function marketSplit(m: number, n: number, seed: number): LinearProgram {
  const random = seededRandom(seed);
  const variables: LpVariable[] = Array.from({ length: n }, (_, j) => ({ name: `x${j}`, upper: 1, integer: true }));
  const constraints: LpConstraint[] = [];
  const objective: [string, number][] = [];
  for (let i = 0; i < m; i++) {
    variables.push({ name: `plus${i}` }, { name: `minus${i}` });
    objective.push([`plus${i}`, 1], [`minus${i}`, 1]);
    const a = Array.from({ length: n }, () => Math.floor(random() * 100));
    const rhs = Math.floor(a.reduce((s, v) => s + v, 0) / 2);
    constraints.push({
      coefficients: [...a.map((v, j) => [`x${j}`, v] as const), [`plus${i}`, 1], [`minus${i}`, -1]],
      lower: rhs,
      upper: rhs,
    });
  }
  return { variables, constraints, objective: { sense: 'min', coefficients: objective } };
}

/** 2x₁ + … + 2xₙ = n + 1 with x binary: LP-feasible, integer-infeasible (an even sum is never odd). */
export function oddParity(n: number): LinearProgram {
  return {
    variables: Array.from({ length: n }, (_, j) => ({ name: `x${j}`, upper: 1, integer: true })),
    constraints: [{ name: 'parity', coefficients: Array.from({ length: n }, (_, j) => [`x${j}`, 2] as const), lower: n + 1, upper: n + 1 }],
    objective: { sense: 'max', coefficients: [['x0', 1]] },
  };
}
