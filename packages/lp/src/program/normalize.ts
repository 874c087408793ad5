import { InvalidNumberError, ValidationError, describe } from '@plural/core';
import type {
  LinearProgram,
  LinearTerm,
  NormalizedConstraint,
  NormalizedLinearProgram,
  ObjectiveSense,
} from './types.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A bound: any number except NaN; `-Infinity`/`Infinity` allowed on the side where they make sense. */
function readBound(value: unknown, fallback: number, side: 'lower' | 'upper', where: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new InvalidNumberError(`expected a number or ±Infinity, got ${describe(value)}.`, {
      where,
      fix: `Use a number, or ${side === 'lower' ? '-Infinity' : 'Infinity'} for no bound.`,
    });
  }
  if (side === 'lower' && value === Infinity) {
    throw new InvalidNumberError('a lower bound of +Infinity leaves no feasible value.', {
      where,
      fix: 'Use a finite lower bound or -Infinity for none.',
    });
  }
  if (side === 'upper' && value === -Infinity) {
    throw new InvalidNumberError('an upper bound of -Infinity leaves no feasible value.', {
      where,
      fix: 'Use a finite upper bound or Infinity for none.',
    });
  }
  return value;
}

function checkOrder(lower: number, upper: number, where: string): void {
  if (lower > upper) {
    throw new ValidationError(`lower bound ${lower} exceeds upper bound ${upper}.`, {
      where,
      fix: 'Swap the bounds or correct one of them so that lower ≤ upper.',
    });
  }
}

/**
 * Resolves a sparse list of terms to increasing indices and non-zero finite values; rejects unknown
 * variables, non-finite coefficients and a variable listed twice.
 */
function readTerms(
  terms: unknown,
  byName: ReadonlyMap<string, number>,
  count: number,
  where: string,
): { indices: number[]; values: number[] } {
  if (!Array.isArray(terms)) {
    throw new ValidationError(`expected an array of [variable, coefficient] pairs, got ${describe(terms)}.`, {
      where,
      fix: 'Write the coefficients as [[variableIndexOrName, coefficient], …].',
    });
  }
  const seen = new Map<number, number>();
  const entries: [number, number][] = [];
  terms.forEach((term: unknown, t) => {
    const here = `${where}[${t}]`;
    if (!Array.isArray(term) || term.length !== 2) {
      throw new ValidationError(`expected a [variable, coefficient] pair, got ${describe(term)}.`, {
        where: here,
        fix: 'Write each term as [variableIndexOrName, coefficient].',
      });
    }
    const [ref, coefficient] = term as unknown as LinearTerm;
    let index: number;
    if (typeof ref === 'number') {
      if (!Number.isInteger(ref) || ref < 0 || ref >= count) {
        throw new ValidationError(`unknown variable index ${describe(ref)}; the program has ${count} variables.`, {
          where: `${here}[0]`,
          fix: `Use an index in 0..${count - 1} or a variable name.`,
        });
      }
      index = ref;
    } else if (typeof ref === 'string') {
      const found = byName.get(ref);
      if (found === undefined) {
        throw new ValidationError(`unknown variable ${JSON.stringify(ref)}.`, {
          where: `${here}[0]`,
          fix: 'Declare the variable in `variables` first, or correct the name.',
        });
      }
      index = found;
    } else {
      throw new ValidationError(`expected a variable index or name, got ${describe(ref)}.`, {
        where: `${here}[0]`,
        fix: 'Name a variable by its index in `variables` or by its name.',
      });
    }
    if (typeof coefficient !== 'number' || !Number.isFinite(coefficient)) {
      throw new InvalidNumberError(`expected a finite coefficient, got ${describe(coefficient)}.`, {
        where: `${here}[1]`,
        fix: 'Replace NaN or ±Infinity coefficients with finite numbers.',
      });
    }
    const previous = seen.get(index);
    if (previous !== undefined) {
      throw new ValidationError(`variable ${index} is listed twice (also at position ${previous}).`, {
        where: here,
        fix: 'Merge the two terms into one by adding their coefficients.',
      });
    }
    seen.set(index, t);
    if (coefficient !== 0) entries.push([index, coefficient]);
  });
  entries.sort((a, b) => a[0] - b[0]);
  return { indices: entries.map((e) => e[0]), values: entries.map((e) => e[1]) };
}

/**
 * Validates a {@link LinearProgram} and resolves it into the frozen {@link NormalizedLinearProgram}
 * that backends and the certificate check use: dense objective, sparse rows with increasing indices
 * and no zero coefficients, defaults filled in (variables `0 ≤ x < ∞`, constraints unbounded on a
 * side that is not given).
 *
 * Rejects, with a {@link ValidationError} naming the field: no variables, empty or duplicate names,
 * NaN bounds, `lower > upper`, a lower bound of `+Infinity` or an upper bound of `-Infinity`,
 * NaN/±Infinity coefficients or constant, unknown variables, a variable listed twice in one row.
 *
 * Complexity: O(n + nnz log nnz) for n variables and nnz listed coefficients.
 *
 * @example
 * const p = normalizeLinearProgram({
 *   variables: [{ name: 'x' }, { name: 'y', upper: 3 }],
 *   constraints: [{ coefficients: [['x', 1], ['y', 1]], upper: 4 }],
 *   objective: { sense: 'max', coefficients: [['x', 1], [1, 2]] },
 * });
 * p.objective; // [1, 2]
 */
export function normalizeLinearProgram(program: LinearProgram): NormalizedLinearProgram {
  if (!isRecord(program)) {
    throw new ValidationError(`expected a linear program object, got ${describe(program)}.`, {
      where: 'program',
      fix: 'Pass { variables, constraints, objective }.',
    });
  }
  const variables: unknown = program.variables;
  if (!Array.isArray(variables) || variables.length === 0) {
    throw new ValidationError('a linear program needs at least one variable.', {
      where: 'variables',
      fix: 'Pass a non-empty array of { name, lower?, upper?, integer? }.',
    });
  }
  const n = variables.length;
  const variableNames: string[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  const integer: boolean[] = [];
  const byName = new Map<string, number>();
  variables.forEach((variable: unknown, j) => {
    const where = `variables[${j}]`;
    if (!isRecord(variable)) {
      throw new ValidationError(`expected a variable object, got ${describe(variable)}.`, {
        where,
        fix: 'Write each variable as { name, lower?, upper?, integer? }.',
      });
    }
    const name = variable.name;
    if (typeof name !== 'string' || name.length === 0) {
      throw new ValidationError(`expected a non-empty name, got ${describe(name)}.`, {
        where: `${where}.name`,
        fix: 'Give every variable a unique non-empty string name.',
      });
    }
    const previous = byName.get(name);
    if (previous !== undefined) {
      throw new ValidationError(`duplicate variable name ${JSON.stringify(name)} (also variables[${previous}]).`, {
        where: `${where}.name`,
        fix: 'Give every variable a unique name.',
      });
    }
    byName.set(name, j);
    const lo = readBound(variable.lower, 0, 'lower', `${where}.lower`);
    const hi = readBound(variable.upper, Infinity, 'upper', `${where}.upper`);
    checkOrder(lo, hi, where);
    const isInteger = variable.integer;
    if (isInteger !== undefined && typeof isInteger !== 'boolean') {
      throw new ValidationError(`expected true or false, got ${describe(isInteger)}.`, {
        where: `${where}.integer`,
        fix: 'Set integer to true for an integer variable, or leave it out.',
      });
    }
    variableNames.push(name);
    lower.push(lo === 0 ? 0 : lo); // normalise -0
    upper.push(hi === 0 ? 0 : hi);
    integer.push(isInteger === true);
  });

  const rawConstraints: unknown = program.constraints ?? [];
  if (!Array.isArray(rawConstraints)) {
    throw new ValidationError(`expected an array of constraints, got ${describe(rawConstraints)}.`, {
      where: 'constraints',
      fix: 'Pass constraints as an array of { coefficients, lower?, upper? }, or leave it out.',
    });
  }
  const constraintNames = new Map<string, number>();
  let nonzeros = 0;
  const constraints: NormalizedConstraint[] = rawConstraints.map((constraint: unknown, i) => {
    const where = `constraints[${i}]`;
    if (!isRecord(constraint)) {
      throw new ValidationError(`expected a constraint object, got ${describe(constraint)}.`, {
        where,
        fix: 'Write each constraint as { coefficients, lower?, upper?, name? }.',
      });
    }
    let name = where;
    if (constraint.name !== undefined) {
      if (typeof constraint.name !== 'string' || constraint.name.length === 0) {
        throw new ValidationError(`expected a non-empty name, got ${describe(constraint.name)}.`, {
          where: `${where}.name`,
          fix: 'Give the constraint a non-empty string name, or leave the name out.',
        });
      }
      const previous = constraintNames.get(constraint.name);
      if (previous !== undefined) {
        throw new ValidationError(
          `duplicate constraint name ${JSON.stringify(constraint.name)} (also constraints[${previous}]).`,
          { where: `${where}.name`, fix: 'Give every named constraint a unique name.' },
        );
      }
      constraintNames.set(constraint.name, i);
      name = constraint.name;
    }
    const terms = readTerms(constraint.coefficients, byName, n, `${where}.coefficients`);
    const lo = readBound(constraint.lower, -Infinity, 'lower', `${where}.lower`);
    const hi = readBound(constraint.upper, Infinity, 'upper', `${where}.upper`);
    checkOrder(lo, hi, where);
    nonzeros += terms.indices.length;
    return Object.freeze({
      name,
      indices: Object.freeze(terms.indices),
      values: Object.freeze(terms.values),
      lower: lo === 0 ? 0 : lo,
      upper: hi === 0 ? 0 : hi,
    });
  });

  const objective: unknown = program.objective;
  if (!isRecord(objective)) {
    throw new ValidationError(`expected an objective object, got ${describe(objective)}.`, {
      where: 'objective',
      fix: "Pass { sense: 'min' | 'max', coefficients, constant? }.",
    });
  }
  const sense = objective.sense;
  if (sense !== 'min' && sense !== 'max') {
    throw new ValidationError(`expected 'min' or 'max', got ${describe(sense)}.`, {
      where: 'objective.sense',
      fix: "Set sense to 'min' or 'max'.",
    });
  }
  const objectiveTerms = readTerms(objective.coefficients, byName, n, 'objective.coefficients');
  const dense = new Array<number>(n).fill(0);
  objectiveTerms.indices.forEach((j, k) => {
    dense[j] = objectiveTerms.values[k] as number;
  });
  const constant = objective.constant ?? 0;
  if (typeof constant !== 'number' || !Number.isFinite(constant)) {
    throw new InvalidNumberError(`expected a finite constant, got ${describe(constant)}.`, {
      where: 'objective.constant',
      fix: 'Use a finite number for the objective constant, or leave it out.',
    });
  }

  return Object.freeze({
    variableNames: Object.freeze(variableNames),
    lower: Object.freeze(lower),
    upper: Object.freeze(upper),
    integer: Object.freeze(integer),
    constraints: Object.freeze(constraints),
    sense: sense as ObjectiveSense,
    objective: Object.freeze(dense),
    constant,
    isMixedInteger: integer.some(Boolean),
    nonzeros,
  });
}
