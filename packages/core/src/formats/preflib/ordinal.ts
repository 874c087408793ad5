import { UnsupportedFormatError } from '../../errors/errors.js';
import { freezeMetadata, anonymousProfile, mergeBallots } from '../../profiles/ranking-profiles.js';
import { rankingKey } from '../../profiles/ranking.js';
import type { AnonymousProfile, ProfileMetadata, Ranking, RankingEntry } from '../../profiles/types.js';
import type { ReadOptions } from '../types.js';
import { parseError, requireText } from '../text.js';
import { describeIds, headerLines, prefLibIds, resolveAlternatives } from './alternatives.js';
import { parsePrefLibDocument, type PrefLibDocument, type PrefLibType } from './document.js';

/** The four PrefLib types of ordinal preferences. */
export type PrefLibOrdinalType = Exclude<PrefLibType, 'cat'>;

const STRICT: Record<PrefLibOrdinalType, boolean> = { soc: true, soi: true, toc: false, toi: false };
const COMPLETE: Record<PrefLibOrdinalType, boolean> = { soc: true, soi: false, toc: true, toi: false };
const TYPE_NAMES: Record<PrefLibOrdinalType, string> = {
  soc: 'strict complete orders',
  soi: 'strict incomplete orders',
  toc: 'complete orders with ties',
  toi: 'incomplete orders with ties',
};

/** Checks that the header counts agree with the preference lines (strict reading). */
export function checkCounts(
  doc: PrefLibDocument,
  voters: number,
  unique: number,
  source: string | undefined,
  uniqueKey: 'NUMBER UNIQUE ORDERS' | 'NUMBER UNIQUE PREFERENCES',
): void {
  if (doc.voters !== undefined && doc.voters.value !== voters) {
    throw parseError(`NUMBER VOTERS is ${doc.voters.value}, but the counts of the preference lines add up to ${voters}.`, doc.voters.line, source,
      `Set NUMBER VOTERS to ${voters}, or correct the counts before the colons.`);
  }
  for (const declared of [doc.uniqueOrders, doc.uniquePreferences]) {
    if (declared !== undefined && declared.value !== unique) {
      throw parseError(`the header declares ${declared.value} unique ballots, but there are ${unique} preference lines.`, declared.line, source,
        `Set ${uniqueKey} to ${unique}, or add the missing lines.`);
    }
  }
}

/**
 * Reads a PrefLib ordinal file (`.soc`, `.soi`, `.toc`, `.toi`; Mattei & Walsh, "PrefLib: A Library for
 * Preferences", ADT 2013, doi:10.1007/978-3-642-41575-3_20; preflib.org/format) into an anonymous profile:
 * candidates are the alternative ids (numbers, normally 1…m), `metadata.candidateNames` holds the
 * `ALTERNATIVE NAME` lines, `metadata.fields` the other descriptive header lines in order (counts and
 * `DATA TYPE` are derived, so not kept). Ballots keep the file's order.
 *
 * Checked (each a ParseError at `source:line` with the fix): the syntax of every line, ids among the
 * declared alternatives, no alternative twice in a line, the type's constraints (soc: strict and
 * complete; soi: strict; toc: complete), no order on two lines, and NUMBER VOTERS / NUMBER UNIQUE ORDERS
 * equal to the data. With `options.lenient` the header may disagree with the data (see ReadOptions).
 *
 * Complexity: O(L + m) for a text of length L and m alternatives.
 *
 * @example
 * const p = readPrefLibOrdinal('# NUMBER ALTERNATIVES: 3\n# NUMBER VOTERS: 3\n# NUMBER UNIQUE ORDERS: 2\n2: 1,2,3\n1: 3,{1,2}\n', 'toc');
 * p.candidates; // [1, 2, 3]
 * p.ballots[1]; // [2, [0, 1]]
 */
export function readPrefLibOrdinal(text: string, type: PrefLibOrdinalType, options: ReadOptions = {}): AnonymousProfile {
  const source = options.source;
  requireText(text, source);
  const lenient = options.lenient === true;
  const doc = parsePrefLibDocument(text, type, source);
  const used = new Set<number>();
  if (lenient) for (const l of doc.lines) for (const e of l.entries) for (const id of typeof e === 'number' ? [e] : e) used.add(id);
  const alternatives = resolveAlternatives(doc, used, lenient, source);
  const m = alternatives.ids.length;
  const seen = new Int32Array(m);
  const ballots: Ranking[] = [];
  const counts: number[] = [];
  const firstLine = new Map<number | string, number>();
  let voters = 0;
  for (let b = 0; b < doc.lines.length; b++) {
    const line = doc.lines[b]!;
    const stamp = b + 1;
    const indexOf = (id: number): number => {
      const index = alternatives.indexOf.get(id);
      if (index === undefined) {
        throw parseError(`alternative ${id} is not one of the declared alternatives (${describeIds(alternatives.ids)}).`, line.line, source,
          'Use the numbers of the alternatives the header declares, or correct NUMBER ALTERNATIVES and the ALTERNATIVE NAME lines.');
      }
      if (seen[index] === stamp) {
        throw parseError(`alternative ${id} appears twice in this order.`, line.line, source,
          'List each alternative at most once per line; write ties as {a, b}.');
      }
      seen[index] = stamp;
      return index;
    };
    const ranking: RankingEntry[] = [];
    let size = 0;
    for (const entry of line.entries) {
      if (typeof entry === 'number') {
        ranking.push(indexOf(entry));
        size++;
        continue;
      }
      if (entry.length === 0) {
        throw parseError('an empty tie group {}.', line.line, source, 'Remove the empty braces.');
      }
      if (entry.length > 1 && STRICT[type]) {
        throw parseError(`this order has a tie {${entry.join(',')}}, but a .${type} file holds ${TYPE_NAMES[type]}.`, line.line, source,
          `Read the file as .${type === 'soc' ? 'toc' : 'toi'}, or break the tie.`);
      }
      const group = entry.map(indexOf).sort((x, y) => x - y);
      ranking.push(group.length === 1 ? group[0]! : Object.freeze(group));
      size += group.length;
    }
    if (COMPLETE[type] && size !== m) {
      throw parseError(`this order ranks ${size} of the ${m} alternatives, but a .${type} file holds ${TYPE_NAMES[type]}.`, line.line, source,
        `Read the file as .${type === 'soc' ? 'soi' : 'toi'}, or rank every alternative (ties at the bottom for the unranked ones: .toc).`);
    }
    const frozen = Object.freeze(ranking);
    const key = rankingKey(frozen, m);
    const previous = firstLine.get(key);
    if (previous !== undefined && !lenient) {
      throw parseError(`this order already appears on line ${previous}.`, line.line, source,
        'Merge the two lines into one, adding their counts (PrefLib lists each order once).');
    }
    if (previous === undefined) firstLine.set(key, line.line);
    ballots.push(frozen);
    counts.push(line.count);
    voters += line.count;
    if (!Number.isSafeInteger(voters)) {
      throw parseError('the total number of voters is too large to count exactly.', line.line, source, 'Check the counts before the colons.');
    }
  }
  if (!lenient) checkCounts(doc, voters, ballots.length, source, 'NUMBER UNIQUE ORDERS');
  const metadata = freezeMetadata({
    fields: doc.fields,
    ...(alternatives.names === undefined ? {} : { candidateNames: alternatives.names }),
  });
  return mergeBallots(Object.freeze(alternatives.ids.slice()), ballots, counts, metadata);
}

/**
 * Writes an anonymous profile as a PrefLib ordinal file of the given type, with computed NUMBER
 * ALTERNATIVES / VOTERS / UNIQUE ORDERS (identical ballots merged). Candidate labels that are increasing
 * positive integers are written as the alternative ids; other labels become ids 1…m with `ALTERNATIVE
 * NAME` lines holding the labels. Throws UnsupportedFormatError when the profile does not fit the type
 * (a tie in `.soc`/`.soi`, a truncated ballot in `.soc`/`.toc`) or has a count that is not a whole number.
 *
 * Complexity: O(n·m) for n distinct ballots.
 *
 * @example
 * writePrefLibOrdinal(anonymousProfile({ candidates: [1, 2], ballots: [[0, 1]], counts: [3] }), 'soc');
 * // '# FILE NAME:\n…# DATA TYPE: soc\n…# NUMBER ALTERNATIVES: 2\n# NUMBER VOTERS: 3\n# NUMBER UNIQUE ORDERS: 1\n3: 1,2\n'
 */
export function writePrefLibOrdinal(profile: AnonymousProfile, type: PrefLibOrdinalType): string {
  if (profile === null || typeof profile !== 'object' || profile.kind !== 'anonymous') {
    throw new UnsupportedFormatError(`a .${type} file holds a ranking profile, not ${describeKind(profile)}.`, {
      where: 'data',
      fix: 'Convert the data to an anonymous ranking profile first, or choose a format for its kind.',
    });
  }
  const valid = anonymousProfile({ candidates: profile.candidates, ballots: profile.ballots, counts: profile.counts });
  const m = valid.candidates.length;
  let voters = 0;
  valid.ballots.forEach((ballot, i) => {
    voters += wholeVoterCount(valid.counts[i]!, i);
    let size = 0;
    for (const entry of ballot) {
      if (typeof entry === 'number') size++;
      else {
        size += entry.length;
        if (entry.length > 1 && STRICT[type]) {
          throw new UnsupportedFormatError(`ballot ${i} has a tie, but a .${type} file holds ${TYPE_NAMES[type]}.`, {
            where: `ballots[${i}]`,
            fix: `Write .${type === 'soc' ? 'toc' : 'toi'} instead, or break the ties first.`,
          });
        }
      }
    }
    if (COMPLETE[type] && size !== m) {
      throw new UnsupportedFormatError(`ballot ${i} ranks ${size} of the ${m} candidates, but a .${type} file holds ${TYPE_NAMES[type]}.`, {
        where: `ballots[${i}]`,
        fix: `Write .${type === 'soc' ? 'soi' : 'toi'} instead, or complete the ballots first (e.g. unranked candidates tied at the bottom for .toc).`,
      });
    }
  });
  requireExactVoterTotal(voters);
  const metadata: ProfileMetadata | undefined = profile.metadata;
  const { ids, names } = prefLibIds(valid.candidates, metadata);
  const out = headerLines(
    type,
    metadata,
    [['NUMBER ALTERNATIVES', m], ['NUMBER VOTERS', voters], ['NUMBER UNIQUE ORDERS', valid.ballots.length]],
    names === undefined ? [] : ids.map((id, i) => [`ALTERNATIVE NAME ${id}`, names[i]!] as const),
  );
  valid.ballots.forEach((ballot, i) => {
    const entries = ballot.map((e) => (typeof e === 'number' ? String(ids[e]) : `{${e.map((c) => ids[c]).join(',')}}`));
    out.push(`${valid.counts[i]}: ${entries.join(',')}`);
  });
  return `${out.join('\n')}\n`;
}

/** The count of ballot `i` as a PrefLib writer puts it: a whole number of voters (UnsupportedFormatError otherwise). */
export function wholeVoterCount(count: number, i: number): number {
  if (!Number.isSafeInteger(count)) {
    throw new UnsupportedFormatError(`count ${count} is not a whole number, but PrefLib counts voters.`, {
      where: `counts[${i}]`,
      fix: 'Scale the weights to whole numbers, or write a format that keeps weights (JSON).',
    });
  }
  return count;
}

/** Throws UnsupportedFormatError unless a writer's total number of voters is exact. */
export function requireExactVoterTotal(voters: number): void {
  if (!Number.isSafeInteger(voters)) {
    throw new UnsupportedFormatError('the total number of voters is too large to write exactly.', { where: 'counts' });
  }
}

/** A short description of a value's data kind for messages. */
export function describeKind(data: unknown): string {
  if (data !== null && typeof data === 'object' && typeof (data as { kind?: unknown }).kind === 'string') {
    return `${(data as { kind: string }).kind} data`;
  }
  return data === null ? 'null' : typeof data;
}
