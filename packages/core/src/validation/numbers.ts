import { InvalidNumberError, NegativeValueError, ValidationError } from '../errors/errors.js';

/** Throws {@link InvalidNumberError} unless `value` is a finite number (not NaN, not ±Infinity). */
export function assertFinite(value: unknown, where: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidNumberError(`expected a finite number, got ${describe(value)}.`, {
      where,
      fix: 'Replace NaN, Infinity or non-numeric values with finite numbers.',
    });
  }
}

/** Throws unless `value` is a finite number ≥ 0. */
export function assertNonNegative(value: unknown, where: string): asserts value is number {
  assertFinite(value, where);
  if (value < 0) {
    throw new NegativeValueError(`expected a non-negative number, got ${value}.`, {
      where,
      fix: 'Weights, counts, costs and probabilities must be ≥ 0.',
    });
  }
}

/** Throws unless `value` is a safe integer (optionally ≥ `min`). */
export function assertInteger(value: unknown, where: string, min = -Infinity): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new InvalidNumberError(`expected an integer, got ${describe(value)}.`, {
      where,
      fix: 'Use a whole number.',
    });
  }
  if (value < min) {
    throw new ValidationError(`expected an integer ≥ ${min}, got ${value}.`, {
      where,
      code: min >= 0 ? 'negative-value' : 'invalid-input',
      fix: `Use a whole number of at least ${min}.`,
    });
  }
}

/** A short human description of a value for error messages. */
export function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return typeof value;
}
