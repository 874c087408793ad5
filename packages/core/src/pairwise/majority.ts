import { ValidationError } from '../errors/errors.js';
import { anonymize } from '../profiles/ranking-profiles.js';
import type {
  AnonymousProfile,
  MajorityMatrix,
  MarginMatrix,
  PairwiseData,
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

/**
 * The weighted majority matrix of a ranking profile: `support[a][b]` = total weight of voters who rank
 * a strictly above b. Unranked candidates follow `options.unranked`.
 *
 * Complexity: for m ≤ 12 candidates, O(n·m + m²·2^m) — each ballot adds its weight once per candidate
 * to a table indexed by (candidate, set of candidates above it), which is expanded into pairs at the
 * end; for larger m, O(n·p) where p is the number of ordered pairs a ballot compares (≤ m²/2).
 * n is the number of distinct ballots (give the anonymous profile to pay for each ballot once).
 */
export function majorityMatrix(profile: AnonymousProfile | RankingProfile, options: MajorityOptions = {}): MajorityMatrix {
  const unranked = options.unranked ?? 'bottom';
  if (unranked !== 'bottom' && unranked !== 'ignore') {
    throw new ValidationError(`unknown unranked policy ${JSON.stringify(unranked)}.`, { where: 'options.unranked', fix: 'Use "bottom" or "ignore".' });
  }
  const anon = profile.kind === 'anonymous' ? profile : null;
  const ballots = anon ? anon.ballots : (profile as RankingProfile).rankings;
  const weights = anon ? anon.counts : (profile as RankingProfile).weights;
  const m = profile.candidates.length;
  const support = m <= MASK_LIMIT
    ? supportByMasks(ballots, weights, m, unranked === 'bottom')
    : supportByPairs(ballots, weights, m, unranked === 'bottom');
  return Object.freeze({ kind: 'majority' as const, candidates: profile.candidates, support: freezeMatrix(support) });
}

function supportByMasks(
  ballots: AnonymousProfile['ballots'],
  weights: readonly number[] | undefined,
  m: number,
  bottom: boolean,
): number[][] {
  const size = 1 << m;
  const full = size - 1;
  const table = new Float64Array(m * size);
  for (let i = 0; i < ballots.length; i++) {
    const ballot = ballots[i]!;
    const w = weights === undefined ? 1 : weights[i]!;
    let above = 0;
    for (let k = 0; k < ballot.length; k++) {
      const entry = ballot[k]!;
      if (typeof entry === 'number') {
        table[entry * size + above]! += w;
        above |= 1 << entry;
      } else {
        let group = 0;
        for (let t = 0; t < entry.length; t++) {
          const c = entry[t]!;
          table[c * size + above]! += w;
          group |= 1 << c;
        }
        above |= group;
      }
    }
    if (bottom && above !== full && above !== 0) {
      for (let c = 0; c < m; c++) if ((above & (1 << c)) === 0) table[c * size + above]! += w;
    }
  }
  const support = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  for (let c = 0; c < m; c++) {
    const base = c * size;
    for (let mask = 1; mask < size; mask++) {
      const w = table[base + mask]!;
      if (w === 0) continue;
      let rest = mask;
      while (rest !== 0) {
        const low = rest & -rest;
        support[31 - Math.clz32(low)]![c]! += w;
        rest ^= low;
      }
    }
  }
  return support;
}

function supportByPairs(
  ballots: AnonymousProfile['ballots'],
  weights: readonly number[] | undefined,
  m: number,
  bottom: boolean,
): number[][] {
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
      for (let a = 0; a < m; a++) {
        if (!ranked[a]) continue;
        for (let u = 0; u < m; u++) if (!ranked[u]) flat[a * m + u]! += w;
      }
    }
  }
  return Array.from({ length: m }, (_, a) => Array.from(flat.subarray(a * m, a * m + m)));
}

/** The margin matrix `support[a][b] − support[b][a]` of a profile or a majority matrix. */
export function marginMatrix(input: AnonymousProfile | RankingProfile | MajorityMatrix, options: MajorityOptions = {}): MarginMatrix {
  const majority = input.kind === 'majority' ? input : majorityMatrix(input, options);
  const s = majority.support;
  const m = s.length;
  const margins = Array.from({ length: m }, (_, a) => Array.from({ length: m }, (_, b) => (a === b ? 0 : s[a]![b]! - s[b]![a]!)));
  return Object.freeze({ kind: 'margins' as const, candidates: majority.candidates, margins: freezeMatrix(margins) });
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
