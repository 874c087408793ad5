import { digitsNumber, excerpt, parseError, textLines } from '../text.js';

/**
 * The syntax shared by every PrefLib data file (Mattei & Walsh, "PrefLib: A Library for Preferences",
 * ADT 2013, doi:10.1007/978-3-642-41575-3_20; format: preflib.org/format, FORMAT_SPECIFICATION.md of
 * PrefLib-Data): a header of `# KEY: value` lines, then one `count: preference` line per distinct ballot.
 */

/** The PrefLib data types Plural reads: strict/tied orders, complete/incomplete, and categorical. */
export type PrefLibType = 'soc' | 'soi' | 'toc' | 'toi' | 'cat';

/** A header number with the line it was read from. */
export interface PrefLibCount {
  readonly value: number;
  readonly line: number;
}

/** A header name (`ALTERNATIVE NAME i`, `CATEGORY NAME k`) with its line. */
export interface PrefLibName {
  readonly name: string;
  readonly line: number;
}

/** One preference line, split: the count, and the entries (a bare id, or a `{…}` group). */
export interface PrefLibLine {
  readonly line: number;
  readonly count: number;
  /** A number is a bare id; an array is a braced group (possibly empty: `{}`). */
  readonly entries: readonly (number | readonly number[])[];
}

/** A PrefLib file split into its header and its preference lines. */
export interface PrefLibDocument {
  /** Descriptive header fields in file order (everything the reader does not derive). */
  readonly fields: readonly (readonly [string, string])[];
  readonly alternatives?: PrefLibCount;
  readonly voters?: PrefLibCount;
  readonly uniqueOrders?: PrefLibCount;
  readonly uniquePreferences?: PrefLibCount;
  readonly categories?: PrefLibCount;
  readonly alternativeNames: ReadonlyMap<number, PrefLibName>;
  readonly categoryNames: ReadonlyMap<number, PrefLibName>;
  readonly lines: readonly PrefLibLine[];
}

/** Header keys computed from the data (never kept as descriptive fields). */
const NUMBER_KEYS: Record<string, 'alternatives' | 'voters' | 'uniqueOrders' | 'uniquePreferences' | 'categories'> = {
  'NUMBER ALTERNATIVES': 'alternatives',
  'NUMBER VOTERS': 'voters',
  'NUMBER UNIQUE ORDERS': 'uniqueOrders',
  'NUMBER UNIQUE PREFERENCES': 'uniquePreferences',
  'NUMBER CATEGORIES': 'categories',
};

/** Which declared data types a reader of each type can hold (the declared type's orders are a subset). */
const HOLDS: Record<PrefLibType, readonly string[]> = {
  soc: ['soc'],
  soi: ['soc', 'soi'],
  toc: ['soc', 'toc'],
  toi: ['soc', 'soi', 'toc', 'toi'],
  cat: ['cat'],
};

/** The normal form of a header key: trimmed, single spaces, upper case. */
export function normalizeKey(key: string): string {
  return key.trim().replace(/\s+/g, ' ').toUpperCase();
}

/** True when `key` (normalised) is a header key the PrefLib writers compute themselves. */
export function isDerivedKey(key: string, type: PrefLibType): boolean {
  const k = normalizeKey(key);
  if (k === 'DATA TYPE' || /^ALTERNATIVE NAME \d+$/.test(k)) return true;
  if (k in NUMBER_KEYS) return type === 'cat' || k !== 'NUMBER CATEGORIES';
  return type === 'cat' && /^CATEGORY NAME \d+$/.test(k);
}

/** Largest number of alternatives or categories accepted (guards against absurd headers). */
export const MAX_PREFLIB_ALTERNATIVES = 1_000_000;

/**
 * Splits a PrefLib file into header and preference lines, checking the syntax of both.
 * `type` is the data type being read: it decides which header keys are structural and which declared
 * `DATA TYPE` values are compatible. Empty lines are skipped.
 *
 * Complexity: O(length of the text).
 */
export function parsePrefLibDocument(text: string, type: PrefLibType, source: string | undefined): PrefLibDocument {
  const rawLines = textLines(text);
  const fields: [string, string][] = [];
  const counts: { -readonly [K in 'alternatives' | 'voters' | 'uniqueOrders' | 'uniquePreferences' | 'categories']?: PrefLibCount } = {};
  const alternativeNames = new Map<number, PrefLibName>();
  const categoryNames = new Map<number, PrefLibName>();
  const lines: PrefLibLine[] = [];
  let headerLines = 0;
  for (let i = 0; i < rawLines.length; i++) {
    const lineNo = i + 1;
    const raw = rawLines[i]!;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('#')) {
      if (lines.length > 0) {
        throw parseError('a header line (starting with #) after the preference lines.', lineNo, source,
          'Move every `# KEY: value` line to the top of the file, before the first `count: preference` line.');
      }
      headerLines++;
      const body = trimmed.slice(1);
      const colon = body.indexOf(':');
      if (colon < 0) {
        throw parseError(`header line ${excerpt(trimmed)} has no colon.`, lineNo, source,
          'Write header lines as `# KEY: value`, e.g. `# NUMBER ALTERNATIVES: 4`.');
      }
      const key = body.slice(0, colon).trim();
      const value = body.slice(colon + 1).trim();
      const norm = normalizeKey(key);
      const numberKey = NUMBER_KEYS[norm];
      if (numberKey !== undefined && (type === 'cat' || numberKey !== 'categories')) {
        const n = digitsNumber(value);
        if (n === undefined) {
          throw parseError(`${norm} must be a whole number ≥ 0, got ${excerpt(value)}.`, lineNo, source,
            `Write the number in digits, e.g. \`# ${norm}: 12\`.`);
        }
        if (counts[numberKey] !== undefined) {
          throw parseError(`${norm} is given twice (also on line ${counts[numberKey]!.line}).`, lineNo, source, 'Keep one of the two lines.');
        }
        counts[numberKey] = { value: n, line: lineNo };
        continue;
      }
      if (norm === 'DATA TYPE') {
        const declared = value.toLowerCase();
        if (declared !== '' && !HOLDS[type].includes(declared)) {
          throw parseError(`the header declares DATA TYPE ${excerpt(value)}, which a .${type} file cannot hold.`, lineNo, source,
            HOLDS.toi.includes(declared) || declared === 'cat'
              ? `Read the file as .${declared} (rename it, or pass --format ${declared}).`
              : 'Use one of the PrefLib data types soc, soi, toc, toi, cat.');
        }
        continue;
      }
      const alt = /^ALTERNATIVE NAME (\d+)$/.exec(norm);
      const cat = type === 'cat' ? /^CATEGORY NAME (\d+)$/.exec(norm) : null;
      const named = alt ?? cat;
      if (named) {
        const what = alt ? 'alternative' : 'category';
        const id = digitsNumber(named[1]!);
        if (id === undefined || id < 1 || id > MAX_PREFLIB_ALTERNATIVES) {
          throw parseError(`${what} number ${named[1]} is out of range.`, lineNo, source,
            `PrefLib numbers ${what === 'alternative' ? 'alternatives' : 'categories'} from 1; renumber this one.`);
        }
        const map = alt ? alternativeNames : categoryNames;
        const previous = map.get(id);
        if (previous !== undefined) {
          throw parseError(`${what} ${id} is named twice (also on line ${previous.line}).`, lineNo, source, `Keep one name per ${what}.`);
        }
        map.set(id, { name: value, line: lineNo });
        continue;
      }
      fields.push([key, value]);
      continue;
    }
    if (headerLines === 0 && lines.length === 0 && /^\d+$/.test(trimmed)) {
      throw parseError(`the file starts with ${excerpt(trimmed)}: this is the legacy PrefLib format (before 2022), which is not read.`, lineNo, source,
        'Convert it to the current format: `# KEY: value` header lines (NUMBER ALTERNATIVES, NUMBER VOTERS, NUMBER UNIQUE ORDERS, ALTERNATIVE NAME i), then `count: preference` lines (e.g. with preflibtools).');
    }
    lines.push(parsePreferenceLine(trimmed, lineNo, source, type));
  }
  return {
    fields,
    ...counts,
    alternativeNames,
    categoryNames,
    lines,
  };
}

/**
 * Parses `count: a, b, {c, d}, e`. Whitespace is free; one trailing comma is tolerated (it adds
 * nothing); `{}` is an empty group (only meaningful in `.cat`, rejected by the ordinal reader).
 */
function parsePreferenceLine(text: string, lineNo: number, source: string | undefined, type: PrefLibType): PrefLibLine {
  const colon = text.indexOf(':');
  if (colon < 0) {
    throw parseError(`expected \`count: preference\`, got ${excerpt(text)}.`, lineNo, source,
      type === 'cat'
        ? 'Write each ballot as `count: category1, category2, …`, e.g. `3: {1, 2}, 4, {}`.'
        : 'Write each order as `count: alternatives best first`, e.g. `3: 1,{2,4},3`.');
  }
  const countText = text.slice(0, colon).trim();
  const count = digitsNumber(countText);
  if (count === undefined || count === 0) {
    throw parseError(`the count before the colon must be a whole number ≥ 1, got ${excerpt(countText)}.`, lineNo, source,
      'Start the line with how many voters cast this ballot, e.g. `12: 1,2,3`.');
  }
  const entries: (number | number[])[] = [];
  const s = text;
  const n = s.length;
  let i = colon + 1;
  const skip = (): void => {
    while (i < n && (s[i] === ' ' || s[i] === '\t')) i++;
  };
  const fail = (what: string): never => {
    throw parseError(`${what} at column ${i + 1} of ${excerpt(text)}.`, lineNo, source,
      type === 'cat'
        ? 'Separate categories by commas; write a category of several alternatives as {a, b} and an empty one as {}.'
        : 'Separate alternatives by commas and write tied alternatives as {a, b}.');
  };
  const readId = (): number => {
    const start = i;
    while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === start) fail(i < n ? `unexpected ${JSON.stringify(s[i])}` : 'an alternative is missing');
    const id = digitsNumber(s.slice(start, i));
    if (id === undefined || id > MAX_PREFLIB_ALTERNATIVES) {
      i = start;
      fail('an alternative number too large');
    }
    if (id === 0) {
      throw parseError(`alternative 0 at column ${start + 1} of ${excerpt(text)}: PrefLib numbers alternatives from 1.`, lineNo, source,
        'Renumber the alternatives 1…m, as the ALTERNATIVE NAME lines of the header do.');
    }
    return id!;
  };
  skip();
  if (i < n) {
    for (;;) {
      skip();
      if (i >= n) {
        if (entries.length === 0) fail('an alternative is missing');
        break; // one trailing comma
      }
      if (s[i] === '{') {
        i++;
        const group: number[] = [];
        skip();
        if (s[i] === '}') {
          i++;
        } else {
          for (;;) {
            skip();
            group.push(readId());
            skip();
            if (s[i] === ',') {
              i++;
              continue;
            }
            if (s[i] === '}') {
              i++;
              break;
            }
            fail(i < n ? `expected , or } but found ${JSON.stringify(s[i])}` : 'a { is not closed');
          }
        }
        entries.push(group);
      } else {
        entries.push(readId());
      }
      skip();
      if (i >= n) break;
      if (s[i] !== ',') fail(`expected a comma but found ${JSON.stringify(s[i])}`);
      i++;
    }
  }
  return { line: lineNo, count, entries };
}
