import { ValidationError, type CandidateIndex } from '@plural/core';
import { classIndex, type Groups } from './profile-ops.js';

/**
 * How a voter compares two sets of winners (Taylor, "Social Choice and the Mathematics of
 * Manipulation", 2005, Definition 2.1.1; pref_voting's `set_preference`), by the classes of their
 * sincere ballot (unranked candidates form one class at the bottom):
 * - `'single-winner'`: both sets are singletons and the new winner is ranked above the old one;
 * - `'weak-dominance'`: every new winner is weakly above every old winner, and some strictly above some;
 * - `'optimist'`: the best new winner is above the best old winner;
 * - `'pessimist'`: the worst new winner is above the worst old winner.
 */
export type SetPreference = 'single-winner' | 'weak-dominance' | 'optimist' | 'pessimist';

export const SET_PREFERENCES: readonly SetPreference[] = ['single-winner', 'weak-dominance', 'optimist', 'pessimist'];

export function checkSetPreference(value: unknown, where: string): SetPreference {
  if (value === undefined) return 'single-winner';
  if (!SET_PREFERENCES.includes(value as SetPreference)) {
    throw new ValidationError(`unknown set preference ${JSON.stringify(value)}.`, { where, fix: `Use one of ${SET_PREFERENCES.join(', ')}.` });
  }
  return value as SetPreference;
}

/** True when a voter with sincere ballot `ballot` strictly prefers the winner set `better` to `worse`. */
export function prefersSet(ballot: Groups, m: number, better: readonly CandidateIndex[], worse: readonly CandidateIndex[], preference: SetPreference): boolean {
  if (better.length === 0 || worse.length === 0) return false;
  const rank = classIndex(ballot, m);
  const ranks = (s: readonly CandidateIndex[]): number[] => s.map((c) => rank[c]!);
  switch (preference) {
    case 'single-winner':
      return better.length === 1 && worse.length === 1 && rank[better[0]!]! < rank[worse[0]!]!;
    case 'optimist':
      return Math.min(...ranks(better)) < Math.min(...ranks(worse));
    case 'pessimist':
      return Math.max(...ranks(better)) < Math.max(...ranks(worse));
    case 'weak-dominance': {
      let strict = false;
      for (const a of better) {
        for (const b of worse) {
          if (rank[a]! > rank[b]!) return false;
          if (rank[a]! < rank[b]!) strict = true;
        }
      }
      return strict;
    }
  }
}
