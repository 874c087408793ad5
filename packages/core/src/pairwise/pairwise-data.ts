import { ValidationError } from '../errors/errors.js';
import { candidateList } from '../profiles/candidates.js';
import { normalizeRanking, rankedCount } from '../profiles/ranking.js';
import type { KwiseData, KwiseRecord, Label, PairwiseData, PairwiseRecord } from '../profiles/types.js';
import { assertFinite } from '../validation/numbers.js';

function checkItem(value: unknown, n: number, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= n) {
    throw new ValidationError(`${JSON.stringify(value)} is not an item index in 0…${n - 1}.`, { where, code: 'unknown-candidate' });
  }
  return value;
}

function checkWeight(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  assertFinite(value, where);
  if (value <= 0) {
    throw new ValidationError(`a weight must be positive, got ${value}.`, { where, code: 'negative-value', fix: 'Drop records with zero weight.' });
  }
  return value;
}

function checkTag(value: unknown, where: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ValidationError('expected a string.', { where });
  return value;
}

/**
 * Validated, frozen pairwise comparison data (RLHF preference pairs, arena battles).
 *
 * @example
 * pairwiseData({ items: ['gpt', 'claude'], records: [{ a: 0, b: 1, outcome: 'tie' }] });
 */
export function pairwiseData(input: { items: readonly Label[] | number; records: readonly PairwiseRecord[] }): PairwiseData {
  const items = candidateList(input.items, 'items');
  if (!Array.isArray(input.records)) throw new ValidationError('records must be an array.', { where: 'records' });
  const records = input.records.map((r, i) => {
    const where = `records[${i}]`;
    if (typeof r !== 'object' || r === null) throw new ValidationError('a record must be an object {a, b, outcome}.', { where });
    const a = checkItem(r.a, items.length, `${where}.a`);
    const b = checkItem(r.b, items.length, `${where}.b`);
    if (a === b) {
      throw new ValidationError('an item cannot be compared with itself.', { where, fix: 'Remove the self-comparison.' });
    }
    if (r.outcome !== 'a' && r.outcome !== 'b' && r.outcome !== 'tie') {
      throw new ValidationError(`outcome must be "a", "b" or "tie", got ${JSON.stringify(r.outcome)}.`, { where: `${where}.outcome` });
    }
    const weight = checkWeight(r.weight, `${where}.weight`);
    const annotator = checkTag(r.annotator, `${where}.annotator`);
    const group = checkTag(r.group, `${where}.group`);
    return Object.freeze({
      a,
      b,
      outcome: r.outcome,
      ...(weight === undefined ? {} : { weight }),
      ...(annotator === undefined ? {} : { annotator }),
      ...(group === undefined ? {} : { group }),
    });
  });
  return Object.freeze({ kind: 'pairwise' as const, items, records: Object.freeze(records) });
}

/** Validated, frozen K-wise ranking data; each record ranks at least two items. */
export function kwiseData(input: { items: readonly Label[] | number; records: readonly KwiseRecord[] }): KwiseData {
  const items = candidateList(input.items, 'items');
  if (!Array.isArray(input.records)) throw new ValidationError('records must be an array.', { where: 'records' });
  const scratch = new Uint8Array(items.length);
  const records = input.records.map((r, i) => {
    const where = `records[${i}]`;
    if (typeof r !== 'object' || r === null) throw new ValidationError('a record must be an object {ranking}.', { where });
    const ranking = normalizeRanking(r.ranking, items.length, `${where}.ranking`, {}, scratch);
    if (rankedCount(ranking) < 2) throw new ValidationError('a K-wise record must rank at least two items.', { where: `${where}.ranking` });
    const weight = checkWeight(r.weight, `${where}.weight`);
    const annotator = checkTag(r.annotator, `${where}.annotator`);
    const group = checkTag(r.group, `${where}.group`);
    return Object.freeze({
      ranking,
      ...(weight === undefined ? {} : { weight }),
      ...(annotator === undefined ? {} : { annotator }),
      ...(group === undefined ? {} : { group }),
    });
  });
  return Object.freeze({ kind: 'kwise' as const, items, records: Object.freeze(records) });
}

/**
 * The pairwise records implied by K-wise rankings ("rank breaking" into all pairs): every pair of items
 * in different positions gives one record, a tie group gives tie records. Weights are carried over.
 */
export function pairwiseFromKwise(data: KwiseData): PairwiseData {
  const records: PairwiseRecord[] = [];
  for (const r of data.records) {
    const classes = r.ranking.map((e) => (typeof e === 'number' ? [e] : e));
    const extra = {
      ...(r.weight === undefined ? {} : { weight: r.weight }),
      ...(r.annotator === undefined ? {} : { annotator: r.annotator }),
      ...(r.group === undefined ? {} : { group: r.group }),
    };
    for (let i = 0; i < classes.length; i++) {
      const ci = classes[i]!;
      for (let x = 0; x < ci.length; x++) for (let y = x + 1; y < ci.length; y++) {
        records.push(Object.freeze({ a: ci[x]!, b: ci[y]!, outcome: 'tie' as const, ...extra }));
      }
      for (let j = i + 1; j < classes.length; j++) {
        for (const a of ci) for (const b of classes[j]!) records.push(Object.freeze({ a, b, outcome: 'a' as const, ...extra }));
      }
    }
  }
  return Object.freeze({ kind: 'pairwise' as const, items: data.items, records: Object.freeze(records) });
}
