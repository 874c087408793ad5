/**
 * Parameter checks shared by the preference generators. Every check throws a typed
 * {@link ValidationError} naming the parameter and the fix, so a bad `phi` or a NaN never reaches the
 * sampling loops.
 */
import { BudgetExceededError, ValidationError } from '../errors/errors.js';
import { candidateList } from '../profiles/candidates.js';
import type { Label } from '../profiles/types.js';
import { toRng, type Rng, type Seed } from '../random/rng.js';
import { assertFinite, assertInteger, describe } from '../validation/numbers.js';

/** Options every generator accepts: a seed (number or string) or an {@link Rng} to draw from. */
export interface SeedOption {
  /** Seed or generator; the same seed gives the same output everywhere. Default seed 0. */
  readonly seed?: Seed | Rng;
}

/**
 * The largest number of ballot entries (voters × candidates) one call may generate. Larger requests
 * throw {@link BudgetExceededError} instead of exhausting memory; generate in batches from one `Rng`.
 */
export const MAX_GENERATED_ENTRIES = 2 ** 25;

/** The options object itself, or `{}` when absent; anything else is rejected. */
export function optionsObject<T extends object>(options: T | undefined, where = 'options'): T {
  if (options === undefined) return {} as T;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ValidationError(`expected an options object, got ${describe(options)}.`, {
      where,
      fix: 'Pass the parameters as an object, e.g. { phi: 0.5, seed: 1 }.',
    });
  }
  return options;
}

/** The generator for a `seed` option, checking that an object seed really is an {@link Rng}. */
export function seedRng(seed: unknown): Rng {
  if (typeof seed === 'object' && seed !== null) {
    const r = seed as Partial<Rng>;
    if (typeof r.float !== 'function' || typeof r.int !== 'function' || typeof r.normal !== 'function') {
      throw new ValidationError('seed must be a number, a string or an Rng from createRng.', {
        where: 'seed',
        fix: 'Pass a whole number, a string, or createRng(seed).',
      });
    }
    return seed as Rng;
  }
  if (seed !== undefined && typeof seed !== 'number' && typeof seed !== 'string') {
    throw new ValidationError(`seed must be a number, a string or an Rng, got ${describe(seed)}.`, {
      where: 'seed',
      fix: 'Pass a whole number, a string, or createRng(seed).',
    });
  }
  return toRng(seed);
}

/** A number of voters (or comparisons): a whole number ≥ 0. */
export function countParameter(value: unknown, where: string): number {
  assertInteger(value, where, 0);
  return value;
}

/** The candidate labels: a count m ≥ 1 (labels 0…m−1) or a non-empty list of distinct labels. */
export function candidatesParameter(value: unknown, where = 'candidates', minimum = 1): readonly Label[] {
  if (typeof value === 'number') assertInteger(value, where, minimum);
  const labels = candidateList(value as readonly Label[] | number, where);
  if (labels.length < minimum) {
    throw new ValidationError(`${where} must have at least ${minimum} entr${minimum === 1 ? 'y' : 'ies'}, got ${labels.length}.`, {
      where,
      fix: `Give ${where} as a count ≥ ${minimum} or a list of at least ${minimum} distinct labels.`,
    });
  }
  return labels;
}

/** A probability (or any parameter of [0, 1]): finite and 0 ≤ value ≤ 1. */
export function unitParameter(value: unknown, where: string): number {
  assertFinite(value, where);
  if (value < 0 || value > 1) {
    throw new ValidationError(`${where} must lie in [0, 1], got ${value}.`, {
      where,
      fix: `Choose ${where} between 0 and 1.`,
    });
  }
  return value;
}

/** A finite number ≥ 0. */
export function nonNegativeParameter(value: unknown, where: string): number {
  assertFinite(value, where);
  if (value < 0) {
    throw new ValidationError(`${where} must be ≥ 0, got ${value}.`, {
      where,
      code: 'negative-value',
      fix: `Choose a non-negative ${where}.`,
    });
  }
  return value;
}

/** Throws {@link BudgetExceededError} when `count × width` entries would exceed {@link MAX_GENERATED_ENTRIES}. */
export function checkBudget(count: number, width: number, where: string): void {
  if (count * width > MAX_GENERATED_ENTRIES) {
    throw new BudgetExceededError(
      `${count} × ${width} = ${count * width} entries exceed the generator limit of ${MAX_GENERATED_ENTRIES}.`,
      { where, fix: 'Generate in smaller batches, passing one Rng as the seed of each call.' },
    );
  }
}

/** The validated arguments every profile generator takes: its options object, n voters and m candidate labels. */
export interface ProfileArguments<T extends object> {
  readonly opts: T;
  readonly n: number;
  readonly labels: readonly Label[];
  readonly m: number;
}

/** Validates a profile generator's arguments in order: the options object, the number of voters, the candidates. */
export function profileArguments<T extends object>(voters: unknown, candidates: unknown, options: T | undefined): ProfileArguments<T> {
  const opts = optionsObject(options);
  const n = countParameter(voters, 'voters');
  const labels = candidatesParameter(candidates);
  return { opts, n, labels, m: labels.length };
}

/** The generator of the `seed` option for n voters' ballots over m candidates, once {@link checkBudget} allows them. */
export function votersRng(n: number, m: number, seed: unknown): Rng {
  checkBudget(n, m, 'voters');
  return seedRng(seed);
}

/** Validates an array parameter and returns it (the caller copies what it keeps). */
export function arrayParameter(value: unknown, where: string, length?: number, lengthName?: string): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new ValidationError(`expected an array, got ${describe(value)}.`, { where });
  }
  if (length !== undefined && value.length !== length) {
    throw new ValidationError(`expected ${length} entries${lengthName ? ` (${lengthName})` : ''}, got ${value.length}.`, {
      where,
      fix: `Give exactly ${length} entries${lengthName ? `, ${lengthName}` : ''}.`,
    });
  }
  return value;
}

/** A list of positive finite numbers of the given length, copied. */
export function positiveNumbers(value: unknown, where: string, length: number, lengthName: string): number[] {
  const array = arrayParameter(value, where, length, lengthName);
  return array.map((w, i) => {
    assertFinite(w, `${where}[${i}]`);
    if (w <= 0) {
      throw new ValidationError(`${where}[${i}] must be positive, got ${w}.`, {
        where: `${where}[${i}]`,
        code: 'negative-value',
        fix: 'Use strictly positive weights (drop candidates that should never be chosen).',
      });
    }
    return w;
  });
}

/** A list of finite numbers of the given length, copied. */
export function finiteNumbers(value: unknown, where: string, length: number, lengthName: string): number[] {
  const array = arrayParameter(value, where, length, lengthName);
  return array.map((x, i) => {
    assertFinite(x, `${where}[${i}]`);
    return x;
  });
}

/** Rejects option names the generator does not know (catches typos such as `phy`). */
export function rejectUnknownOptions(options: object, known: readonly string[], where = 'options'): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new ValidationError(`unknown parameter "${key}".`, {
        where: `${where}.${key}`,
        fix: `Use one of: ${known.join(', ')}.`,
      });
    }
  }
}
