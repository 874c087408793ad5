import { UnsupportedFormatError } from '../../errors/errors.js';
import type { Label, Ranking } from '../../profiles/types.js';

/** The keywords Condorcet PHP and the CEF specification use for a blank ballot. */
export const EMPTY_RANKING_KEYWORDS = Object.freeze(['/EMPTY_RANKING/', '/EMPTY/']);

/** Characters that cannot appear in a Condorcet candidate name (reserved by the format, or operators). */
const RESERVED = /[<>=;,#/*^|\r\n]/;

/** One vote of a Condorcet vote line: `tags || A > B = C ^weight * quantity`. */
export interface CondorcetVote {
  /** Tags before `||` (kept for callers; profiles do not store them). */
  readonly tags: readonly string[];
  /** Ranks, best first, each a set of candidate names; empty for `/EMPTY_RANKING/`. */
  readonly ranks: readonly (readonly string[])[];
  /** `^weight`, when written. */
  readonly weight: number | undefined;
  /** `* quantity`, 1 when not written. */
  readonly quantity: number;
}

/** Why a vote could not be read, and what to do about it. */
export interface VoteProblem {
  readonly message: string;
  readonly fix: string;
}

function wholeNumber(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isSafeInteger(n) && n >= 1 ? n : undefined;
}

/** The problem with a candidate name, or undefined when it is valid. */
export function candidateNameProblem(name: string): VoteProblem | undefined {
  if (name.length === 0) return { message: 'an empty candidate name.', fix: 'Remove the stray separator, or name the candidate.' };
  if (RESERVED.test(name)) {
    return {
      message: `the candidate name ${JSON.stringify(name)} contains a reserved character (one of < > = ; , # / * ^ |).`,
      fix: 'Rank candidates with ">" and tie them with "=" (A > B = C); candidate names cannot contain these characters.',
    };
  }
  return undefined;
}

/**
 * The problem with a name of a candidate list (invalid, or already in `seen`); undefined once the name
 * is added to `seen`.
 */
export function listedNameProblem(name: string, seen: Set<string>): VoteProblem | undefined {
  const problem = candidateNameProblem(name);
  if (problem) return problem;
  if (seen.has(name)) return { message: `the candidate ${JSON.stringify(name)} is listed twice.`, fix: 'List each candidate once.' };
  seen.add(name);
  return undefined;
}

/**
 * Parses one vote (a line of a `.votes` file or a vote line of a `.cvotes` file, comment removed,
 * already split at `;`): `tags || ranking ^weight * quantity`, where the ranking is candidate names
 * separated by `>` (rank order) and `=` (ties), or `/EMPTY_RANKING/` (also `/EMPTY/`). Returns the
 * vote, or the problem found (test with {@link isVoteProblem}). Source: Boudry, Condorcet Election
 * Format V1 (2022), section "Votes Lines".
 *
 * Complexity: O(length of the text).
 *
 * @example
 * parseCondorcetVote('julien || A > B = C ^2 * 3'); // {tags: ['julien'], ranks: [['A'], ['B', 'C']], weight: 2, quantity: 3}
 */
export function parseCondorcetVote(text: string): CondorcetVote | VoteProblem {
  let rest = text;
  let tags: string[] = [];
  const bar = rest.indexOf('||');
  if (bar >= 0) {
    tags = rest.slice(0, bar).split(',').map((t) => t.trim()).filter((t) => t.length > 0);
    rest = rest.slice(bar + 2);
    if (rest.includes('||')) return { message: 'two "||" tag separators in one vote.', fix: 'Write the tags once, before a single "||".' };
  }
  let quantity = 1;
  const star = rest.lastIndexOf('*');
  if (star >= 0) {
    const q = wholeNumber(rest.slice(star + 1));
    if (q === undefined) {
      return {
        message: `the quantifier ${JSON.stringify(rest.slice(star).trim())} is not "* n" with a whole number n ≥ 1.`,
        fix: 'End the vote with "* n" (n ≥ 1), after any "^weight": A > B ^2 * 3.',
      };
    }
    quantity = q;
    rest = rest.slice(0, star);
    if (rest.includes('*')) return { message: 'two "*" quantifiers in one vote.', fix: 'Write a single "* n" at the end of the vote.' };
  }
  let weight: number | undefined;
  const caret = rest.lastIndexOf('^');
  if (caret >= 0) {
    const w = wholeNumber(rest.slice(caret + 1));
    if (w === undefined) {
      return {
        message: `the weight ${JSON.stringify(rest.slice(caret).trim())} is not "^w" with a whole number w ≥ 1.`,
        fix: 'Write the weight as "^w" right after the ranking and before any "* n": A > B ^2 * 3.',
      };
    }
    weight = w;
    rest = rest.slice(0, caret);
    if (rest.includes('^')) return { message: 'two "^" weights in one vote.', fix: 'Write a single "^w" after the ranking.' };
  }
  const ranking = rest.trim();
  if (ranking.length === 0) return { message: 'a vote without a ranking.', fix: `Write a ranking such as A > B = C, or ${EMPTY_RANKING_KEYWORDS[0]} for a blank ballot.` };
  if (EMPTY_RANKING_KEYWORDS.includes(ranking)) return { tags, ranks: [], weight, quantity };
  const ranks: string[][] = [];
  const seen = new Set<string>();
  for (const rank of ranking.split('>')) {
    const names = rank.split('=').map((n) => n.trim());
    if (names.length === 1 && names[0] === '') {
      return { message: 'an empty rank (two ">" in a row, or ">" at an end).', fix: 'Remove the extra ">"; every rank needs at least one candidate.' };
    }
    for (const name of names) {
      const problem = candidateNameProblem(name);
      if (problem) return problem;
      if (seen.has(name)) {
        return { message: `the candidate ${JSON.stringify(name)} is ranked twice in one vote.`, fix: 'Rank each candidate at most once; tie candidates with "=".' };
      }
      seen.add(name);
    }
    ranks.push(names);
  }
  return { tags, ranks, weight, quantity };
}

/**
 * True when {@link parseCondorcetVote} gave a problem rather than a vote. Complexity: O(1).
 *
 * @example
 * isVoteProblem(parseCondorcetVote('A < B')); // true
 */
export function isVoteProblem(value: CondorcetVote | VoteProblem): value is VoteProblem {
  return 'message' in value;
}

/** The text of a line with its `#` comment removed. */
export function withoutComment(line: string): string {
  const hash = line.indexOf('#');
  return hash < 0 ? line : line.slice(0, hash);
}

/**
 * The names of candidates as Condorcet text: each label as a string, checked to be a valid name
 * (non-empty, no surrounding spaces, no reserved character) and distinct. Throws UnsupportedFormatError.
 */
export function condorcetNames(labels: readonly Label[], format: string): string[] {
  const names = labels.map(String);
  const seen = new Set<string>();
  for (const name of names) {
    const problem = candidateNameProblem(name);
    if (problem || name.trim() !== name || EMPTY_RANKING_KEYWORDS.includes(name)) {
      throw new UnsupportedFormatError(`the candidate ${JSON.stringify(name)} cannot be written in ${format}: ${problem ? problem.message : 'names cannot start or end with spaces.'}`, {
        where: 'candidates',
        fix: 'Rename the candidate (no < > = ; , # / * ^ | characters, no surrounding spaces).',
      });
    }
    if (seen.has(name)) {
      throw new UnsupportedFormatError(`two candidates are both written ${JSON.stringify(name)} in ${format}.`, {
        where: 'candidates',
        fix: 'Give every candidate a distinct name (labels are written as text).',
      });
    }
    seen.add(name);
  }
  return names;
}

/** A ranking as Condorcet text: `A > B = C`, or `/EMPTY_RANKING/` for an empty ballot. */
export function formatCondorcetRanking(ranking: Ranking, names: readonly string[]): string {
  if (ranking.length === 0) return EMPTY_RANKING_KEYWORDS[0]!;
  return ranking.map((e) => (typeof e === 'number' ? names[e]! : e.map((c) => names[c]!).join(' = '))).join(' > ');
}

/** The ` * n` suffix of a count (none for 1); throws UnsupportedFormatError for non-integers. */
export function quantitySuffix(count: number, index: number, format: string): string {
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new UnsupportedFormatError(`the count ${count} of ballot ${index} is not a whole number, and ${format} counts votes with whole numbers.`, {
      where: `counts[${index}]`,
      fix: 'Scale the counts to whole numbers, or write the profile as JSON or PrefLib.',
    });
  }
  return count === 1 ? '' : ` * ${count}`;
}
