import { ValidationError, type CandidateIndex } from '@plural/core';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { kemeny1959, kemenyYoung, youngLevenglick1978 } from '../optimization/kemeny-young.js';
import { optimalRankings } from '../optimization/linear-ordering.js';
import { toScore } from '../result/result.js';
import { defineWelfareFunction, welfareResult, type WelfareOptions } from './define.js';

export interface KemenyRankingOptions extends WelfareOptions {
  /** Maximum number of dynamic-programming states (default 2^23), as for `kemenyYoung`. */
  readonly budget?: number;
  /** How many optimal rankings to list in `optimal.rankings` (default 10). */
  readonly maxRankings?: number;
  /**
   * A permutation of the candidate indices, most favoured first: the canonical ranking is the optimal
   * ranking that comes first lexicographically in this order. Default: candidate index order.
   */
  readonly tiebreakOrder?: readonly CandidateIndex[];
}

/** Checks a tie-break order (a permutation of 0…m−1); the index order when absent. */
function priorityOrder(order: readonly CandidateIndex[] | undefined, m: number, where = 'options.tiebreakOrder'): CandidateIndex[] {
  if (order === undefined) return Array.from({ length: m }, (_, i) => i);
  const seen = new Set<number>();
  const valid = Array.isArray(order) && order.length === m && order.every((c) => Number.isInteger(c) && c >= 0 && c < m && !seen.has(c) && seen.add(c) !== undefined);
  if (!valid) {
    throw new ValidationError(`the tie-break order is not a permutation of the ${m} candidate indices.`, { where, fix: `List each of 0…${m - 1} exactly once, most favoured first.` });
  }
  return [...order];
}

/**
 * Kemeny ranking: a ranking of all candidates that maximises the total margin of the pairs it orders
 * (minimises the total Kendall-tau distance to the ballots). Several rankings can be optimal: the SWF
 * returns ONE canonical optimal ranking — the lexicographically first in `tiebreakOrder` (default index
 * order) — as `ranking`, and reports in `optimal` how many rankings are optimal, the first
 * `maxRankings` of them, and every candidate that tops one (the Kemeny–Young winners). `winners` is the
 * canonical ranking's top, so it is one of `optimal.tops`. `scores` is absent; the notes give the
 * Kemeny score.
 *
 * Sources: Kemeny (1959); Young & Levenglick (1978), doi:10.1137/0135023.
 *
 * Complexity: as `kemenyYoung`: O(m² + Σ 2^k·k) over the components of the weak majority graph.
 *
 * @example
 * kemenyRanking(profileOf(3, ['abc', 'bca', 'cab'])).optimal; // { count: 3, tops: [0, 1, 2], … }
 */
export const kemenyRanking = defineWelfareFunction<MarginInput, KemenyRankingOptions>(
  {
    id: 'kemeny-ranking',
    name: 'Kemeny ranking',
    aliases: ['Kemeny ranking', 'Kemeny-Young ranking', 'Kemeny–Young ranking', 'kemeny_young_ranking', 'kemeny-young-ranking'],
    family: 'welfare-function',
    description: 'A ranking of all candidates that maximises the total margin of the pairs it orders; one canonical optimal ranking, with all optimal ones reported.',
    citations: [kemeny1959, youngLevenglick1978],
    complexity: kemenyYoung.info.complexity,
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'resolute: the lexicographically first optimal ranking in options.tiebreakOrder (default index order); all optimal rankings are counted and listed in `optimal`',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true },
    exponential: true,
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const m = g.candidates.length;
    const order = priorityOrder(options.tiebreakOrder, m);
    const limit = options.maxRankings ?? 10;
    if (!Number.isInteger(limit) || limit < 1) throw new ValidationError(`maxRankings ${String(limit)} is not a positive integer.`, { where: 'options.maxRankings', fix: 'Give a positive integer (default 10).' });
    // Relabel so that the DP's index order is the priority order.
    const weights = order.map((a) => order.map((b) => g.margins[a]![b]!));
    const r = optimalRankings(weights, { method: 'kemeny-ranking', signal: options.signal, budget: options.budget, count: true });
    const back = (ranking: readonly CandidateIndex[]): CandidateIndex[] => ranking.map((i) => order[i]!);
    const { count, countExact } = r.count();
    const rankings = r.enumerate(limit).map(back);
    return welfareResult({
      method: 'kemeny-ranking',
      candidates: g.candidates,
      ranking: back(r.canonical).map((c) => [c]),
      optimal: { count, countExact, rankings, tops: back(r.tops).sort((a, b) => a - b) },
      notes: [`Kemeny score (sum of the margins the ranking agrees with): ${String(toScore(r.optimum, g.scale))}; ${countExact ? count : `about ${count.toPrecision(3)}`} optimal ranking${count === 1 ? '' : 's'}.`],
    });
  },
);
