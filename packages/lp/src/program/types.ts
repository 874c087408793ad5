/**
 * Plain-data linear programs. A {@link LinearProgram} is what callers write (or what the fluent
 * builder `lp()` produces); a {@link NormalizedLinearProgram} is the validated, index-resolved form
 * every backend and the certificate check work on.
 *
 * The program is
 *
 * ```text
 * minimize or maximize   cᵀx + c₀
 * subject to             Lᵢ ≤ aᵢᵀx ≤ Uᵢ      for every constraint i
 *                        lⱼ ≤ xⱼ ≤ uⱼ        for every variable j (xⱼ integer when flagged)
 * ```
 *
 * with ±Infinity allowed for any bound.
 */

/** A variable named by its index in `variables` or by its name. */
export type VariableRef = number | string;

/** One entry of a sparse row: `[variable, coefficient]`. */
export type LinearTerm = readonly [variable: VariableRef, coefficient: number];

/** Objective direction. */
export type ObjectiveSense = 'min' | 'max';

/** A decision variable. */
export interface LpVariable {
  /** Unique, non-empty name. */
  readonly name: string;
  /** Lower bound; `-Infinity` for none. Default `0` (the usual LP convention, as in the CPLEX LP format). */
  readonly lower?: number;
  /** Upper bound; `Infinity` for none. Default `Infinity`. */
  readonly upper?: number;
  /** Restrict the variable to integer values (a mixed-integer program). Default `false`. */
  readonly integer?: boolean;
}

/**
 * A linear constraint `lower ≤ Σ coefficient·variable ≤ upper`. Give only `upper` for `≤`, only
 * `lower` for `≥`, equal values for `=`, different finite values for a ranged constraint.
 */
export interface LpConstraint {
  /** Optional unique name, used in error messages. */
  readonly name?: string;
  /** Sparse coefficients; each variable at most once. */
  readonly coefficients: readonly LinearTerm[];
  /** Default `-Infinity`. */
  readonly lower?: number;
  /** Default `Infinity`. */
  readonly upper?: number;
}

/** The objective `sense Σ coefficient·variable + constant`. */
export interface LpObjective {
  readonly sense: ObjectiveSense;
  /** Sparse coefficients; each variable at most once. Variables not listed have coefficient 0. */
  readonly coefficients: readonly LinearTerm[];
  /** Constant term. Default `0`. */
  readonly constant?: number;
}

/** A linear (or mixed-integer linear) program as plain data. */
export interface LinearProgram {
  readonly variables: readonly LpVariable[];
  /** Default: no constraints. */
  readonly constraints?: readonly LpConstraint[];
  readonly objective: LpObjective;
}

/** A validated constraint with resolved variable indices and no zero coefficients. */
export interface NormalizedConstraint {
  /** The caller's name, or `constraints[i]`. */
  readonly name: string;
  /** Variable indices, increasing. */
  readonly indices: readonly number[];
  /** Coefficients matching `indices`, all finite and non-zero. */
  readonly values: readonly number[];
  readonly lower: number;
  readonly upper: number;
}

/** The validated, index-resolved form of a {@link LinearProgram}. Frozen. */
export interface NormalizedLinearProgram {
  readonly variableNames: readonly string[];
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  readonly integer: readonly boolean[];
  readonly constraints: readonly NormalizedConstraint[];
  readonly sense: ObjectiveSense;
  /** Dense objective coefficients, one per variable. */
  readonly objective: readonly number[];
  readonly constant: number;
  /** True when at least one variable is integer. */
  readonly isMixedInteger: boolean;
  /** Number of non-zero constraint coefficients. */
  readonly nonzeros: number;
}
