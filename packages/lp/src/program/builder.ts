import { InvalidNumberError, ValidationError, describe } from '@plural/core';
import type { LpSolution, SolveOptions } from '../solve/types.js';
import { solve } from '../solve/solve.js';
import { normalizeLinearProgram } from './normalize.js';
import type { LinearProgram, LpConstraint, LpVariable, ObjectiveSense } from './types.js';

/** What arithmetic on expressions accepts: an expression, a variable, or a number (a constant). */
export type LinearInput = LinearExpression | LpVariableHandle | number;

function finite(value: number, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidNumberError(`expected a finite number, got ${describe(value)}.`, {
      where,
      fix: 'Use finite coefficients and constants in linear expressions.',
    });
  }
  return value;
}

/**
 * An immutable affine expression `Σ coefficient·variable + constant` over the variables of one
 * {@link LpModel}. Build it from variables with `plus`, `minus`, `times` or {@link linearSum}.
 */
export class LinearExpression {
  /** @internal The model the variables belong to; undefined for a pure constant. */
  readonly owner: object | undefined;
  /** Coefficients by variable index. */
  readonly coefficients: ReadonlyMap<number, number>;
  readonly constant: number;

  /** @internal Use variables and `linearSum` instead. */
  constructor(owner: object | undefined, coefficients: ReadonlyMap<number, number>, constant: number) {
    this.owner = owner;
    this.coefficients = coefficients;
    this.constant = constant;
    Object.freeze(this);
  }

  /** `this + other`. */
  plus(other: LinearInput): LinearExpression {
    return combine(this, toExpression(other), 1);
  }

  /** `this − other`. */
  minus(other: LinearInput): LinearExpression {
    return combine(this, toExpression(other), -1);
  }

  /** `factor · this`. */
  times(factor: number): LinearExpression {
    finite(factor, 'times(factor)');
    const scaled = new Map<number, number>();
    for (const [j, c] of this.coefficients) if (c * factor !== 0) scaled.set(j, noOverflow(c * factor));
    return new LinearExpression(this.owner, scaled, noOverflow(this.constant * factor));
  }
}

/** Arithmetic on finite numbers can still overflow to ±Infinity; report it where it happens. */
function noOverflow(value: number): number {
  if (!Number.isFinite(value)) {
    throw new InvalidNumberError('the expression overflows: a coefficient or constant is no longer finite.', {
      where: 'expression',
      fix: 'Rescale the model so that coefficients and constants stay well below 1e308.',
    });
  }
  return value;
}

/** A variable of an {@link LpModel}; usable wherever a {@link LinearInput} is expected. */
export class LpVariableHandle {
  /** @internal */
  readonly owner: object;
  readonly name: string;
  /** Index of the variable in the built program's `variables`. */
  readonly index: number;

  /** @internal Created by {@link LpModel.variable}. */
  constructor(owner: object, name: string, index: number) {
    this.owner = owner;
    this.name = name;
    this.index = index;
    Object.freeze(this);
  }

  /** This variable as an expression `1·x`. */
  toExpression(): LinearExpression {
    return new LinearExpression(this.owner, new Map([[this.index, 1]]), 0);
  }

  plus(other: LinearInput): LinearExpression {
    return this.toExpression().plus(other);
  }

  minus(other: LinearInput): LinearExpression {
    return this.toExpression().minus(other);
  }

  times(factor: number): LinearExpression {
    return this.toExpression().times(factor);
  }
}

function toExpression(input: LinearInput): LinearExpression {
  if (input instanceof LinearExpression) return input;
  if (input instanceof LpVariableHandle) return input.toExpression();
  if (typeof input === 'number') return new LinearExpression(undefined, new Map(), finite(input, 'constant'));
  throw new ValidationError(`expected a linear expression, a variable or a number, got ${describe(input)}.`, {
    where: 'expression',
    fix: 'Build expressions from the variables returned by model.variable().',
  });
}

function combine(a: LinearExpression, b: LinearExpression, sign: 1 | -1): LinearExpression {
  if (a.owner !== undefined && b.owner !== undefined && a.owner !== b.owner) {
    throw new ValidationError('the expression mixes variables of two different models.', {
      where: 'expression',
      fix: 'Use only variables created by the same lp() model in one expression.',
    });
  }
  const merged = new Map(a.coefficients);
  for (const [j, c] of b.coefficients) {
    const value = (merged.get(j) ?? 0) + sign * c;
    if (value === 0) merged.delete(j);
    else merged.set(j, noOverflow(value));
  }
  return new LinearExpression(a.owner ?? b.owner, merged, noOverflow(a.constant + sign * b.constant));
}

/**
 * The sum of linear inputs.
 *
 * @example
 * const m = lp();
 * const xs = [m.variable('a'), m.variable('b'), m.variable('c')];
 * m.constraint(linearSum(xs), { upper: 1 }); // a + b + c ≤ 1
 */
export function linearSum(inputs: Iterable<LinearInput>): LinearExpression {
  let total = new LinearExpression(undefined, new Map(), 0);
  for (const input of inputs) total = total.plus(input);
  return total;
}

/** Bounds of a variable created by {@link LpModel.variable}. */
export interface VariableOptions {
  /** Default 0. */
  readonly lower?: number;
  /** Default Infinity. */
  readonly upper?: number;
  readonly integer?: boolean;
}

/** Bounds of a constraint `lower ≤ expression ≤ upper`. */
export interface ConstraintOptions {
  readonly lower?: number;
  readonly upper?: number;
  readonly name?: string;
}

/** The fluent model builder returned by {@link lp}. */
export interface LpModel {
  /** Adds a variable and returns its handle. Names must be unique. */
  variable(name: string, options?: VariableOptions): LpVariableHandle;
  /** Adds `lower ≤ expression ≤ upper`; the expression's constant moves to the bounds. */
  constraint(expression: LinearInput, options: ConstraintOptions): LpModel;
  /** Adds `left ≤ right`. */
  lessEqual(left: LinearInput, right: LinearInput, name?: string): LpModel;
  /** Adds `left ≥ right`. */
  greaterEqual(left: LinearInput, right: LinearInput, name?: string): LpModel;
  /** Adds `left = right`. */
  equal(left: LinearInput, right: LinearInput, name?: string): LpModel;
  /** Adds the ranged constraint `lower ≤ expression ≤ upper`. */
  between(lower: number, expression: LinearInput, upper: number, name?: string): LpModel;
  /** Sets the objective to minimise `expression` (its constant is kept). */
  minimize(expression: LinearInput): LpModel;
  /** Sets the objective to maximise `expression` (its constant is kept). */
  maximize(expression: LinearInput): LpModel;
  /** The program as validated, frozen plain data. Without an objective: minimise 0. */
  build(): LinearProgram;
  /** `solve(this.build(), options)`. */
  solve(options?: SolveOptions): Promise<LpSolution>;
}

/**
 * A small fluent builder for linear programs, on top of the plain {@link LinearProgram} data.
 * Variables default to `0 ≤ x < ∞`; expressions are immutable; `build()` validates everything with
 * {@link normalizeLinearProgram}.
 *
 * Complexity: O(1) amortised per term added; `build()` is linear in the model size.
 *
 * @example
 * const model = lp();
 * const x = model.variable('x', { lower: 0 });
 * const y = model.variable('y', { lower: 0, upper: 3 });
 * model.lessEqual(x.plus(y), 4).maximize(x.plus(y.times(2)));
 * const solution = await model.solve(); // objective 7 at x = 1, y = 3
 */
export function lp(): LpModel {
  const owner = {};
  const variables: LpVariable[] = [];
  const names = new Map<string, number>();
  const constraints: LpConstraint[] = [];
  let objective: { sense: ObjectiveSense; expression: LinearExpression } | undefined;

  const own = (input: LinearInput, where: string): LinearExpression => {
    const expression = toExpression(input);
    if (expression.owner !== undefined && expression.owner !== owner) {
      throw new ValidationError('the expression uses variables of another model.', {
        where,
        fix: 'Use only variables created by this model.',
      });
    }
    return expression;
  };
  const terms = (expression: LinearExpression): [string, number][] =>
    [...expression.coefficients]
      .sort((a, b) => a[0] - b[0])
      .map(([j, c]) => [(variables[j] as LpVariable).name, c]);

  const model: LpModel = {
    variable(name, options = {}) {
      const where = `variables[${variables.length}]`;
      if (typeof name !== 'string' || name.length === 0) {
        throw new ValidationError(`expected a non-empty name, got ${describe(name)}.`, {
          where: `${where}.name`,
          fix: 'Give every variable a unique non-empty string name.',
        });
      }
      const previous = names.get(name);
      if (previous !== undefined) {
        throw new ValidationError(`duplicate variable name ${JSON.stringify(name)} (also variables[${previous}]).`, {
          where: `${where}.name`,
          fix: 'Give every variable a unique name.',
        });
      }
      names.set(name, variables.length);
      variables.push(Object.freeze({ name, ...options }));
      return new LpVariableHandle(owner, name, variables.length - 1);
    },
    constraint(expression, options) {
      const where = `constraints[${constraints.length}]`;
      if (typeof options !== 'object' || options === null) {
        throw new ValidationError(`expected constraint bounds { lower?, upper?, name? }, got ${describe(options)}.`, {
          where,
          fix: 'Pass the bounds, e.g. model.constraint(expression, { upper: 4 }), or use lessEqual/greaterEqual/equal/between.',
        });
      }
      const e = own(expression, where);
      const lower = options.lower ?? -Infinity;
      const upper = options.upper ?? Infinity;
      constraints.push(
        Object.freeze({
          ...(options.name === undefined ? {} : { name: options.name }),
          coefficients: terms(e),
          lower: lower - e.constant,
          upper: upper - e.constant,
        }),
      );
      return model;
    },
    lessEqual(left, right, name) {
      return model.constraint(own(left, 'lessEqual').minus(own(right, 'lessEqual')), { upper: 0, ...(name === undefined ? {} : { name }) });
    },
    greaterEqual(left, right, name) {
      return model.constraint(own(left, 'greaterEqual').minus(own(right, 'greaterEqual')), { lower: 0, ...(name === undefined ? {} : { name }) });
    },
    equal(left, right, name) {
      return model.constraint(own(left, 'equal').minus(own(right, 'equal')), { lower: 0, upper: 0, ...(name === undefined ? {} : { name }) });
    },
    between(lower, expression, upper, name) {
      return model.constraint(expression, { lower, upper, ...(name === undefined ? {} : { name }) });
    },
    minimize(expression) {
      objective = { sense: 'min', expression: own(expression, 'objective') };
      return model;
    },
    maximize(expression) {
      objective = { sense: 'max', expression: own(expression, 'objective') };
      return model;
    },
    build() {
      const program: LinearProgram = Object.freeze({
        variables: Object.freeze([...variables]),
        constraints: Object.freeze([...constraints]),
        objective: Object.freeze(
          objective === undefined
            ? { sense: 'min' as const, coefficients: [], constant: 0 }
            : { sense: objective.sense, coefficients: terms(objective.expression), constant: objective.expression.constant },
        ),
      });
      normalizeLinearProgram(program);
      return program;
    },
    solve(options) {
      return solve(model.build(), options);
    },
  };
  return Object.freeze(model);
}
