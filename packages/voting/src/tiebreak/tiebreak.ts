import { createRng, ValidationError, type CandidateIndex, type Label, type Seed } from '@plural/core';
import type { TiebreakRecord, VotingResult } from '../result/result.js';

/**
 * How to choose one winner among tied winners:
 * - `'lexicographic'`: the smallest label (numbers numerically, strings by code points; numbers first);
 * - `{ random: seed }`: uniformly at random with Plural's seeded RNG (same seed, same choice everywhere);
 * - `{ order: [...] }`: the first tied candidate in a given priority order of candidate indices.
 */
export type Tiebreak = 'lexicographic' | { readonly random: Seed } | { readonly order: readonly CandidateIndex[] };

/** Compares two labels: numbers before strings, numbers numerically, strings by code points. */
export function compareLabels(a: Label, b: Label): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One candidate chosen from `among` (non-empty) by the tie-break, with its record.
 *
 * @example
 * chooseByTiebreak([2, 0], ['b', 'c', 'a'], 'lexicographic').chosen; // 2 (label 'a')
 */
export function chooseByTiebreak(among: readonly CandidateIndex[], candidates: readonly Label[], tiebreak: Tiebreak): TiebreakRecord {
  if (among.length === 0) throw new ValidationError('there is no candidate to choose from.', { where: 'winners' });
  const sorted = [...among].sort((a, b) => a - b);
  if (tiebreak === 'lexicographic') {
    const chosen = sorted.reduce((best, c) => (compareLabels(candidates[c]!, candidates[best]!) < 0 ? c : best));
    return Object.freeze({ rule: 'lexicographic', among: Object.freeze(sorted), chosen });
  }
  if (tiebreak !== null && typeof tiebreak === 'object' && 'random' in tiebreak) {
    const chosen = sorted[createRng(tiebreak.random).int(sorted.length)]!;
    return Object.freeze({ rule: 'random', among: Object.freeze(sorted), chosen, seed: tiebreak.random });
  }
  if (tiebreak !== null && typeof tiebreak === 'object' && 'order' in tiebreak && Array.isArray(tiebreak.order)) {
    const chosen = tiebreak.order.find((c) => sorted.includes(c));
    if (chosen === undefined) {
      throw new ValidationError('the tie-break order names none of the tied candidates.', {
        where: 'tiebreak.order',
        fix: 'List every candidate index in the priority order.',
      });
    }
    return Object.freeze({ rule: 'order', among: Object.freeze(sorted), chosen });
  }
  throw new ValidationError(`unknown tie-break ${JSON.stringify(tiebreak)}.`, {
    where: 'tiebreak',
    fix: 'Use "lexicographic", { random: seed } or { order: [candidate indices] }.',
  });
}

/**
 * Makes an irresolute result resolute: when several candidates tie, keeps the one the tie-break chooses
 * and records how. A result with one winner is returned unchanged.
 *
 * @example
 * breakTie(borda(profile), { random: 7 }).tiebreak; // { rule: 'random', among: [0, 2], chosen: 2, seed: 7 }
 */
export function breakTie(result: VotingResult, tiebreak: Tiebreak): VotingResult {
  if (result.winners.length <= 1) return result;
  const record = chooseByTiebreak(result.winners, result.candidates, tiebreak);
  return Object.freeze({ ...result, winners: Object.freeze([record.chosen]), tiebreak: record });
}
