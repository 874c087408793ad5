import { UnsupportedFormatError } from '../../errors/errors.js';
import { anonymousProfile } from '../../profiles/ranking-profiles.js';
import type { AnonymousProfile } from '../../profiles/types.js';
import { decimalCell, requireKind } from '../csv/cells.js';
import { asParseErrors, parseErrorAt, type ReaderContext } from '../csv/reader-errors.js';
import { requireText, textLines } from '../text.js';
import type { FormatData, FormatSpec, ReadOptions } from '../types.js';

/**
 * Reads the David Hill format (`.HIL`; the format of Tideman's election collection, rangevoting.org/
 * TidemanData.html, read by Condorcet PHP's `DavidHillFormat` converter; Hill, Wichmann & Woodall,
 * 1987, "Algorithm 123: Single Transferable Vote by Meek's method", The Computer Journal 30(3)):
 * - first line `candidates seats`;
 * - one ballot per line `weight c1 c2 … 0` (candidates numbered from 1, best first, no ties);
 * - a line `0` ending the ballots (optional when the names follow directly, as in Tideman's D01);
 * - the candidate names in double quotes, then the election title in double quotes (on one or more
 *   lines).
 * Trailing DOS end-of-file marks (Ctrl-Z) are ignored. Labels are the candidate names (strings); the
 * ballot weight is the count (Condorcet PHP ignores it; every Tideman file has weight 1). Ballots stay
 * truncated as written. `metadata.fields` records `Number of Seats` and `Title` (when not empty).
 * Malformed lines → ParseError at `source:line`.
 *
 * Complexity: O(n) in the length of the text.
 *
 * @example
 * readDavidHill('3 1\n1 2 1 0\n1 3 0\n0\n"A" "B" "C" "Example"\n').ballots; // [[1, 0], [2]]
 */
export function readDavidHill(text: string, options: ReadOptions = {}): AnonymousProfile {
  requireText(text, options.source);
  const context: ReaderContext = { source: options.source };
  const lines = textLines(text.replace(/[\x1a\s]+$/, ''));
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const header = /^\s*(\d+)\s+(\d+)\s*$/.exec(lines[i] ?? '');
  if (!header) {
    throw parseErrorAt(context, i + 1, 'the first line must be "<number of candidates> <number of seats>".', 'Start the file with a line such as "4 1".');
  }
  const headerLine = i + 1;
  const m = Number(header[1]);
  const seats = Number(header[2]);
  if (!Number.isSafeInteger(m) || !Number.isSafeInteger(seats) || seats < 1) {
    throw parseErrorAt(context, headerLine, 'the number of candidates and of seats must be whole numbers (seats ≥ 1).', 'Write e.g. "4 1" for 4 candidates and 1 seat.');
  }
  i++;
  const ballots: number[][] = [];
  const counts: number[] = [];
  const ballotLines: number[] = [];
  let ended = false;
  for (; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    const line = i + 1;
    if (raw === '') continue;
    if (raw === '0') {
      ended = true;
      i++;
      break;
    }
    if (raw.startsWith('"')) {
      ended = true;
      break;
    }
    const tokens = raw.split(/\s+/);
    if (tokens[0]!.startsWith('-')) {
      throw parseErrorAt(context, line, 'a line of withdrawn candidates (negative numbers) is not supported.', 'Remove the withdrawn candidates from the file (and renumber), or remove the line.');
    }
    const weight = decimalCell(tokens[0]!);
    if (weight === undefined || weight <= 0) {
      throw parseErrorAt(context, line, `the ballot weight ${JSON.stringify(tokens[0])} is not a positive number.`, 'Start each ballot line with its weight (usually 1), e.g. "1 3 1 2 0".');
    }
    if (tokens.length < 2 || tokens[tokens.length - 1] !== '0') {
      throw parseErrorAt(context, line, 'a ballot line must end with 0.', 'End each ballot with 0, e.g. "1 3 1 2 0".');
    }
    const seen = new Set<number>(); // not an array of size m: m comes from the file and may be huge
    const ballot: number[] = [];
    for (let k = 1; k < tokens.length - 1; k++) {
      const t = tokens[k]!;
      const c = Number(t);
      if (!/^\d+$/.test(t) || c < 1 || c > m) {
        throw parseErrorAt(context, line, `${JSON.stringify(t)} is not a candidate number in 1…${m}.`, `Number candidates from 1 to ${m}; the David Hill format has no ties.`);
      }
      if (seen.has(c)) throw parseErrorAt(context, line, `candidate ${c} appears twice in this ballot.`, 'List each candidate at most once per ballot.');
      seen.add(c);
      ballot.push(c - 1);
    }
    ballots.push(ballot);
    counts.push(weight);
    ballotLines.push(line);
  }
  if (!ended) {
    throw parseErrorAt(context, lines.length, 'the file ends without the line "0" and the candidate names.', 'End the ballots with a line "0", then list the candidate names in double quotes and the title.');
  }
  const namesLine = i + 1;
  const rest = lines.slice(i).join('\n');
  const names: string[] = [];
  const token = /\s*"([^"\r\n]*)"/y;
  let pos = 0;
  while (pos < rest.length) {
    token.lastIndex = pos;
    const match = token.exec(rest);
    if (!match) {
      if (rest.slice(pos).trim() === '') break;
      const offset = pos + Math.max(0, rest.slice(pos).search(/\S/));
      const at = i + 1 + (rest.slice(0, offset).split('\n').length - 1);
      throw parseErrorAt(context, at, 'expected a name in double quotes.', 'Write the candidate names and then the title, each in double quotes: "Alice" "Bob" "Title".');
    }
    names.push(match[1]!);
    pos = token.lastIndex;
  }
  if (names.length < m) {
    throw parseErrorAt(context, namesLine, `${names.length} quoted names for ${m} candidates.`, `List the ${m} candidate names in double quotes, then the election title.`);
  }
  if (names.length > m + 1) {
    throw parseErrorAt(context, namesLine, `${names.length} quoted names, but ${m} candidates and a title make ${m + 1}.`, 'Remove the extra names, or correct the number of candidates on the first line.');
  }
  const title = names[m];
  const fields: [string, string][] = [['Number of Seats', String(seats)]];
  if (title !== undefined && title.length > 0) fields.push(['Title', title]);
  return asParseErrors(context, { ballots: ballotLines, counts: ballotLines }, namesLine, () =>
    anonymousProfile({ candidates: names.slice(0, m), ballots, counts, metadata: { fields } }),
  );
}

/** Largest whole-number count the David Hill writer spells out as that many lines of weight 1. */
export const MAX_HIL_REPEAT = 1000;

/**
 * Writes an anonymous profile in the David Hill format. A ballot with a whole-number count c ≤
 * {@link MAX_HIL_REPEAT} is written as c lines of weight 1 (as in Tideman's files, and because Condorcet
 * PHP ignores weights); other counts as one line with that weight (so the output stays proportional to
 * the profile). Seats and title come from `metadata.fields` (`Number of Seats`, default 1; `Title`,
 * default empty). Ties cannot be written (UnsupportedFormatError), nor names with
 * a double quote or line break.
 *
 * Complexity: O(b · min(count, MAX_HIL_REPEAT) · m) for b ballots over m candidates.
 *
 * @example
 * writeDavidHill(anonymousProfile({ candidates: ['A', 'B'], ballots: [[1, 0]], counts: [2] }));
 * // '2 1\n1 2 1 0\n1 2 1 0\n0\n"A" "B" ""\n'
 */
export function writeDavidHill(profile: AnonymousProfile): string {
  requireKind(profile as FormatData, 'anonymous', 'hil');
  const names = profile.candidates.map(String);
  for (const name of names) {
    if (/["\r\n]/.test(name)) {
      throw new UnsupportedFormatError(`the candidate name ${JSON.stringify(name)} cannot be written in the David Hill format.`, {
        where: 'candidates',
        fix: 'Remove double quotes and line breaks from candidate names.',
      });
    }
  }
  const field = (key: string) => profile.metadata?.fields?.find((f) => f[0].toLowerCase() === key.toLowerCase())?.[1];
  const seatsText = field('Number of Seats')?.trim();
  const seats = seatsText !== undefined && /^\d+$/.test(seatsText) && Number(seatsText) >= 1 ? seatsText : '1';
  const title = field('Title') ?? '';
  if (/["\r\n]/.test(title)) {
    throw new UnsupportedFormatError('the title cannot be written in the David Hill format.', { where: 'metadata.fields', fix: 'Remove double quotes and line breaks from the title.' });
  }
  const parts: string[] = [`${names.length} ${seats}\n`];
  profile.ballots.forEach((ballot, i) => {
    const order = ballot.map((e) => {
      if (typeof e !== 'number') {
        if (e.length === 1) return e[0]!;
        throw new UnsupportedFormatError(`ballot ${i} has a tie, which the David Hill format cannot write.`, {
          where: `ballots[${i}]`,
          fix: 'Break the ties, or write the profile as .cvotes, PrefLib .toc/.toi or JSON.',
        });
      }
      return e;
    });
    const body = order.map((c) => String(c + 1)).join(' ');
    const lineFor = (w: string) => (body.length === 0 ? `${w} 0\n` : `${w} ${body} 0\n`);
    const count = profile.counts[i]!;
    if (Number.isSafeInteger(count) && count <= MAX_HIL_REPEAT) {
      const line = lineFor('1');
      for (let k = 0; k < count; k++) parts.push(line);
    } else parts.push(lineFor(String(count)));
  });
  parts.push('0\n', `${[...names, title].map((n) => `"${n}"`).join(' ')}\n`);
  return parts.join('');
}

/** The David Hill format (`.hil`). */
export const davidHillFormat: FormatSpec<AnonymousProfile> = Object.freeze({
  id: 'hil',
  name: 'David Hill format (Tideman election collection)',
  extensions: Object.freeze(['.hil']),
  kinds: Object.freeze(['anonymous'] as const),
  reference: 'Hill, Wichmann & Woodall (1987), The Computer Journal 30(3):277–281; https://rangevoting.org/TidemanData.html',
  read: readDavidHill,
  write: (data: FormatData) => {
    requireKind(data, 'anonymous', 'hil');
    return writeDavidHill(data);
  },
});
