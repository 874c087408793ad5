import type { CandidateIndex } from '@plural/core';

/** Candidates 0…m−1, or the given subset, as a sorted array. */
export function candidateRange(m: number, among?: readonly CandidateIndex[]): CandidateIndex[] {
  return among === undefined ? Array.from({ length: m }, (_, i) => i) : [...among].sort((a, b) => a - b);
}

/**
 * The Condorcet winner of a margin graph (restricted to `among` when given): the candidate with a
 * positive margin over every other one, or undefined.
 *
 * Complexity: O(m²).
 */
export function condorcetWinner(margins: readonly (readonly number[])[], among?: readonly CandidateIndex[]): CandidateIndex | undefined {
  const cs = candidateRange(margins.length, among);
  return cs.find((a) => cs.every((b) => a === b || margins[a]![b]! > 0));
}

/** The Condorcet loser: the candidate with a negative margin against every other one, or undefined. */
export function condorcetLoser(margins: readonly (readonly number[])[], among?: readonly CandidateIndex[]): CandidateIndex | undefined {
  const cs = candidateRange(margins.length, among);
  return cs.find((a) => cs.every((b) => a === b || margins[a]![b]! < 0));
}

/** Candidates not beaten by anyone in `among` (margin ≥ 0 against all): the weak Condorcet winners. */
export function weakCondorcetWinners(margins: readonly (readonly number[])[], among?: readonly CandidateIndex[]): CandidateIndex[] {
  const cs = candidateRange(margins.length, among);
  return cs.filter((a) => cs.every((b) => margins[a]![b]! >= 0));
}

/**
 * The transitive closure of a relation given as an adjacency test, by Warshall's algorithm.
 * `reach[a][b]` is true when there is a path a → … → b of length ≥ 1.
 *
 * Complexity: O(m³/32) with bit rows… here O(m³) booleans, fine for m ≤ a few hundred.
 */
export function transitiveClosure(m: number, edge: (a: CandidateIndex, b: CandidateIndex) => boolean): boolean[][] {
  const reach = Array.from({ length: m }, (_, a) => Array.from({ length: m }, (_, b) => a !== b && edge(a, b)));
  for (let k = 0; k < m; k++) {
    const rk = reach[k]!;
    for (let a = 0; a < m; a++) {
      const ra = reach[a]!;
      if (!ra[k]) continue;
      for (let b = 0; b < m; b++) if (rk[b]) ra[b] = true;
    }
  }
  return reach;
}

/**
 * The maximal elements of the transitive closure of a relation: candidates a such that every b that
 * reaches a is reached by a. With `edge = (a,b) ⇒ margin ≥ 0` this is the Smith set (the top cycle);
 * with `edge = margin > 0` it is the Schwartz set (the union of minimal undominated sets).
 *
 * Complexity: O(m³).
 */
export function topOfClosure(m: number, edge: (a: CandidateIndex, b: CandidateIndex) => boolean): CandidateIndex[] {
  const reach = transitiveClosure(m, edge);
  const out: CandidateIndex[] = [];
  for (let a = 0; a < m; a++) {
    let top = true;
    for (let b = 0; b < m && top; b++) if (b !== a && reach[b]![a] && !reach[a]![b]) top = false;
    if (top) out.push(a);
  }
  return out;
}
