import {
  DuplicateCandidateError,
  NotAPermutationError,
  UnknownCandidateError,
  ValidationError,
} from '../errors/errors.js';
import { freezeRanking } from './freeze.js';
import type { CandidateIndex, Ranking, RankingEntry } from './types.js';

/** What a ranking may be: `strict` forbids ties, `complete` requires every candidate. */
export interface RankingRequirements {
  readonly strict?: boolean;
  readonly complete?: boolean;
}

function checkCandidate(c: unknown, m: number, where: string, seen: Uint8Array): asserts c is number {
  if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c >= m) {
    throw new UnknownCandidateError(`${JSON.stringify(c)} is not a candidate index in 0…${m - 1}.`, {
      where,
      fix: 'Refer to candidates by their 0-based index into the candidate list.',
    });
  }
  if (seen[c] === 1) {
    throw new DuplicateCandidateError(`candidate ${c} appears twice in one ranking.`, {
      where,
      fix: 'Each candidate may appear at most once per ballot; use a tie group [a, b] for indifference.',
    });
  }
  seen[c] = 1;
}

/**
 * Validates one ranking over m candidates and returns its normal form: a frozen copy in which tie
 * groups of one candidate are written as the bare index and tie groups are sorted ascending.
 * Throws a typed error naming `where` for unknown or repeated candidates, empty tie groups, ties when
 * `strict`, and missing candidates when `complete`.
 */
export function normalizeRanking(
  ranking: unknown,
  m: number,
  where = 'ranking',
  requirements: RankingRequirements = {},
  scratch?: Uint8Array,
): Ranking {
  if (!Array.isArray(ranking)) {
    throw new ValidationError('a ranking must be an array of candidate indices or tie groups.', {
      where,
      fix: 'Write a ranking like [2, [0, 3], 1] (best first; [0, 3] is a tie).',
    });
  }
  const seen = scratch && scratch.length >= m ? scratch.fill(0, 0, m) : new Uint8Array(m);
  // Filled by push, not preallocated: `new Array(n)` makes a holey array, slower to read once frozen.
  const out: RankingEntry[] = [];
  let size = 0;
  for (let i = 0; i < ranking.length; i++) {
    const entry: unknown = ranking[i];
    if (typeof entry === 'number') {
      checkCandidate(entry, m, `${where}[${i}]`, seen);
      out.push(entry);
      size++;
    } else if (Array.isArray(entry)) {
      if (entry.length === 0) {
        throw new ValidationError('an empty tie group.', { where: `${where}[${i}]`, fix: 'Remove the empty group.' });
      }
      if (entry.length > 1 && requirements.strict) {
        throw new ValidationError('this ranking has a tie but a strict ranking is required.', {
          where: `${where}[${i}]`,
          code: 'not-a-permutation',
          fix: 'Break the tie, or use a rule or option that accepts weak orders.',
        });
      }
      for (let j = 0; j < entry.length; j++) checkCandidate(entry[j], m, `${where}[${i}][${j}]`, seen);
      size += entry.length;
      out.push(entry.length === 1 ? (entry[0] as number) : Object.freeze((entry as number[]).slice().sort((a, b) => a - b)));
    } else {
      throw new ValidationError(`a ranking entry must be a candidate index or a tie group, got ${typeof entry}.`, {
        where: `${where}[${i}]`,
      });
    }
  }
  if (requirements.complete && size !== m) {
    throw new NotAPermutationError(`this ranking lists ${size} of the ${m} candidates but a complete ranking is required.`, {
      where,
      fix: 'Rank every candidate, or use a rule/option that accepts truncated ballots.',
    });
  }
  return Object.freeze(out);
}

/** Number of candidates a ranking lists. */
export function rankedCount(ranking: Ranking): number {
  let n = 0;
  for (const entry of ranking) n += typeof entry === 'number' ? 1 : entry.length;
  return n;
}

/** True when the ranking has no tie group of two or more candidates. */
export function isStrictRanking(ranking: Ranking): boolean {
  for (const entry of ranking) if (typeof entry !== 'number' && entry.length > 1) return false;
  return true;
}

/** The indifference classes of a ranking, best first, each as an array. */
export function rankingClasses(ranking: Ranking): readonly (readonly CandidateIndex[])[] {
  return ranking.map((entry) => (typeof entry === 'number' ? [entry] : entry));
}

/** The candidates of a ranking in order, ties flattened. */
export function flattenRanking(ranking: Ranking): CandidateIndex[] {
  const out: CandidateIndex[] = [];
  for (const entry of ranking) {
    if (typeof entry === 'number') out.push(entry);
    else for (const c of entry) out.push(c);
  }
  return out;
}

/**
 * A key identifying a ranking, for merging identical ballots: a number for strict rankings short enough
 * to pack in base m below 2^53, else a string like `"2,{0,3},1"`.
 */
export function rankingKey(ranking: Ranking, m: number): number | string {
  const base = m + 1;
  let key = 0;
  let packable = true;
  for (const entry of ranking) {
    if (typeof entry !== 'number') {
      packable = false;
      break;
    }
    key = key * base + entry + 1;
    if (key > Number.MAX_SAFE_INTEGER / base) {
      packable = false;
      break;
    }
  }
  if (packable) return key;
  return ranking.map((e) => (typeof e === 'number' ? String(e) : `{${e.join(',')}}`)).join(',');
}

/** Validates a strict complete ranking (a permutation of 0…m−1). */
export function assertPermutation(ranking: unknown, m: number, where = 'ranking'): readonly CandidateIndex[] {
  return normalizeRanking(ranking, m, where, { strict: true, complete: true }) as readonly CandidateIndex[];
}

export { freezeRanking };
