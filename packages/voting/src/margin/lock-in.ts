import { BudgetExceededError, createRng, throwIfAborted, type CandidateIndex, type Rng } from '@plural/core';

/**
 * The lock-in procedures behind Ranked Pairs (Tideman 1987) and River (Heitzig 2004): the majority
 * edges are taken from strongest to weakest and each is locked in unless it is rejected — for Ranked
 * Pairs when it would close a cycle with the edges locked so far, for River also when its target
 * already has a locked edge into it. Edges of equal strength are taken in a tie-breaking order.
 *
 * The locked edges are kept as the reachability relation of the locked graph, one bitset row per
 * candidate: `reach[u]` holds the candidates v with a locked path u → … → v.
 */
export type LockRule = 'ranked-pairs' | 'river';

/** A majority edge a → b (from beats to) with its strength. */
export interface LockEdge {
  readonly from: CandidateIndex;
  readonly to: CandidateIndex;
  readonly strength: number;
}

/**
 * The edges with positive strength of a strength matrix, in groups of equal strength, strongest group
 * first; within a group, by (from, to).
 *
 * Complexity: O(m² log m).
 */
export function edgeGroups(strength: readonly (readonly number[])[]): LockEdge[][] {
  const edges: LockEdge[] = [];
  const m = strength.length;
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) if (a !== b && strength[a]![b]! > 0) edges.push({ from: a, to: b, strength: strength[a]![b]! });
  edges.sort((x, y) => y.strength - x.strength || x.from - y.from || x.to - y.to);
  const groups: LockEdge[][] = [];
  for (const e of edges) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last[0]!.strength === e.strength) last.push(e);
    else groups.push([e]);
  }
  return groups;
}

/**
 * Reachability bitsets of a locked graph on m candidates (W 32-bit words per row), and which candidates
 * have a locked edge into them.
 */
class Reach {
  readonly m: number;
  readonly w: number;
  readonly bits: Uint32Array;
  /** `inbound[v]` = 1 when some locked edge points to v (equivalently, some candidate reaches v). */
  readonly inbound: Uint8Array;

  constructor(m: number, bits?: Uint32Array, inbound?: Uint8Array) {
    this.m = m;
    this.w = (m + 31) >>> 5;
    this.bits = bits ?? new Uint32Array(m * this.w);
    this.inbound = inbound ?? new Uint8Array(m);
  }

  copy(): Reach {
    return new Reach(this.m, this.bits.slice(), this.inbound.slice());
  }

  /** True when there is a locked path u → … → v. */
  has(u: number, v: number): boolean {
    return ((this.bits[u * this.w + (v >>> 5)]! >>> (v & 31)) & 1) === 1;
  }

  /** Locks a → b and closes transitively: everything reaching a (and a) now reaches b and all b reaches. */
  lock(a: number, b: number): void {
    const { m, w, bits } = this;
    const rowB = b * w;
    for (let u = 0; u < m; u++) {
      if (u !== a && !this.has(u, a)) continue;
      const rowU = u * w;
      for (let k = 0; k < w; k++) bits[rowU + k]! |= bits[rowB + k]!;
      bits[rowU + (b >>> 5)]! |= 1 << (b & 31);
    }
    this.inbound[b] = 1;
  }

  /** The candidates no one reaches (the maximal elements), ascending. */
  maximal(): CandidateIndex[] {
    const out: CandidateIndex[] = [];
    for (let v = 0; v < this.m; v++) if (this.inbound[v] === 0) out.push(v);
    return out;
  }

  key(): string {
    const halves = new Uint16Array(this.bits.buffer, this.bits.byteOffset, this.bits.length * 2);
    let s = '';
    for (let i = 0; i < halves.length; i += 4096) s += String.fromCharCode(...halves.subarray(i, i + 4096));
    return s;
  }
}

/** True when the rule rejects edge e in the state `reach` (the edge is already implied counts as rejected too). */
function rejected(rule: LockRule, reach: Reach, e: LockEdge): boolean {
  if (reach.has(e.to, e.from) || reach.has(e.from, e.to)) return true;
  return rule === 'river' && reach.inbound[e.to] === 1;
}

/**
 * Runs the lock-in procedure on edges in the given order and returns the final reachability as a
 * matrix: `locked[a][b]` = a locked path from a to b.
 *
 * Complexity: O(E · m · m/32) for E edges.
 */
export function lockInOrder(m: number, edges: readonly LockEdge[], rule: LockRule): boolean[][] {
  const reach = new Reach(m);
  for (const e of edges) if (!rejected(rule, reach, e)) reach.lock(e.from, e.to);
  return Array.from({ length: m }, (_, a) => Array.from({ length: m }, (_, b) => reach.has(a, b)));
}

export interface LockInSearchOptions {
  readonly signal?: AbortSignal | undefined;
  /** Maximum number of search nodes before BudgetExceededError. */
  readonly budget: number;
  /** The rule id, for messages. */
  readonly method: string;
}

export interface LockInSearchResult {
  /** Candidates that are the top of the locked relation under some tie-breaking order, ascending. */
  readonly winners: CandidateIndex[];
  /** Search nodes visited. */
  readonly nodes: number;
}

/**
 * The candidates that win the lock-in procedure under SOME order of the equal-strength edges (the
 * "parallel universes" of Ranked Pairs or River), without enumerating the orders.
 *
 * The outcomes of one group of equal-strength edges, from a locked state R, are exactly the closures
 * of R ∪ S for the subsets S of the group's edges such that R ∪ S is acceptable (acyclic; for River also
 * at most one locked edge into each candidate) and every other edge of the group is rejected in the end
 * (lock S first, then the rest is rejected). Only candidates that no edge is bound to beat can win (the
 * Split Cycle winners, computed first). For each of them, x:
 * 1. runs of the procedure with orders built to favour x (edges that extend what x reaches first, edges
 *    into x last; then 32 rounds with ties among those classes broken at random, from a fixed seed)
 *    usually find an order that x wins;
 * 2. otherwise a depth-first search over the group outcomes decides whether some order makes x win. It
 *    branches on one undecided edge at a time (lock it / leave it out, requiring it to end blocked) and
 *    avoids the factorial blow-up of the orders by deciding for free every edge whose fate does not depend
 *    on the order (implied or rejected edges; a Ranked Pairs edge on no cycle of R ∪ undecided edges; a
 *    River edge on no cycle that is the only undecided edge into its target; in a run x wins, edges into
 *    x are never locked and Ranked Pairs edges out of x never rejected), by memoising the states, and by
 *    cutting every state in which x can no longer win: x has a locked edge into it, a left-out edge can no
 *    longer end blocked, or some edge (a, x) of strength s is bound to be locked because no path x → a of
 *    locked and possible edges of strength ≥ s remains — for Ranked Pairs refined by propagation: an edge
 *    with no possible path back is bound to be locked, an edge whose reverse those imply is bound to be
 *    rejected and no longer possible, until nothing changes.
 * Every top of a completed run is recorded, so the result is exactly the set of candidates that win under
 * some order (checked against brute force over all orders in the tests). Deciding whether a candidate wins
 * Ranked Pairs under some tie-breaking is NP-complete (Brill & Fischer 2012): the search is bounded by
 * `budget` nodes.
 *
 * Complexity: O(m · 33 · E · m²/32) for the favouring runs; the search is exponential in the worst case,
 * O(nodes · m³). Honours `signal`.
 */
export function lockInWinners(strength: readonly (readonly number[])[], rule: LockRule, options: LockInSearchOptions): LockInSearchResult {
  throwIfAborted(options.signal, options.method);
  const m = strength.length;
  const groups = edgeGroups(strength);
  const found = new Uint8Array(m);
  let nodes = 0;
  const where = options.method;

  // allFrom[u]: the edges out of u, strongest first; the edges of the groups after group k are those
  // weaker than group k's strength.
  const allFrom: LockEdge[][] = Array.from({ length: m }, () => []);
  for (const g of groups) for (const e of g) allFrom[e.from]!.push(e);
  // An edge's position in its group, and a compact key for a set of edges of one group (a bitset).
  const positionInGroup = new Map<LockEdge, number>();
  for (const g of groups) g.forEach((e, i) => positionInGroup.set(e, i));
  const edgeSetKey = (k: number, edges: readonly LockEdge[]): string => {
    const bits = new Uint16Array((groups[k]!.length + 15) >>> 4);
    for (const e of edges) {
      const i = positionInGroup.get(e);
      if (i !== undefined) bits[i >>> 4]! |= 1 << (i & 15);
    }
    return String.fromCharCode(...bits);
  };

  const tick = (): void => {
    nodes++;
    if ((nodes & 255) === 0) throwIfAborted(options.signal, where);
    if (nodes > options.budget) {
      throw new BudgetExceededError(`${where} explored more than ${options.budget} search states without settling which candidates win under some tie-breaking order.`, {
        where: 'options.budget',
        fix: `Raise options.budget (e.g. to ${options.budget * 10}), or use the variant with a fixed tie-break order (${where}-tb), which is polynomial.`,
      });
    }
  };

  const markMaximal = (reach: Reach): void => {
    for (const v of reach.maximal()) found[v] = 1;
  };

  /**
   * False when x cannot win from this state: x has a locked edge into it, or some edge (a, x) of strength
   * s has no possible path x → a of locked edges and of undecided/later edges of strength ≥ s (edges into
   * x are never locked in a run x wins, so they are left out).
   */
  const best = new Float64Array(m);
  const done = new Uint8Array(m);
  const canStillWin = (x: number, reach: Reach, undecided: readonly LockEdge[], below: number): boolean => {
    if (reach.inbound[x] === 1) return false;
    best.fill(-1);
    done.fill(0);
    best[x] = Infinity;
    for (;;) {
      let u = -1;
      for (let v = 0; v < m; v++) if (done[v] === 0 && best[v]! >= 0 && (u < 0 || best[v]! > best[u]!)) u = v;
      if (u < 0) break;
      done[u] = 1;
      const bu = best[u]!;
      for (let v = 0; v < m; v++) if (v !== u && bu > best[v]! && reach.has(u, v)) best[v] = bu;
      for (const e of allFrom[u]!) {
        // For River, a candidate with a locked edge into it can never get another one.
        if (e.strength >= below || e.to === x || (rule === 'river' && reach.inbound[e.to] === 1)) continue;
        const s = bu < e.strength ? bu : e.strength;
        if (s > best[e.to]!) best[e.to] = s;
      }
      for (const e of undecided) {
        if (e.from !== u || e.to === x) continue;
        const s = bu < e.strength ? bu : e.strength;
        if (s > best[e.to]!) best[e.to] = s;
      }
    }
    for (let a = 0; a < m; a++) {
      const s = strength[a]![x]!;
      if (a !== x && s > 0 && best[a]! < s) return false;
    }
    return true;
  };

  /**
   * A stronger test than canStillWin, by propagation: in a run that x wins, edges into x are never
   * locked; an edge (u, v) of strength s with no path v → u of locked edges and possible edges of
   * strength ≥ s is surely locked; an edge whose reverse is implied by the locked edges and the surely
   * locked edges of greater strength is surely rejected and leaves the possible edges; repeat until
   * nothing changes. False when an edge into x is surely locked.
   */
  const widest = new Float64Array(m * m);
  const stronglyCanStillWin = (x: number, reach: Reach, undecided: readonly LockEdge[], k: number): false | LockEdge[] => {
    if (reach.inbound[x] === 1) return false;
    let possible: LockEdge[] = [];
    const consider = (e: LockEdge): void => {
      if (e.to !== x && !rejected(rule, reach, e)) possible.push(e);
    };
    for (const e of undecided) consider(e);
    for (let j = k + 1; j < groups.length; j++) for (const e of groups[j]!) consider(e);
    for (;;) {
      widest.fill(0);
      for (let u = 0; u < m; u++) for (let v = 0; v < m; v++) if (u !== v && reach.has(u, v)) widest[u * m + v] = Infinity;
      for (const e of possible) if (e.strength > widest[e.from * m + e.to]!) widest[e.from * m + e.to] = e.strength;
      for (let w = 0; w < m; w++) {
        for (let i = 0; i < m; i++) {
          const iw = widest[i * m + w]!;
          if (iw === 0 || i === w) continue;
          for (let j = 0; j < m; j++) {
            const wj = widest[w * m + j]!;
            const via = iw < wj ? iw : wj;
            if (via > widest[i * m + j]!) widest[i * m + j] = via;
          }
        }
      }
      for (let a = 0; a < m; a++) {
        const s = strength[a]![x]!;
        if (a !== x && s > 0 && widest[x * m + a]! < s) return false;
      }
      // River: an edge is also rejected when its target gets another edge first, so it is bound to be locked
      // only if no other possible edge of at least its strength points to the same candidate.
      const surelyLocked = possible.filter(
        (e) => widest[e.to * m + e.from]! < e.strength && (rule === 'ranked-pairs' || !possible.some((f) => f !== e && f.to === e.to && f.strength >= e.strength)),
      );
      const forcedNow = (): LockEdge[] => undecided.filter((e) => surelyLocked.includes(e));
      if (surelyLocked.length === 0) return [];
      // Surely rejected: the reverse is implied by the locked edges and the surely locked edges of greater strength.
      surelyLocked.sort((p, q) => q.strength - p.strength);
      const closure = reach.copy();
      const keep: LockEdge[] = [];
      const byStrength = [...possible].sort((p, q) => q.strength - p.strength);
      let i = 0;
      let removed = false;
      for (const e of byStrength) {
        while (i < surelyLocked.length && surelyLocked[i]!.strength > e.strength) {
          const f = surelyLocked[i++]!;
          if (!closure.has(f.to, f.from)) closure.lock(f.from, f.to);
        }
        // River: a target that surely gets a stronger edge rejects this one.
        if (closure.has(e.to, e.from) || (rule === 'river' && closure.inbound[e.to] === 1 && !surelyLocked.includes(e))) removed = true;
        else keep.push(e);
      }
      if (!removed) return forcedNow();
      possible = keep;
    }
  };

  /** Greedy priority of an edge for a run favouring x: lower goes first. */
  const priority = (x: number, reach: Reach, e: LockEdge): number => {
    const fromIn = e.from === x || reach.has(x, e.from);
    const toIn = e.to === x || reach.has(x, e.to);
    if (e.to === x) return 3;
    if (fromIn && !toIn) return 0;
    if (fromIn === toIn) return 1;
    return 2;
  };
  const nextByPriority = (x: number, reach: Reach, edges: readonly LockEdge[]): LockEdge => {
    let bestEdge = edges[0]!;
    let bestPriority = priority(x, reach, bestEdge);
    for (let i = 1; i < edges.length && bestPriority > 0; i++) {
      const p = priority(x, reach, edges[i]!);
      if (p < bestPriority) {
        bestPriority = p;
        bestEdge = edges[i]!;
      }
    }
    return bestEdge;
  };

  /**
   * One run of the procedure with an order built to favour x; true when x wins it. With an rng, edges
   * of the same priority are taken in a random order (otherwise by (from, to)).
   */
  const favouringRun = (x: number, rng?: Rng): boolean => {
    const reach = new Reach(m);
    for (const group of groups) {
      let pending = group.filter((e) => !rejected(rule, reach, e));
      if (rng !== undefined) pending = rng.shuffle(pending);
      while (pending.length > 0) {
        tick();
        const e = nextByPriority(x, reach, pending);
        reach.lock(e.from, e.to);
        pending = pending.filter((f) => f !== e && !rejected(rule, reach, f));
      }
      if (!canStillWin(x, reach, [], group[0]!.strength)) return false;
    }
    markMaximal(reach);
    return found[x] === 1;
  };

  /** Edges bound to be locked whatever their order within the group (see lockInWinners). */
  const forcedEdges = (reach: Reach, undecided: readonly LockEdge[]): LockEdge[] => {
    const cyclic = onCycle(m, reach, undecided);
    if (rule === 'ranked-pairs') return undecided.filter((_, i) => !cyclic[i]);
    const into = new Int32Array(m);
    for (const e of undecided) into[e.to]!++;
    return undecided.filter((e, i) => !cyclic[i] && into[e.to] === 1);
  };

  /**
   * True when every edge left out can still end rejected: for Ranked Pairs a path between its ends (either
   * way) of locked and undecided edges must remain possible; for River also an undecided edge into its target.
   */
  const excludedCanEndRejected = (reach: Reach, undecided: readonly LockEdge[], excluded: readonly LockEdge[]): boolean => {
    const open = excluded.filter((e) => !rejected(rule, reach, e));
    if (open.length === 0) return true;
    const adjacency: number[][] = Array.from({ length: m }, () => []);
    for (const e of undecided) adjacency[e.from]!.push(e.to);
    const seen = new Uint8Array(m);
    const reaches = (from: number, to: number): boolean => {
      if (reach.has(from, to)) return true;
      seen.fill(0);
      const stack = [from];
      seen[from] = 1;
      while (stack.length > 0) {
        const u = stack.pop()!;
        for (let v = 0; v < m; v++) {
          if (seen[v] === 1 || !(v !== u && reach.has(u, v))) continue;
          if (v === to) return true;
          seen[v] = 1;
          stack.push(v);
        }
        for (const v of adjacency[u]!) {
          if (seen[v] === 1) continue;
          if (v === to) return true;
          seen[v] = 1;
          stack.push(v);
        }
      }
      return false;
    };
    return open.every((e) => reaches(e.to, e.from) || (rule === 'river' && (reaches(e.from, e.to) || undecided.some((f) => f.to === e.to))));
  };

  /** Exact search: does some order make x win? Marks every top reached on the way. */
  const targetSearch = (x: number): boolean => {
    const visited = new Set<string>();
    const visitedBranch = new Set<string>();
    const groupSearch = (k: number, reach: Reach): boolean => {
      if (k === groups.length) {
        markMaximal(reach);
        return found[x] === 1;
      }
      const key = `${k}|${reach.key()}`;
      if (visited.has(key)) return false;
      visited.add(key);
      return branch(k, reach, groups[k]!, []);
    };
    const branch = (k: number, reach: Reach, candidates: readonly LockEdge[], excluded: readonly LockEdge[]): boolean => {
      tick();
      let undecided = candidates.filter((e) => !rejected(rule, reach, e));
      // A Ranked Pairs edge left out that ends implied gives the same outcome as locking it: that outcome
      // is reached on the branch that locks it, so here a left-out edge must end blocked (its reverse implied).
      if (rule === 'ranked-pairs' && excluded.some((e) => reach.has(e.from, e.to))) return false;
      excluded = excluded.filter((e) => !rejected(rule, reach, e));
      const key = `${k}|${reach.key()}|${edgeSetKey(k, undecided)}|${edgeSetKey(k, excluded)}`;
      if (visitedBranch.has(key)) return false;
      visitedBranch.add(key);
      // In a run that x wins, an edge into x is never locked (it must end rejected) and, for Ranked
      // Pairs, an edge out of x is never rejected.
      const intoX = undecided.filter((e) => e.to === x);
      if (intoX.length > 0) {
        excluded = [...excluded, ...intoX];
        undecided = undecided.filter((e) => e.to !== x);
      }
      if (rule === 'ranked-pairs') {
        const outOfX = undecided.filter((e) => e.from === x);
        if (outOfX.length > 0) {
          const next = reach.copy();
          for (const e of outOfX) if (!rejected(rule, next, e)) next.lock(e.from, e.to);
          return branch(k, next, undecided.filter((e) => e.from !== x), excluded);
        }
      }
      if (undecided.length > 0) {
        const forced = forcedEdges(reach, undecided);
        if (forced.length > 0) {
          const next = reach.copy();
          for (const e of forced) if (!rejected(rule, next, e)) next.lock(e.from, e.to);
          return branch(k, next, undecided.filter((e) => !forced.includes(e)), excluded);
        }
      }
      if (!excludedCanEndRejected(reach, undecided, excluded)) return false;
      const verdict = stronglyCanStillWin(x, reach, undecided, k);
      if (verdict === false) return false;
      if (verdict.length > 0) {
        const next = reach.copy();
        for (const e of verdict) if (!rejected(rule, next, e)) next.lock(e.from, e.to);
        return branch(k, next, undecided.filter((e) => !verdict.includes(e)), excluded);
      }
      if (undecided.length === 0) {
        // Maximality: every edge left out must be rejected when the group ends.
        if (!excluded.every((e) => rejected(rule, reach, e))) return false;
        return groupSearch(k + 1, reach);
      }
      const e = nextByPriority(x, reach, undecided);
      const rest = undecided.filter((f) => f !== e);
      const next = reach.copy();
      next.lock(e.from, e.to);
      return branch(k, next, rest, excluded) || branch(k, reach, rest, [...excluded, e]);
    };
    return groupSearch(0, new Reach(m));
  };

  const root = new Reach(m);
  const contenders: CandidateIndex[] = [];
  if (groups.every((g) => g.length === 1)) {
    // No tied strengths: there is one order, and its maximal elements are the winners (majority ties,
    // margin 0, only decide among them).
    for (const g of groups) if (!rejected(rule, root, g[0]!)) root.lock(g[0]!.from, g[0]!.to);
    return { winners: root.maximal(), nodes };
  }
  for (let x = 0; x < m; x++) if (canStillWin(x, root, [], Infinity)) contenders.push(x);
  for (const x of contenders) if (found[x] === 0) favouringRun(x);
  const rng = createRng(0x5eed);
  for (let round = 0; round < 32; round++) for (const x of contenders) if (found[x] === 0) favouringRun(x, rng);
  for (const x of contenders) if (found[x] === 0) targetSearch(x);
  const winners: CandidateIndex[] = [];
  for (let x = 0; x < m; x++) if (found[x] === 1) winners.push(x);
  return { winners, nodes };
}

/** Which of `edges` lie on a cycle of the graph reach ∪ edges (Tarjan's strongly connected components). */
function onCycle(m: number, reach: Reach, edges: readonly LockEdge[]): boolean[] {
  const adjacency: number[][] = Array.from({ length: m }, () => []);
  for (const e of edges) adjacency[e.from]!.push(e.to);
  const index = new Int32Array(m).fill(-1);
  const low = new Int32Array(m);
  const onStack = new Uint8Array(m);
  const component = new Int32Array(m).fill(-1);
  const stack: number[] = [];
  let counter = 0;
  let components = 0;
  const neighbours = (u: number): number[] => {
    const out = adjacency[u]!.slice();
    for (let v = 0; v < m; v++) if (v !== u && reach.has(u, v)) out.push(v);
    return out;
  };
  for (let root = 0; root < m; root++) {
    if (index[root] !== -1) continue;
    const frames: { u: number; next: number[]; i: number }[] = [];
    const open = (u: number): void => {
      index[u] = low[u] = counter++;
      stack.push(u);
      onStack[u] = 1;
      frames.push({ u, next: neighbours(u), i: 0 });
    };
    open(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      if (frame.i < frame.next.length) {
        const v = frame.next[frame.i++]!;
        if (index[v] === -1) open(v);
        else if (onStack[v] === 1) low[frame.u] = Math.min(low[frame.u]!, index[v]!);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) low[parent.u] = Math.min(low[parent.u]!, low[frame.u]!);
      if (low[frame.u] === index[frame.u]) {
        for (;;) {
          const v = stack.pop()!;
          onStack[v] = 0;
          component[v] = components;
          if (v === frame.u) break;
        }
        components++;
      }
    }
  }
  return edges.map((e) => component[e.from] === component[e.to]);
}
