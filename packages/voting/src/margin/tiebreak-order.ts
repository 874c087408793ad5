import { ValidationError, type CandidateIndex } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { lockInOrder, type LockEdge, type LockRule } from './lock-in.js';

/**
 * The positions of the candidates in a tie-break order (a permutation of 0…m−1, most favoured first);
 * the index order 0, 1, …, m−1 when none is given.
 */
export function tiebreakPositions(order: readonly CandidateIndex[] | undefined, m: number, where = 'options.tiebreakOrder'): number[] {
  if (order === undefined) return Array.from({ length: m }, (_, i) => i);
  const pos = new Array<number>(m).fill(-1);
  if (!Array.isArray(order) || order.length !== m) {
    throw new ValidationError(`the tie-break order has ${Array.isArray(order) ? order.length : 'no'} entries for ${m} candidates.`, { where, fix: 'List every candidate index exactly once, most favoured first.' });
  }
  order.forEach((c, i) => {
    if (!Number.isInteger(c) || c < 0 || c >= m || pos[c] !== -1) {
      throw new ValidationError(`the tie-break order is not a permutation of the candidate indices (entry ${i} is ${String(c)}).`, { where: `${where}[${i}]`, fix: `List each of 0…${m - 1} exactly once.` });
    }
    pos[c] = i;
  });
  return pos;
}

/**
 * The tie-break order of Zavist and Tideman as pref_voting applies it: the first ballot of the profile,
 * which must rank every candidate strictly.
 */
export function firstBallotOrder(input: ProfileInput, method: string, options: { unranked?: 'bottom' | 'ignore' }): { order: CandidateIndex[]; e: ReturnType<typeof election> } {
  const e = election(input, options);
  requireBallots(e, method, { ties: true, truncated: true });
  const first = e.ballots[0]!;
  const m = e.candidates.length;
  if (first.length !== m || first.some((entry) => typeof entry !== 'number')) {
    throw new ValidationError(`${method} breaks ties by the first ballot, which must rank all ${m} candidates strictly.`, {
      where: 'profile.ballots[0]',
      fix: 'Put a complete strict ballot first, or use the TB variant with an explicit tiebreakOrder.',
    });
  }
  return { order: first as CandidateIndex[], e };
}

/**
 * The lock-in procedure with every tie broken by a fixed order of the candidates, as pref_voting's TB
 * variants do: all pairs with margin ≥ 0 are edges (a majority tie gives an edge each way, strength 0),
 * strongest first, and equal strengths by the lexicographic order of (position of from, position of to).
 * Returns the final reachability (a linear order for Ranked Pairs, a spanning tree's ancestry for River).
 *
 * Complexity: O(m² log m + m² · m · m/32).
 */
export function lockInWithOrder(margins: readonly (readonly number[])[], positions: readonly number[], rule: LockRule): boolean[][] {
  const m = margins.length;
  const edges: LockEdge[] = [];
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) if (a !== b && margins[a]![b]! >= 0) edges.push({ from: a, to: b, strength: margins[a]![b]! });
  edges.sort((x, y) => y.strength - x.strength || positions[x.from]! - positions[y.from]! || positions[x.to]! - positions[y.to]!);
  return lockInOrder(m, edges, rule);
}

/** The candidates no one reaches in a reachability matrix, ascending. */
export function unreached(locked: readonly (readonly boolean[])[]): CandidateIndex[] {
  const m = locked.length;
  const out: CandidateIndex[] = [];
  for (let v = 0; v < m; v++) if (!locked.some((row, u) => u !== v && row[v])) out.push(v);
  return out;
}

/** Checks an optional positive-integer search budget. */
export function searchBudget(budget: number | undefined, fallback: number): number {
  if (budget === undefined) return fallback;
  if (!Number.isInteger(budget) || budget < 1) {
    throw new ValidationError(`the budget ${String(budget)} is not a positive integer.`, { where: 'options.budget', fix: `Give a positive integer number of search states (default ${fallback}).` });
  }
  return budget;
}
