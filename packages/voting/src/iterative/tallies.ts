import type { CandidateIndex } from '@plural/core';
import type { Election } from '../election/election.js';
import { topOfClosure } from '../graph/dominance.js';
import { argmax, argmin } from '../result/result.js';

/**
 * `grouped[j] = 1` when packed entry j belongs to a tie group of two or more (null when every ballot is
 * strict). Such entries never count as a ballot's first, last or next remaining candidate in the tallies
 * below — a tied rank is skipped — while a tie group of one candidate counts as that candidate.
 *
 * Complexity: O(total ballot length) the first time for a profile, then O(1). Read-only: never write to it.
 */
export function groupedEntries(e: Election): Uint8Array | null {
  const ties = e.packed.ties;
  if (ties === null) return null;
  let grouped = groupedOf.get(ties);
  if (grouped === undefined) {
    grouped = new Uint8Array(ties.length);
    for (let j = 0; j < ties.length; j++) grouped[j] = ties[j]! | (j > 0 ? ties[j - 1]! : 0);
    groupedOf.set(ties, grouped);
  }
  return grouped;
}

/** {@link groupedEntries} of each packed tie-flag array (shared, like the flags, by the Elections of a profile). */
const groupedOf = new WeakMap<Uint8Array, Uint8Array>();

/** `inRace` as bytes, for the packed loops. */
function raceBytes(inRace: readonly boolean[], m: number): Uint8Array {
  const alive = new Uint8Array(m);
  for (let c = 0; c < m; c++) alive[c] = inRace[c] ? 1 : 0;
  return alive;
}

/**
 * Plurality scores among the candidates still in (`inRace[c]`), read from the packed ballots: each
 * ballot counts for its highest-ranked remaining candidate, tied ranks skipped (see
 * {@link groupedEntries}); a ballot with none left counts for no one. Equals `remainingPluralityScores`.
 *
 * Complexity: O(total ballot length).
 */
export function packedPluralityScores(e: Election, inRace: readonly boolean[]): Float64Array {
  const { entries, starts, counts, count } = e.packed;
  const m = e.candidates.length;
  const alive = raceBytes(inRace, m);
  const grouped = groupedEntries(e);
  const scores = new Float64Array(m);
  for (let i = 0; i < count; i++) {
    const end = starts[i + 1]!;
    for (let j = starts[i]!; j < end; j++) {
      const c = entries[j]!;
      if (alive[c] === 1 && (grouped === null || grouped[j] === 0)) {
        scores[c]! += counts[i]!;
        break;
      }
    }
  }
  return scores;
}

/**
 * Last places among the candidates still in (`inRace[c]`): each strict complete ballot counts for its
 * lowest-ranked remaining candidate (tied ranks skipped, see {@link groupedEntries}). Reads the packed
 * ballots.
 *
 * Complexity: O(total ballot length).
 */
export function remainingLastPlaces(e: Election, inRace: readonly boolean[]): Float64Array {
  const { entries, starts, counts, count } = e.packed;
  const m = e.candidates.length;
  const alive = raceBytes(inRace, m);
  const grouped = groupedEntries(e);
  const scores = new Float64Array(m);
  for (let i = 0; i < count; i++) {
    const start = starts[i]!;
    for (let j = starts[i + 1]! - 1; j >= start; j--) {
      const c = entries[j]!;
      if (alive[c] === 1 && (grouped === null || grouped[j] === 0)) {
        scores[c]! += counts[i]!;
        break;
      }
    }
  }
  return scores;
}

/**
 * Borda scores in the profile restricted to the remaining candidates: with r of them left, a strict
 * complete ballot gives r−1 points to its highest remaining candidate, r−2 to the next, …, 0 to the last
 * (tied ranks skipped, see {@link groupedEntries}). Reads the packed ballots.
 *
 * Complexity: O(total ballot length).
 */
export function remainingBordaScores(e: Election, inRace: readonly boolean[]): Float64Array {
  const { entries, starts, counts, count } = e.packed;
  const m = e.candidates.length;
  const alive = raceBytes(inRace, m);
  const grouped = groupedEntries(e);
  const scores = new Float64Array(m);
  let r = 0;
  for (let c = 0; c < m; c++) r += alive[c]!;
  for (let i = 0; i < count; i++) {
    const w = counts[i]!;
    const end = starts[i + 1]!;
    let points = r - 1;
    for (let j = starts[i]!; j < end && points > 0; j++) {
      const c = entries[j]!;
      if (alive[c] === 1 && (grouped === null || grouped[j] === 0)) scores[c]! += w * points--;
    }
  }
  return scores;
}

/** Total weight of the ballots that rank at least one remaining candidate (not exhausted), tie groups included. */
export function activeWeight(e: Election, inRace: readonly boolean[]): number {
  const { entries, starts, counts, count } = e.packed;
  const alive = raceBytes(inRace, e.candidates.length);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const end = starts[i + 1]!;
    for (let j = starts[i]!; j < end; j++) {
      if (alive[entries[j]!] === 1) {
        total += counts[i]!;
        break;
      }
    }
  }
  return total;
}

/** Entries per chunk of a {@link RunoffTally} pile. */
const PILE_CHUNK = 256;
/** A pile of at least 1/DENSE_PILE of all ballots is found by a sweep over every ballot's top (see {@link RunoffTally}). */
const DENSE_PILE = 256;
/** Ballots per block of a sweep. */
const SWEEP_BLOCK = 1024;

/**
 * First-place tallies among the remaining candidates, kept up to date as candidates leave: the classic
 * way of counting Instant Runoff. Each ballot sits in the pile of its highest remaining candidate (tied
 * ranks skipped, see {@link groupedEntries}); when candidates leave, only their piles are read, each
 * ballot moving on to its next remaining candidate or becoming exhausted. A ballot's position only moves
 * forward, so over a whole run of eliminations every entry of every ballot is read at most once:
 * O(total ballot length + m²) in all, instead of O(total ballot length) per round.
 *
 * Memory access decides the speed at a million ballots: a pile lists its ballots in no useful order, and
 * visiting them through the list costs a cache miss per ballot (tens of nanoseconds). So a pile holding
 * at least 1/256 of the ballots is visited by one ascending sweep over the ballots' current tops instead
 * (one byte each, gathered without branches: about a nanosecond per ballot) — the moved ballots are then
 * read in memory order — which costs O(n) ≤ 256 × the pile's size, keeping the bound. Piles are listed
 * (chunked lists in one arena) only once a smaller pile has to be moved.
 *
 * {@link sync} brings the tally to any set of remaining candidates: by moving ballots when the new set
 * is a subset of the current one (an elimination), else by counting afresh (the parallel-universe driver
 * backtracking to another branch).
 *
 * Source: the hand count of the single transferable vote (T. Hare, "The Machinery of Representation",
 * 1857), where each candidate's ballots form a pile and only an excluded candidate's pile is re-sorted.
 *
 * @example
 * const tally = new RunoffTally(e);
 * tally.sync([true, true, false]); // c out
 * tally.scores; // first places of a and b
 */
export class RunoffTally {
  /** Scaled integer first places of the remaining candidates (0 for the others); read-only for callers. */
  readonly scores: Float64Array;
  /** Total count of the ballots that still count for a remaining candidate. */
  active = 0;
  private readonly e: Election;
  private readonly m: number;
  private readonly n: number;
  private readonly grouped: Uint8Array | null;
  private readonly alive: Uint8Array;
  /** The candidate each ballot counts for, or m once it is exhausted. */
  private readonly top: Uint8Array | Uint16Array | Int32Array;
  /** Position, within its ballot, of the entry each ballot counts for. */
  private readonly pos: Uint8Array | Uint16Array | Int32Array;
  /** Scratch for one block of a sweep: the ballots of the block on the pile being moved. */
  private readonly block = new Int32Array(SWEEP_BLOCK);
  /** Number of ballots in each pile. */
  private readonly sizes: Float64Array;
  /** Chunks of PILE_CHUNK ballot indices; pile c is `chunks[c]` (chunk numbers), the last one filled to `fill[c]`. */
  private arena: Int32Array = new Int32Array(0);
  private readonly chunks: number[][];
  private readonly fill: Int32Array;
  private free: number[] = [];
  /** Whether the piles are listed (they are only once a small pile leaves; large ones are found by a sweep). */
  private listed = false;
  private started = false;
  /** A pile of at least `dense × n` ballots is found by a sweep. */
  private readonly dense: number;

  /**
   * A tally of the election's first places, counted on the first {@link sync}. `dense` is the share of
   * the ballots from which a pile is found by a sweep rather than through its list (default 1/256; 0
   * always sweeps, more than 1 never does — for tests).
   */
  constructor(e: Election, dense = 1 / DENSE_PILE) {
    this.e = e;
    this.dense = dense;
    const m = (this.m = e.candidates.length);
    const n = (this.n = e.packed.count);
    this.grouped = groupedEntries(e);
    this.scores = new Float64Array(m);
    this.alive = new Uint8Array(m);
    this.top = m < 255 ? new Uint8Array(n) : m < 65535 ? new Uint16Array(n) : new Int32Array(n);
    // A ballot lists each candidate at most once, so a position fits the width of a candidate.
    this.pos = m < 255 ? new Uint8Array(n) : m < 65535 ? new Uint16Array(n) : new Int32Array(n);
    this.sizes = new Float64Array(m);
    this.chunks = Array.from({ length: m }, () => []);
    this.fill = new Int32Array(m);
  }

  /**
   * Brings the tally to the remaining candidates `inRace` (moves the ballots of the candidates that
   * left since the last call, or counts afresh when a candidate came back).
   *
   * Complexity: O(m + entries read), plus O(n) per pile of n/256 ballots or more.
   */
  sync(inRace: readonly boolean[]): void {
    const { m, alive } = this;
    let subset = this.started;
    const leaving: number[] = [];
    for (let c = 0; c < m && subset; c++) {
      if (inRace[c]) {
        if (alive[c] === 0) subset = false;
      } else if (alive[c] === 1) leaving.push(c);
    }
    if (!subset) {
      this.recount(inRace);
      return;
    }
    for (const c of leaving) alive[c] = 0;
    for (const c of leaving) this.transfer(c);
  }

  /** Counts every ballot afresh for the candidates `inRace`. O(total ballot length). */
  private recount(inRace: readonly boolean[]): void {
    const { m, n, alive, scores, sizes, top, pos, grouped } = this;
    const { entries, starts, counts } = this.e.packed;
    for (let c = 0; c < m; c++) alive[c] = inRace[c] ? 1 : 0;
    scores.fill(0);
    sizes.fill(0);
    let active = 0;
    for (let i = 0; i < n; i++) {
      const end = starts[i + 1]!;
      let j = starts[i]!;
      while (j < end && (alive[entries[j]!] === 0 || (grouped !== null && grouped[j] === 1))) j++;
      if (j === end) {
        top[i] = m;
        continue;
      }
      const c = entries[j]!;
      const w = counts[i]!;
      pos[i] = j - starts[i]!;
      top[i] = c;
      scores[c]! += w;
      sizes[c]!++;
      active += w;
    }
    this.active = active;
    this.listed = false;
    this.started = true;
  }

  /**
   * Lists every pile (one ascending sweep over the tops), for transfers of small piles; from then on
   * moves keep the lists up to date. O(n).
   */
  private listPiles(): void {
    const { m, n, top, chunks, fill } = this;
    for (let c = 0; c < m; c++) {
      chunks[c]!.length = 0;
      fill[c] = PILE_CHUNK;
    }
    if (this.arena.length === 0) this.arena = new Int32Array((Math.ceil(n / PILE_CHUNK) + m + 2) * PILE_CHUNK);
    this.free = [];
    for (let k = this.arena.length / PILE_CHUNK - 1; k >= 0; k--) this.free.push(k);
    for (let i = 0; i < n; i++) if (top[i]! < m) this.list(top[i]!, i);
    this.listed = true;
  }

  /** Appends ballot i to the list of pile c. */
  private list(c: number, i: number): void {
    let f = this.fill[c]!;
    const pile = this.chunks[c]!;
    if (f === PILE_CHUNK) {
      if (this.free.length === 0) this.growArena();
      pile.push(this.free.pop()!);
      f = 0;
    }
    this.arena[pile[pile.length - 1]! * PILE_CHUNK + f] = i;
    this.fill[c] = f + 1;
  }

  /** Doubles the arena (not reached: the lists never hold more than n ballots in n/256 + m + 2 chunks). */
  private growArena(): void {
    const old = this.arena;
    this.arena = new Int32Array(old.length * 2);
    this.arena.set(old);
    for (let k = this.arena.length / PILE_CHUNK - 1; k >= old.length / PILE_CHUNK; k--) this.free.push(k);
  }

  /** Moves ballot i (on a pile that is gone) to its next remaining candidate, or exhausts it; returns its count if it moved. */
  private move(i: number): number {
    const { alive, grouped, top, pos } = this;
    const { entries, starts, counts } = this.e.packed;
    const start = starts[i]!;
    const end = starts[i + 1]!;
    let j = start + pos[i]! + 1;
    while (j < end && (alive[entries[j]!] === 0 || (grouped !== null && grouped[j] === 1))) j++;
    if (j === end) {
      top[i] = this.m;
      return 0;
    }
    const c = entries[j]!;
    const w = counts[i]!;
    pos[i] = j - start;
    top[i] = c;
    this.scores[c]! += w;
    this.sizes[c]!++;
    if (this.listed) this.list(c, i);
    return w;
  }

  /**
   * {@link move} for every ballot on the pile of `gone`, found by one ascending sweep over the tops: block
   * by block, the ballots on the pile are first gathered without a branch (a branch per ballot would be
   * mispredicted once per pile member), then moved.
   */
  private sweep(gone: number): number {
    const { n, m, alive, grouped, top, pos, scores, sizes, listed, block } = this;
    const { entries, starts, counts } = this.e.packed;
    let moved = 0;
    for (let from = 0; from < n; from += SWEEP_BLOCK) {
      const to = Math.min(n, from + SWEEP_BLOCK);
      let found = 0;
      // ((t ^ gone) − 1) >>> 31 is 1 exactly when t = gone (t, gone < 2^31).
      for (let i = from; i < to; i++) {
        block[found] = i;
        found += ((top[i]! ^ gone) - 1) >>> 31;
      }
      for (let k = 0; k < found; k++) {
        const i = block[k]!;
        const start = starts[i]!;
        const end = starts[i + 1]!;
        let j = start + pos[i]! + 1;
        while (j < end && (alive[entries[j]!] === 0 || (grouped !== null && grouped[j] === 1))) j++;
        if (j === end) {
          top[i] = m;
          continue;
        }
        const c = entries[j]!;
        const w = counts[i]!;
        pos[i] = j - start;
        top[i] = c;
        scores[c]! += w;
        sizes[c]!++;
        moved += w;
        if (listed) this.list(c, i);
      }
    }
    return moved;
  }

  /** Moves the ballots of candidate `gone` (no longer alive) to their next remaining candidate. */
  private transfer(gone: number): void {
    const { n, top } = this;
    if (this.sizes[gone] === 0) {
      if (this.listed) for (const k of this.chunks[gone]!) this.free.push(k);
      this.chunks[gone] = [];
      this.fill[gone] = PILE_CHUNK;
      return;
    }
    const dense = this.sizes[gone]! >= n * this.dense;
    if (!dense && !this.listed) this.listPiles();
    const pile = this.chunks[gone]!;
    const last = this.fill[gone]!;
    this.chunks[gone] = [];
    this.fill[gone] = PILE_CHUNK;
    let moved = 0;
    const lost = this.scores[gone]!;
    this.scores[gone] = 0;
    this.sizes[gone] = 0;
    if (dense) {
      for (const k of pile) this.free.push(k);
      moved = this.sweep(gone);
    } else {
      const arena = this.arena;
      for (let q = 0; q < pile.length; q++) {
        const base = pile[q]! * PILE_CHUNK;
        const size = q === pile.length - 1 ? last : PILE_CHUNK;
        for (let t = 0; t < size; t++) moved += this.move(arena[base + t]!);
        this.free.push(pile[q]!);
      }
    }
    this.active += moved - lost;
  }
}

/** The remaining candidates with the smallest score, ascending. */
export function lowest(scores: ArrayLike<number>, remaining: readonly CandidateIndex[]): CandidateIndex[] {
  return argmin(scores, remaining);
}

/** The remaining candidates with the largest score, ascending. */
export function highest(scores: ArrayLike<number>, remaining: readonly CandidateIndex[]): CandidateIndex[] {
  return argmax(scores, remaining);
}

/** The candidate whose score is a strict majority of `total` (2·score > total), if any. */
export function majorityWinner(scores: ArrayLike<number>, remaining: readonly CandidateIndex[], total: number): CandidateIndex | undefined {
  return remaining.find((c) => 2 * scores[c]! > total);
}

/**
 * The Smith set (`strict` false: margin ≥ 0 closure) or Schwartz set (`strict` true: margin > 0) of the
 * candidates in `among`, ascending.
 *
 * Complexity: O(|among|³).
 */
export function dominantSetAmong(margins: readonly (readonly number[])[], among: readonly CandidateIndex[], strict: boolean): CandidateIndex[] {
  return topOfClosure(among.length, (i, j) => (strict ? margins[among[i]!]![among[j]!]! > 0 : margins[among[i]!]![among[j]!]! >= 0)).map((i) => among[i]!);
}
