import { ValidationError, type CandidateIndex, type Ranking, type UnrankedPolicy } from '@plural/core';
import type { Election } from '../election/election.js';

/**
 * The tier of each candidate in a ballot (0 = top group); unranked candidates get −1. Used by rules
 * that change or drop ballots (Dodgson, Young) rather than read only the margins.
 */
export function ballotTiers(ballot: Ranking, m: number): Int32Array {
  const tier = new Int32Array(m).fill(-1);
  ballot.forEach((entry, k) => {
    if (typeof entry === 'number') tier[entry] = k;
    else for (const c of entry) tier[c] = k;
  });
  return tier;
}

/**
 * +1 when the ballot prefers x to y, −1 when it prefers y to x, 0 when it expresses no preference
 * (tied, or unranked under the given policy: with `'bottom'` unranked candidates sit below every ranked
 * one and tie with each other; with `'ignore'` a pair involving an unranked candidate is not compared).
 */
export function ballotPrefers(tier: Int32Array, x: CandidateIndex, y: CandidateIndex, unranked: UnrankedPolicy): -1 | 0 | 1 {
  const tx = tier[x]!;
  const ty = tier[y]!;
  if (tx < 0 || ty < 0) {
    if (unranked === 'ignore' || (tx < 0 && ty < 0)) return 0;
    return tx < 0 ? -1 : 1;
  }
  return tx < ty ? 1 : tx > ty ? -1 : 0;
}

/** Voter counts as integers: the rule counts voters, so fractional weights are refused. */
export function requireIntegerWeights(e: Election, method: string): void {
  if (e.scale !== 1) {
    throw new ValidationError(`${method} counts voters (swaps or deletions of whole ballots), but the profile has fractional weights.`, {
      where: 'profile.counts',
      fix: 'Give integer voter counts (multiply the weights by a common denominator first if they are proportions).',
    });
  }
}

/** Checks an optional positive-integer budget. */
export function positiveBudget(budget: number | undefined, fallback: number): number {
  if (budget === undefined) return fallback;
  if (!Number.isInteger(budget) || budget < 1) {
    throw new ValidationError(`the budget ${String(budget)} is not a positive integer.`, { where: 'options.budget', fix: `Give a positive integer (default ${fallback}).` });
  }
  return budget;
}
