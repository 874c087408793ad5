import { marginMatrix, type AnonymousProfile, type MarginMatrix } from '@plural/core';
import fc from 'fast-check';

/**
 * Reference implementations of irresolute Ranked Pairs and River by brute force over the orders of
 * equal-strength edges, exactly as pref_voting defines them: every ordered pair with margin ≥ 0 is an
 * edge (a majority tie gives one edge each way, strength 0), groups of equal strength are taken from
 * strongest to weakest, each group in every possible order; an edge is locked unless the reverse is
 * already implied (Ranked Pairs) or, for River, also unless its target already has a locked edge into
 * it; the winner of an order is the top of the final relation.
 */
type Rule = 'ranked-pairs' | 'river';

interface Edge {
  from: number;
  to: number;
  strength: number;
}

function groupsWithTies(margins: readonly (readonly number[])[]): Edge[][] {
  const m = margins.length;
  const edges: Edge[] = [];
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) if (a !== b && margins[a]![b]! >= 0) edges.push({ from: a, to: b, strength: margins[a]![b]! });
  const strengths = [...new Set(edges.map((e) => e.strength))].sort((x, y) => y - x);
  return strengths.map((s) => edges.filter((e) => e.strength === s));
}

/** Locks an edge into a closure matrix (copy) if the rule accepts it. */
function step(closure: boolean[][], e: Edge, rule: Rule): boolean[][] {
  if (closure[e.to]![e.from]) return closure;
  if (rule === 'river' && closure.some((row) => row[e.to])) return closure;
  const next = closure.map((row) => row.slice());
  const m = closure.length;
  for (let u = 0; u < m; u++) {
    if (u !== e.from && !closure[u]![e.from]) continue;
    next[u]![e.to] = true;
    for (let v = 0; v < m; v++) if (closure[e.to]![v]) next[u]![v] = true;
  }
  return next;
}

function top(closure: boolean[][]): number {
  const tops = closure.map((_, v) => v).filter((v) => !closure.some((row, u) => u !== v && row[v]));
  if (tops.length !== 1) throw new Error(`reference: the final relation has ${tops.length} maximal elements`);
  return tops[0]!;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  const out: T[][] = [];
  items.forEach((x, i) => {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) out.push([x, ...rest]);
  });
  return out;
}

/** The number of tie-breaking orders (∏ group sizes!). */
export function orderCount(margins: readonly (readonly number[])[]): number {
  let n = 1;
  for (const g of groupsWithTies(margins)) for (let k = 2; k <= g.length; k++) n *= k;
  return n;
}

/** Literally every order: the product of the permutations of each group. For tiny cases only. */
export function winnersByAllOrders(margins: readonly (readonly number[])[], rule: Rule): number[] {
  const groups = groupsWithTies(margins);
  const m = margins.length;
  const winners = new Set<number>();
  const walk = (k: number, closure: boolean[][]): void => {
    if (k === groups.length) {
      winners.add(top(closure));
      return;
    }
    for (const order of permutations(groups[k]!)) {
      let c = closure;
      for (const e of order) c = step(c, e, rule);
      walk(k + 1, c);
    }
  };
  walk(0, Array.from({ length: m }, () => new Array<boolean>(m).fill(false)));
  return [...winners].sort((a, b) => a - b);
}

/**
 * Every order again, by choosing the next edge of the current group in every possible way, memoised on
 * (locked closure, edges of the group still to come): the same set of orders as winnersByAllOrders, with
 * repeated sub-histories computed once.
 */
export function winnersByNextEdge(margins: readonly (readonly number[])[], rule: Rule): number[] {
  const groups = groupsWithTies(margins);
  const m = margins.length;
  const winners = new Set<number>();
  const seen = new Set<string>();
  const walk = (k: number, closure: boolean[][], remaining: number): void => {
    if (k === groups.length) {
      winners.add(top(closure));
      return;
    }
    const key = `${k}|${remaining}|${closure.map((row) => row.map(Number).join('')).join('')}`;
    if (seen.has(key)) return;
    seen.add(key);
    const group = groups[k]!;
    if (remaining === 0) {
      walk(k + 1, closure, k + 1 < groups.length ? (1 << groups[k + 1]!.length) - 1 : 0);
      return;
    }
    for (let i = 0; i < group.length; i++) if (remaining & (1 << i)) walk(k, step(closure, group[i]!, rule), remaining & ~(1 << i));
  };
  walk(0, Array.from({ length: m }, () => new Array<boolean>(m).fill(false)), groups.length > 0 ? (1 << groups[0]!.length) - 1 : 0);
  return [...winners].sort((a, b) => a - b);
}

/** Profiles on 2…maxM candidates with 1…maxVoters voters (weak orders allowed): many tied margins. */
export function fewVoterProfileArbitrary(maxM = 5, maxVoters = 4, ties = true): fc.Arbitrary<AnonymousProfile> {
  return fc.integer({ min: 2, max: maxM }).chain((m) => {
    const ballot = fc.shuffledSubarray(Array.from({ length: m }, (_, i) => i), { minLength: m, maxLength: m }).chain((perm) =>
      ties
        ? fc.array(fc.boolean(), { minLength: m - 1, maxLength: m - 1 }).map((cuts) => {
            const out: (number | number[])[] = [];
            let group: number[] = [perm[0]!];
            for (let i = 1; i < m; i++) {
              if (cuts[i - 1]) group.push(perm[i]!);
              else {
                out.push(group.length === 1 ? group[0]! : group);
                group = [perm[i]!];
              }
            }
            out.push(group.length === 1 ? group[0]! : group);
            return out;
          })
        : fc.constant(perm as (number | number[])[]),
    );
    return fc.array(ballot, { minLength: 1, maxLength: maxVoters }).map((ballots) => ({
      kind: 'anonymous' as const,
      candidates: Array.from({ length: m }, (_, i) => i),
      ballots,
      counts: ballots.map(() => 1),
    }));
  });
}

/** Margin graphs on 2…maxM candidates with margins drawn from ±weights and 0 (repeated weights). */
export function marginGraphArbitrary(maxM = 5, weights: readonly number[] = [2, 4, 6], zero = true): fc.Arbitrary<MarginMatrix> {
  const values = [...weights, ...weights.map((w) => -w), ...(zero ? [0] : [])];
  return fc.integer({ min: 2, max: maxM }).chain((m) =>
    fc.array(fc.constantFrom(...values), { minLength: (m * (m - 1)) / 2, maxLength: (m * (m - 1)) / 2 }).map((upper) => {
      const margins = Array.from({ length: m }, () => new Array<number>(m).fill(0));
      let k = 0;
      for (let a = 0; a < m; a++)
        for (let b = a + 1; b < m; b++) {
          margins[a]![b] = upper[k]!;
          margins[b]![a] = -upper[k]!;
          k++;
        }
      return { kind: 'margins' as const, candidates: Array.from({ length: m }, (_, i) => i), margins };
    }),
  );
}

/** The margins of a profile (for the references). */
export function marginsOf(p: AnonymousProfile | MarginMatrix): readonly (readonly number[])[] {
  return p.kind === 'margins' ? p.margins : marginMatrix(p).margins;
}

/** The size of the largest group of equal-strength edges (margin ≥ 0, ties both ways), for bounding the references. */
export function maxGroupSize(margins: readonly (readonly number[])[]): number {
  return Math.max(0, ...groupsWithTies(margins).map((g) => g.length));
}
