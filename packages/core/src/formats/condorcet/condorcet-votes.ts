import { anonymousProfile } from '../../profiles/ranking-profiles.js';
import type { AnonymousProfile, Label } from '../../profiles/types.js';
import { requireKind } from '../csv/cells.js';
import { asParseErrors, parseErrorAt, type ReaderContext } from '../csv/reader-errors.js';
import { requireText, textLines } from '../text.js';
import type { FormatData, FormatSpec, ReadOptions } from '../types.js';
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

/**
 * Reads a Condorcet PHP candidate list (`.candidates`, the `--candidates` file of its command line):
 * one candidate name per line (`;` also separates names), `#` comments, empty lines ignored.
 *
 * Complexity: O(n) in the length of the text.
 *
 * @example
 * readCondorcetCandidates('A\nB\nC\n'); // ['A', 'B', 'C']
 */
export function readCondorcetCandidates(text: string, options: ReadOptions = {}): readonly string[] {
  requireText(text, options.source);
  const context: ReaderContext = { source: options.source };
  const names: string[] = [];
  const seen = new Set<string>();
  textLines(text).forEach((raw, i) => {
    for (const part of withoutComment(raw).split(';')) {
      const name = part.trim();
      if (name.length === 0) continue;
      const problem = listedNameProblem(name, seen);
      if (problem) throw parseErrorAt(context, i + 1, problem.message, problem.fix);
      names.push(name);
    }
  });
  return Object.freeze(names);
}

/**
 * Writes a Condorcet PHP candidate list: one name per line. Complexity: O(m).
 *
 * @example
 * writeCondorcetCandidates(['A', 'B']); // 'A\nB\n'
 */
export function writeCondorcetCandidates(candidates: readonly Label[]): string {
  return condorcetNames(candidates, 'a Condorcet candidate list').map((n) => `${n}\n`).join('');
}

/** Options of {@link parseCondorcetVotes}. */
export interface CondorcetVotesOptions extends ReadOptions {
  /** The candidates (e.g. from a `.candidates` file). Without it, the names of the votes in order of first appearance. */
  readonly candidates?: readonly string[];
  /**
   * Condorcet PHP's `parseVotesSafe`: skip invalid votes and count them, instead of throwing a
   * ParseError at the first one. Default false.
   */
  readonly skipInvalid?: boolean;
  /** Apply `^weight` to the count (Condorcet PHP's `authorizeVoteWeight`). Default false, as in Condorcet PHP. */
  readonly weightAllowed?: boolean;
}

/** The result of {@link parseCondorcetVotes}. */
export interface CondorcetVotesResult {
  readonly profile: AnonymousProfile;
  /** How many votes were skipped as invalid (always 0 unless `skipInvalid`). */
  readonly invalidVotes: number;
  /** The file line of each skipped vote. */
  readonly invalidLines: readonly number[];
}

/**
 * Parses Condorcet PHP's plain vote text (`.votes`, the `--votes` file of its command line, and the
 * argument of `Election::parseVotes`): one vote per line (or several separated by `;`), each
 * `tags || A > B = C ^weight * quantity`, `#` comments, empty lines ignored. Unlike a `.cvotes` file
 * there are no parameters: ballots stay as written (truncated ballots stay truncated; Condorcet PHP
 * evaluates them with implicit ranking by default — apply `withImplicitRanking` or a rule's
 * `unranked: 'bottom'` for the same reading). With `candidates`, a vote naming another candidate is
 * invalid. With `skipInvalid`, invalid votes are skipped and counted, as Condorcet PHP's
 * `parseVotesSafe` does; otherwise the first one throws a ParseError at `source:line`.
 *
 * Complexity: O(n + b·m) for text length n, b votes and m candidates.
 *
 * @example
 * parseCondorcetVotes('A > B * 2\nA < B\n', { skipInvalid: true }).invalidVotes; // 1
 */
export function parseCondorcetVotes(text: string, options: CondorcetVotesOptions = {}): CondorcetVotesResult {
  requireText(text, options.source);
  const context: ReaderContext = { source: options.source };
  const fixed = options.candidates !== undefined;
  const names: string[] = options.candidates ? [...options.candidates] : [];
  const index = new Map(names.map((n, i) => [n, i]));
  const ballots: number[][][] = [];
  const counts: number[] = [];
  const voteLines: number[] = [];
  const invalidLines: number[] = [];
  textLines(text).forEach((raw, i) => {
    const line = i + 1;
    for (const block of withoutComment(raw).split(';')) {
      if (block.trim().length === 0) continue;
      const parsed = parseCondorcetVote(block);
      let problem = isVoteProblem(parsed) ? parsed : undefined;
      const vote = parsed as CondorcetVote;
      if (!problem && fixed) {
        const unknown = vote.ranks.flat().find((n) => !index.has(n));
        if (unknown !== undefined) problem = { message: `${JSON.stringify(unknown)} is not one of the candidates.`, fix: 'Add the candidate to the candidate list, or correct the name.' };
      }
      if (problem) {
        if (!options.skipInvalid) throw parseErrorAt(context, line, problem.message, problem.fix);
        invalidLines.push(line);
        continue;
      }
      ballots.push(
        vote.ranks.map((rank) =>
          rank.map((n) => {
            let c = index.get(n);
            if (c === undefined) {
              c = names.length;
              index.set(n, c);
              names.push(n);
            }
            return c;
          }),
        ),
      );
      counts.push(vote.quantity * (options.weightAllowed ? vote.weight ?? 1 : 1));
      voteLines.push(line);
    }
  });
  const profile = asParseErrors(context, { ballots: voteLines, counts: voteLines, candidates: [] }, 1, () =>
    anonymousProfile({ candidates: names, ballots, counts }),
  );
  return { profile, invalidVotes: invalidLines.length, invalidLines: Object.freeze(invalidLines) };
}

/**
 * Reads Condorcet PHP's plain vote text strictly (see {@link parseCondorcetVotes}); the candidates are
 * the names of the votes in order of first appearance.
 *
 * Complexity: O(n + b·m).
 *
 * @example
 * readCondorcetVotes('A>B=C\nB>A>C\n').ballots; // [[0, [1, 2]], [1, 0, 2]]
 */
export function readCondorcetVotes(text: string, options: ReadOptions = {}): AnonymousProfile {
  return parseCondorcetVotes(text, options.source === undefined ? {} : { source: options.source }).profile;
}

/**
 * Writes an anonymous profile as Condorcet PHP vote text, one `A > B = C * count` line per ballot.
 * There is no header: candidates ranked in no ballot are not written (write them with
 * {@link writeCondorcetCandidates} and read back with `parseCondorcetVotes(text, {candidates})`).
 *
 * Complexity: O(b·m) for b ballots over m candidates.
 *
 * @example
 * writeCondorcetVotes(anonymousProfile({ candidates: ['A', 'B'], ballots: [[1, 0]], counts: [2] })); // 'B > A * 2\n'
 */
export function writeCondorcetVotes(profile: AnonymousProfile): string {
  requireKind(profile as FormatData, 'anonymous', 'condorcet-votes');
  const names = condorcetNames(profile.candidates, 'Condorcet vote text');
  return profile.ballots.map((b, i) => `${formatCondorcetRanking(b, names)}${quantitySuffix(profile.counts[i]!, i, 'Condorcet vote text')}\n`).join('');
}

/** Condorcet PHP's plain vote text (`.votes`). */
export const condorcetVotesFormat: FormatSpec<AnonymousProfile> = Object.freeze({
  id: 'condorcet-votes',
  name: 'Condorcet PHP vote text (A > B = C * n per line)',
  extensions: Object.freeze(['.votes']),
  kinds: Object.freeze(['anonymous'] as const),
  reference: 'Condorcet PHP (Boudry), Election::parseVotes, https://github.com/julien-boudry/Condorcet',
  read: readCondorcetVotes,
  write: (data: FormatData) => {
    requireKind(data, 'anonymous', 'condorcet-votes');
    return writeCondorcetVotes(data);
  },
});
