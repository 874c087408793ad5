import { ValidationError, type AnonymousProfile, type CandidateIndex, type Label, type Ranking, type UnrankedPolicy } from '@plural/core';
import type { AxiomProfile } from './types.js';

/**
 * The profiles the axiom checkers work on: distinct ballots written as tie groups (best first, each
 * group sorted, candidates left out are unranked) with whole-number voter counts. Small and plain, so a
 * neighbourhood of thousands of profiles is cheap to build, compare and hand to the rules.
 */

/** A ballot as indifference classes, best first. */
export type Groups = readonly (readonly CandidateIndex[])[];

/** A profile of whole voters: distinct ballots and their (positive integer) counts. */
export interface Prof {
  readonly candidates: readonly Label[];
  readonly ballots: readonly Groups[];
  readonly counts: readonly number[];
}

/** A ballot entry list as tie groups (numbers become singletons, groups sorted, empty groups dropped). */
export function toGroups(ranking: Ranking): Groups {
  const out: CandidateIndex[][] = [];
  for (const entry of ranking) {
    const group = typeof entry === 'number' ? [entry] : [...entry].sort((a, b) => a - b);
    if (group.length > 0) out.push(group);
  }
  return out;
}

/** Tie groups back as a core Ranking (singletons as plain numbers). */
export function toRanking(groups: Groups): Ranking {
  return groups.map((g) => (g.length === 1 ? g[0]! : [...g]));
}

/** A canonical text key of a ballot. */
export function ballotKey(groups: Groups): string {
  return groups.map((g) => g.join(',')).join('|');
}

/** Merges equal ballots and drops zero counts. */
export function makeProf(candidates: readonly Label[], ballots: readonly Groups[], counts: readonly number[]): Prof {
  const index = new Map<string, number>();
  const outBallots: Groups[] = [];
  const outCounts: number[] = [];
  ballots.forEach((b, i) => {
    const c = counts[i]!;
    if (c === 0) return;
    const key = ballotKey(b);
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, outBallots.length);
      outBallots.push(b);
      outCounts.push(c);
    } else outCounts[at]! += c;
  });
  return { candidates, ballots: outBallots, counts: outCounts };
}

/**
 * Reads the checked profile. Axioms speak of voters, so every count must be a whole number; weights
 * are refused with a ValidationError.
 */
export function profFromInput(input: AxiomProfile): Prof {
  if (input === null || typeof input !== 'object') {
    throw new ValidationError('expected a ranking profile.', { where: 'profile', fix: 'Pass an anonymous or ranking profile from @plural/core.' });
  }
  let ballots: readonly Ranking[];
  let counts: readonly number[];
  if (input.kind === 'election') {
    ballots = input.ballots;
    counts = input.counts.map((c) => c / input.scale);
  } else if (input.kind === 'anonymous') {
    ballots = input.ballots;
    counts = input.counts;
  } else if (input.kind === 'ranking') {
    ballots = input.rankings;
    counts = input.weights ?? input.rankings.map(() => 1);
  } else {
    throw new ValidationError(`expected a ranking profile, got kind ${JSON.stringify((input as { kind?: unknown }).kind)}.`, { where: 'profile.kind', fix: 'Axioms are checked on ranking profiles.' });
  }
  counts.forEach((c, i) => {
    if (!Number.isInteger(c) || c < 0) {
      throw new ValidationError(`count ${String(c)} is not a whole number of voters.`, {
        where: `profile.counts[${i}]`,
        fix: 'Axioms add and remove single voters: give whole-number counts (scale fractional weights to integers first).',
      });
    }
  });
  const m = input.candidates.length;
  const groups = ballots.map((b, i) => {
    const g = toGroups(b);
    for (const group of g) for (const c of group) if (!Number.isInteger(c) || c < 0 || c >= m) throw new ValidationError(`${String(c)} is not a candidate index.`, { where: `profile.ballots[${i}]`, fix: `Use indices 0…${m - 1}.` });
    return g;
  });
  return makeProf(input.candidates, groups, counts);
}

/** The profile as a core AnonymousProfile, for the rules. */
export function toAnonymous(prof: Prof): AnonymousProfile {
  return Object.freeze({ kind: 'anonymous', candidates: prof.candidates, ballots: Object.freeze(prof.ballots.map(toRanking)), counts: Object.freeze([...prof.counts]) }) as AnonymousProfile;
}

/** A canonical key of a profile (ballot order ignored). */
export function profKey(prof: Prof): string {
  return prof.ballots
    .map((b, i) => `${ballotKey(b)}:${prof.counts[i]}`)
    .sort()
    .join(';');
}

export function voterCount(prof: Prof): number {
  return prof.counts.reduce((s, c) => s + c, 0);
}

/** True when no ballot ties or leaves out a candidate. */
export function isLinear(prof: Prof): boolean {
  const m = prof.candidates.length;
  return prof.ballots.every((b) => b.length === m);
}

/** `rank[c]` = index of c's class in the ballot; unranked candidates get `groups.length` (one class below all). */
export function classIndex(groups: Groups, m: number): Int32Array {
  const rank = new Int32Array(m).fill(groups.length);
  groups.forEach((g, k) => {
    for (const c of g) rank[c] = k;
  });
  return rank;
}

/** The ballot with its unranked candidates added as one last class. */
export function completed(groups: Groups, m: number): Groups {
  const ranked = new Set(groups.flat());
  const rest = [];
  for (let c = 0; c < m; c++) if (!ranked.has(c)) rest.push(c);
  return rest.length === 0 ? groups : [...groups, rest];
}

/** The profile with `k` more voters casting `ballot`. */
export function addVoters(prof: Prof, ballot: Groups, k = 1): Prof {
  return makeProf(prof.candidates, [...prof.ballots, ballot], [...prof.counts, k]);
}

/** The profile with one more voter casting each of `ballots`. */
export function addBallots(prof: Prof, ballots: readonly Groups[]): Prof {
  return makeProf(prof.candidates, [...prof.ballots, ...ballots], [...prof.counts, ...ballots.map(() => 1)]);
}

/** The profile with `k` voters of ballot type `index` removed. */
export function removeVoters(prof: Prof, index: number, k = 1): Prof {
  return makeProf(prof.candidates, prof.ballots, prof.counts.map((c, i) => (i === index ? c - k : c)));
}

/** The profile with `k` voters of ballot type `index` casting `ballot` instead. */
export function replaceVoters(prof: Prof, index: number, ballot: Groups, k = 1): Prof {
  return makeProf(prof.candidates, [...prof.ballots, ballot], [...prof.counts.map((c, i) => (i === index ? c - k : c)), k]);
}

/** Every count multiplied by k. */
export function scaled(prof: Prof, k: number): Prof {
  return { candidates: prof.candidates, ballots: prof.ballots, counts: prof.counts.map((c) => c * k) };
}

/** The profile restricted to the candidates not in `removed`; `map[i]` is the old index of new candidate i. */
export function withoutCandidates(prof: Prof, removed: ReadonlySet<CandidateIndex>): { prof: Prof; map: CandidateIndex[] } {
  const m = prof.candidates.length;
  const map: CandidateIndex[] = [];
  const back = new Int32Array(m).fill(-1);
  for (let c = 0; c < m; c++) {
    if (removed.has(c)) continue;
    back[c] = map.length;
    map.push(c);
  }
  const ballots = prof.ballots.map((b) => b.map((g) => g.filter((c) => !removed.has(c)).map((c) => back[c]!)).filter((g) => g.length > 0));
  return { prof: makeProf(map.map((c) => prof.candidates[c]!), ballots, prof.counts), map };
}

/**
 * `support[a][b]` = voters strictly preferring a to b. With `'bottom'` a ranked candidate beats an
 * unranked one; with `'ignore'` only pairs both ranked by the ballot count.
 */
export function supportMatrix(prof: Prof, unranked: UnrankedPolicy): number[][] {
  const m = prof.candidates.length;
  const s = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  prof.ballots.forEach((b, i) => {
    const count = prof.counts[i]!;
    const rank = classIndex(b, m);
    const limit = b.length;
    for (let a = 0; a < m; a++) {
      for (let c = 0; c < m; c++) {
        if (rank[a]! < rank[c]! && (unranked === 'bottom' || rank[c]! < limit)) s[a]![c]! += count;
      }
    }
  });
  return s;
}

/** `margins[a][b]` = support(a, b) − support(b, a). */
export function marginMatrix(prof: Prof, unranked: UnrankedPolicy): number[][] {
  const s = supportMatrix(prof, unranked);
  return s.map((row, a) => row.map((v, b) => v - s[b]![a]!));
}

/** All m! linear orders of 0…m−1, in lexicographic order. */
export function permutations(m: number): CandidateIndex[][] {
  const out: CandidateIndex[][] = [];
  const current: CandidateIndex[] = [];
  const used = new Array<boolean>(m).fill(false);
  const step = (): void => {
    if (current.length === m) {
      out.push([...current]);
      return;
    }
    for (let c = 0; c < m; c++) {
      if (used[c]) continue;
      used[c] = true;
      current.push(c);
      step();
      current.pop();
      used[c] = false;
    }
  };
  step();
  return out;
}

/** All weak orders (ordered set partitions) of the given candidates; Fubini many (13 for 3, 75 for 4, 541 for 5). */
export function weakOrders(candidates: readonly CandidateIndex[]): Groups[] {
  if (candidates.length === 0) return [[]];
  const out: Groups[] = [];
  const n = candidates.length;
  // choose the non-empty first class as a subset, recurse on the rest
  for (let mask = 1; mask < 1 << n; mask++) {
    const first: CandidateIndex[] = [];
    const rest: CandidateIndex[] = [];
    for (let i = 0; i < n; i++) ((mask >> i) & 1 ? first : rest).push(candidates[i]!);
    for (const tail of weakOrders(rest)) out.push([first, ...tail]);
  }
  return out;
}

/** The linear orders as tie groups. */
export function linearBallots(m: number): Groups[] {
  return permutations(m).map((p) => p.map((c) => [c]));
}

/**
 * The ballots a voter may cast instead of (or besides) the profile's: the linear orders (`'linear'`, the
 * default for linear profiles) or all weak orders (`'weak'`).
 */
export function castableBallots(prof: Prof, kind: 'linear' | 'weak' | undefined): Groups[] {
  const m = prof.candidates.length;
  const k = kind ?? (isLinear(prof) ? 'linear' : 'weak');
  if (k !== 'linear' && k !== 'weak') throw new ValidationError(`unknown ballots ${JSON.stringify(k)}.`, { where: 'options.ballots', fix: 'Use "linear" or "weak".' });
  return k === 'linear' ? linearBallots(m) : weakOrders(Array.from({ length: m }, (_, c) => c));
}

/** A ballot written with labels: `a ≻ b ~ c ≻ d`, unranked candidates omitted. */
export function ballotText(groups: Groups, labels: readonly Label[]): string {
  if (groups.length === 0) return '(empty ballot)';
  return groups.map((g) => g.map((c) => String(labels[c])).join(' ~ ')).join(' ≻ ');
}

/** A set of candidates written with labels: `{a, b}`. */
export function setText(cs: Iterable<CandidateIndex>, labels: readonly Label[]): string {
  return `{${[...cs].map((c) => String(labels[c])).join(', ')}}`;
}

/** Subsets of 0…m−1 of the given sizes, as sorted arrays, by increasing bitmask. */
export function subsets(m: number, minSize: number, maxSize: number): CandidateIndex[][] {
  const out: CandidateIndex[][] = [];
  for (let mask = 1; mask < 1 << m; mask++) {
    const s: CandidateIndex[] = [];
    for (let c = 0; c < m; c++) if ((mask >> c) & 1) s.push(c);
    if (s.length >= minSize && s.length <= maxSize) out.push(s);
  }
  return out;
}

export function sameSet(a: readonly CandidateIndex[], b: readonly CandidateIndex[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Ways to choose `total` voters from types with the given counts (vectors k, 0 ≤ k_t ≤ counts_t). */
export function* countSplits(counts: readonly number[], total: number): Generator<number[]> {
  const k = new Array<number>(counts.length).fill(0);
  const suffix = counts.map((_, i) => counts.slice(i).reduce((s, c) => s + c, 0));
  function* step(i: number, left: number): Generator<number[]> {
    if (i === counts.length) {
      if (left === 0) yield [...k];
      return;
    }
    if (left > suffix[i]!) return;
    for (let take = Math.min(left, counts[i]!); take >= 0; take--) {
      k[i] = take;
      yield* step(i + 1, left - take);
    }
    k[i] = 0;
  }
  yield* step(0, total);
}
