import { ValidationError } from '../errors/errors.js';
import { assertFinite } from '../validation/numbers.js';
import { frozenNumbers } from './packed-numbers.js';

/** Validates a list of positive finite weights/counts of the given length; returns a frozen copy. O(length). */
export function positiveWeights(values: unknown, length: number, where: string): readonly number[] {
  if (!Array.isArray(values)) {
    throw new ValidationError('expected an array of positive numbers.', { where });
  }
  if (values.length !== length) {
    throw new ValidationError(`expected ${length} entries (one per ballot), got ${values.length}.`, {
      where,
      fix: 'Give exactly one count or weight per ballot.',
    });
  }
  const out: number[] = [];
  for (let i = 0; i < length; i++) {
    const w: unknown = values[i];
    assertFinite(w, `${where}[${i}]`);
    if (w <= 0) {
      throw new ValidationError(`a count or weight must be positive, got ${w}.`, {
        where: `${where}[${i}]`,
        code: 'negative-value',
        fix: 'Remove ballots with zero weight; counts and weights must be > 0.',
      });
    }
    out.push(w);
  }
  return frozenNumbers(out);
}
