import { UnsupportedFormatError } from '../../errors/errors.js';
import { anonymousProfile } from '../../profiles/ranking-profiles.js';
import type { AnonymousProfile } from '../../profiles/types.js';
import { requireKind } from '../csv/cells.js';
import { asParseErrors, parseErrorAt, type ReaderContext } from '../csv/reader-errors.js';
import { requireText, textLines } from '../text.js';
import type { FormatData, FormatSpec, ReadOptions } from '../types.js';

const OPTION_LINE = /^[\s|/]*Option\s+(\d+)\s*-*>?\s*:(.*)$/s; // s: a U+2028 in a name is text, not a line end
const VOTE_LINE = /^V:\s*(\S+)(?:\s+(\S+))?\s*$/;

/**
 * Reads a Debian vote tally sheet (`leader2020_tally.txt`, Tideman's `.debian_votes`; produced by
 * Debian's `devotee`, read by Condorcet PHP's `DebianFormat` converter):
 * - option lines `Option 1--->: Name` (also the older `| Option 2:   Name`), numbered 1…k in order;
 * - voter lines `V: <vote> <token>`, where the vote has one character per option, in option order:
 *   the rank given to that option (`1`…`9`, 1 = best, equal digits = tie) or `-` for unranked; the
 *   token (an MD5 or HMAC of the voter) is optional and ignored;
 * - every other line is free text and ignored.
 * Labels are the option names (strings). Ballots stay truncated as written (Debian's constitution
 * ranks unranked options below the ranked ones: apply `withImplicitRanking` or `unranked: 'bottom'`).
 * A tally that is not UTF-8 (Latin-1 names, as in leader2007) must be decoded by the caller.
 * Malformed option or voter lines → ParseError at `source:line`.
 *
 * Complexity: O(n) in the length of the text.
 *
 * @example
 * readDebianTally('Option 1--->: Ann\nOption 2-->: Bob\nV: 21  5d41\nV: 1-  7f3a\n').ballots; // [[1, 0], [0]]
 */
export function readDebianTally(text: string, options: ReadOptions = {}): AnonymousProfile {
  requireText(text, options.source);
  const context: ReaderContext = { source: options.source };
  const names: string[] = [];
  let optionsLine: number | undefined;
  const ballots: number[][][] = [];
  const ballotLines: number[] = [];
  textLines(text).forEach((raw, i) => {
    const line = i + 1;
    const option = OPTION_LINE.exec(raw);
    if (option) {
      if (ballots.length > 0) throw parseErrorAt(context, line, 'an option line after the first vote.', 'List every option before the V: lines.');
      const number = Number(option[1]);
      if (number !== names.length + 1) {
        throw parseErrorAt(context, line, `option ${number} where option ${names.length + 1} was expected.`, 'Number the options 1, 2, 3, … in order.');
      }
      const name = option[2]!.trim();
      if (name.length === 0) throw parseErrorAt(context, line, `option ${number} has no name.`, 'Write the name after the colon: "Option 1: Name".');
      names.push(name);
      optionsLine ??= line;
      return;
    }
    if (!raw.startsWith('V:')) return;
    const vote = VOTE_LINE.exec(raw);
    if (!vote) throw parseErrorAt(context, line, 'a malformed voter line.', 'Write voter lines as "V: 1-23 <token>": one rank digit or - per option.');
    if (names.length === 0) throw parseErrorAt(context, line, 'a voter line before any option line.', 'List the options ("Option 1: Name", …) before the votes.');
    const ranks = vote[1]!;
    if (ranks.length !== names.length || !/^[1-9-]+$/.test(ranks)) {
      throw parseErrorAt(
        context,
        line,
        `the vote ${JSON.stringify(ranks)} is not ${names.length} characters among 1–9 and -.`,
        `Give one character per option (${names.length}): its rank 1–9, or - when unranked.`,
      );
    }
    const byRank = new Map<number, number[]>();
    for (let c = 0; c < ranks.length; c++) {
      const ch = ranks[c]!;
      if (ch === '-') continue;
      const r = Number(ch);
      const group = byRank.get(r);
      if (group) group.push(c);
      else byRank.set(r, [c]);
    }
    ballots.push([...byRank.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]));
    ballotLines.push(line);
  });
  if (names.length === 0) {
    throw parseErrorAt(context, undefined, 'no option lines ("Option 1: Name") were found: this is not a Debian tally sheet.', 'Check the file, or choose its format explicitly.');
  }
  return asParseErrors(context, { ballots: ballotLines, counts: ballotLines }, optionsLine, () =>
    anonymousProfile({ candidates: names, ballots }),
  );
}

/**
 * Writes an anonymous profile as a Debian tally sheet: the option table, then one `V:` line per voter
 * (a ballot with count c gives c lines) whose token is the voter's number in the file. Counts must be
 * whole numbers and ballots at most 9 ranks (one digit per rank); names must be one line
 * (UnsupportedFormatError otherwise).
 *
 * Complexity: O(total count · m).
 *
 * @example
 * writeDebianTally(anonymousProfile({ candidates: ['Ann', 'Bob'], ballots: [[1, 0]] }));
 * // …option table…, then 'V: 21 \t\t1\n'
 */
export function writeDebianTally(profile: AnonymousProfile): string {
  requireKind(profile as FormatData, 'anonymous', 'debian-tally');
  const names = profile.candidates.map(String);
  const k = names.length;
  for (const name of names) {
    if (/[\r\n]/.test(name) || name.trim() !== name) {
      throw new UnsupportedFormatError(`the option name ${JSON.stringify(name)} cannot be written in a Debian tally sheet.`, {
        where: 'candidates',
        fix: 'Option names must be one line without surrounding spaces.',
      });
    }
  }
  const parts: string[] = [
    '\n\t\t       Tally Sheet for the votes cast. \n \n   The format is:\n       "V: vote \t\tVoter"\n',
    ' The vote block represents the ranking given to each of the \n candidates by the voter. \n',
    ` ${'-='.repeat(34)}\n\n`,
  ];
  names.forEach((name, j) => {
    const prefix = j === 0 ? '     ' : `   ${'|'.repeat(j - 1)}/  `;
    parts.push(`${prefix}Option ${j + 1}${'-'.repeat(k - j + 1)}>: ${name}\n`);
  });
  if (k > 0) parts.push(`   ${'|'.repeat(k - 1)}/\n`);
  let voter = 0;
  profile.ballots.forEach((ballot, i) => {
    if (ballot.length > 9) {
      throw new UnsupportedFormatError(`ballot ${i} has ${ballot.length} ranks; a Debian vote has at most 9 (one digit each).`, {
        where: `ballots[${i}]`,
        fix: 'Write the profile as .cvotes, PrefLib or JSON instead.',
      });
    }
    const count = profile.counts[i]!;
    if (!Number.isSafeInteger(count)) {
      throw new UnsupportedFormatError(`the count ${count} of ballot ${i} is not a whole number; a Debian tally has one line per voter.`, {
        where: `counts[${i}]`,
        fix: 'Use whole-number counts, or write the profile as JSON or PrefLib.',
      });
    }
    const cells = new Array<string>(k).fill('-');
    ballot.forEach((e, r) => {
      for (const c of typeof e === 'number' ? [e] : e) cells[c] = String(r + 1);
    });
    const vote = cells.join('');
    for (let v = 0; v < count; v++) parts.push(`V: ${vote} \t\t${++voter}\n`);
  });
  return parts.join('');
}

/** The Debian tally sheet format (`.debian_votes`, `*_tally.txt`). */
export const debianTallyFormat: FormatSpec<AnonymousProfile> = Object.freeze({
  id: 'debian-tally',
  name: 'Debian vote tally sheet (devotee)',
  extensions: Object.freeze(['.debian_votes', '_tally.txt']),
  kinds: Object.freeze(['anonymous'] as const),
  reference: 'Debian devotee tally sheets, https://www.debian.org/vote/ ; Condorcet PHP DebianFormat converter',
  read: readDebianTally,
  write: (data: FormatData) => {
    requireKind(data, 'anonymous', 'debian-tally');
    return writeDebianTally(data);
  },
});
