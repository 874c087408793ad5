import { ValidationError } from '@plural/core';
import type { NormalizedLinearProgram } from '../program/types.js';

/** What a backend reports before any checking. */
export type RawLpStatus = 'optimal' | 'infeasible' | 'unbounded' | 'time-limit' | 'error';

/**
 * A backend's unchecked answer, in the program's own indexing. Duals follow one convention for both
 * senses: `c = Σᵢ yᵢ aᵢ + z` (Lagrange multipliers), so `yᵢ` is the shadow price, the rate of change of
 * the optimal objective per unit increase of constraint i's active bound.
 */
export interface RawLpResult {
  readonly status: RawLpStatus;
  /** The backend's own status text, for reports. */
  readonly backendStatus: string;
  /** Variable values by index (optimal answers; time-limit incumbents; unbounded: a feasible point if known). */
  readonly values?: readonly number[];
  /** Objective value as reported, including the constant term. */
  readonly objective?: number;
  /** One dual per constraint of the program (LPs only). */
  readonly duals?: readonly number[];
  /** Reduced costs `z = c − Aᵀy`, one per variable (LPs only). */
  readonly reducedCosts?: readonly number[];
  /** For `infeasible`: constraint multipliers of a Farkas certificate, one per constraint. */
  readonly farkasMultipliers?: readonly number[];
  /** For `unbounded`: a direction of unbounded improvement, one entry per variable. */
  readonly primalRay?: readonly number[];
  /** For `error`: what went wrong. */
  readonly message?: string;
}

/** Options a backend receives from `solve`. */
export interface LpBackendSolveOptions {
  /** Wall-clock budget in seconds, if any. */
  readonly timeLimitSeconds?: number;
  /** The feasibility tolerance the answer will be checked with. */
  readonly tolerance: number;
  /** Ask for a Farkas certificate or an unbounded ray when the answer is infeasible/unbounded. */
  readonly wantRays?: boolean;
}

/** A pluggable LP/MILP solver. */
export interface LpBackend {
  /** Stable identifier, e.g. `'highs'`. */
  readonly id: string;
  /** Whether the backend handles integer variables. */
  readonly supportsIntegers: boolean;
  /** Whether optimal LP answers carry constraint duals. Such a backend can certify other backends' answers. */
  readonly providesDuals: boolean;
  /**
   * The largest program the backend is used for automatically (as a fallback or a cross-check).
   * An explicit request for the backend ignores it.
   */
  readonly maxAutomaticSize?: { readonly variables: number; readonly constraints: number };
  /** Solves the program; must not throw for solver outcomes (return `status: 'error'` instead). */
  solve(program: NormalizedLinearProgram, options: LpBackendSolveOptions): Promise<RawLpResult>;
}

/** An immutable set of backends by id. */
export interface LpBackendRegistry {
  /** Backend ids in registration order; the first is the default engine (`'auto'`). */
  readonly ids: readonly string[];
  get(id: string): LpBackend | undefined;
}

/**
 * Builds an immutable backend registry. The first backend is the one `backend: 'auto'` uses; the
 * others are fallbacks and cross-checkers.
 *
 * Complexity: O(k) for k backends.
 *
 * @example
 * const registry = createLpBackendRegistry([highsBackend, javascriptLpSolverBackend]);
 * registry.ids; // ['highs', 'javascript-lp-solver']
 */
export function createLpBackendRegistry(backends: readonly LpBackend[]): LpBackendRegistry {
  if (!Array.isArray(backends) || backends.length === 0) {
    throw new ValidationError('a backend registry needs at least one backend.', {
      where: 'backends',
      fix: 'Pass an array of LpBackend objects.',
    });
  }
  const byId = new Map<string, LpBackend>();
  backends.forEach((backend, k) => {
    if (typeof backend?.id !== 'string' || backend.id.length === 0 || typeof backend.solve !== 'function') {
      throw new ValidationError('expected an LpBackend { id, supportsIntegers, providesDuals, solve }.', {
        where: `backends[${k}]`,
        fix: 'Implement the LpBackend interface.',
      });
    }
    if (backend.id === 'auto' || byId.has(backend.id)) {
      throw new ValidationError(`duplicate or reserved backend id ${JSON.stringify(backend.id)}.`, {
        where: `backends[${k}].id`,
        fix: "Give every backend a unique id other than 'auto'.",
      });
    }
    byId.set(backend.id, backend);
  });
  const ids = Object.freeze([...byId.keys()]);
  return Object.freeze({ ids, get: (id: string) => byId.get(id) });
}

/** True when the program is within the backend's automatic-use limit. */
export function fitsAutomatically(backend: LpBackend, program: NormalizedLinearProgram): boolean {
  const limit = backend.maxAutomaticSize;
  return (
    limit === undefined ||
    (program.variableNames.length <= limit.variables && program.constraints.length <= limit.constraints)
  );
}
