import { createLpBackendRegistry, type LpBackendRegistry } from './backend.js';
import { highsBackend } from './highs.js';
import { javascriptLpSolverBackend } from './javascript-lp-solver.js';

/**
 * The default backends: HiGHS (WebAssembly; the default engine, `'auto'`) and javascript-lp-solver
 * (pure JavaScript, for small programs only; used as a fallback and cross-checker within its size
 * limit of 300 variables and 300 constraints, and whenever asked for explicitly).
 *
 * @example
 * defaultLpBackendRegistry.ids; // ['highs', 'javascript-lp-solver']
 */
export const defaultLpBackendRegistry: LpBackendRegistry = createLpBackendRegistry([
  highsBackend,
  javascriptLpSolverBackend,
]);
