import { BudgetExceededError, PluralError, ValidationError, throwIfAborted, type CandidateIndex } from '@plural/core';

/**
 * Exact linear ordering for Kemeny–Young and Slater: the rankings r maximising
 * score(r) = Σ_{i<j} w[r_i][r_j] for an antisymmetric integer weight matrix w (margins for Kemeny, their
 * signs for Slater), and the candidates that are first in SOME optimal ranking.
 *
 * Method:
 * 1. Decomposition. Let a → b when w[a][b] ≥ 0. Between two strongly connected components of this
 *    graph every weight is strictly positive in the direction of the condensation (otherwise the reverse
 *    edge would join them), and the condensation of a graph with an edge on every pair is a linear order.
 *    In a ranking that breaks this order some adjacent pair (y above x, x's component first) exists, and
 *    swapping it gains w[x][y] − w[y][x] = 2·w[x][y] > 0: so EVERY optimal ranking lists the components
 *    in condensation order (Truchon 1998's extended Condorcet criterion), and the optimum is the sum of
 *    the components' optima plus the fixed cross-component weights. Zero weights (majority ties) stay
 *    inside a component, so ties are handled exactly.
 * 2. Per component of k candidates, dynamic programming over subsets (Held–Karp style):
 *    h(S) = max_{c ∈ S} h(S∖c) + Σ_{s ∈ S∖c} w[c][s] is the best score of an ordering of S, c on top.
 *    c is the top of some optimal ordering of S exactly when it attains the maximum ("tight"), so the
 *    winners, all optimal rankings and their number are read off h without further optimisation.
 *    The row sums Σ_{s∈S} w[c][s] are updated incrementally along S = 1, 2, …, 2^k − 1 (amortised two
 *    bit flips per step), so a component costs O(2^k·k) time and 2^k integers of memory (Int32Array
 *    when the weights allow, else Float64Array, exact below 2^53).
 *
 * Source: the subset DP is the Held–Karp recursion applied to the linear ordering problem (see
 * R. Martí, G. Reinelt, "The Linear Ordering Problem", Springer 2011, doi:10.1007/978-3-642-16729-4);
 * the decomposition is M. Truchon, "An extension of the Condorcet criterion and Kemeny orders",
 * Cahier 98-15, Université Laval (1998).
 */
export interface LinearOrderingOptions {
  readonly signal?: AbortSignal | undefined;
  /** Maximum number of DP states, Σ over components of 2^k (default {@link DEFAULT_ORDERING_BUDGET}). */
  readonly budget?: number | undefined;
  /** The rule id, for messages. */
  readonly method: string;
  /** Also count the optimal rankings during the DP (one more 2^k array of doubles). Default false. */
  readonly count?: boolean;
}

/** 2^23 states: components of up to 23 candidates (≈ 32–64 MB, a few seconds). */
export const DEFAULT_ORDERING_BUDGET = 1 << 23;

/** The largest component the subset DP takes whatever the budget (2^30 states). */
const MAX_COMPONENT = 30;

/** The optimal rankings of a weight matrix, decomposed by components. */
export interface OptimalRankings {
  /** Components in the order every optimal ranking places them; each ascending. */
  readonly components: readonly (readonly CandidateIndex[])[];
  /** The optimum score Σ_{i<j} w[r_i][r_j] (an exact integer). */
  readonly optimum: number;
  /** The candidates that are first in some optimal ranking, ascending. */
  readonly tops: readonly CandidateIndex[];
  /** The lexicographically smallest optimal ranking (compared by candidate index), best first. */
  readonly canonical: readonly CandidateIndex[];
  /** True when exactly one ranking is optimal. */
  readonly unique: boolean;
  /**
   * The number of optimal rankings (exact up to 2^53; `countExact` says whether it is). Counted during
   * the DP when `options.count` was set, else by a memoised walk over the optimal prefixes.
   */
  count(): { readonly count: number; readonly countExact: boolean };
  /** Up to `limit` optimal rankings, in lexicographic order of candidate indices. */
  enumerate(limit: number): CandidateIndex[][];
  /** DP states used (Σ 2^k). */
  readonly states: number;
}

/** Σ_{i<j} w[r_i][r_j]: the score of a ranking (exact for integer weights). O(m²). */
export function orderingScore(weights: readonly (readonly number[])[], ranking: readonly CandidateIndex[]): number {
  let total = 0;
  for (let i = 0; i < ranking.length; i++) {
    const row = weights[ranking[i]!]!;
    for (let j = i + 1; j < ranking.length; j++) total += row[ranking[j]!]!;
  }
  return total;
}

/**
 * The strongly connected components of the graph a → b ⇔ w[a][b] ≥ 0, in topological order of the
 * condensation (Tarjan's algorithm returns them in reverse), each sorted ascending.
 *
 * Complexity: O(m²).
 */
export function weakMajorityComponents(weights: readonly (readonly number[])[]): CandidateIndex[][] {
  const m = weights.length;
  const index = new Int32Array(m).fill(-1);
  const low = new Int32Array(m);
  const onStack = new Uint8Array(m);
  const stack: number[] = [];
  const out: CandidateIndex[][] = [];
  let counter = 0;
  for (let root = 0; root < m; root++) {
    if (index[root] !== -1) continue;
    const frames: { u: number; next: number }[] = [];
    const open = (u: number): void => {
      index[u] = low[u] = counter++;
      stack.push(u);
      onStack[u] = 1;
      frames.push({ u, next: 0 });
    };
    open(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const u = frame.u;
      if (frame.next < m) {
        const v = frame.next++;
        if (v === u || weights[u]![v]! < 0) continue;
        if (index[v] === -1) open(v);
        else if (onStack[v] === 1 && index[v]! < low[u]!) low[u] = index[v]!;
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined && low[u]! < low[parent.u]!) low[parent.u] = low[u]!;
      if (low[u] === index[u]) {
        const component: CandidateIndex[] = [];
        for (;;) {
          const v = stack.pop()!;
          onStack[v] = 0;
          component.push(v);
          if (v === u) break;
        }
        out.push(component.sort((a, b) => a - b));
      }
    }
  }
  return out.reverse();
}

/** One component's DP table and the local weights it was built from. */
interface ComponentTable {
  readonly members: readonly CandidateIndex[];
  readonly k: number;
  /** Local weights, row-major: w[c·k + s]. */
  readonly w: Float64Array;
  readonly h: Int32Array | Float64Array;
  /** Number of optimal orderings of each subset, when counted during the DP. */
  readonly counts?: Float64Array;
}

function lowBit(x: number): number {
  return 31 - Math.clz32(x & -x);
}

/** Σ_{s ∈ S} w[c][s] in local indices (w[c][c] = 0). O(k). */
function rowSum(t: ComponentTable, c: number, set: number): number {
  let total = 0;
  let rest = set;
  while (rest !== 0) {
    const s = lowBit(rest);
    total += t.w[c * t.k + s]!;
    rest &= rest - 1;
  }
  return total;
}

/** The local candidates c ∈ S that top some optimal ordering of S, ascending. */
function tightTops(t: ComponentTable, set: number): number[] {
  const out: number[] = [];
  const value = t.h[set]!;
  let rest = set;
  while (rest !== 0) {
    const c = lowBit(rest);
    const without = set & ~(1 << c);
    if (t.h[without]! + rowSum(t, c, without) === value) out.push(c);
    rest &= rest - 1;
  }
  return out;
}

function solveComponent(members: readonly CandidateIndex[], weights: readonly (readonly number[])[], signal: AbortSignal | undefined, where: string, counting: boolean): ComponentTable {
  const k = members.length;
  const w = new Float64Array(k * k);
  const wT = new Float64Array(k * k);
  let bound = 0;
  for (let c = 0; c < k; c++) {
    for (let s = 0; s < k; s++) {
      const v = c === s ? 0 : weights[members[c]!]![members[s]!]!;
      w[c * k + s] = v;
      wT[s * k + c] = v;
      bound += Math.abs(v);
    }
  }
  const size = 2 ** k;
  const h = bound < 2 ** 31 - 1 ? new Int32Array(size) : new Float64Array(size);
  const tot = new Float64Array(k);
  const counts = counting ? new Float64Array(size) : undefined;
  if (counts !== undefined) counts[0] = 1;
  let prev = 0;
  for (let set = 1; set < size; set++) {
    // Move the row sums from prev = set − 1 to set: clear prev's trailing ones, add set's lowest bit.
    let removed = prev & ~set;
    while (removed !== 0) {
      const b = lowBit(removed);
      const col = b * k;
      for (let c = 0; c < k; c++) tot[c]! -= wT[col + c]!;
      removed &= removed - 1;
    }
    let added = set & ~prev;
    while (added !== 0) {
      const b = lowBit(added);
      const col = b * k;
      for (let c = 0; c < k; c++) tot[c]! += wT[col + c]!;
      added &= added - 1;
    }
    prev = set;
    let best = -Infinity;
    let rest = set;
    if (counts === undefined) {
      while (rest !== 0) {
        const bit = rest & -rest;
        const v = h[set ^ bit]! + tot[31 - Math.clz32(bit)]!;
        if (v > best) best = v;
        rest ^= bit;
      }
    } else {
      let ways = 0;
      while (rest !== 0) {
        const bit = rest & -rest;
        const v = h[set ^ bit]! + tot[31 - Math.clz32(bit)]!;
        if (v > best) {
          best = v;
          ways = counts[set ^ bit]!;
        } else if (v === best) ways += counts[set ^ bit]!;
        rest ^= bit;
      }
      counts[set] = ways;
    }
    h[set] = best;
    if ((set & 0xffff) === 0) throwIfAborted(signal, where);
  }
  return counts === undefined ? { members, k, w, h } : { members, k, w, h, counts };
}

/** Optimal orderings of one component, lexicographic, at most `limit`. */
function enumerateComponent(t: ComponentTable, limit: number): CandidateIndex[][] {
  const out: CandidateIndex[][] = [];
  const prefix: CandidateIndex[] = [];
  const walk = (set: number): void => {
    if (out.length >= limit) return;
    if (set === 0) {
      out.push(prefix.slice());
      return;
    }
    for (const c of tightTops(t, set)) {
      prefix.push(t.members[c]!);
      walk(set & ~(1 << c));
      prefix.pop();
      if (out.length >= limit) return;
    }
  };
  walk(2 ** t.k - 1);
  return out;
}

function countComponent(t: ComponentTable): number {
  if (t.counts !== undefined) return t.counts[2 ** t.k - 1]!;
  const memo = new Float64Array(2 ** t.k).fill(-1);
  memo[0] = 1;
  const count = (set: number): number => {
    const known = memo[set]!;
    if (known >= 0) return known;
    let total = 0;
    for (const c of tightTops(t, set)) total += count(set & ~(1 << c));
    memo[set] = total;
    return total;
  };
  return count(2 ** t.k - 1);
}

/**
 * The optimal rankings of an antisymmetric integer weight matrix (see the module comment). Throws
 * BudgetExceededError when a component needs more than `budget` DP states, and AbortedError through
 * `signal`. The reported optimum is re-checked: the canonical ranking's score and, for each top c, the
 * score of an optimal ranking starting with c are recomputed from the weights and must equal it.
 *
 * Complexity: O(Σ 2^k·k) time and O(max 2^k) memory over the components, after O(m²) decomposition.
 *
 * @example
 * optimalRankings([[0, 1, -1], [-1, 0, 1], [1, -1, 0]], { method: 'kemeny-young' }).tops; // [0, 1, 2]
 */
export function optimalRankings(weights: readonly (readonly number[])[], options: LinearOrderingOptions): OptimalRankings {
  const where = options.method;
  const budget = options.budget ?? DEFAULT_ORDERING_BUDGET;
  if (!Number.isInteger(budget) || budget < 1) {
    throw new ValidationError(`the budget ${String(budget)} is not a positive integer.`, { where: 'options.budget', fix: `Give a positive integer number of DP states (default ${DEFAULT_ORDERING_BUDGET}).` });
  }
  const m = weights.length;
  const components = weakMajorityComponents(weights);
  let states = 0;
  for (const comp of components) states += 2 ** comp.length;
  const largest = Math.max(0, ...components.map((c) => c.length));
  if (states > budget || largest > MAX_COMPONENT) {
    throw new BudgetExceededError(
      `${where}: the majority graph has a strongly connected component of ${largest} candidates; the exact dynamic program needs ${states} states, more than options.budget = ${budget}.`,
      {
        where: 'options.budget',
        fix: `Raise options.budget to ${states} (memory ≈ ${Math.ceil((states * 8) / 2 ** 20)} MB, time grows as 2^k·k), or use the asynchronous ILP (kemenyYoungIlp, HiGHS through @plural/lp) for larger components (the DP takes at most ${MAX_COMPONENT}).`,
      },
    );
  }
  const tables: ComponentTable[] = [];
  for (const comp of components) {
    throwIfAborted(options.signal, where);
    tables.push(solveComponent(comp, weights, options.signal, where, options.count === true));
  }
  let optimum = 0;
  for (const t of tables) optimum += t.h[2 ** t.k - 1]!;
  for (let i = 0; i < components.length; i++) {
    for (let j = i + 1; j < components.length; j++) {
      for (const a of components[i]!) for (const b of components[j]!) optimum += weights[a]![b]!;
    }
  }
  const canonical = tables.flatMap((t) => subRanking(t, 2 ** t.k - 1));
  const first = tables[0];
  const tops = first === undefined ? [] : tightTops(first, 2 ** first.k - 1).map((c) => first.members[c]!);

  // Certificate: recompute the scores of the rankings we report from the weights.
  const check = (ranking: readonly CandidateIndex[], what: string): void => {
    const score = orderingScore(weights, ranking);
    if (ranking.length !== m || score !== optimum) {
      throw new PluralError('internal', `${where}: ${what} scores ${score}, not the optimum ${optimum}.`, { where });
    }
  };
  check(canonical, 'the canonical optimal ranking');
  if (first !== undefined) {
    const full = 2 ** first.k - 1;
    const rest = tables.slice(1).flatMap((t) => subRanking(t, 2 ** t.k - 1));
    for (const c of tightTops(first, full)) {
      check([first.members[c]!, ...subRanking(first, full & ~(1 << c)), ...rest], `the optimal ranking topped by candidate ${first.members[c]}`);
    }
  }

  // Unique when the canonical path never has a choice: every optimal ranking must then follow it.
  let unique = true;
  for (const t of tables) {
    let set = 2 ** t.k - 1;
    while (set !== 0 && unique) {
      const options = tightTops(t, set);
      if (options.length > 1) unique = false;
      set &= ~(1 << options[0]!);
    }
  }
  return {
    components,
    optimum,
    tops,
    canonical,
    unique,
    states,
    count() {
      let count = 1;
      for (const t of tables) count *= countComponent(t);
      return { count, countExact: count <= Number.MAX_SAFE_INTEGER };
    },
    enumerate(limit: number) {
      if (!(limit >= 0)) throw new ValidationError(`the limit ${String(limit)} is not a non-negative number.`, { where: 'limit' });
      let partial: CandidateIndex[][] = [[]];
      for (const t of tables) {
        const orders = enumerateComponent(t, limit);
        const next: CandidateIndex[][] = [];
        for (const p of partial) {
          for (const o of orders) {
            if (next.length >= limit) break;
            next.push([...p, ...o]);
          }
          if (next.length >= limit) break;
        }
        partial = next;
      }
      return partial.slice(0, limit);
    },
  };
}

/** The lexicographically smallest optimal ordering of a subset of a component, best first. */
function subRanking(t: ComponentTable, set: number): CandidateIndex[] {
  const out: CandidateIndex[] = [];
  let rest = set;
  while (rest !== 0) {
    const c = tightTops(t, rest)[0]!;
    out.push(t.members[c]!);
    rest &= ~(1 << c);
  }
  return out;
}
