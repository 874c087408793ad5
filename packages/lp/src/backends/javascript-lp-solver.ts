import type { NormalizedLinearProgram } from '../program/types.js';
import type { LpBackend, LpBackendSolveOptions, RawLpResult } from './backend.js';

interface JlsModel {
  optimize: string;
  opType: 'max' | 'min';
  constraints: Record<string, { min?: number; max?: number; equal?: number }>;
  variables: Record<string, Record<string, number>>;
  ints: Record<string, 1>;
  timeout?: number;
}

interface JlsSolver {
  Solve(model: JlsModel): unknown;
}

let solverPromise: Promise<JlsSolver> | undefined;

function loadSolver(): Promise<JlsSolver> {
  if (solverPromise === undefined) {
    solverPromise = import('javascript-lp-solver').then((module: unknown) => {
      let solver: unknown = (module as { default?: unknown }).default ?? module;
      if (typeof (solver as JlsSolver).Solve !== 'function') solver = (solver as { default?: unknown }).default;
      if (typeof (solver as JlsSolver | undefined)?.Solve !== 'function') {
        throw new TypeError('javascript-lp-solver exports no Solve function');
      }
      return solver as JlsSolver;
    });
    solverPromise.catch(() => {
      solverPromise = undefined;
    });
  }
  return solverPromise;
}

function bound(range: { min?: number; max?: number; equal?: number }, lower: number, upper: number): void {
  if (lower === upper) range.equal = lower;
  else {
    if (lower !== -Infinity) range.min = lower;
    if (upper !== Infinity) range.max = upper;
  }
}

/**
 * How one program variable is written with the solver's non-negative variables:
 * `xⱼ = offset + sign·x'ⱼ − x''ⱼ`, where `x''ⱼ` (column `n{j}`) exists only for a free variable and
 * `x'ⱼ ≤ upper` when `upper` is finite.
 */
interface Substitution {
  readonly offset: number;
  readonly sign: 1 | -1;
  readonly free: boolean;
  readonly upper: number;
}

/**
 * The substitution that gives every variable the solver's implicit bound `≥ 0`: a finite lower bound
 * `l` is shifted away (`x = l + x'`), a variable bounded only above by `u` is mirrored
 * (`x = u − x'`), and a free variable is split (`x = x' − x''`). Integer variables are shifted by
 * `⌈l⌉` or `⌊u⌋` so that `x'` is integer exactly when `x` is.
 *
 * Why not the solver's own `unrestricted` flag: with it, javascript-lp-solver 1.0.3 declares feasible
 * programs infeasible and returns infeasible points — e.g. max 0 s.t. x₀, x₁ ∈ [−0.5, 0],
 * −x₀ + x₁ ≤ −0.5 (feasible at (0, −0.5)) comes back "infeasible", and min x + 3y, x free, y ≥ −3,
 * x − y ≥ 2, x + 2y ≥ −4 comes back at (−1, −3), which violates the second row. On 400 random small
 * feasible LPs (test/helpers.ts, feasibleBoundedLp) its answer failed the certificate check 121 times
 * with the flag and 14 times with the substitution (the rest: its degeneracy defects).
 */
function substitutions(program: NormalizedLinearProgram): Substitution[] {
  return program.variableNames.map((_, j) => {
    const lower = program.lower[j] as number;
    const upper = program.upper[j] as number;
    const integer = program.integer[j] as boolean;
    if (lower !== -Infinity) {
      const offset = (integer ? Math.ceil(lower) : lower) + 0; // + 0 turns −0 into 0
      return { offset, sign: 1, free: false, upper: upper - offset };
    }
    if (upper !== Infinity) return { offset: (integer ? Math.floor(upper) : upper) + 0, sign: -1, free: false, upper: Infinity };
    return { offset: 0, sign: 1, free: true, upper: Infinity };
  });
}

/**
 * Translates a program into javascript-lp-solver's JSON model: program variable j becomes the
 * non-negative column `x{j}` (plus `n{j}` for the negative part of a free variable) through the
 * substitution described at `substitutions` — shift by a finite lower bound, mirror at a finite upper
 * bound, split a free variable — so the solver's buggy `unrestricted` flag is never used. Constraint
 * i becomes `r{i}` with its sides shifted by `Σⱼ aᵢⱼ·offsetⱼ`; a remaining upper bound on `x{j}` becomes
 * the constraint `b{j}`; the objective attribute is `objective` (its constant from the shifts is left
 * out — the backend adds it back); `timeout` is in milliseconds, rounded up.
 *
 * Complexity: O(n + nnz).
 *
 * @example
 * toJavascriptLpSolverModel(normalizeLinearProgram({
 *   variables: [{ name: 'y', lower: -3, upper: 2 }],
 *   constraints: [{ coefficients: [['y', 2]], lower: -4 }],
 *   objective: { sense: 'min', coefficients: [['y', 1]] },
 * }));
 * // { optimize: 'objective', opType: 'min', constraints: { b0: { max: 5 }, r0: { min: 2 } },
 * //   variables: { x0: { objective: 1, b0: 1, r0: 2 } }, ints: {} }   (y = −3 + x0)
 */
export function toJavascriptLpSolverModel(program: NormalizedLinearProgram, timeLimitSeconds?: number): JlsModel {
  const model: JlsModel = {
    optimize: 'objective',
    opType: program.sense,
    constraints: {},
    variables: {},
    ints: {},
  };
  const subs = substitutions(program);
  subs.forEach((sub, j) => {
    const positive: Record<string, number> = {};
    const c = program.objective[j] as number;
    if (c !== 0) positive.objective = sub.sign * c;
    if (sub.upper !== Infinity) {
      model.constraints[`b${j}`] = sub.upper === 0 ? { equal: 0 } : { max: sub.upper };
      positive[`b${j}`] = 1;
    }
    model.variables[`x${j}`] = positive;
    if (program.integer[j]) model.ints[`x${j}`] = 1;
    if (sub.free) {
      model.variables[`n${j}`] = c === 0 ? {} : { objective: -c };
      if (program.integer[j]) model.ints[`n${j}`] = 1;
    }
  });
  program.constraints.forEach((constraint, i) => {
    if (constraint.lower === -Infinity && constraint.upper === Infinity) return;
    let shift = 0;
    constraint.indices.forEach((j, k) => {
      const a = constraint.values[k] as number;
      const sub = subs[j] as Substitution;
      shift += a * sub.offset;
      (model.variables[`x${j}`] as Record<string, number>)[`r${i}`] = sub.sign * a;
      if (sub.free) (model.variables[`n${j}`] as Record<string, number>)[`r${i}`] = -a;
    });
    const range: { min?: number; max?: number; equal?: number } = {};
    bound(range, constraint.lower - shift, constraint.upper - shift);
    model.constraints[`r${i}`] = range;
  });
  // Rounded up, so that a run the solver stops at its timeout is always at least timeLimitSeconds long
  // (which is how solveWithJavascriptLpSolver recognises one).
  if (timeLimitSeconds !== undefined) model.timeout = Math.max(1, Math.ceil(timeLimitSeconds * 1000));
  return model;
}

async function solveWithJavascriptLpSolver(
  program: NormalizedLinearProgram,
  options: LpBackendSolveOptions,
): Promise<RawLpResult> {
  let solver: JlsSolver;
  try {
    solver = await loadSolver();
  } catch (error) {
    return Object.freeze({
      status: 'error',
      backendStatus: 'load error',
      message: `could not load javascript-lp-solver: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
  const started = Date.now();
  let raw: unknown;
  try {
    raw = solver.Solve(toJavascriptLpSolverModel(program, options.timeLimitSeconds));
  } catch (error) {
    return Object.freeze({
      status: 'error',
      backendStatus: 'exception',
      message: `javascript-lp-solver threw: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
  const elapsed = (Date.now() - started) / 1000;
  const result = (raw ?? {}) as Record<string, unknown>;
  const column = (name: string): number => {
    const v = result[name];
    return typeof v === 'number' ? v : 0; // the solver omits variables at zero
  };
  const subs = substitutions(program);
  const values = subs.map((sub, j) => sub.offset + sub.sign * column(`x${j}`) - (sub.free ? column(`n${j}`) : 0));
  // The objective constant the substitution moved out of the model: Σⱼ cⱼ·offsetⱼ.
  const shift = subs.reduce((sum, sub, j) => sum + (program.objective[j] as number) * sub.offset, program.constant);
  const backendStatus = `feasible=${String(result.feasible)} bounded=${String(result.bounded)}`;
  // When its branch-and-cut runs out of time the solver stops at whatever node it was on and reports
  // that node's flags and values, which prove nothing: `feasible: false` then only means "that
  // branch was infeasible". So a timed-out MILP is `time-limit` whatever the flags say, with the
  // values as a candidate incumbent (solve() checks them) when the solver calls them feasible.
  const timedOut =
    program.isMixedInteger && options.timeLimitSeconds !== undefined && elapsed >= options.timeLimitSeconds;
  const hasResult = result.feasible === true && result.bounded !== false && typeof result.result === 'number';
  if (timedOut) {
    return Object.freeze({
      status: 'time-limit',
      backendStatus,
      ...(hasResult ? { values, objective: (result.result as number) + shift } : {}),
    });
  }
  if (result.feasible === false) return Object.freeze({ status: 'infeasible', backendStatus });
  if (result.bounded === false) return Object.freeze({ status: 'unbounded', backendStatus });
  if (!hasResult) {
    return Object.freeze({ status: 'error', backendStatus, message: 'javascript-lp-solver returned no result.' });
  }
  return Object.freeze({ status: 'optimal', backendStatus, values, objective: (result.result as number) + shift });
}

/**
 * The pure-JavaScript backend: javascript-lp-solver (npm, Unlicense; a dense-tableau simplex with
 * branch-and-cut for integers). Meant for small programs only — a few hundred variables and
 * constraints at most — and it gives no duals, so its optimal LP answers are certified with the
 * duals of a backend that has them (HiGHS). It is known to return wrong answers on degenerate LPs
 * (it stalls at objective 0 instead of 1 on Chvátal's 1983 cycling example; with redundant
 * equality rows it can report an objective that does not match its own point), which is why every
 * answer is checked; its `unrestricted` flag is avoided altogether (see `toJavascriptLpSolverModel`).
 * Time limits apply to its branch-and-cut only (checked between nodes, so one long node can overrun
 * them); a MILP that uses up the time limit is reported as `time-limit`.
 *
 * Complexity: dense simplex, O(m·n) per pivot.
 *
 * @example
 * await solve(program, { backend: 'javascript-lp-solver' });
 */
export const javascriptLpSolverBackend: LpBackend = Object.freeze({
  id: 'javascript-lp-solver',
  supportsIntegers: true,
  providesDuals: false,
  maxAutomaticSize: Object.freeze({ variables: 300, constraints: 300 }),
  solve: solveWithJavascriptLpSolver,
});
