import type { Ranking, RankingEntry } from './types.js';

/**
 * A private, packed copy of a list of validated rankings: what core's own hot loops (majority and
 * margin matrices, merging identical ballots) read instead of the public frozen arrays.
 *
 * Why: V8 as shipped in Node 20 (11.3) does not inline element loads of frozen (or sealed, or
 * non-extensible) arrays in optimised code — each `ballot[k]` becomes a `KeyedLoadIC` call, 5–10× a
 * load from a plain array — and every ranking core returns is frozen. The public data keeps its shape
 * and stays frozen; this copy is made by the constructors, kept in a `WeakMap` keyed by the frozen
 * array of rankings it describes, never handed out (so never mutated), and cannot go stale because
 * that array and its rankings are frozen.
 *
 * Layout: ranking i is `entries[starts[i] … starts[i + 1])`, candidates best first, each tie group
 * written in ascending order with the `tie` bit set on every member but the last (so a strict ranking
 * is its plain indices). Entries are bytes when m ≤ 127, else 32-bit integers.
 */
export interface RankingTable {
  /** Number of candidates m. */
  readonly candidates: number;
  /** Number of rankings n. */
  readonly count: number;
  readonly entries: Uint8Array | Int32Array;
  /** n + 1 offsets into `entries`. */
  readonly starts: Int32Array;
  /** The flag bit marking "tied with the next entry" (0x80 for bytes, 2^30 for 32-bit entries). */
  readonly tie: number;
  /** No ranking has a tie group of two or more. */
  readonly strict: boolean;
  /** Every ranking lists every candidate. */
  readonly complete: boolean;
}

/** What a ranking read by {@link RankingTableBuilder.readInput} must be (as in `RankingRequirements`). */
interface Requirements {
  readonly strict?: boolean;
  readonly complete?: boolean;
}

const tables = new WeakMap<readonly Ranking[], RankingTable>();

/** Records `table` as the packed copy of `rankings` (a frozen array core built). */
export function attachRankingTable(rankings: readonly Ranking[], table: RankingTable | undefined): readonly Ranking[] {
  if (table !== undefined && table.count === rankings.length) tables.set(rankings, table);
  return rankings;
}

/** The packed copy of `rankings` over m candidates, if core built those rankings (else undefined). O(1). */
export function rankingTableOf(rankings: readonly Ranking[], m: number): RankingTable | undefined {
  const table = tables.get(rankings);
  return table !== undefined && table.candidates === m && table.count === rankings.length ? table : undefined;
}

const MAX_INT32 = 2 ** 31 - 1;

/**
 * Appends rankings to a table one at a time: each is first written as a pending ranking, then kept
 * ({@link commit}) or dropped ({@link discard}) — so identical ballots can be merged without
 * allocating anything for the duplicates.
 */
export class RankingTableBuilder {
  readonly candidates: number;
  private entries: Uint8Array | Int32Array;
  private starts: Int32Array;
  private readonly tie: number;
  private readonly value: number;
  private count = 0;
  /** End of the committed entries; the pending ranking is written from here. */
  private end = 0;
  private pendingEnd = 0;
  private pendingTies = false;
  private strict = true;
  private complete = true;
  private readonly seen: Int32Array;
  private stamp = 0;
  /** A packed array of small integers, sliced to make strict rankings of exactly their length. */
  private readonly row: number[];

  private constructor(m: number, expected: number) {
    this.candidates = m;
    const bytes = m <= 127;
    this.tie = bytes ? 0x80 : 2 ** 30;
    this.value = this.tie - 1;
    const capacity = Math.max(16, Math.min(expected * m, expected * 16));
    this.entries = bytes ? new Uint8Array(capacity) : new Int32Array(capacity);
    this.starts = new Int32Array(Math.max(16, expected + 1));
    this.seen = new Int32Array(m);
    this.row = Array.from({ length: Math.min(m, 1024) }, () => 0);
  }

  /**
   * A builder for about `expected` rankings over m candidates, or undefined when a table of that many
   * full rankings would not fit 32-bit offsets (the caller then works without a table).
   */
  static create(m: number, expected: number): RankingTableBuilder | undefined {
    if (!Number.isSafeInteger(m) || m < 0 || m >= 2 ** 30 || expected * Math.max(m, 1) > MAX_INT32) return undefined;
    return new RankingTableBuilder(m, expected);
  }

  private reserve(extra: number): void {
    const need = this.end + extra;
    if (need <= this.entries.length) return;
    let capacity = this.entries.length * 2;
    while (capacity < need) capacity *= 2;
    const grown = this.entries instanceof Uint8Array ? new Uint8Array(capacity) : new Int32Array(capacity);
    grown.set(this.entries.subarray(0, this.end));
    this.entries = grown;
  }

  private nextStamp(): number {
    if (this.stamp === MAX_INT32) {
      this.seen.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /**
   * Reads a ranking as a user gave it (candidate indices and tie groups) as the pending ranking,
   * checking what `normalizeRanking` checks. Returns false — leaving nothing pending — when the ranking
   * is invalid or breaks `requirements`: the caller then calls `normalizeRanking`, which throws the
   * precise error. Reads each entry once and allocates nothing.
   */
  readInput(ranking: unknown, requirements: Requirements | undefined): boolean {
    this.discard();
    if (!Array.isArray(ranking)) return false;
    const m = this.candidates;
    const length = ranking.length;
    if (length > m) return false; // some candidate would repeat
    this.reserve(m);
    const entries = this.entries;
    const seen = this.seen;
    const stamp = this.nextStamp();
    const tie = this.tie;
    const strict = requirements?.strict === true;
    let at = this.end;
    let ties = false;
    for (let k = 0; k < length; k++) {
      const entry: unknown = ranking[k];
      if (typeof entry === 'number') {
        if (!(entry >= 0 && entry < m && Math.floor(entry) === entry) || seen[entry] === stamp) return false;
        seen[entry] = stamp;
        entries[at++] = entry;
      } else if (Array.isArray(entry)) {
        const size = entry.length;
        if (size === 0 || (size > 1 && strict)) return false;
        const first = at;
        for (let t = 0; t < size; t++) {
          const c: unknown = entry[t];
          if (typeof c !== 'number' || !(c >= 0 && c < m && Math.floor(c) === c) || seen[c] === stamp) return false;
          seen[c] = stamp;
          // Insertion into the sorted group written so far.
          let p = at++;
          while (p > first && entries[p - 1]! > c) {
            entries[p] = entries[p - 1]!;
            p--;
          }
          entries[p] = c;
        }
        if (size > 1) {
          ties = true;
          for (let p = first; p < at - 1; p++) entries[p] = entries[p]! | tie;
        }
      } else return false;
    }
    if (requirements?.complete === true && at - this.end !== m) return false;
    this.pendingEnd = at;
    this.pendingTies = ties;
    return true;
  }

  /** Writes an already normalised ranking (core's own, e.g. from `normalizeRanking`) as the pending ranking. */
  readNormalised(ranking: Ranking): void {
    this.reserve(this.candidates);
    const entries = this.entries;
    const tie = this.tie;
    let at = this.end;
    let ties = false;
    for (let k = 0; k < ranking.length; k++) {
      const entry = ranking[k]!;
      if (typeof entry === 'number') entries[at++] = entry;
      else {
        for (let t = 0; t < entry.length - 1; t++) entries[at++] = entry[t]! | tie;
        entries[at++] = entry[entry.length - 1]!;
        if (entry.length > 1) ties = true;
      }
    }
    this.pendingEnd = at;
    this.pendingTies = ties;
  }

  /** Copies ranking `i` of another table over the same candidates (so with the same entry width) as the pending ranking. */
  readRow(table: RankingTable, i: number): void {
    const from = table.starts[i]!;
    const to = table.starts[i + 1]!;
    this.reserve(to - from);
    const source = table.entries;
    const entries = this.entries;
    const tie = this.tie;
    let at = this.end;
    let flags = 0;
    for (let j = from; j < to; j++) {
      const v = source[j]!;
      flags |= v & tie;
      entries[at++] = v;
    }
    this.pendingEnd = at;
    this.pendingTies = flags !== 0;
  }

  /**
   * A number identifying the pending ranking among strict ones — its candidates as base-(m+1) digits,
   * as `rankingKey` packs them — or -1 when it has a tie or does not pack below 2^53.
   */
  pendingKey(): number {
    if (this.pendingTies) return -1;
    const entries = this.entries;
    const base = this.candidates + 1;
    const limit = Number.MAX_SAFE_INTEGER / base;
    let key = 0;
    for (let j = this.end; j < this.pendingEnd; j++) {
      key = key * base + entries[j]! + 1;
      if (key > limit) return -1;
    }
    return key;
  }

  /** A string identifying the pending ranking among all rankings (its entries, tie bits included). */
  pendingText(): string {
    let text = '';
    for (let j = this.end; j < this.pendingEnd; j++) text += `${this.entries[j]!},`;
    return text;
  }

  /** Keeps the pending ranking as ranking number `count`. */
  commit(): void {
    const size = this.pendingEnd - this.end;
    if (this.pendingTies) this.strict = false;
    if (size !== this.candidates) this.complete = false;
    if (this.count + 2 > this.starts.length) {
      const grown = new Int32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.end = this.pendingEnd;
    this.starts[++this.count] = this.end;
  }

  /** Drops the pending ranking. */
  discard(): void {
    this.pendingEnd = this.end;
    this.pendingTies = false;
  }

  /**
   * The last committed ranking in normal form: a fresh frozen array (tie groups frozen, ascending).
   * Strict rankings are sliced from a packed scratch array, so they are packed and exactly as long as
   * they need (a pushed array reserves 17 slots: 40 % more memory for 10 candidates).
   */
  lastRanking(): Ranking {
    const entries = this.entries;
    const tie = this.tie;
    const from = this.starts[this.count - 1]!;
    const end = this.end;
    const row = this.row;
    if (end - from <= row.length) {
      let k = 0;
      for (let j = from; j < end && (entries[j]! & tie) === 0; j++) row[k++] = entries[j]!;
      if (k === end - from) return Object.freeze(row.slice(0, k));
    }
    const value = this.value;
    const out: RankingEntry[] = [];
    for (let j = from; j < end; j++) {
      const v = entries[j]!;
      if ((v & tie) === 0) {
        out.push(v);
        continue;
      }
      const group: number[] = [v & value];
      while ((entries[++j]! & tie) !== 0) group.push(entries[j]! & value);
      group.push(entries[j]!);
      out.push(Object.freeze(group));
    }
    return Object.freeze(out);
  }

  /** The table of the committed rankings (trimmed copies of the buffers). */
  finish(): RankingTable {
    return Object.freeze({
      candidates: this.candidates,
      count: this.count,
      entries: this.entries.slice(0, this.end),
      starts: this.starts.slice(0, this.count + 1),
      tie: this.tie,
      strict: this.strict,
      complete: this.complete,
    });
  }
}
