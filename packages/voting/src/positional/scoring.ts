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
 * k-th ranked candidate; unranked candidates get nothing. Ties are rejected by the caller.
 *
 * Complexity: O(total ballot length).
 */
export function positionalTally(e: Election, vector: ScoringVector): Float64Array {
  const scores = new Float64Array(e.candidates.length);
  for (let i = 0; i < e.ballots.length; i++) {
    const ballot = e.ballots[i]!;
    const w = e.counts[i]!;
    for (let k = 0; k < ballot.length; k++) scores[ballot[k] as CandidateIndex]! += w * vector[k]!;
  }
  return scores;
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
 * multiplied by the integer ballot counts (divide by `e.scale` to report).
 *
 * Complexity: O(total ballot length + m) Rational additions.
 *
 * @example
 * positionalRationalTally(e, (k) => Rational.of(1, k + 1), { unranked: 'zero' }); // Dowdall
 */
export function positionalRationalTally(e: Election, points: (place: number) => Rational, convention: PositionalConvention): Rational[] {
  const m = e.candidates.length;
  const place = Array.from({ length: m }, (_, k) => points(k));
  const share = new Map<number, Rational>();
  const groupShare = (start: number, size: number): Rational => {
    const key = start * (m + 1) + size;
    let s = share.get(key);
    if (s === undefined) {
      let total = Rational.ZERO;
      for (let k = start; k < start + size; k++) total = total.add(place[k]!);
      s = total.div(size);
      share.set(key, s);
    }
    return s;
  };
  const tally: Rational[] = Array.from({ length: m }, () => Rational.ZERO);
  const ranked = new Uint8Array(m);
  for (let i = 0; i < e.ballots.length; i++) {
    const ballot = e.ballots[i]!;
    const w = e.counts[i]!;
    let k = 0;
    ranked.fill(0);
    for (const entry of ballot) {
      const group = typeof entry === 'number' ? [entry] : entry;
      const s = groupShare(k, group.length).mul(w);
      for (const c of group) {
        tally[c] = tally[c]!.add(s);
        ranked[c] = 1;
      }
      k += group.length;
    }
    if (k < m && convention.unranked === 'tied-last') {
      const s = groupShare(k, m - k).mul(w);
      for (let c = 0; c < m; c++) if (!ranked[c]) tally[c] = tally[c]!.add(s);
    }
  }
  return tally;
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
