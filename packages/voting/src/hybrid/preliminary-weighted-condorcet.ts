import { BudgetExceededError, throwIfAborted, type CandidateIndex } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { remainingPluralityScores } from '../iterative/remaining.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { toScores, votingResult } from '../result/result.js';

export interface PreliminaryWeightedCondorcetOptions extends VotingOptions {
  /** Largest number of candidate subsets the dynamic programme may visit (default 2^20, i.e. m ≤ 20). */
  readonly budget?: number;
}

/**
 * Best order values by dynamic programming over subsets: best[S] = max over c ∈ S of
 * (Σ_{d ∈ S∖c} w(c, d) + best[S∖c]) — c placed first among S. Works with numbers or bigints.
 */
function bestOrders<T extends number | bigint>(m: number, w: (a: number, b: number) => T, zero: T, add: (x: T, y: T) => T, signal: AbortSignal | undefined): T[] {
  const size = 1 << m;
  const best: T[] = new Array<T>(size);
  best[0] = zero;
  for (let s = 1; s < size; s++) {
    if ((s & 4095) === 0) throwIfAborted(signal, 'preliminary-weighted-condorcet');
    let top: T | undefined;
    for (let c = 0; c < m; c++) {
      if (!(s & (1 << c))) continue;
      const rest = s & ~(1 << c);
      let v = best[rest]!;
      for (let d = 0; d < m; d++) if (rest & (1 << d)) v = add(v, w(c, d));
      if (top === undefined || v > top) top = v;
    }
    best[s] = top!;
  }
  return best;
}

/**
 * Preliminary Weighted Condorcet (Tideman): the winners are the candidates ranked first by some linear
 * order maximising Σ over pairs (x before y) of plurality(x) · plurality(y) · margin(x, y) — Kemeny's
 * objective with each pair weighted by the product of the two first-place counts. Computed exactly by
 * dynamic programming over subsets of candidates (not over the m! orders). Pairs involving a candidate
 * with no first place weigh nothing, so such candidates can head an optimal order: the rule is Condorcet
 * consistent only when every candidate has a first place (Tideman's full Weighted Condorcet rule, p. 224,
 * handles the other case; pref_voting computes this preliminary version, as we do).
 *
 * Sources: T. N. Tideman, "Collective Decisions and Voting" (2006), p. 223; pref_voting's
 * `preliminary_weighted_condorcet` (Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(2^m · m²), bounded by `budget` (BudgetExceededError) and `signal`. Truncated ballots:
 * first places as Plurality, margins with unranked candidates as `options.unranked` says. Irresolute.
 *
 * @example
 * preliminaryWeightedCondorcet(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners; // [0]
 */
export const preliminaryWeightedCondorcet = defineVotingMethod<ProfileInput, PreliminaryWeightedCondorcetOptions>(
  {
    id: 'preliminary-weighted-condorcet',
    name: 'Preliminary Weighted Condorcet',
    aliases: ['Preliminary Weighted Condorcet', 'preliminary_weighted_condorcet', 'weighted-condorcet'],
    family: 'hybrid',
    description: 'The first candidates of the orders maximising the sum of margins weighted by both candidates’ first-place counts.',
    citations: [
      { authors: 'T. N. Tideman', year: 2006, title: 'Collective Decisions and Voting: The Potential for Public Choice', doi: '10.4324/9781315259963' },
      { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' },
    ],
    complexity: 'O(2^m · m²)',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'irresolute: every candidate that heads some optimal order',
    properties: { 'condorcet-winner': false, 'condorcet-loser': false, 'pareto-dominance': false, 'positive-involvement': false },
    exponential: true,
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'preliminary-weighted-condorcet', preliminaryWeightedCondorcet.info.ballots);
    const m = e.candidates.length;
    const budget = options.budget ?? 1 << 20;
    if (m > 30 || 2 ** m > budget) {
      throw new BudgetExceededError(`preliminary-weighted-condorcet would visit 2^${m} candidate subsets, more than the budget ${budget}.`, {
        where: 'options.budget',
        fix: 'Raise options.budget (memory and time grow as 2^m), or use a rule that is polynomial in m.',
      });
    }
    const p = remainingPluralityScores(e, e.candidates.map(() => true));
    const margins = e.margins();
    let bound = 0;
    for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) bound += Math.abs(p[a]! * p[b]! * margins[a]![b]!);
    const all = (1 << m) - 1;
    let winners: CandidateIndex[];
    if (bound <= Number.MAX_SAFE_INTEGER) {
      const w = (a: number, b: number) => p[a]! * p[b]! * margins[a]![b]!;
      const best = bestOrders(m, w, 0, (x, y) => x + y, options.signal);
      winners = e.candidates.flatMap((_, c) => {
        let v = best[all & ~(1 << c)]!;
        for (let d = 0; d < m; d++) if (d !== c) v += w(c, d);
        return v === best[all] ? [c] : [];
      });
    } else {
      const w = (a: number, b: number) => BigInt(p[a]!) * BigInt(p[b]!) * BigInt(margins[a]![b]!);
      const best = bestOrders<bigint>(m, w, 0n, (x, y) => x + y, options.signal);
      winners = e.candidates.flatMap((_, c) => {
        let v = best[all & ~(1 << c)]!;
        for (let d = 0; d < m; d++) if (d !== c) v += w(c, d);
        return v === best[all] ? [c] : [];
      });
    }
    return votingResult({ method: 'preliminary-weighted-condorcet', candidates: e.candidates, winners, scores: toScores(p, e.scale), notes: ['Scores are the plurality scores that weight the margins.'] });
  },
);
