import type { NormalizedLinearProgram } from '../program/types.js';

/**
 * Certificate checks for LP/MILP answers. They recompute everything from the program and the
 * answer, in plain floating point, without trusting the backend.
 *
 * Sources: LP duality — weak duality `cᵀx ≥ bound(y)` for every feasible x and dual-feasible y
 * (Gale, Kuhn & Tucker 1951; Chvátal, *Linear Programming*, 1983, ch. 5); Farkas' lemma for
 * infeasibility (Farkas, J. reine angew. Math. 124 (1902) 1–27, doi:10.1515/crll.1902.124.1).
 */

/** Largest absolute value (0 for an empty list); a loop, so long arrays cannot overflow the stack. */
function maxAbs(values: readonly number[]): number {
  let m = 0;
  for (const v of values) m = Math.max(m, Math.abs(v));
  return m;
}

/** Result of {@link checkPrimal}. */
export interface PrimalCheck {
  /**
   * Largest bound or constraint violation, each relative to `max(1, |bound|, largest |aᵢⱼxⱼ|)`.
   * 0 for a feasible point.
   */
  readonly primalResidual: number;
  /** Largest `|xⱼ − round(xⱼ)|` over integer variables (0 when there are none). */
  readonly integralityResidual: number;
  /** `cᵀx + c₀` recomputed from the values. */
  readonly objective: number;
  /** Where the largest violation is (`variables[j]`, `constraints[i]`), if any. */
  readonly worst?: string;
}

/**
 * Measures how far `values` is from satisfying the bounds, constraints and integrality of `program`,
 * and recomputes the objective.
 *
 * Complexity: O(n + nnz).
 *
 * @example
 * checkPrimal(normalizeLinearProgram({
 *   variables: [{ name: 'x', upper: 1 }],
 *   objective: { sense: 'max', coefficients: [['x', 2]] },
 * }), [1.5]); // { primalResidual: 0.5, integralityResidual: 0, objective: 3, worst: 'variables[0]' }
 */
export function checkPrimal(program: NormalizedLinearProgram, values: readonly number[]): PrimalCheck {
  let residual = 0;
  let worst: string | undefined;
  let integrality = 0;
  const note = (violation: number, where: string): void => {
    if (violation > residual || Number.isNaN(violation)) {
      residual = Number.isNaN(violation) ? Infinity : violation;
      worst = where;
    }
  };
  program.variableNames.forEach((_, j) => {
    const x = values[j];
    if (x === undefined || !Number.isFinite(x)) {
      note(Infinity, `variables[${j}]`);
      return;
    }
    const lo = program.lower[j] as number;
    const hi = program.upper[j] as number;
    if (x < lo) note((lo - x) / Math.max(1, Math.abs(lo)), `variables[${j}]`);
    if (x > hi) note((x - hi) / Math.max(1, Math.abs(hi)), `variables[${j}]`);
    if (program.integer[j]) integrality = Math.max(integrality, Math.abs(x - Math.round(x)));
  });
  program.constraints.forEach((c, i) => {
    let activity = 0;
    let largest = 0;
    c.indices.forEach((j, k) => {
      const term = (c.values[k] as number) * (values[j] ?? NaN);
      activity += term;
      largest = Math.max(largest, Math.abs(term));
    });
    if (c.lower !== -Infinity && activity < c.lower) {
      note((c.lower - activity) / Math.max(1, Math.abs(c.lower), largest), `constraints[${i}]`);
    }
    if (c.upper !== Infinity && activity > c.upper) {
      note((activity - c.upper) / Math.max(1, Math.abs(c.upper), largest), `constraints[${i}]`);
    }
    if (Number.isNaN(activity)) note(Infinity, `constraints[${i}]`);
  });
  let objective = program.constant;
  program.objective.forEach((cj, j) => {
    if (cj !== 0) objective += cj * (values[j] ?? NaN);
  });
  return Object.freeze({
    primalResidual: residual,
    integralityResidual: integrality,
    objective,
    ...(worst === undefined ? {} : { worst }),
  });
}

/** Result of {@link dualBound}. */
export interface DualBound {
  /**
   * The bound the duals prove: a lower bound on every feasible objective value when minimising, an
   * upper bound when maximising (constant term included).
   */
  readonly bound: number;
  /** Largest sign violation of a dual or reduced cost on a side without a finite bound, relative to the data. */
  readonly dualResidual: number;
  /** `z = c − Aᵀy`. */
  readonly reducedCosts: readonly number[];
}

/**
 * The objective bound proved by constraint duals `y` (convention `c = Aᵀy + z`, y the shadow prices)
 * through weak LP duality: for a minimisation,
 * `bound = c₀ + Σᵢ (yᵢ > 0 ? yᵢLᵢ : yᵢUᵢ) + Σⱼ (zⱼ > 0 ? zⱼlⱼ : zⱼuⱼ)` with `z = c − Aᵀy`; signs
 * flip for a maximisation. A multiplier whose sign calls for an infinite bound is a dual
 * infeasibility: it is left out of the bound and reported in `dualResidual`.
 *
 * Source: Gale, Kuhn & Tucker (1951); Chvátal, *Linear Programming* (1983), ch. 5 and 9.
 *
 * Complexity: O(n + nnz).
 *
 * @example
 * // min x s.t. x ≥ 2: the dual y = 1 proves x ≥ 2.
 * dualBound(normalizeLinearProgram({
 *   variables: [{ name: 'x' }],
 *   constraints: [{ coefficients: [['x', 1]], lower: 2 }],
 *   objective: { sense: 'min', coefficients: [['x', 1]] },
 * }), [1]).bound; // 2
 */
export function dualBound(program: NormalizedLinearProgram, duals: readonly number[]): DualBound {
  const n = program.variableNames.length;
  const maximize = program.sense === 'max';
  const cScale = Math.max(1, maxAbs(program.objective));
  const z = [...program.objective];
  const zScale = program.objective.map((c) => Math.abs(c));
  let bound = program.constant;
  let residual = 0;
  program.constraints.forEach((c, i) => {
    const y = duals[i] ?? NaN;
    if (!Number.isFinite(y)) {
      residual = Infinity;
      return;
    }
    c.indices.forEach((j, k) => {
      const t = (c.values[k] as number) * y;
      z[j] = (z[j] as number) - t;
      zScale[j] = Math.max(zScale[j] as number, Math.abs(t));
    });
    if (y === 0) return;
    // Minimising, y > 0 uses the lower side; maximising, the upper side.
    const side = (y > 0) !== maximize ? c.lower : c.upper;
    if (Number.isFinite(side)) bound += y * side;
    else residual = Math.max(residual, Math.abs(y) / cScale);
  });
  for (let j = 0; j < n; j++) {
    const zj = z[j] as number;
    if (zj === 0) continue;
    const side = (zj > 0) !== maximize ? (program.lower[j] as number) : (program.upper[j] as number);
    if (Number.isFinite(side)) bound += zj * side;
    else residual = Math.max(residual, Math.abs(zj) / Math.max(1, zScale[j] as number));
  }
  return Object.freeze({ bound, dualResidual: residual, reducedCosts: Object.freeze(z) });
}

/** The interval `{Σ wₖ vₖ : loₖ ≤ vₖ ≤ hiₖ}` as [min, max]; `w = 0` contributes 0 even for infinite bounds. */
function intervalSum(
  weights: readonly number[],
  lower: (k: number) => number,
  upper: (k: number) => number,
): [number, number] {
  let min = 0;
  let max = 0;
  weights.forEach((w, k) => {
    if (w === 0) return;
    const a = w * lower(k);
    const b = w * upper(k);
    min += Math.min(a, b);
    max += Math.max(a, b);
  });
  return [min, max];
}

/** Result of {@link checkFarkas}. */
export interface FarkasCheck {
  readonly valid: boolean;
  /**
   * Distance between the interval of `(Aᵀy)ᵀx` over the variable box and the interval of `yᵀr` over
   * the constraint ranges, relative to their magnitude: positive means the two cannot meet, so no x is
   * feasible.
   */
  readonly separation: number;
}

/**
 * Checks a Farkas certificate of infeasibility: constraint multipliers `y` such that the values
 * `(Aᵀy)ᵀx` can take over the variable bounds and the values `yᵀ(Ax)` the constraint ranges allow
 * are disjoint intervals — then no x satisfies both. Entries of `Aᵀy` below `1e-9` times their terms
 * are treated as cancellation noise. Valid for LPs, and for MILPs a fortiori (it proves the LP
 * relaxation infeasible).
 *
 * Source: Farkas (1902), doi:10.1515/crll.1902.124.1; Schrijver, *Theory of Linear and Integer
 * Programming* (1986), §7.3.
 *
 * Complexity: O(n + nnz).
 *
 * @example
 * // x ≥ 0 and x ≤ −1: y = −1 on the row gives (Aᵀy)ᵀx = −x ∈ (−∞, 0] and y·r ≥ 1.
 * checkFarkas(normalizeLinearProgram({
 *   variables: [{ name: 'x' }],
 *   constraints: [{ coefficients: [['x', 1]], upper: -1 }],
 *   objective: { sense: 'min', coefficients: [] },
 * }), [-1], 1e-6).valid; // true
 */
export function checkFarkas(
  program: NormalizedLinearProgram,
  multipliers: readonly number[],
  tolerance: number,
): FarkasCheck {
  const n = program.variableNames.length;
  if (multipliers.length !== program.constraints.length || !multipliers.every(Number.isFinite)) {
    return { valid: false, separation: -Infinity };
  }
  const g = new Array<number>(n).fill(0);
  const scale = new Array<number>(n).fill(0);
  program.constraints.forEach((c, i) => {
    const y = multipliers[i] as number;
    if (y === 0) return;
    c.indices.forEach((j, k) => {
      const t = (c.values[k] as number) * y;
      g[j] = (g[j] as number) + t;
      scale[j] = Math.max(scale[j] as number, Math.abs(t));
    });
  });
  for (let j = 0; j < n; j++) if (Math.abs(g[j] as number) <= 1e-9 * (scale[j] as number)) g[j] = 0;
  const [colMin, colMax] = intervalSum(g, (j) => program.lower[j] as number, (j) => program.upper[j] as number);
  const rows = program.constraints;
  const [rowMin, rowMax] = intervalSum(
    multipliers,
    (i) => (rows[i] as { lower: number }).lower,
    (i) => (rows[i] as { upper: number }).upper,
  );
  const gapAbove = rowMin - colMax; // every reachable yᵀAx is below every allowed yᵀr
  const gapBelow = colMin - rowMax;
  const raw = Math.max(gapAbove, gapBelow);
  if (Number.isNaN(raw)) return { valid: false, separation: -Infinity };
  const magnitude = Math.max(1, maxAbs([colMin, colMax, rowMin, rowMax].filter(Number.isFinite)));
  const separation = raw === Infinity ? Infinity : raw / magnitude;
  return { valid: separation > tolerance, separation };
}

/** Result of {@link checkUnboundedRay}. */
export interface RayCheck {
  readonly valid: boolean;
  /** Largest violation of the recession conditions by the normalised ray. */
  readonly residual: number;
  /** Objective improvement along the normalised ray, relative to its terms (positive = improving). */
  readonly improvement: number;
}

/**
 * Checks a ray of unboundedness `d` (normalised to `‖d‖∞ = 1`): it must keep every finite bound
 * and constraint side (`dⱼ ≥ 0` where `lⱼ` is finite, `aᵢᵀd ≤ 0` where `Uᵢ` is finite, …, up to
 * `tolerance`) and improve the objective (`cᵀd > 0` when maximising, `< 0` when minimising). With a
 * feasible point this proves an LP unbounded.
 *
 * Source: Schrijver (1986), §8.2 (recession cones); Chvátal (1983), ch. 3.
 *
 * Complexity: O(n + nnz).
 *
 * @example
 * checkUnboundedRay(normalizeLinearProgram({
 *   variables: [{ name: 'x' }],
 *   objective: { sense: 'max', coefficients: [['x', 1]] },
 * }), [1], 1e-6).valid; // true
 */
export function checkUnboundedRay(
  program: NormalizedLinearProgram,
  ray: readonly number[],
  tolerance: number,
): RayCheck {
  const n = program.variableNames.length;
  if (ray.length !== n || !ray.every(Number.isFinite)) return { valid: false, residual: Infinity, improvement: 0 };
  const norm = maxAbs(ray);
  if (norm === 0) return { valid: false, residual: Infinity, improvement: 0 };
  const d = ray.map((v) => v / norm);
  let residual = 0;
  for (let j = 0; j < n; j++) {
    const dj = d[j] as number;
    if (Number.isFinite(program.lower[j] as number)) residual = Math.max(residual, -dj);
    if (Number.isFinite(program.upper[j] as number)) residual = Math.max(residual, dj);
  }
  for (const c of program.constraints) {
    let s = 0;
    let largest = 1;
    c.indices.forEach((j, k) => {
      const t = (c.values[k] as number) * (d[j] as number);
      s += t;
      largest = Math.max(largest, Math.abs(t));
    });
    if (Number.isFinite(c.lower)) residual = Math.max(residual, -s / largest);
    if (Number.isFinite(c.upper)) residual = Math.max(residual, s / largest);
  }
  let cd = 0;
  let cScale = 0;
  program.objective.forEach((c, j) => {
    cd += c * (d[j] as number);
    cScale = Math.max(cScale, Math.abs(c * (d[j] as number)));
  });
  const improvement = cScale === 0 ? 0 : ((program.sense === 'max' ? 1 : -1) * cd) / cScale;
  return { valid: residual <= tolerance && improvement > tolerance, residual, improvement };
}
