import type { LpBackendRegistry, RawLpStatus } from '../backends/backend.js';
import type { HighsLoadOptions } from '../backends/highs.js';

/** Outcome of {@link solve}. */
export type LpStatus = 'optimal' | 'infeasible' | 'unbounded' | 'time-limit';

/** A backend id from the registry, or `'auto'` (the registry's first backend: HiGHS by default). */
export type LpBackendChoice = 'auto' | 'highs' | 'javascript-lp-solver' | (string & {});

/** Options of {@link solve}. `locateFile`/`highsLoader` say how to load HiGHS in a browser. */
export interface SolveOptions extends HighsLoadOptions {
  /** Which backend answers first. Default `'auto'` (HiGHS). */
  readonly backend?: LpBackendChoice;
  /** Wall-clock budget over all attempts, in seconds; passed to HiGHS as `time_limit`. */
  readonly timeLimitSeconds?: number;
  /**
   * Checked before and after every backend call. A WebAssembly solve cannot be interrupted part-way:
   * abort takes effect when the running solve returns (use `timeLimitSeconds` to bound it).
   */
  readonly signal?: AbortSignal;
  /** Feasibility and optimality tolerance of the certificate check. Default `1e-6`. */
  readonly tolerance?: number;
  /** The backends to use. Default: {@link defaultLpBackendRegistry} (HiGHS, then javascript-lp-solver). */
  readonly registry?: LpBackendRegistry;
}

/** How an answer was certified. */
export type LpCertificateMethod =
  /** Optimal LP: duality gap from the answering backend's own duals. */
  | 'lp-duality'
  /** Optimal LP: duality gap from another backend's duals (the answering one gives none). */
  | 'lp-duality-cross'
  /** MILP optimum or time-limit incumbent: primal feasibility, integrality and objective only. */
  | 'primal'
  /** Infeasible: a Farkas certificate was checked. */
  | 'farkas'
  /** Unbounded: a feasible point and an improving ray were checked. */
  | 'unbounded-ray'
  /** Infeasible/unbounded: another backend, re-solving, reached the same status. */
  | 'cross-check'
  /** Infeasible/unbounded/time-limit without a checkable certificate (`checked: false`). */
  | 'none';

/**
 * What was verified about the returned answer. Every `optimal` answer has `checked: true`;
 * `checked: false` happens only for infeasible/unbounded claims that neither came with a ray nor
 * could be re-solved cheaply by another backend, and for time-limit results without an incumbent.
 */
export interface LpCertificate {
  readonly checked: boolean;
  readonly method: LpCertificateMethod;
  /** The tolerance the checks used. */
  readonly tolerance: number;
  /**
   * Largest bound/constraint violation of the returned values, each relative to
   * `max(1, |bound|, largest |aᵢⱼxⱼ|)`; `NaN` when no values are returned.
   */
  readonly primalResidual: number;
  /** Largest distance of an integer variable to the nearest integer (MILPs). */
  readonly integralityResidual?: number;
  /** `|reported objective − cᵀx − c₀| / max(1, |cᵀx + c₀|)`. */
  readonly objectiveResidual?: number;
  /**
   * LPs: `objective − dualBound` when minimising, `dualBound − objective` when maximising (≥ 0 up to
   * rounding); accepted when `|gap| ≤ tolerance · max(1, |objective|)`.
   */
  readonly dualityGap?: number;
  /** The objective bound proved by the duals (weak duality). */
  readonly dualBound?: number;
  /** Dual infeasibility of the duals used (see `dualBound()`). */
  readonly dualResidual?: number;
  /** Backend whose duals, Farkas multipliers or ray were used, when not the answering one. */
  readonly certifiedBy?: string;
  /** Relative separation of a checked Farkas certificate. */
  readonly farkasSeparation?: number;
  /** Relative improvement along a checked unbounded ray. */
  readonly rayImprovement?: number;
  /** Extra explanation (e.g. why a claim is unchecked). */
  readonly note?: string;
}

/** One backend call and what became of its answer. */
export interface LpAttempt {
  readonly backend: string;
  readonly status: RawLpStatus;
  /** The backend's own status text. */
  readonly backendStatus: string;
  /** Why the answer was not returned; absent for the accepted answer. */
  readonly rejected?: string;
  /** Wall-clock seconds of the backend call. */
  readonly seconds: number;
}

/** The checked answer of {@link solve}. Frozen. */
export interface LpSolution {
  readonly status: LpStatus;
  /**
   * Variable values by index: the optimum, or the best feasible point found before a time limit;
   * empty otherwise.
   */
  readonly values: readonly number[];
  /** The same values by variable name. */
  readonly valuesByName: Readonly<Record<string, number>>;
  /**
   * `cᵀx + c₀` recomputed from `values` when there are values; `±Infinity` for infeasible
   * (−∞ when maximising, +∞ when minimising) and unbounded (+∞ when maximising, −∞ when minimising);
   * `NaN` for a time limit without a feasible point.
   */
  readonly objective: number;
  /**
   * Optimal LPs: one dual (shadow price) per constraint, convention `c = Aᵀy + z` for both senses —
   * `duals[i]` is the rate of change of the optimal objective per unit increase of constraint i's
   * active bound. These are the duals the certificate used (possibly another backend's).
   */
  readonly duals?: readonly number[];
  /** Optimal LPs: `z = c − Aᵀy`, one per variable. */
  readonly reducedCosts?: readonly number[];
  /** The backend whose answer is returned. */
  readonly backend: string;
  readonly certificate: LpCertificate;
  /** Every backend answer considered, in order, with the rejected ones and why. */
  readonly attempts: readonly LpAttempt[];
}
