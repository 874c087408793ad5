import { Rational, ValidationError } from '@plural/core';
import { balinskiYoung } from './citations.js';
import { defineApportionmentMethod } from './define.js';
import { apportionmentProblem } from './party-votes.js';
import { allocateByPriority } from './seat-by-seat.js';
import type { ApportionmentOptions } from './types.js';

/** The vote quota of the largest remainder method. */
export type LargestRemainderQuota = 'hare' | 'droop';

export interface HamiltonOptions extends ApportionmentOptions {
  /**
   * Votes per seat: `'hare'` (default) V/h — Hamilton's method proper; `'droop'` ⌊V/(h+1)⌋ + 1, the
   * integer Droop quota (with fractional votes, ⌊·⌋ of the exact fraction). V = votes of the parties that
   * pass the threshold.
   */
  readonly quota?: LargestRemainderQuota;
}

/**
 * Hamilton's method (largest remainder, Hare–Niemeyer, Vinton): with the quota q = V/h (Hare) or the
 * Droop quota, each party first gets ⌊v_i/q⌋ seats; the seats left go one each to the parties with the
 * largest remainders v_i − q·⌊v_i/q⌋ (compared exactly). If seats are still left (possible only with the
 * Droop quota and very few votes), the procedure continues with remainders minus q. With the Hare quota it
 * satisfies both quotas but not house monotonicity (the Alabama paradox, 1880).
 *
 * Sources: A. Hamilton (1792), as presented in Balinski & Young, Fair Representation (1982), ch. 5;
 * the Alabama paradox: ibid. pp. 38–42.
 *
 * Complexity: O(n log n) exact comparisons (O(n·h) in the degenerate Droop case). Ties of remainders
 * for the last seats: reported unless `ties` breaks them.
 *
 * @example
 * hamilton({ parties: ['A', 'B', 'C'], votes: [6, 6, 2] }, { seats: 10 }).seats; // [4, 4, 2]
 * hamilton({ parties: ['A', 'B', 'C'], votes: [6, 6, 2] }, { seats: 11 }).seats; // [5, 5, 1]: C loses a seat
 */
export const hamilton = defineApportionmentMethod<HamiltonOptions>(
  {
    id: 'hamilton',
    name: 'Hamilton (largest remainder)',
    aliases: ['largest-remainder', 'Largest Remainder', 'LargestRemainder', 'LR', 'Hare–Niemeyer method', 'hare-niemeyer', 'Hamilton method', "Vinton's method", 'vinton'],
    family: 'apportionment',
    kind: 'largest-remainder',
    description: 'Every party gets the whole part of votes/quota; the remaining seats go to the largest remainders.',
    citations: [balinskiYoung],
    complexity: 'O(n log n) (O(n·h) in degenerate Droop cases)',
    tieBreaking: 'irresolute: equal remainders competing for the last seats are reported; options.ties breaks them',
    properties: { 'house-monotonicity': false, 'lower-quota': true, 'upper-quota': true },
  },
  (input, options) => {
    const problem = apportionmentProblem(input, options);
    const quotaKind = options.quota ?? 'hare';
    if (quotaKind !== 'hare' && quotaKind !== 'droop') {
      throw new ValidationError(`unknown quota ${JSON.stringify(quotaKind)}.`, { where: 'options.quota', fix: 'Use "hare" or "droop".' });
    }
    const zero = problem.parties.map(() => 0);
    const base = {
      method: 'hamilton',
      parties: problem.parties,
      house: problem.house,
      standardQuotas: Object.freeze(problem.standardQuotas),
      excluded: Object.freeze(problem.excluded),
    };
    if (problem.house === 0) return { ...base, seats: Object.freeze(zero) };
    const q = quotaKind === 'hare' ? problem.total.div(problem.house) : Rational.of(problem.total.div(problem.house + 1).floor() + 1n);
    const initial = zero.map((_, i) => (problem.eligible.includes(i) ? Number(problem.votes[i]!.div(q).floor()) : 0));
    const outcome = allocateByPriority(problem.parties, problem.eligible, initial, problem.house, (i, s) => problem.votes[i]!.sub(q.mul(s)), options.ties);
    return {
      ...base,
      seats: Object.freeze(outcome.seats),
      voteQuota: q,
      ...(outcome.tie ? { tie: outcome.tie } : {}),
      ...(outcome.tiebreak ? { tiebreak: outcome.tiebreak } : {}),
      ...(outcome.tie ? { notes: Object.freeze([`${outcome.tie.seats} seat(s) tie among parties with equal remainders: ${outcome.tie.among.map((i) => JSON.stringify(problem.parties[i])).join(', ')}.`]) } : {}),
    };
  },
);
