import {
  DuplicateCandidateError,
  NotAPermutationError,
  UnknownCandidateError,
  type Label,
  type Ranking,
} from '@plural/core';
import { scaleWeights } from './weights.js';

/**
 * An election's distinct ballots packed once into typed arrays, for the hot loops of the rules that
 * read ballots (Plurality, positional tallies, Instant Runoff, …).
 *
 * Why: the ballots of a profile built by @plural/core are frozen arrays, and V8 as shipped in Node 20
 * (11.3) does not inline element loads of frozen arrays in optimised code — each `ballot[k]` is an
 * inline-cache call, 5–10× a typed-array load. Core keeps a private packed copy of the profiles it builds
 * for its own loops (margins); it is not exported, so the Election packs its own, in the same pass that
 * validates the ballots.
 *
 * Layout: ballot i is `entries[starts[i] … starts[i + 1])`, candidates best first; a tie group is written
 * in the order given, with `ties[j] = 1` on every member but the last (`ties` is null when no ballot has a
 * tie group of two or more). A tie group of one candidate is written as that candidate. `counts[i]` is
 * the ballot's integer count (the Election's `counts`, scaled from fractional weights).
 *
 * The arrays are shared between the Elections of one profile (see {@link packedRankings}): read them,
 * never write to them.
 */
export interface PackedBallots {
  /** Number of candidates m. */
  readonly candidates: number;
  /** Number of distinct ballots n. */
  readonly count: number;
  /** Candidate indices, ballot after ballot: bytes when m ≤ 256, else 32-bit integers. */
  readonly entries: Uint8Array | Int32Array;
  /** n + 1 offsets into `entries`. */
  readonly starts: Int32Array;
  /** `ties[j] = 1` when entry j is tied with entry j + 1 (one tie group); null when every ballot is strict. */
  readonly ties: Uint8Array | null;
  /** Integer multiplicity of each ballot (as the Election's `counts`). */
  readonly counts: Float64Array;
}

/** The validated, packed rankings of a profile, without counts (shared by every Election of the profile). */
export interface RankingTable {
  readonly candidates: number;
  readonly count: number;
  readonly entries: Uint8Array | Int32Array;
  readonly starts: Int32Array;
  readonly ties: Uint8Array | null;
  /** No ballot has a tie group of two or more. */
  readonly strict: boolean;
  /** Every ballot ranks every candidate. */
  readonly complete: boolean;
}

/** Integer counts of the ballots and the factor they were scaled by, as a list and packed. */
export interface CountTable {
  readonly integers: readonly number[];
  readonly scale: number;
  readonly packed: Float64Array;
  /** Σ integers. */
  readonly voters: number;
}

/**
 * Tables already built, keyed by the ballot list they describe. Only lists that cannot change are kept:
 * the list, every ballot and every tie group frozen (as every profile core builds is). A frozen list
 * cannot go stale, and the WeakMap lets the table go with the list.
 */
const rankingTables = new WeakMap<readonly Ranking[], RankingTable>();
const countTables = new WeakMap<readonly number[], CountTable>();
/** Counts of 1 per ballot, for ranking profiles without weights, keyed by their (frozen) list of rankings. */
const unitCountTables = new WeakMap<readonly Ranking[], CountTable>();

const MAX_INT32 = 2 ** 31 - 1;

/** The iterator of plain arrays: a ballot that still uses it is copied by spread before it is read. */
const arrayValues: unknown = Array.prototype[Symbol.iterator];

/**
 * Validates a profile's ballots over the given candidates and packs them (see {@link PackedBallots}), in
 * one pass that reads every entry once: each entry must be a candidate index in 0…m−1 or a non-empty tie
 * group of them, and no candidate may appear twice in one ballot. Throws UnknownCandidateError,
 * DuplicateCandidateError or NotAPermutationError naming the ballot. A deeply frozen ballot list (every
 * profile core builds) is validated once: its table is kept and returned by later calls in O(1).
 *
 * Complexity: O(total ballot length) the first time; O(1) for a frozen list seen before.
 *
 * @example
 * packedRankings(['a', 'b', 'c'], [[0, [1, 2]]]).ties; // Uint8Array [0, 1, 0]
 */
export function packedRankings(candidates: readonly Label[], ballots: readonly Ranking[]): RankingTable {
  const m = candidates.length;
  const known = rankingTables.get(ballots);
  if (known !== undefined && known.candidates === m && known.count === ballots.length) return known;
  const { table, frozen } = readRankings(candidates, ballots);
  if (frozen) rankingTables.set(ballots, table);
  return table;
}

function unknownCandidate(c: unknown, m: number, i: number, k: number): UnknownCandidateError {
  return new UnknownCandidateError(`${String(c)} is not a candidate index (there are ${m} candidates).`, { where: `ballots[${i}][${k}]`, fix: `Use indices 0…${m - 1}.` });
}

function duplicateCandidate(candidates: readonly Label[], c: number, i: number): DuplicateCandidateError {
  return new DuplicateCandidateError(`candidate ${String(candidates[c])} appears twice in one ballot.`, { where: `ballots[${i}]`, fix: 'Rank each candidate at most once.' });
}

/** Growable output buffers of {@link readRankings}. */
interface Buffers {
  entries: Uint8Array | Int32Array;
  ties: Uint8Array | null;
}

function grow(buffers: Buffers, need: number): void {
  let capacity = buffers.entries.length * 2;
  while (capacity < need) capacity *= 2;
  if (capacity > MAX_INT32) capacity = MAX_INT32;
  if (capacity < need) {
    throw new NotAPermutationError('the profile has more ranked entries than 2^31 − 1.', { where: 'ballots', fix: 'Merge identical ballots (anonymousProfile) or split the profile.' });
  }
  const entries = buffers.entries instanceof Uint8Array ? new Uint8Array(capacity) : new Int32Array(capacity);
  entries.set(buffers.entries);
  buffers.entries = entries;
  if (buffers.ties !== null) {
    const ties = new Uint8Array(capacity);
    ties.set(buffers.ties);
    buffers.ties = ties;
  }
}

function readRankings(candidates: readonly Label[], ballots: readonly Ranking[]): { table: RankingTable; frozen: boolean } {
  const m = candidates.length;
  const n = ballots.length;
  const initial = Math.max(16, Math.min(n * m, 1 << 24));
  const buffers: Buffers = { entries: m <= 256 ? new Uint8Array(initial) : new Int32Array(initial), ties: null };
  let entries = buffers.entries;
  const starts = new Int32Array(n + 1);
  const seen = new Int32Array(m).fill(-1);
  let frozen = Object.isFrozen(ballots);
  let strict = true;
  let complete = true;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const ballot: unknown = ballots[i];
    if (!Array.isArray(ballot)) throw new NotAPermutationError('a ballot is not an array.', { where: `ballots[${i}]`, fix: 'Write each ballot as an array of candidate indices, best first.' });
    if (frozen && !Object.isFrozen(ballot)) frozen = false;
    // A valid ballot has at most m entries; the (m+1)-th would be a repeat, caught before it is written.
    if (at + m > entries.length) {
      grow(buffers, at + m);
      entries = buffers.entries;
    }
    const first = at;
    // A copy by spread (a builtin that clones a frozen array in one go) is read ~2× faster than the frozen
    // array itself; an array whose iteration was redefined is read by index.
    const b: readonly unknown[] = (ballot as { [Symbol.iterator]?: unknown })[Symbol.iterator] === arrayValues ? [...(ballot as unknown[])] : ballot;
    const length = b.length;
    for (let k = 0; k < length; k++) {
      const entry: unknown = b[k];
      if (typeof entry === 'number') {
        if (!(entry >= 0 && entry < m && Number.isInteger(entry))) throw unknownCandidate(entry, m, i, k);
        if (seen[entry] === i) throw duplicateCandidate(candidates, entry, i);
        seen[entry] = i;
        entries[at++] = entry;
      } else if (Array.isArray(entry)) {
        const size = entry.length;
        if (size === 0) throw new NotAPermutationError('an empty tie group.', { where: `ballots[${i}][${k}]`, fix: 'Remove the empty group, or write its candidates in it.' });
        if (frozen && !Object.isFrozen(entry)) frozen = false;
        if (size > 1) strict = false;
        for (let t = 0; t < size; t++) {
          const c: unknown = entry[t];
          if (typeof c !== 'number' || !(c >= 0 && c < m && Number.isInteger(c))) throw unknownCandidate(c, m, i, k);
          if (seen[c] === i) throw duplicateCandidate(candidates, c, i);
          seen[c] = i;
          entries[at++] = c;
        }
        if (size > 1) {
          if (buffers.ties === null) buffers.ties = new Uint8Array(entries.length);
          const ties = buffers.ties;
          for (let j = at - size; j < at - 1; j++) ties[j] = 1;
        }
      } else {
        throw new NotAPermutationError('a ballot entry is neither a candidate index nor a tie group.', { where: `ballots[${i}][${k}]` });
      }
    }
    if (at - first < m) complete = false;
    starts[i + 1] = at;
  }
  const table: RankingTable = Object.freeze({
    candidates: m,
    count: n,
    entries: entries.slice(0, at),
    starts,
    ties: buffers.ties === null ? null : buffers.ties.slice(0, at),
    strict,
    complete,
  });
  return { table, frozen };
}

/**
 * The integer counts of a profile's n ballots: its weights scaled to integers (see `scaleWeights`), or 1
 * each when it has none (`weights` undefined). Throws as `scaleWeights` does. Kept for a frozen list of
 * weights (or, without weights, for the frozen list of ballots) and returned in O(1) afterwards.
 *
 * Complexity: O(n) the first time; O(1) for a frozen list seen before.
 *
 * @example
 * packedCounts([0.5, 1], 2, 'profile.counts', ballots).scale; // 2
 */
export function packedCounts(weights: readonly number[] | undefined, n: number, where: string, ballots: readonly Ranking[]): CountTable {
  const cache = weights === undefined ? unitCountTables : countTables;
  const key = weights ?? ballots;
  const known = cache.get(key as never);
  if (known !== undefined && known.packed.length === n) return known;
  const list = weights ?? new Array<number>(n).fill(1);
  const scaled = scaleWeights(list, where);
  const packed = new Float64Array(n);
  let voters = 0;
  for (let i = 0; i < n; i++) {
    const w = scaled.integers[i]!;
    packed[i] = w;
    voters += w;
  }
  const table: CountTable = Object.freeze({ integers: weights === undefined ? Object.freeze(list) : scaled.integers, scale: scaled.scale, packed, voters });
  if (Object.isFrozen(key)) cache.set(key as never, table);
  return table;
}

/**
 * The packed ballots of a table and counts.
 *
 * Complexity: O(1).
 */
export function packedBallots(table: RankingTable, counts: Float64Array): PackedBallots {
  return Object.freeze({ candidates: table.candidates, count: table.count, entries: table.entries, starts: table.starts, ties: table.ties, counts });
}
