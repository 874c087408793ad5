import { UnsupportedFormatError } from '../../errors/errors.js';
import type { Label, ProfileMetadata } from '../../profiles/types.js';
import { parseError } from '../text.js';
import { isDerivedKey, MAX_PREFLIB_ALTERNATIVES, type PrefLibDocument, type PrefLibType } from './document.js';

/** The alternatives of a PrefLib file: their ids (the profile's labels), lookup, and names. */
export interface PrefLibAlternatives {
  /** Alternative ids in ascending order; they become the profile's candidate labels. */
  readonly ids: readonly number[];
  /** The index of an alternative id in `ids`, undefined when it is not one. */
  readonly indexOf: { get(id: number): number | undefined };
  /** Names parallel to `ids` when the header names any alternative or the ids are not 1…m (unnamed ones get their id). */
  readonly names: readonly string[] | undefined;
}

function range(m: number): number[] {
  return Array.from({ length: m }, (_, i) => i + 1);
}

/**
 * The declared alternatives of a PrefLib file. They are 1…m for `NUMBER ALTERNATIVES: m`; a file that
 * names exactly m alternatives with other ids (e.g. `ALTERNATIVE NAME 6` among 4 alternatives) has those
 * ids. With `lenient`, ids the preference lines use (`usedIds`) are added and a missing or inconsistent
 * `NUMBER ALTERNATIVES` is ignored.
 */
export function resolveAlternatives(
  doc: PrefLibDocument,
  usedIds: ReadonlySet<number>,
  lenient: boolean,
  source: string | undefined,
): PrefLibAlternatives {
  const named = [...doc.alternativeNames.keys()].sort((a, b) => a - b);
  const m = doc.alternatives?.value;
  let ids: number[];
  if (m !== undefined && m > MAX_PREFLIB_ALTERNATIVES) {
    // also when lenient: silently reading fewer alternatives than declared would be a wrong answer
    throw parseError(`more than ${MAX_PREFLIB_ALTERNATIVES} alternatives are not supported.`, doc.alternatives!.line, source,
      'Check NUMBER ALTERNATIVES.');
  }
  if (!lenient) {
    if (m === undefined) {
      throw parseError('the header has no NUMBER ALTERNATIVES line.', undefined, source,
        'Add `# NUMBER ALTERNATIVES: m` (the alternatives are numbered 1…m) to the header.');
    }
    const beyond = named.filter((id) => id > m);
    if (beyond.length === 0) ids = range(m);
    else if (named.length === m) ids = named;
    else {
      const id = beyond[0]!;
      throw parseError(`alternative ${id} is named, but NUMBER ALTERNATIVES is ${m}.`, doc.alternativeNames.get(id)!.line, source,
        `Number the alternatives 1…${m}, or set NUMBER ALTERNATIVES to the number of alternatives.`);
    }
  } else {
    const all = new Set<number>(named);
    for (const id of usedIds) all.add(id);
    const consistent = m !== undefined && named.length === m && named.some((id) => id > m);
    // ids are ≥ 1 (the header and line parsers refuse 0), so 1…m and the others are the ids beyond m
    if (m !== undefined && !consistent) ids = range(m).concat([...all].filter((id) => id > m).sort((a, b) => a - b));
    else ids = [...all].sort((a, b) => a - b);
  }
  const plain = ids.every((id, i) => id === i + 1);
  const indexOf = plain ? { get: (id: number) => (id >= 1 && id <= ids.length ? id - 1 : undefined) } : new Map(ids.map((id, i) => [id, i]));
  // Ids other than 1…m (possible when lenient) can only be written back by naming every alternative, so
  // they get names (their ids) here too: otherwise reading the written file would add names.
  const names = doc.alternativeNames.size === 0 && plain ? undefined : ids.map((id) => doc.alternativeNames.get(id)?.name ?? String(id));
  return { ids, indexOf, names };
}

/** A readable list of alternative ids for messages: `1…5` for a range, else the first few. */
export function describeIds(ids: readonly number[]): string {
  if (ids.length === 0) return 'none';
  if (ids[ids.length - 1] === ids.length) return ids.length === 1 ? '1' : `1…${ids.length}`;
  return ids.length <= 8 ? ids.join(', ') : `${ids.slice(0, 8).join(', ')}, …`;
}

function checkLine(text: string, where: string): void {
  if (/[\r\n]/.test(text)) {
    throw new UnsupportedFormatError('a PrefLib header value cannot contain a line break.', {
      where,
      fix: 'Replace the line breaks in this name or field by spaces.',
    });
  }
}

/**
 * The ids and names a PrefLib writer uses for a profile's candidates: labels that are positive integers
 * in increasing order are the ids themselves (names from `metadata.candidateNames`, or the ids when they
 * are not 1…m, so the file declares them); any other labels are written as ids 1…m named by the labels.
 */
export function prefLibIds(candidates: readonly Label[], metadata: ProfileMetadata | undefined): { ids: number[]; names: string[] | undefined } {
  const m = candidates.length;
  let increasing = true;
  let previous = 0;
  for (const label of candidates) {
    if (typeof label !== 'number' || !Number.isSafeInteger(label) || label <= previous) {
      increasing = false;
      break;
    }
    previous = label;
  }
  let ids: number[];
  let names: string[] | undefined;
  const given = metadata?.candidateNames;
  if (increasing && previous <= MAX_PREFLIB_ALTERNATIVES) {
    ids = candidates as number[];
    if (given !== undefined && Array.isArray(given) && given.length === m) names = given.map(String);
    else names = previous === m ? undefined : ids.map(String);
  } else {
    ids = range(m);
    names = candidates.map(String);
  }
  names?.forEach((name, i) => checkLine(name, `candidates[${i}]`));
  return { ids, names };
}

/** Standard descriptive header keys, in the order of the PrefLib specification (before `DATA TYPE`: the first three). */
const STANDARD_FIELDS = ['FILE NAME', 'TITLE', 'DESCRIPTION', 'MODIFICATION TYPE', 'RELATES TO', 'RELATED FILES', 'PUBLICATION DATE', 'MODIFICATION DATE'];

/**
 * The header lines of a PrefLib file: the descriptive fields (the profile's, or the standard ones left
 * blank when it has none), `DATA TYPE` at its place after FILE NAME / TITLE / DESCRIPTION, then the
 * given counts and names.
 */
export function headerLines(
  type: PrefLibType,
  metadata: ProfileMetadata | undefined,
  counts: readonly (readonly [string, number])[],
  names: readonly (readonly [string, string])[],
): string[] {
  const fields: (readonly [string, string])[] = metadata?.fields
    ? metadata.fields.map((f, i) => {
        if (!Array.isArray(f) || typeof f[0] !== 'string' || typeof f[1] !== 'string') {
          throw new UnsupportedFormatError('a metadata field must be a [key, value] pair of strings.', { where: `metadata.fields[${i}]` });
        }
        if (f[0].includes(':') || isDerivedKey(f[0], type)) {
          throw new UnsupportedFormatError(`the metadata field ${JSON.stringify(f[0])} cannot be written: ${f[0].includes(':') ? 'a key cannot contain a colon' : 'the writer computes it from the data'}.`, {
            where: `metadata.fields[${i}]`,
            fix: 'Remove or rename this field.',
          });
        }
        checkLine(f[0], `metadata.fields[${i}]`);
        checkLine(f[1], `metadata.fields[${i}]`);
        return f;
      })
    : STANDARD_FIELDS.map((key) => [key, ''] as const);
  let at = fields.findIndex((f) => !['FILE NAME', 'TITLE', 'DESCRIPTION'].includes(f[0].trim().toUpperCase()));
  if (at < 0) at = fields.length;
  const out: string[] = [];
  const line = (key: string, value: string): string => (value === '' ? `# ${key.trim()}:` : `# ${key.trim()}: ${value}`);
  fields.forEach((f, i) => {
    if (i === at) out.push(line('DATA TYPE', type));
    out.push(line(f[0], f[1]));
  });
  if (at === fields.length) out.push(line('DATA TYPE', type));
  for (const [key, value] of counts) out.push(line(key, String(value)));
  for (const [key, value] of names) {
    checkLine(value, key);
    out.push(line(key, value));
  }
  return out;
}
