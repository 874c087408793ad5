import { SolverError, throwIfAborted, type CandidateIndex } from '@plural/core';
import { smithSet } from '../graph/smith-set.js';

/**
 * The essential set of a symmetric zero-sum game with integer payoffs G (skew-symmetric: G[a][b] =
 * −G[b][a]): the candidates played with positive probability by SOME optimal (maximal-lottery) strategy.
 * Decided exactly by one linear program in exact integer arithmetic:
 *
 *   maximise Σ_b t_b  subject to  p ≥ 0,  (pᵀG)_b ≥ 0,  t_b ≤ p_b + (pᵀG)_b,  0 ≤ t_b ≤ 1.
 *
 * Any p ≥ 0 with pᵀG ≥ 0 is (scaled) an optimal strategy, and then p_b · (pᵀG)_b = 0 for every b (since
 * pᵀGp = 0); for another optimal q, (pᵀG)_b > 0 forces q_b = 0. By strict complementarity (Goldman–Tucker)
 * the optimum is Σ t = m, reached by a p with p_b > 0 or (pᵀG)_b > 0 for every b — and then the essential set
 * is exactly {b : p_b > 0}. The solution is checked exactly (the certificate: pᵀG ≥ 0 and p_b + (pᵀG)_b > 0
 * for all b) before it is returned.
 *
 * The program is solved on the top cycle (Smith set) of the game, whose outsiders every optimal strategy
 * avoids; the certificate is checked on the whole game (and the whole game solved if it failed). The simplex runs on an integer tableau with fraction-free (Bareiss) pivoting and Bland's rule,
 * so it cannot cycle and is exact: O(pivots · k²) big-integer operations on a (3k + 1) × (5k + 1) tableau.
 * (@plural/lp's `solve` is asynchronous, and voting rules are synchronous, so the rules solve this small
 * program themselves; the tests cross-check against @plural/lp.)
 */
export function essentialSupport(game: readonly (readonly number[])[], options: { signal?: AbortSignal | undefined; method: string }): CandidateIndex[] {
  // Every candidate outside the top cycle (Smith set) of G is beaten by every candidate in it, so the game
  // restricted to the top cycle decides the answer; the exact check on the whole game confirms it
  // ((pᵀG)_b > 0 outside), and only if it did not would the whole game be solved.
  const m = game.length;
  const top = smithSet(game);
  if (top.length < m) {
    const sub = top.map((a) => top.map((b) => game[a]![b]!));
    const { p } = solveEssentialProgram(sub, options);
    const full = new Array<bigint>(m).fill(0n);
    top.forEach((a, i) => (full[a] = p[i]!));
    const verdict = certify(game, full);
    if (verdict !== undefined) return verdict;
  }
  const { p } = solveEssentialProgram(game, options);
  const verdict = certify(game, p);
  if (verdict === undefined) {
    throw new SolverError('the exact check of the essential-set certificate failed.', { where: options.method, code: 'certificate-failed', fix: 'Report this input: the exact simplex should always certify its answer.' });
  }
  return verdict;
}

/**
 * The exact certificate: p ≥ 0, pᵀG ≥ 0 and p_b + (pᵀG)_b > 0 for every b; then the essential set is
 * {b : p_b > 0}. Undefined when the certificate does not hold.
 */
function certify(game: readonly (readonly number[])[], p: readonly bigint[]): CandidateIndex[] | undefined {
  const m = game.length;
  const support: CandidateIndex[] = [];
  for (let b = 0; b < m; b++) {
    let payoff = 0n;
    for (let a = 0; a < m; a++) if (p[a]! !== 0n) payoff += p[a]! * BigInt(game[a]![b]!);
    if (p[b]! < 0n || payoff < 0n || p[b]! + payoff <= 0n) return undefined;
    if (p[b]! > 0n) support.push(b);
  }
  return support;
}

/** Solves the essential-set program exactly; p as numerators over a common positive denominator. */
function solveEssentialProgram(game: readonly (readonly number[])[], options: { signal?: AbortSignal | undefined; method: string }): { p: bigint[] } {
  const m = game.length;
  if (m === 0) return { p: [] };
  const G = game.map((row) => row.map((v) => BigInt(v)));
  // Columns: p_0…p_{m−1}, t_0…t_{m−1}, slacks s1 (m), s2 (m), s3 (m), then the right-hand side.
  const cols = 5 * m + 1;
  const rhs = cols - 1;
  const rows = 3 * m;
  const T: bigint[][] = [];
  for (let b = 0; b < m; b++) {
    // −(pᵀG)_b + s1_b = 0
    const r = new Array<bigint>(cols).fill(0n);
    for (let a = 0; a < m; a++) r[a] = -G[a]![b]!;
    r[2 * m + b] = 1n;
    T.push(r);
  }
  for (let b = 0; b < m; b++) {
    // t_b − p_b − (pᵀG)_b + s2_b = 0
    const r = new Array<bigint>(cols).fill(0n);
    for (let a = 0; a < m; a++) r[a] = -G[a]![b]!;
    r[b]! -= 1n;
    r[m + b] = 1n;
    r[3 * m + b] = 1n;
    T.push(r);
  }
  for (let b = 0; b < m; b++) {
    // t_b + s3_b = 1
    const r = new Array<bigint>(cols).fill(0n);
    r[m + b] = 1n;
    r[4 * m + b] = 1n;
    r[rhs] = 1n;
    T.push(r);
  }
  // Objective row: z − Σ t = 0.
  const z = new Array<bigint>(cols).fill(0n);
  for (let b = 0; b < m; b++) z[m + b] = -1n;
  T.push(z);
  const basis = Array.from({ length: rows }, (_, i) => 2 * m + i);
  let d = 1n;
  for (let iteration = 0; ; iteration++) {
    if ((iteration & 15) === 0) throwIfAborted(options.signal, options.method);
    // Bland: the entering column is the smallest index with a negative objective coefficient.
    let enter = -1;
    for (let j = 0; j < rhs; j++) {
      if (T[rows]![j]! < 0n) {
        enter = j;
        break;
      }
    }
    if (enter < 0) break;
    // Ratio test (exact, by cross-multiplication); ties by the smallest basic variable index.
    let leave = -1;
    for (let i = 0; i < rows; i++) {
      const a = T[i]![enter]!;
      if (a <= 0n) continue;
      if (leave < 0) {
        leave = i;
        continue;
      }
      const left = T[i]![rhs]! * T[leave]![enter]!;
      const right = T[leave]![rhs]! * a;
      if (left < right || (left === right && basis[i]! < basis[leave]!)) leave = i;
    }
    if (leave < 0) throw new SolverError('the essential-set program is unbounded, which cannot happen for a valid game.', { where: options.method, fix: 'Report this input; the margins must be antisymmetric.' });
    const pr = T[leave]!;
    const pivot = pr[enter]!;
    for (let i = 0; i <= rows; i++) {
      if (i === leave) continue;
      const row = T[i]!;
      const f = row[enter]!;
      for (let j = 0; j < cols; j++) row[j] = (row[j]! * pivot - f * pr[j]!) / d;
    }
    d = pivot;
    basis[leave] = enter;
  }
  // The solution: numerators over the common denominator d > 0.
  const p = new Array<bigint>(m).fill(0n);
  basis.forEach((v, i) => {
    if (v < m) p[v] = T[i]![rhs]!;
  });
  return { p };
}
