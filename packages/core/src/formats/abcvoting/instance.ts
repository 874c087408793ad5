import { ValidationError } from '../../errors/errors.js';
import { approvalProfile, candidateSet } from '../../profiles/approval.js';
import type { Label } from '../../profiles/types.js';
import { assertInteger } from '../../validation/numbers.js';
import type { AbcComputeEntry, AbcInstance, AbcValue } from './types.js';

/** The top-level keys of an `.abc.yaml` file (abcvoting's `ABC_YAML_VALID_KEYS`). */
export const ABC_YAML_KEYS: readonly string[] = Object.freeze(['profile', 'num_cand', 'committeesize', 'compute', 'voter_weights', 'description']);

/** The keys of a compute entry kept in their own fields rather than in `options`. */
export const ABC_ENTRY_KEYS: readonly string[] = Object.freeze(['rule_id', 'result', 'resolute']);

/** Deepest nesting of option values accepted (guards against cyclic or absurd YAML). */
export const MAX_ABC_DEPTH = 32;

/** Validates and freezes an option value: null, booleans, numbers, strings, arrays and plain objects. */
export function abcValue(value: unknown, where: string, depth = 0): AbcValue {
  if (depth > MAX_ABC_DEPTH) throw new ValidationError(`nested more than ${MAX_ABC_DEPTH} levels deep.`, { where });
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) return Object.freeze(value.map((v, i) => abcValue(v, `${where}[${i}]`, depth + 1)));
  if (typeof value === 'object' && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
    return Object.freeze(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, abcValue(v, `${where}.${k}`, depth + 1)])));
  }
  throw new ValidationError(`unsupported value of type ${typeof value}.`, {
    where,
    fix: 'Use null, booleans, numbers, strings, lists and maps only.',
  });
}

export interface AbcComputeEntryInput {
  readonly ruleId: string;
  readonly result?: readonly (readonly number[])[] | null;
  readonly resolute?: boolean;
  readonly options?: readonly (readonly [string, AbcValue])[];
}

export interface AbcInstanceInput {
  /** Candidates: their number (0…m−1) or the list 0…m−1; counts are voter weights. */
  readonly profile: {
    readonly candidates: readonly Label[] | number;
    readonly ballots: readonly (readonly number[])[];
    readonly counts?: readonly number[];
  };
  readonly committeeSize?: number;
  readonly description?: string;
  readonly compute?: readonly AbcComputeEntryInput[];
}

/** Validates one compute entry over m candidates. */
export function abcComputeEntry(entry: AbcComputeEntryInput, m: number, where: string): AbcComputeEntry {
  if (entry === null || typeof entry !== 'object') throw new ValidationError('a compute entry must be an object {ruleId, …}.', { where });
  if (typeof entry.ruleId !== 'string' || entry.ruleId === '') {
    throw new ValidationError('a compute entry needs a rule id.', { where: `${where}.ruleId`, fix: 'Name the rule, e.g. "pav".' });
  }
  let result: readonly (readonly number[])[] | null | undefined;
  if (entry.result === null) result = null;
  else if (entry.result !== undefined) {
    if (!Array.isArray(entry.result)) throw new ValidationError('result must be a list of committees or null.', { where: `${where}.result` });
    result = Object.freeze(entry.result.map((c, i) => candidateSet(c, m, `${where}.result[${i}]`)));
  }
  if (entry.resolute !== undefined && typeof entry.resolute !== 'boolean') {
    throw new ValidationError('resolute must be true or false.', { where: `${where}.resolute` });
  }
  const options = entry.options ?? [];
  if (!Array.isArray(options)) throw new ValidationError('options must be a list of [key, value] pairs.', { where: `${where}.options` });
  const seen = new Set<string>();
  const frozenOptions = Object.freeze(options.map((pair: unknown, i) => {
    const at = `${where}.options[${i}]`;
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string') {
      throw new ValidationError('an option must be a [key, value] pair with a string key.', { where: at });
    }
    const key = pair[0];
    if (ABC_ENTRY_KEYS.includes(key) || seen.has(key)) {
      throw new ValidationError(`option ${JSON.stringify(key)} is ${seen.has(key) ? 'given twice' : 'a field of the entry'}.`, {
        where: at,
        fix: 'Give rule_id, result and resolute as ruleId, result, resolute; other keys once each.',
      });
    }
    seen.add(key);
    return Object.freeze([key, abcValue(pair[1], `${at}[1]`)] as const);
  }));
  return Object.freeze({
    ruleId: entry.ruleId,
    ...(result === undefined ? {} : { result }),
    ...(entry.resolute === undefined ? {} : { resolute: entry.resolute }),
    options: frozenOptions,
  });
}

/**
 * A validated, frozen abcvoting instance (M. Lackner et al., abcvoting, github.com/martinlackner/abcvoting):
 * an approval profile over the candidates 0…m−1 with positive voter weights, an optional committee size
 * (a whole number ≥ 1), description, and compute entries whose committees name candidates 0…m−1.
 *
 * Complexity: O(total ballot and result size).
 *
 * @example
 * const inst = abcInstance({ profile: { candidates: 3, ballots: [[0, 1], [2]] }, committeeSize: 2 });
 * inst.profile.candidates; // [0, 1, 2]
 */
export function abcInstance(input: AbcInstanceInput): AbcInstance {
  if (input === null || typeof input !== 'object' || input.profile === null || typeof input.profile !== 'object') {
    throw new ValidationError('expected an abcvoting instance {profile, committeeSize?, …}.', { where: 'instance' });
  }
  const profile = approvalProfile({ candidates: input.profile.candidates, ballots: input.profile.ballots, ...(input.profile.counts === undefined ? {} : { counts: input.profile.counts }) });
  const m = profile.candidates.length;
  profile.candidates.forEach((label, i) => {
    if (label !== i) {
      throw new ValidationError(`abcvoting candidates are 0…${m - 1}, but candidate ${i} is ${JSON.stringify(label)}.`, {
        where: `profile.candidates[${i}]`,
        fix: 'Relabel the candidates by their index (give the number of candidates).',
      });
    }
  });
  if (input.committeeSize !== undefined) assertInteger(input.committeeSize, 'committeeSize', 1);
  if (input.description !== undefined && typeof input.description !== 'string') {
    throw new ValidationError('description must be a string.', { where: 'description' });
  }
  const compute = input.compute ?? [];
  if (!Array.isArray(compute)) throw new ValidationError('compute must be a list of entries.', { where: 'compute' });
  return Object.freeze({
    kind: 'abc' as const,
    profile,
    ...(input.committeeSize === undefined ? {} : { committeeSize: input.committeeSize }),
    ...(input.description === undefined ? {} : { description: input.description }),
    compute: Object.freeze(compute.map((e, i) => abcComputeEntry(e, m, `compute[${i}]`))),
  });
}
