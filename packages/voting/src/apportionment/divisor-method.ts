import type { Rational } from '@plural/core';
import { apportionmentProblem } from './party-votes.js';
import { allocateByPriority, type SeatPriority } from './seat-by-seat.js';
import type { ApportionmentOptions, ApportionmentResult, PartyVotes } from './types.js';

/**
 * A divisor method's priority of a party with v votes and s seats for its next seat: v / d(s), or any
 * strictly increasing function of it (Huntington–Hill compares v²/(s(s+1)) to stay rational);
 * `'infinite'` when d(s) = 0.
 */
export type DivisorPriority = (votes: Rational, seats: number) => SeatPriority;

/**
 * Runs a divisor (highest averages) method: seat after seat goes to the party with the highest
 * v / d(s) (Balinski & Young 1982, §3–4). Exact: every quotient is a Rational, so ties are real ties.
 *
 * Complexity: O(h · n) Rational comparisons.
 */
export function divisorApportionment(method: string, priority: DivisorPriority, input: PartyVotes, options: ApportionmentOptions): ApportionmentResult {
  const problem = apportionmentProblem(input, options);
  const initial = problem.parties.map(() => 0);
  const outcome = allocateByPriority(problem.parties, problem.eligible, initial, problem.house, (i, s) => priority(problem.votes[i]!, s), options.ties);
  return {
    method,
    parties: problem.parties,
    house: problem.house,
    seats: Object.freeze(outcome.seats),
    ...(outcome.tie ? { tie: outcome.tie } : {}),
    ...(outcome.tiebreak ? { tiebreak: outcome.tiebreak } : {}),
    standardQuotas: Object.freeze(problem.standardQuotas),
    excluded: Object.freeze(problem.excluded),
    order: Object.freeze(outcome.order),
    ...(outcome.tie ? { notes: Object.freeze([`${outcome.tie.seats} seat(s) tie among parties ${outcome.tie.among.map((i) => JSON.stringify(problem.parties[i])).join(', ')}.`]) } : {}),
  };
}
