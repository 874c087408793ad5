import type { Highs, LegacyHighsOptions, LegacyHighsSolution } from 'highs';
import type { NormalizedLinearProgram } from '../program/types.js';
import type { LpBackend, LpBackendSolveOptions, RawLpResult } from './backend.js';
import { type LpFormatText, writeCplexLp } from './lp-format.js';

/** How to obtain the HiGHS WebAssembly runtime. */
export interface HighsLoadOptions {
  /**
   * Maps an asset name (`'highs.wasm'`) to the URL it is served from. Needed in browsers when the
   * bundler does not place `highs.wasm` next to the `highs` JavaScript module, e.g.
   * `locateFile: (file) => \`https://cdn.jsdelivr.net/npm/highs@1.15.3/build/${file}\``.
   * Not needed in Node: the `highs` package finds its own wasm file there.
   */
  readonly locateFile?: (file: string) => string;
  /**
   * A loader of your own returning the HiGHS runtime, e.g.
   * `() => import('highs').then((m) => m.default({ wasmBinary }))`. Takes precedence over `locateFile`.
   */
  readonly highsLoader?: () => Promise<Highs>;
}

let defaultRuntime: Promise<Highs> | undefined;
const runtimeByFunction = new WeakMap<object, Promise<Highs>>();

async function importHighs(locateFile: ((file: string) => string) | undefined): Promise<Highs> {
  const module: unknown = await import('highs');
  // ESM gives { default: loader }; some CommonJS interop layers nest it once more.
  let loader: unknown = (module as { default?: unknown }).default ?? module;
  if (typeof loader !== 'function') loader = (loader as { default?: unknown }).default;
  if (typeof loader !== 'function') throw new TypeError('the highs package exports no loader function');
  return (loader as (options?: { locateFile?: (file: string) => string }) => Promise<Highs>)(
    locateFile === undefined ? undefined : { locateFile },
  );
}

/**
 * Loads the HiGHS WebAssembly runtime (npm `highs`, MIT) lazily, once: the promise is cached (per
 * `highsLoader`/`locateFile` function when one is given) and dropped again if loading fails, so a
 * later call can retry. In Node nothing needs to be passed; in a browser pass `locateFile` (or your
 * own `highsLoader`) if the bundler does not serve `highs.wasm` beside the `highs` module.
 *
 * Source: HiGHS — Huangfu & Hall, "Parallelizing the dual revised simplex method", Mathematical
 * Programming Computation 10 (2018) 119–142, doi:10.1007/s12532-017-0130-5.
 *
 * Complexity: one wasm instantiation (a few hundred ms) on the first call, O(1) afterwards.
 *
 * @example
 * const highs = await loadHighs(); // Node
 * const inBrowser = await loadHighs({ locateFile: (file) => `/assets/${file}` });
 */
export function loadHighs(options: HighsLoadOptions = {}): Promise<Highs> {
  const key: object | undefined = options.highsLoader ?? options.locateFile;
  const cached = key === undefined ? defaultRuntime : runtimeByFunction.get(key);
  if (cached !== undefined) return cached;
  const promise = options.highsLoader !== undefined ? options.highsLoader() : importHighs(options.locateFile);
  const forget = (): void => {
    if (key === undefined) {
      if (defaultRuntime === promise) defaultRuntime = undefined;
    } else if (runtimeByFunction.get(key) === promise) runtimeByFunction.delete(key);
  };
  promise.catch(forget);
  if (key === undefined) defaultRuntime = promise;
  else runtimeByFunction.set(key, promise);
  return promise;
}

type HighsColumn = { Primal?: number; Dual?: number };
type HighsRow = { Primal?: number; Dual?: number };

function errorResult(backendStatus: string, message: string): RawLpResult {
  return Object.freeze({ status: 'error', backendStatus, message });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Column values by variable index, or undefined when any is missing or not finite. */
function readValues(solution: LegacyHighsSolution, lp: LpFormatText): number[] | undefined {
  const columns = solution.Columns as Record<string, HighsColumn | undefined>;
  const values: number[] = [];
  for (const name of lp.columnNames) {
    const v = columns[name]?.Primal;
    if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
    values.push(v);
  }
  return values;
}

/** Folds per-row numbers into one per program constraint (the two rows of a ranged constraint add). */
function foldRows(rowNumbers: ArrayLike<number>, lp: LpFormatText, m: number): number[] | undefined {
  if (rowNumbers.length !== lp.rows.length) return undefined;
  const folded = new Array<number>(m).fill(0);
  for (let k = 0; k < lp.rows.length; k++) {
    const v = rowNumbers[k] as number;
    if (!Number.isFinite(v)) return undefined;
    const i = (lp.rows[k] as { constraint: number }).constraint;
    folded[i] = (folded[i] as number) + v;
  }
  return folded;
}

function readDuals(
  solution: LegacyHighsSolution,
  lp: LpFormatText,
  m: number,
): { duals: number[]; reducedCosts: number[] } | undefined {
  const rows = solution.Rows as HighsRow[];
  const rowDuals = rows.map((row) => (typeof row.Dual === 'number' ? row.Dual : NaN));
  const duals = foldRows(rowDuals, lp, m);
  const columns = solution.Columns as Record<string, HighsColumn | undefined>;
  const reducedCosts = lp.columnNames.map((name) => columns[name]?.Dual ?? NaN);
  if (duals === undefined || reducedCosts.some((z) => !Number.isFinite(z))) return undefined;
  return { duals, reducedCosts };
}

/**
 * A Farkas ray or an unbounded ray from HiGHS's persistent API, for an LP it has classed infeasible or
 * unbounded. Best effort: undefined when the runtime lacks the API or HiGHS has no ray.
 */
function readRay(
  highs: Highs,
  lp: LpFormatText,
  program: NormalizedLinearProgram,
  options: LegacyHighsOptions,
  expected: 'infeasible' | 'unbounded',
): number[] | undefined {
  if (typeof highs.createModel !== 'function') return undefined;
  try {
    const model = highs.createModel({ format: 'lp', data: lp.text });
    try {
      model.options.set(options as Record<string, string | number | boolean>);
      model.run();
      const status = model.getModelStatus();
      if (expected === 'infeasible') {
        if (status !== highs.constants.modelStatus.infeasible) return undefined;
        const ray = model.getDualRay();
        return ray === undefined ? undefined : foldRows(ray.values, lp, program.constraints.length);
      }
      if (status !== highs.constants.modelStatus.unbounded) return undefined;
      const ray = model.getPrimalRay();
      if (ray === undefined) return undefined;
      const n = program.variableNames.length;
      const direction = new Array<number>(n).fill(0);
      for (let k = 0; k < ray.values.length; k++) {
        const name = model.getColName(k);
        const j = Number(name.slice(1));
        if (!name.startsWith('x') || !Number.isInteger(j) || j < 0 || j >= n) return undefined;
        direction[j] = ray.values[k] as number;
      }
      return direction.every(Number.isFinite) ? direction : undefined;
    } finally {
      model.dispose();
    }
  } catch {
    return undefined;
  }
}

function runLegacy(highs: Highs, text: string, options: LegacyHighsOptions): LegacyHighsSolution | string {
  try {
    return highs.solve(text, options);
  } catch (error) {
    return message(error);
  }
}

/**
 * Solves with HiGHS through its CPLEX-LP-text interface and maps every HiGHS model status:
 * `Optimal`, `Infeasible`, `Unbounded`, `Time limit reached` map to the statuses of the same names;
 * `Primal infeasible or unbounded` is resolved by re-solving without presolve and, if still
 * ambiguous, by solving the feasibility problem (zero objective): feasible means unbounded;
 * `Empty`, `Not Set`, `Load error`, `Model error`, `Presolve error`, `Solve error`,
 * `Postsolve error`, `Bound on objective reached`, `Target for objective reached`,
 * `Iteration limit reached` and `Unknown` (none of which the options used here should produce)
 * become `error`.
 */
async function solveWithHighs(
  program: NormalizedLinearProgram,
  options: LpBackendSolveOptions,
  load: HighsLoadOptions,
): Promise<RawLpResult> {
  let highs: Highs;
  try {
    highs = await loadHighs(load);
  } catch (error) {
    return errorResult(
      'load error',
      `could not load the HiGHS WebAssembly runtime (${message(error)}); in a browser pass locateFile or highsLoader.`,
    );
  }
  const lp = writeCplexLp(program);
  const featol = Math.min(1e-7, options.tolerance / 10);
  const highsOptions: Record<string, number | boolean | string> = {
    output_flag: false,
    primal_feasibility_tolerance: featol,
    dual_feasibility_tolerance: featol,
  };
  if (program.isMixedInteger) {
    highsOptions.mip_feasibility_tolerance = Math.min(1e-6, options.tolerance / 10);
    highsOptions.mip_rel_gap = 1e-9;
  }
  if (options.timeLimitSeconds !== undefined) highsOptions.time_limit = options.timeLimitSeconds;
  const legacyOptions = highsOptions as LegacyHighsOptions;
  const m = program.constraints.length;

  let solution = runLegacy(highs, lp.text, legacyOptions);
  if (typeof solution === 'string') return errorResult('exception', `HiGHS threw: ${solution}`);
  if (solution.Status === 'Primal infeasible or unbounded') {
    const again = runLegacy(highs, lp.text, { ...legacyOptions, presolve: 'off' });
    if (typeof again === 'string') return errorResult('exception', `HiGHS threw: ${again}`);
    solution = again;
  }
  const status = solution.Status as string;
  switch (status) {
    case 'Optimal': {
      const values = readValues(solution, lp);
      if (values === undefined) return errorResult(status, 'HiGHS reported Optimal without finite column values.');
      const dual = program.isMixedInteger ? undefined : readDuals(solution, lp, m);
      return Object.freeze({
        status: 'optimal',
        backendStatus: status,
        values,
        objective: solution.ObjectiveValue + program.constant,
        ...(dual === undefined ? {} : dual),
      });
    }
    case 'Infeasible': {
      const farkas = program.isMixedInteger ? undefined : readRay(highs, lp, program, legacyOptions, 'infeasible');
      return Object.freeze({
        status: 'infeasible',
        backendStatus: status,
        ...(farkas === undefined ? {} : { farkasMultipliers: farkas }),
      });
    }
    case 'Unbounded': {
      const values = readValues(solution, lp);
      const ray = program.isMixedInteger ? undefined : readRay(highs, lp, program, legacyOptions, 'unbounded');
      return Object.freeze({
        status: 'unbounded',
        backendStatus: status,
        ...(values === undefined ? {} : { values }),
        ...(ray === undefined ? {} : { primalRay: ray }),
      });
    }
    case 'Primal infeasible or unbounded': {
      // Still ambiguous without presolve: decide feasibility with a zero objective.
      const feasibility = runLegacy(highs, writeCplexLp(program, { objective: 'zero' }).text, legacyOptions);
      if (typeof feasibility === 'string') return errorResult('exception', `HiGHS threw: ${feasibility}`);
      if (feasibility.Status === 'Infeasible') return Object.freeze({ status: 'infeasible', backendStatus: status });
      if (feasibility.Status === 'Optimal') {
        const values = readValues(feasibility, lp);
        return Object.freeze({ status: 'unbounded', backendStatus: status, ...(values === undefined ? {} : { values }) });
      }
      if (feasibility.Status === 'Time limit reached') return Object.freeze({ status: 'time-limit', backendStatus: status });
      return errorResult(status, `HiGHS could not tell infeasible from unbounded (feasibility check: ${feasibility.Status}).`);
    }
    case 'Time limit reached': {
      const values = readValues(solution, lp);
      return Object.freeze({
        status: 'time-limit',
        backendStatus: status,
        ...(values === undefined ? {} : { values, objective: solution.ObjectiveValue + program.constant }),
      });
    }
    default:
      return errorResult(status, `HiGHS ended with status "${status}".`);
  }
}

/**
 * A HiGHS backend with its own way of loading the runtime (for browsers: `locateFile` or
 * `highsLoader`). The default {@link highsBackend} loads from the installed `highs` package.
 *
 * HiGHS (Huangfu & Hall 2018, doi:10.1007/s12532-017-0130-5) solves LPs with its dual revised simplex
 * (or interior point) and MILPs with branch-and-cut; optimal LP answers come with row duals and
 * reduced costs. Options used: `output_flag: false`, `time_limit`, primal/dual feasibility
 * tolerances `min(1e-7, tolerance/10)`, and for MILPs `mip_rel_gap: 1e-9`. A wasm solve cannot be
 * interrupted part-way; only `time_limit` bounds it.
 *
 * Complexity: that of HiGHS (simplex: exponential worst case, fast in practice).
 *
 * @example
 * const backend = createHighsBackend({ locateFile: (file) => `/assets/${file}` });
 * const registry = createLpBackendRegistry([backend, javascriptLpSolverBackend]);
 */
export function createHighsBackend(load: HighsLoadOptions = {}): LpBackend {
  return Object.freeze({
    id: 'highs',
    supportsIntegers: true,
    providesDuals: true,
    solve: (program: NormalizedLinearProgram, options: LpBackendSolveOptions) => solveWithHighs(program, options, load),
  });
}

/** The default HiGHS backend (see {@link createHighsBackend}). */
export const highsBackend: LpBackend = createHighsBackend();
