import type { NormalizedLinearProgram } from '../program/types.js';
import type { LpBackend, LpBackendSolveOptions, RawLpResult } from './backend.js';

interface JlsModel {
  optimize: string;
  opType: 'max' | 'min';
  constraints: Record<string, { min?: number; max?: number; equal?: number }>;
  variables: Record<string, Record<string, number>>;
  ints: Record<string, 1>;
  unrestricted: Record<string, 1>;
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
 * Translates a program into javascript-lp-solver's JSON model: variables `x{j}`, constraints `r{i}`,
 * objective attribute `objective`; its variables are non-negative by default, so a variable with a
 * negative or infinite lower bound is `unrestricted`, and other bounds become an extra constraint `b{j}`.
 */
export function toJavascriptLpSolverModel(program: NormalizedLinearProgram, timeLimitSeconds?: number): JlsModel {
  const model: JlsModel = {
    optimize: 'objective',
    opType: program.sense,
    constraints: {},
    variables: {},
    ints: {},
    unrestricted: {},
  };
  program.variableNames.forEach((_, j) => {
    const name = `x${j}`;
    const coefficients: Record<string, number> = {};
    const c = program.objective[j] as number;
    if (c !== 0) coefficients.objective = c;
    const lower = program.lower[j] as number;
    const upper = program.upper[j] as number;
    if (lower < 0) model.unrestricted[name] = 1;
    const needsLower = lower !== 0 && lower !== -Infinity;
    if (needsLower || upper !== Infinity) {
      const range: { min?: number; max?: number; equal?: number } = {};
      bound(range, needsLower ? lower : -Infinity, upper);
      model.constraints[`b${j}`] = range;
      coefficients[`b${j}`] = 1;
    }
    if (program.integer[j]) model.ints[name] = 1;
    model.variables[name] = coefficients;
  });
  program.constraints.forEach((constraint, i) => {
    if (constraint.lower === -Infinity && constraint.upper === Infinity) return;
    const range: { min?: number; max?: number; equal?: number } = {};
    bound(range, constraint.lower, constraint.upper);
    model.constraints[`r${i}`] = range;
    constraint.indices.forEach((j, k) => {
      (model.variables[`x${j}`] as Record<string, number>)[`r${i}`] = constraint.values[k] as number;
    });
  });
  if (timeLimitSeconds !== undefined) model.timeout = Math.max(1, Math.round(timeLimitSeconds * 1000));
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
  const values = program.variableNames.map((_, j) => {
    const v = result[`x${j}`];
    return typeof v === 'number' ? v : 0; // the solver omits variables at zero
  });
  const backendStatus = `feasible=${String(result.feasible)} bounded=${String(result.bounded)}`;
  if (result.feasible === false) return Object.freeze({ status: 'infeasible', backendStatus });
  if (result.bounded === false) return Object.freeze({ status: 'unbounded', backendStatus });
  if (result.feasible !== true || typeof result.result !== 'number') {
    return Object.freeze({ status: 'error', backendStatus, message: 'javascript-lp-solver returned no result.' });
  }
  const objective = result.result + program.constant;
  const timedOut =
    program.isMixedInteger && options.timeLimitSeconds !== undefined && elapsed >= options.timeLimitSeconds;
  return Object.freeze({ status: timedOut ? 'time-limit' : 'optimal', backendStatus, values, objective });
}

/**
 * The pure-JavaScript backend: javascript-lp-solver (npm, Unlicense; a dense-tableau simplex with
 * branch-and-cut for integers). Meant for small programs only — a few hundred variables and
 * constraints at most — and it gives no duals, so its optimal LP answers are certified with the
 * duals of a backend that has them (HiGHS). It is known to return wrong optima on degenerate LPs
 * (it stalls at objective 0 instead of 1 on Chvátal's 1983 cycling example), which is why every
 * answer is checked. Time limits apply to its branch-and-cut only; a MILP that uses up the time
 * limit is reported as `time-limit`.
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
