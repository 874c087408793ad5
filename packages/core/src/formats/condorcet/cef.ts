import { UnsupportedFormatError } from '../../errors/errors.js';
import { anonymousProfile } from '../../profiles/ranking-profiles.js';
import { rankedCount } from '../../profiles/ranking.js';
import type { AnonymousProfile, ProfileMetadata } from '../../profiles/types.js';
import { requireKind } from '../csv/cells.js';
import { asParseErrors, parseErrorAt, type ReaderContext } from '../csv/reader-errors.js';
import { requireText, textLines } from '../text.js';
import type { FormatData, FormatSpec, ReadOptions } from '../types.js';
import { completeRanking } from './implicit-ranking.js';
import {
  condorcetNames,
  formatCondorcetRanking,
  isVoteProblem,
  listedNameProblem,
  parseCondorcetVote,
  quantitySuffix,
  withoutComment,
  type CondorcetVote,
} from './vote-lines.js';

/** The standard CEF parameters, by lower-cased name, with the name Plural records them under. */
const STANDARD_PARAMETERS: Readonly<Record<string, string>> = Object.freeze({
  candidates: 'Candidates',
  'number of seats': 'Number of Seats',
  'number of seat': 'Number of Seats',
  'implicit ranking': 'Implicit Ranking',
  'weight allowed': 'Weight Allowed',
});

const BOOLEAN_FIX = 'Write true or false.';

/**
 * Reads the Condorcet Election Format (`.cvotes`; Boudry, CEF V1, 2022,
 * github.com/CondorcetVote/CondorcetElectionFormat), the format of Condorcet PHP:
 * - parameter lines `#/Name: value` before the first vote: `Candidates` (names separated by `;`),
 *   `Number of Seats`, `Implicit Ranking` (default true), `Weight Allowed` (default false), and any
 *   proprietary ones; names are case-insensitive;
 * - `#` comments anywhere else, empty lines anywhere;
 * - vote lines `tag1, tag2 || A > B = C ^weight * quantity` (several votes per line separated by `;`),
 *   `/EMPTY_RANKING/` (or `/EMPTY/`) for a blank ballot.
 * Choices, each following the specification:
 * - `Implicit Ranking: true` (also when the parameter is absent) is applied: unranked candidates are
 *   put in one last tie group (a blank ballot becomes a tie of everyone). With `false`, ballots stay
 *   truncated (rules then apply their own `unranked` option).
 * - `^weight` multiplies a vote's count only when `Weight Allowed: true`; otherwise it is ignored.
 * - Names in votes that are not in `#/Candidates` are ignored (ranks left empty disappear); without
 *   `#/Candidates` the candidates are the names of the votes, in order of first appearance.
 * - Tags are read and dropped (profiles are anonymous). Parameters other than `Candidates` are kept in
 *   `metadata.fields` in file order (standard ones under their canonical names, booleans lower-cased).
 * Labels are the candidate names (strings). Malformed lines → ParseError at `source:line`.
 *
 * Complexity: O(n + b·m) for text length n, b votes and m candidates.
 *
 * @example
 * readCondorcetElectionFormat('#/Candidates: A ; B ; C\nA > B * 2\n').ballots; // [[0, 1, 2]]
 */
export function readCondorcetElectionFormat(text: string, options: ReadOptions = {}): AnonymousProfile {
  requireText(text, options.source);
  const context: ReaderContext = { source: options.source };
  const lines = textLines(text);
  const fields: [string, string][] = [];
  let candidateNames: string[] | undefined;
  let candidatesLine: number | undefined;
  let implicit = true;
  let weightAllowed = false;
  let firstVoteLine: number | undefined;
  const votes: { vote: CondorcetVote; line: number }[] = [];
  const seenParameters = new Set<string>();

  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.startsWith('#/')) {
      if (firstVoteLine !== undefined) {
        throw parseErrorAt(context, line, `a parameter line after the first vote (line ${firstVoteLine}).`, 'Move every #/ parameter line above the votes.');
      }
      const match = /^#\/([^:]*):(.*)$/s.exec(raw); // s: a U+2028 in a value is text, not a line end
      const name = match?.[1]!.trim() ?? '';
      const value = match?.[2]!.trim() ?? '';
      if (!match || name.length === 0 || value.length === 0) {
        throw parseErrorAt(context, line, 'a malformed parameter line.', 'Write parameters as "#/Name: value", e.g. "#/Candidates: A ; B ; C" (no comment on parameter lines).');
      }
      if (name.startsWith('/')) {
        throw parseErrorAt(context, line, `the parameter name ${JSON.stringify(name)} starts with "/".`, 'Write parameters as "#/Name: value" (one slash), and comments as "# text".');
      }
      const canonical = STANDARD_PARAMETERS[name.toLowerCase()] ?? name;
      if (seenParameters.has(canonical.toLowerCase())) {
        throw parseErrorAt(context, line, `the parameter "${canonical}" is given twice.`, 'Keep one line per parameter.');
      }
      seenParameters.add(canonical.toLowerCase());
      switch (canonical) {
        case 'Candidates': {
          candidateNames = value.split(';').map((n) => n.trim());
          candidatesLine = line;
          const seen = new Set<string>();
          for (const n of candidateNames) {
            const problem = listedNameProblem(n, seen);
            if (problem) throw parseErrorAt(context, line, problem.message, problem.fix);
          }
          return;
        }
        case 'Number of Seats':
          if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
            throw parseErrorAt(context, line, `the number of seats ${JSON.stringify(value)} is not a whole number ≥ 1.`, 'Write a whole number, e.g. "#/Number of Seats: 3".');
          }
          fields.push([canonical, value]);
          return;
        case 'Implicit Ranking':
        case 'Weight Allowed': {
          const v = value.toLowerCase();
          if (v !== 'true' && v !== 'false') throw parseErrorAt(context, line, `the value of "${canonical}" is ${JSON.stringify(value)}, not true or false.`, BOOLEAN_FIX);
          if (canonical === 'Implicit Ranking') implicit = v === 'true';
          else weightAllowed = v === 'true';
          fields.push([canonical, v]);
          return;
        }
        default:
          fields.push([canonical, value]);
          return;
      }
    }
    const content = withoutComment(raw);
    if (content.trim().length === 0) return;
    firstVoteLine ??= line;
    for (const block of content.split(';')) {
      if (block.trim().length === 0) continue;
      const vote = parseCondorcetVote(block);
      if (isVoteProblem(vote)) throw parseErrorAt(context, line, vote.message, vote.fix);
      votes.push({ vote, line });
    }
  });

  const fromVotes = candidateNames === undefined;
  const names = candidateNames ?? [];
  const index = new Map(names.map((n, i) => [n, i]));
  if (fromVotes) {
    for (const { vote } of votes) {
      for (const rank of vote.ranks) {
        for (const n of rank) {
          if (!index.has(n)) {
            index.set(n, names.length);
            names.push(n);
          }
        }
      }
    }
  }
  const m = names.length;
  const ballots = votes.map(({ vote }) => {
    const ranking = vote.ranks
      .map((rank) => rank.map((n) => index.get(n)).filter((c): c is number => c !== undefined))
      .filter((rank) => rank.length > 0);
    return implicit ? (completeRanking(ranking, m) as number[][]) : ranking;
  });
  const counts = votes.map(({ vote }) => vote.quantity * (weightAllowed ? vote.weight ?? 1 : 1));
  const voteLines = votes.map((v) => v.line);
  const metadata: ProfileMetadata | undefined = fields.length === 0 ? undefined : { fields };
  return asParseErrors(context, { ballots: voteLines, counts: voteLines }, candidatesLine ?? 1, () =>
    anonymousProfile({ candidates: names, ballots, counts, ...(metadata === undefined ? {} : { metadata }) }),
  );
}

/**
 * Writes an anonymous profile in the Condorcet Election Format: `#/Candidates`, then the parameters of
 * `metadata.fields` in order (standard and proprietary; a `Candidates` field is skipped), then one line
 * per ballot `A > B = C * count` (`/EMPTY_RANKING/` for an empty ballot). `#/Implicit Ranking` is
 * written as recorded, except that it must be `false` when some ballot is truncated (else reading back
 * would complete it): the writer then writes `false`, and adds the line when absent. Reading the output
 * gives back the same profile. Counts must be whole numbers; labels must be valid CEF names
 * (UnsupportedFormatError otherwise).
 *
 * Complexity: O(b·m) for b ballots over m candidates.
 *
 * @example
 * writeCondorcetElectionFormat(anonymousProfile({ candidates: ['A', 'B'], ballots: [[0, 1]], counts: [3] }));
 * // '#/Candidates: A ; B\n\nA > B * 3\n'
 */
export function writeCondorcetElectionFormat(profile: AnonymousProfile): string {
  requireKind(profile as FormatData, 'anonymous', 'cvotes');
  const names = condorcetNames(profile.candidates, 'the Condorcet Election Format');
  const m = names.length;
  const truncated = profile.ballots.some((b) => rankedCount(b) !== m);
  let out = m === 0 ? '' : `#/Candidates: ${names.join(' ; ')}\n`;
  let implicitWritten = false;
  for (const [rawName, rawValue] of profile.metadata?.fields ?? []) {
    const name = STANDARD_PARAMETERS[rawName.trim().toLowerCase()] ?? rawName.trim();
    if (name === 'Candidates') continue;
    let value = rawValue.trim();
    if (name === 'Implicit Ranking') {
      implicitWritten = true;
      if (truncated) value = 'false';
    }
    const invalidStandard =
      (name === 'Number of Seats' && (!/^\d+$/.test(value) || Number(value) < 1)) ||
      ((name === 'Implicit Ranking' || name === 'Weight Allowed') && !/^(true|false)$/i.test(value));
    if (invalidStandard || name.length === 0 || /[:\r\n]/.test(name) || name.startsWith('/') || value.length === 0 || /[\r\n]/.test(value)) {
      throw new UnsupportedFormatError(`the metadata field ${JSON.stringify(rawName)} cannot be written as a CEF parameter line.`, {
        where: 'metadata.fields',
        fix: 'Parameter names cannot contain ":" or line breaks, and values must be one non-empty line; remove or rename the field.',
      });
    }
    out += `#/${name}: ${value}\n`;
  }
  if (!implicitWritten && truncated) out += '#/Implicit Ranking: false\n';
  out += '\n';
  profile.ballots.forEach((ballot, i) => {
    out += `${formatCondorcetRanking(ballot, names)}${quantitySuffix(profile.counts[i]!, i, 'the Condorcet Election Format')}\n`;
  });
  return out;
}

/** The Condorcet Election Format (`.cvotes`). */
export const condorcetElectionFormat: FormatSpec<AnonymousProfile> = Object.freeze({
  id: 'cvotes',
  name: 'Condorcet Election Format (Condorcet PHP)',
  extensions: Object.freeze(['.cvotes']),
  kinds: Object.freeze(['anonymous'] as const),
  reference: 'Boudry, Condorcet Election Format V1 (2022), https://github.com/CondorcetVote/CondorcetElectionFormat',
  read: readCondorcetElectionFormat,
  write: (data: FormatData) => {
    requireKind(data, 'anonymous', 'cvotes');
    return writeCondorcetElectionFormat(data);
  },
});
