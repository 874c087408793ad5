import { ValidationError } from '../errors/errors.js';
import { numbersOf } from '../profiles/packed-numbers.js';
import { anonymize } from '../profiles/ranking-profiles.js';
import { rankingTableOf, type RankingTable } from '../profiles/ranking-table.js';
import type {
  AnonymousProfile,
  MajorityMatrix,
  MarginMatrix,
  PairwiseData,
  Ranking,
  RankingProfile,
  UnrankedPolicy,
} from '../profiles/types.js';

export interface MajorityOptions {
  /** How unranked candidates of truncated ballots compare; default `'bottom'`. */
  readonly unranked?: UnrankedPolicy;
}

/** Above this many candidates the subset-mask accumulation would need too large a table. */
const MASK_LIMIT = 12;

function freezeMatrix(rows: number[][]): readonly (readonly number[])[] {
  for (const row of rows) Object.freeze(row);
  return Object.freeze(rows);
}

/** True for `'bottom'` (the default), false for `'ignore'`; throws on anything else. */
function unrankedAtBottom(options: MajorityOptions): boolean {
  const unranked = options.unranked ?? 'bottom';
  if (unranked !== 'bottom' && unranked !== 'ignore') {
    throw new ValidationError(`unknown unranked policy ${JSON.stringify(unranked)}.`, { where: 'options.unranked', fix: 'Use "bottom" or "ignore".' });
  }
  return unranked === 'bottom';
}

/**
 * The weighted majority matrix of a ranking profile: `support[a][b]` = total weight of voters who rank
 * a strictly above b. Unranked candidates follow `options.unranked`.
 *
 * Complexity: for m ≤ 12 candidates, O(n·m + m²·2^m) — each ballot adds its weight once per candidate
 * to a table indexed by (candidate, set of candidates above it), which is expanded into pairs at the
 * end; for larger m, O(n·p) where p is the number of ordered pairs a ballot compares (≤ m²/2).
 * n is the number of distinct ballots (give the anonymous profile to pay for each ballot once). Profiles
 * built by core's constructors are read from their packed copy (see `profiles/ranking-table.ts`), others
 * from their arrays; the result is the same.
 */
export function majorityMatrix(profile: AnonymousProfile | RankingProfile, options: MajorityOptions = {}): MajorityMatrix {
  const bottom = unrankedAtBottom(options);
  const m = profile.candidates.length;
  const flat = flatSupport(profile, bottom);
  const support = Array.from({ length: m }, (_, a) => Array.from(flat.subarray(a * m, a * m + m)));
  return Object.freeze({ kind: 'majority' as const, candidates: profile.candidates, support: freezeMatrix(support) });
}

/** `support[a·m + b]` = total weight of the ballots ranking a strictly above b. */
function flatSupport(profile: AnonymousProfile | RankingProfile, bottom: boolean): Float64Array {
  const anon = profile.kind === 'anonymous' ? profile : null;
  const ballots = anon ? anon.ballots : (profile as RankingProfile).rankings;
  const counts = anon ? anon.counts : (profile as RankingProfile).weights;
  const weights = counts === undefined ? undefined : numbersOf(counts);
  const m = profile.candidates.length;
  const table = rankingTableOf(ballots, m);
  if (m <= MASK_LIMIT) {
    const masks = table ? masksFromTable(table, weights, m, bottom) : masksFromRankings(ballots, weights, m, bottom);
    return supportFromMasks(masks, m);
  }
  return table ? pairsFromTable(table, weights, m, bottom) : pairsFromRankings(ballots, weights, m, bottom);
}

/**
 * `masks[c·2^m + S]` = total weight of the ballots that rank candidate c directly below exactly the set
 * S of candidates (S as a bit mask), read from a packed table. Unranked candidates of a truncated ballot
 * are below all ranked ones when `bottom`.
 *
 * Two kinds of update skip the 8·m·2^m-byte table (which does not fit a first-level cache), without
 * changing any cell's sequence of additions: S = ∅ (a candidate at the top) is never read by
 * {@link supportFromMasks}, and S = everyone but c (c last) goes to the m-entry `last` array, copied
 * into its cell at the end. A complete strict ballot so makes m − 2 table updates instead of m.
 */
function masksFromTable(table: RankingTable, weights: Float64Array | undefined, m: number, bottom: boolean): Float64Array {
  if (table.strict && table.complete && m >= 2) return masksOfPermutations(table, weights, m);
  const full = (1 << m) - 1;
  const masks = new Float64Array(m << m);
  const last = new Float64Array(m);
  const { entries, starts, tie } = table;
  const value = tie - 1;
  const n = table.count;
  for (let i = 0; i < n; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    const end = starts[i + 1]!;
    let above = 0;
    let group = 0;
    for (let j = starts[i]!; j < end; j++) {
      const v = entries[j]!;
      const c = v & value;
      if (above !== 0) {
        if ((above | (1 << c)) === full) last[c]! += w;
        else masks[(c << m) + above]! += w;
      }
      group |= 1 << c;
      if ((v & tie) === 0) {
        above |= group;
        group = 0;
      }
    }
    if (bottom && above !== full && above !== 0) addUnranked(masks, last, above, m, w);
  }
  return withLast(masks, last, m);
}

/**
 * {@link masksFromTable} when every ballot is a permutation (strict and complete, m ≥ 2): ballot i is
 * `entries[i·m … i·m + m)`, its first candidate has nobody above it (no update) and its last has
 * everyone else above it (the `last` array), so the loop over the m − 2 middle entries has no branch.
 * The same cells receive the same additions in the same order as in the general loop.
 */
function masksOfPermutations(table: RankingTable, weights: Float64Array | undefined, m: number): Float64Array {
  const masks = new Float64Array(m << m);
  const last = new Float64Array(m);
  const entries = table.entries;
  const n = table.count;
  for (let i = 0, j = 0; i < n; i++, j += m) {
    const w = weights === undefined ? 1 : weights[i]!;
    const end = j + m - 1;
    let above = 1 << entries[j]!;
    for (let k = j + 1; k < end; k++) {
      const c = entries[k]!;
      masks[(c << m) + above]! += w;
      above |= 1 << c;
    }
    last[entries[end]!]! += w;
  }
  return withLast(masks, last, m);
}

/** The bottom rule: every unranked candidate c (not in `above`, the ranked ones) is below all of `above`. */
function addUnranked(masks: Float64Array, last: Float64Array, above: number, m: number, w: number): void {
  const full = (1 << m) - 1;
  for (let c = 0; c < m; c++) {
    if ((above & (1 << c)) !== 0) continue;
    if ((above | (1 << c)) === full) last[c]! += w;
    else masks[(c << m) + above]! += w;
  }
}

/** Copies `last[c]` into the cell (c, everyone but c) of the mask table. */
function withLast(masks: Float64Array, last: Float64Array, m: number): Float64Array {
  const full = (1 << m) - 1;
  for (let c = 0; c < m; c++) masks[(c << m) + (full ^ (1 << c))] = last[c]!;
  return masks;
}

/** {@link masksFromTable} for rankings that have no packed table (profiles not built by core). */
function masksFromRankings(ballots: readonly Ranking[], weights: Float64Array | undefined, m: number, bottom: boolean): Float64Array {
  const full = (1 << m) - 1;
  const masks = new Float64Array(m << m);
  const last = new Float64Array(m);
  for (let i = 0; i < ballots.length; i++) {
    const ballot = ballots[i]!;
    const w = weights === undefined ? 1 : weights[i]!;
    let above = 0;
    for (let k = 0; k < ballot.length; k++) {
      const entry = ballot[k]!;
      if (typeof entry === 'number') {
        if (above !== 0) {
          if ((above | (1 << entry)) === full) last[entry]! += w;
          else masks[(entry << m) + above]! += w;
        }
        above |= 1 << entry;
      } else {
        let group = 0;
        for (let t = 0; t < entry.length; t++) {
          const c = entry[t]!;
          if (above !== 0) {
            if ((above | (1 << c)) === full) last[c]! += w;
            else masks[(c << m) + above]! += w;
          }
          group |= 1 << c;
        }
        above |= group;
      }
    }
    if (bottom && above !== full && above !== 0) addUnranked(masks, last, above, m, w);
  }
  return withLast(masks, last, m);
}

/** Expands the mask table: every candidate a in S is above c, so `support[a][c]` gains `masks[c][S]`. O(m²·2^m). */
function supportFromMasks(masks: Float64Array, m: number): Float64Array {
  const size = 1 << m;
  const support = new Float64Array(m * m);
  for (let c = 0; c < m; c++) {
    const base = c * size;
    for (let mask = 1; mask < size; mask++) {
      const w = masks[base + mask]!;
      if (w === 0) continue;
      let rest = mask;
      while (rest !== 0) {
        const low = rest & -rest;
        support[(31 - Math.clz32(low)) * m + c]! += w;
        rest ^= low;
      }
    }
  }
  return support;
}

/** Pair by pair (m > 12), from a packed table: each candidate against every candidate of a later tie group. */
function pairsFromTable(table: RankingTable, weights: Float64Array | undefined, m: number, bottom: boolean): Float64Array {
  const flat = new Float64Array(m * m);
  const ranked = new Uint8Array(m);
  const { entries, starts, tie } = table;
  const value = tie - 1;
  for (let i = 0; i < table.count; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    const from = starts[i]!;
    const to = starts[i + 1]!;
    let groupEnd = from;
    for (let j = from; j < to; j++) {
      if (j >= groupEnd) {
        groupEnd = j;
        while ((entries[groupEnd]! & tie) !== 0) groupEnd++;
        groupEnd++;
      }
      const row = (entries[j]! & value) * m;
      for (let l = groupEnd; l < to; l++) flat[row + (entries[l]! & value)]! += w;
    }
    const count = to - from;
    if (bottom && count > 0 && count < m) {
      ranked.fill(0);
      for (let j = from; j < to; j++) ranked[entries[j]! & value] = 1;
      addBottom(flat, ranked, m, w);
    }
  }
  return flat;
}

/** {@link pairsFromTable} for rankings that have no packed table. */
function pairsFromRankings(ballots: readonly Ranking[], weights: Float64Array | undefined, m: number, bottom: boolean): Float64Array {
  const flat = new Float64Array(m * m);
  const ranked = new Uint8Array(m);
  for (let i = 0; i < ballots.length; i++) {
    const ballot = ballots[i]!;
    const w = weights === undefined ? 1 : weights[i]!;
    let count = 0;
    for (let k = 0; k < ballot.length; k++) {
      const ek = ballot[k]!;
      const upper = typeof ek === 'number' ? [ek] : ek;
      for (const a of upper) {
        count++;
        for (let l = k + 1; l < ballot.length; l++) {
          const el = ballot[l]!;
          if (typeof el === 'number') flat[a * m + el]! += w;
          else for (const b of el) flat[a * m + b]! += w;
        }
      }
    }
    if (bottom && count > 0 && count < m) {
      ranked.fill(0);
      for (const e of ballot) {
        if (typeof e === 'number') ranked[e] = 1;
        else for (const c of e) ranked[c] = 1;
      }
      addBottom(flat, ranked, m, w);
    }
  }
  return flat;
}

/** Every ranked candidate beats every unranked one by w. */
function addBottom(flat: Float64Array, ranked: Uint8Array, m: number, w: number): void {
  for (let a = 0; a < m; a++) {
    if (!ranked[a]) continue;
    for (let u = 0; u < m; u++) if (!ranked[u]) flat[a * m + u]! += w;
  }
}

/**
 * The margin matrix `support[a][b] − support[b][a]` of a profile or a majority matrix.
 *
 * Complexity: as {@link majorityMatrix} for a profile, O(m²) for a majority matrix.
 */
export function marginMatrix(input: AnonymousProfile | RankingProfile | MajorityMatrix, options: MajorityOptions = {}): MarginMatrix {
  let margins: number[][];
  if (input.kind === 'majority') {
    const s = input.support;
    const m = s.length;
    margins = Array.from({ length: m }, (_, a) => Array.from({ length: m }, (_, b) => (a === b ? 0 : s[a]![b]! - s[b]![a]!)));
  } else {
    const bottom = unrankedAtBottom(options);
    const m = input.candidates.length;
    const s = flatSupport(input, bottom);
    margins = Array.from({ length: m }, (_, a) => Array.from({ length: m }, (_, b) => (a === b ? 0 : s[a * m + b]! - s[b * m + a]!)));
  }
  return Object.freeze({ kind: 'margins' as const, candidates: input.candidates, margins: freezeMatrix(margins) });
}

/**
 * The majority matrix of pairwise comparison data: `support[a][b]` = total weight of records where a beat b.
 * Ties count `tieWeight` (default ½) of their weight for each side.
 */
export function majorityFromPairwise(data: PairwiseData, options: { tieWeight?: number } = {}): MajorityMatrix {
  const tieWeight = options.tieWeight ?? 0.5;
  if (!Number.isFinite(tieWeight) || tieWeight < 0) {
    throw new ValidationError('tieWeight must be a finite number ≥ 0.', { where: 'options.tieWeight' });
  }
  const n = data.items.length;
  const support = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const r of data.records) {
    const w = r.weight ?? 1;
    if (r.outcome === 'a') support[r.a]![r.b]! += w;
    else if (r.outcome === 'b') support[r.b]![r.a]! += w;
    else {
      support[r.a]![r.b]! += w * tieWeight;
      support[r.b]![r.a]! += w * tieWeight;
    }
  }
  return Object.freeze({ kind: 'majority' as const, candidates: data.items, support: freezeMatrix(support) });
}

/** Convenience: the anonymous profile and its margins in one call. */
export function profileMargins(profile: RankingProfile | AnonymousProfile, options: MajorityOptions = {}): MarginMatrix {
  return marginMatrix(anonymize(profile), options);
}
