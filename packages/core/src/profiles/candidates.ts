import { DuplicateCandidateError, UnknownCandidateError, ValidationError } from '../errors/errors.js';
import type { Label } from './types.js';

/**
 * Validates a candidate list: labels are non-empty strings or finite numbers, all distinct.
 * A number `m` stands for the labels 0…m−1. Returns a frozen copy.
 */
export function candidateList(candidates: readonly Label[] | number, where = 'candidates'): readonly Label[] {
  if (typeof candidates === 'number') {
    if (!Number.isSafeInteger(candidates) || candidates < 0) {
      throw new ValidationError(`the number of candidates must be a whole number ≥ 0, got ${candidates}.`, { where });
    }
    return Object.freeze(Array.from({ length: candidates }, (_, i) => i));
  }
  if (!Array.isArray(candidates)) {
    throw new ValidationError('expected an array of candidate labels.', {
      where,
      fix: 'Pass the candidates as an array of strings or numbers, or their count.',
    });
  }
  const seen = new Map<string, number>();
  const out: Label[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const label = candidates[i];
    if (typeof label === 'number') {
      if (!Number.isFinite(label)) {
        throw new ValidationError(`candidate label ${label} is not a finite number.`, { where: `${where}[${i}]`, code: 'invalid-number' });
      }
    } else if (typeof label !== 'string' || label.length === 0) {
      throw new ValidationError('a candidate label must be a non-empty string or a number.', {
        where: `${where}[${i}]`,
        fix: 'Give every candidate a name or an id.',
      });
    }
    const key = `${typeof label}:${label}`;
    const previous = seen.get(key);
    if (previous !== undefined) {
      throw new DuplicateCandidateError(`candidate ${JSON.stringify(label)} is listed twice (also at index ${previous}).`, {
        where: `${where}[${i}]`,
        fix: 'Candidate labels must be unique; rename or remove the duplicate.',
      });
    }
    seen.set(key, i);
    out.push(label);
  }
  return Object.freeze(out);
}

/** A lookup from label to index for a candidate list. */
export function labelIndex(candidates: readonly Label[]): (label: Label, where?: string) => number {
  const map = new Map<string, number>();
  candidates.forEach((label, i) => map.set(`${typeof label}:${label}`, i));
  return (label, where = 'label') => {
    const index = map.get(`${typeof label}:${label}`);
    if (index === undefined) {
      throw new UnknownCandidateError(`${JSON.stringify(label)} is not one of the candidates.`, {
        where,
        fix: `Use one of: ${candidates.slice(0, 10).map((c) => JSON.stringify(c)).join(', ')}${candidates.length > 10 ? ', …' : ''}.`,
      });
    }
    return index;
  };
}
