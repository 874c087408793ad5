import { Rational, ValidationError, type CandidateIndex, type RationalLike } from '@plural/core';
import type { Election } from '../election/election.js';
import type { Score } from '../result/result.js';

/**
 * A positional scoring vector for m candidates: `vector[k]` points for the k-th place (0-based), k < m.
 * Rules tally integer vectors; a fractional vector such as Dowdall's 1, 1/2, 1/3, … is tallied exactly
 * with Rationals (see {@link positionalRationalTally}).
 */
export type ScoringVector = readonly number[];

/**
 * Positional scores of strict ballots (complete or truncated): a ballot adds `count × vector[k]` to its
 * k-th ranked candidate; unranked candidates get nothing. Ties are rejected by the caller (a tie group of
 * two or more takes up its place k and scores nothing; a group of one scores as its candidate). Reads the
 * Election's packed ballots.
 *
 * Complexity: O(total ballot length).
 */
export function positionalTally(e: Election, vector: ScoringVector): Float64Array {
  const { entries, starts, ties, counts, count } = e.packed;
  const scores = new Float64Array(e.candidates.length);
  const points = Float64Array.from(vector);
  if (ties === null) {
    for (let i = 0; i < count; i++) {
      const w = counts[i]!;
      const start = starts[i]!;
      const end = starts[i + 1]!;
      for (let j = start; j < end; j++) scores[entries[j]!]! += w * points[j - start]!;
    }
    return scores;
  }
  for (let i = 0; i < count; i++) {
    const w = counts[i]!;
    const end = starts[i + 1]!;
    let k = 0;
    for (let j = starts[i]!; j < end; j++, k++) {
      if (ties[j] === 1) {
        while (ties[j] === 1) j++; // a tied rank: skip to the group's last member
        continue;
      }
      scores[entries[j]!]! += w * points[k]!;
    }
  }
  return scores;
}

/**
 * The first-place tie groups of the packed ballots: calls `visit(i, from, to)` for every non-empty
 * ballot i with its first group `entries[from … to)`.
 */
export function forEachTopGroup(e: Election, visit: (ballot: number, from: number, to: number) => void): void {
  const { starts, ties, count } = e.packed;
  for (let i = 0; i < count; i++) {
    const from = starts[i]!;
    if (from === starts[i + 1]!) continue;
    let to = from;
    if (ties !== null) while (ties[to] === 1) to++;
    visit(i, from, to + 1);
  }
}

/** Checks a scoring vector: m finite numbers, non-increasing. */
export function checkScoringVector(vector: ScoringVector, m: number): void {
  if (!Array.isArray(vector) || vector.length !== m) {
    throw new ValidationError(`the scoring vector has ${Array.isArray(vector) ? vector.length : 'no'} entries for ${m} candidates.`, {
      where: 'options.vector',
      fix: `Give one score per position, ${m} in all.`,
    });
  }
  vector.forEach((s, k) => {
    if (!Number.isFinite(s)) throw new ValidationError(`score ${s} is not finite.`, { where: `options.vector[${k}]`, fix: 'Use finite numbers.' });
    if (k > 0 && s > vector[k - 1]!) {
      throw new ValidationError('the scoring vector increases.', { where: `options.vector[${k}]`, fix: 'A better position never scores fewer points: make the vector non-increasing.' });
    }
  });
}

/**
 * Reads a scoring vector of exact values (numbers, "p/q" strings, bigints or Rationals) for m
 * candidates: m entries, non-increasing, not all equal when m > 1 (a constant vector elects everyone).
 * Numbers are read as the decimal they print as (0.1 is 1/10).
 */
export function exactScoringVector(vector: readonly RationalLike[] | undefined, m: number): Rational[] {
  if (!Array.isArray(vector) || vector.length !== m) {
    throw new ValidationError(`the scoring vector has ${Array.isArray(vector) ? vector.length : 'no'} entries for ${m} candidates.`, {
      where: 'options.vector',
      fix: `Give one score per position, ${m} in all, best position first (e.g. [2, 1, 0] is Borda for 3 candidates).`,
    });
  }
  const out = vector.map((s, k) => {
    const where = `options.vector[${k}]`;
    if (typeof s === 'number') {
      if (!Number.isFinite(s)) throw new ValidationError(`score ${s} is not finite.`, { where, fix: 'Use finite numbers.' });
      return Rational.parse(String(s), where);
    }
    return Rational.from(s, where);
  });
  out.forEach((s, k) => {
    if (k > 0 && s.gt(out[k - 1]!)) {
      throw new ValidationError('the scoring vector increases.', { where: `options.vector[${k}]`, fix: 'A better position never scores fewer points: make the vector non-increasing.' });
    }
  });
  if (m > 1 && out[0]!.equals(out[m - 1]!)) {
    throw new ValidationError('the scoring vector is constant, so every candidate ties.', {
      where: 'options.vector',
      fix: 'Give the first position more points than the last.',
    });
  }
  return out;
}

/** How a positional tally reads tied and unranked candidates (Condorcet PHP's conventions). */
export interface PositionalConvention {
  /**
   * Candidates a truncated ballot leaves unranked: `'zero'` — they score nothing (Condorcet PHP's
   * explicit ranking); `'tied-last'` — they form one tied group after the ranked ones (implicit ranking).
   */
  readonly unranked: 'zero' | 'tied-last';
}

/**
 * Exact positional scores of weak, possibly truncated ballots: a group of g tied candidates occupying
 * places k…k+g−1 shares the points of those places equally (each gets their average), as Condorcet PHP's
 * BordaCount and DowdallSystem do; unranked candidates follow `convention.unranked`. Totals are
 * multiplied by the integer ballot counts (divide by `e.scale` to report). Reads the packed ballots and
 * adds integer counts per candidate and (place, group size); the Rational shares are added once per
 * candidate and (place, group size) used.
 *
 * Complexity: O(total ballot length + n·m for truncated ballots under 'tied-last') integer additions,
 * then O(m²) Rational operations for strict ballots (O(m³) at most with ties).
 *
 * @example
 * positionalRationalTally(e, (k) => Rational.of(1, k + 1), { unranked: 'zero' }); // Dowdall
 */
export function positionalRationalTally(e: Election, points: (place: number) => Rational, convention: PositionalConvention): Rational[] {
  const m = e.candidates.length;
  const place = Array.from({ length: m }, (_, k) => points(k));
  const { entries, starts, ties, counts, count } = e.packed;
  // Integer weights first: weights[s][c] = total count of the ballots putting c in a group of `size`
  // candidates starting at place `start`, slot s = (start, size). Each slot's share is added once at the end.
  const slots = new SlotTable(m);
  const ranked = new Uint8Array(m);
  const tiedLast = convention.unranked === 'tied-last';
  for (let i = 0; i < count; i++) {
    const w = counts[i]!;
    const end = starts[i + 1]!;
    let k = 0;
    if (tiedLast) ranked.fill(0);
    for (let j = starts[i]!; j < end; ) {
      let last = j;
      if (ties !== null) while (ties[last] === 1) last++;
      const size = last - j + 1;
      const row = slots.row(k, size);
      for (; j <= last; j++) {
        const c = entries[j]!;
        row[c]! += w;
        if (tiedLast) ranked[c] = 1;
      }
      k += size;
    }
    if (k < m && tiedLast) {
      const row = slots.row(k, m - k);
      for (let c = 0; c < m; c++) if (ranked[c] === 0) row[c]! += w;
    }
  }
  const tally: Rational[] = Array.from({ length: m }, () => Rational.ZERO);
  slots.forEach((start, size, row) => {
    let total = Rational.ZERO;
    for (let k = start; k < start + size; k++) total = total.add(place[k]!);
    const share = total.div(size);
    for (let c = 0; c < m; c++) if (row[c] !== 0) tally[c] = tally[c]!.add(share.mul(row[c]!));
  });
  return tally;
}

/**
 * Integer weight rows indexed by a group's place and size (start, size), allocated on first use: a dense
 * index for up to 2047 candidates, a Map beyond.
 */
class SlotTable {
  private readonly m: number;
  private readonly dense: Int32Array | undefined;
  private readonly sparse = new Map<number, number>();
  private readonly rows: Float64Array[] = [];
  private readonly keys: number[] = [];

  constructor(m: number) {
    this.m = m;
    this.dense = m <= 2047 ? new Int32Array((m + 1) * (m + 1)).fill(-1) : undefined;
  }

  row(start: number, size: number): Float64Array {
    const key = start * (this.m + 1) + size;
    let slot = this.dense !== undefined ? this.dense[key]! : (this.sparse.get(key) ?? -1);
    if (slot < 0) {
      slot = this.rows.length;
      this.rows.push(new Float64Array(this.m));
      this.keys.push(key);
      if (this.dense !== undefined) this.dense[key] = slot;
      else this.sparse.set(key, slot);
    }
    return this.rows[slot]!;
  }

  forEach(visit: (start: number, size: number, row: Float64Array) => void): void {
    this.rows.forEach((row, s) => visit(Math.floor(this.keys[s]! / (this.m + 1)), this.keys[s]! % (this.m + 1), row));
  }
}

/** Rational tallies as reported scores: divided by the election's scale, integers as numbers. */
export function rationalScores(tally: readonly Rational[], scale: number): Score[] {
  return tally.map((t) => {
    const r = scale === 1 ? t : t.div(scale);
    return r.isInteger() ? Number(r.num) : r;
  });
}

/** The candidates with the largest Rational value, ascending. */
export function argmaxRational(values: readonly Rational[], among?: Iterable<CandidateIndex>): CandidateIndex[] {
  let best: Rational | undefined;
  let out: CandidateIndex[] = [];
  for (const c of among ?? values.keys()) {
    const v = values[c]!;
    const cmp = best === undefined ? 1 : v.compare(best);
    if (cmp > 0) {
      best = v;
      out = [c];
    } else if (cmp === 0) out.push(c);
  }
  return out.sort((a, b) => a - b);
}

/** The weak order of candidates by Rational values, best (largest) first. */
export function rankingByRational(values: readonly Rational[]): CandidateIndex[][] {
  const order = [...values.keys()].sort((a, b) => values[b]!.compare(values[a]!) || a - b);
  const out: CandidateIndex[][] = [];
  for (const c of order) {
    const last = out[out.length - 1];
    if (last !== undefined && values[last[0]!]!.equals(values[c]!)) last.push(c);
    else out.push([c]);
  }
  return out;
}
