import { BudgetExceededError, expectation, Rational, throwIfAborted, ValidationError } from '@plural/core';
import { locationOutcome, type LineOutcome } from '../outcome/outcome.js';
import { lineProfile, type DomainInput, type LineProfile } from '../profile/line-profile.js';
import type { LineMechanism } from '../registry/types.js';
import type { AxiomCheckOptions, LotteryReading } from './types.js';

/**
 * Shared evaluation for the axiom checkers: mechanism calls under a budget and an AbortSignal, agents'
 * (expected) costs, and canonical forms of outcomes.
 */

/** The (expected) cost of an agent, as an interval: a point for exact outcomes; for an inexact location (a Nash-welfare optimum known to lie in a bracket) every cost the bracket allows. */
export interface CostRange {
  readonly lo: Rational;
  readonly hi: Rational;
}

/** The profile's domain in the form `lineProfile` takes. */
export function domainInput(profile: LineProfile): DomainInput {
  return profile.domain === 'real' ? 'real' : [profile.domain.lo, profile.domain.hi];
}

/** Agent at x: its cost |x − y| (expected over a lottery), as an interval when the location is only bracketed. */
export function agentCost(outcome: LineOutcome, x: Rational): CostRange {
  if (outcome.kind === 'lottery') {
    const c = expectation(outcome.lottery, (y) => x.sub(y).abs());
    return { lo: c, hi: c };
  }
  if (outcome.exact || outcome.bracket === undefined) {
    const c = x.sub(outcome.location).abs();
    return { lo: c, hi: c };
  }
  const { lo: a, hi: b } = outcome.bracket;
  const da = x.sub(a).abs();
  const db = x.sub(b).abs();
  const inside = x.ge(a) && x.le(b);
  return { lo: inside ? Rational.ZERO : Rational.min(da, db), hi: Rational.max(da, db) };
}

/**
 * The outcomes a fairness axiom judges: the outcome itself, or under the `'ex-post'` reading of a
 * lottery each location of its support (as a sure location).
 */
export function readings(outcome: LineOutcome, reading: LotteryReading | undefined): LineOutcome[] {
  if (outcome.kind === 'lottery' && reading === 'ex-post') {
    return outcome.lottery.entries.map((e) => locationOutcome(outcome.mechanism, e.outcome));
  }
  return [outcome];
}

/** A canonical text of an outcome: `y` for a location (with its bracket when inexact), `y1@p1 | y2@p2` for a lottery with equal locations merged, ascending. */
export function outcomeKey(outcome: LineOutcome): string {
  if (outcome.kind === 'location') {
    return outcome.exact || outcome.bracket === undefined ? outcome.location.toString() : `${outcome.location}∈[${outcome.bracket.lo}, ${outcome.bracket.hi}]`;
  }
  const merged = new Map<string, { y: Rational; p: Rational }>();
  for (const e of outcome.lottery.entries) {
    const k = e.outcome.toString();
    const at = merged.get(k);
    merged.set(k, { y: e.outcome, p: at === undefined ? e.probability : at.p.add(e.probability) });
  }
  return [...merged.values()]
    .sort((a, b) => a.y.compare(b.y))
    .map((e) => (merged.size === 1 ? e.y.toString() : `${e.y}@${e.p}`))
    .join(' | ');
}

/** Counts mechanism calls against a budget and checks an AbortSignal before each. */
export class MechanismRunner {
  calls = 0;
  private readonly budget: number;

  constructor(
    private readonly mechanism: LineMechanism,
    private readonly options: AxiomCheckOptions,
    private readonly where: string,
  ) {
    const budget = options.budget ?? Number.POSITIVE_INFINITY;
    if (!(budget >= 0) || (Number.isFinite(budget) && !Number.isInteger(budget))) {
      throw new ValidationError(`budget must be a whole number ≥ 0, got ${budget}.`, { where: `${where}.budget`, fix: 'Pass the number of mechanism calls allowed, e.g. budget: 100000.' });
    }
    this.budget = budget;
  }

  /** Runs the mechanism on these positions in the profile's domain. */
  run(positions: readonly Rational[], domain: DomainInput): LineOutcome {
    throwIfAborted(this.options.signal, this.where);
    if (this.calls >= this.budget) {
      throw new BudgetExceededError(`${this.where} needed more than ${this.budget} mechanism calls.`, {
        where: `${this.where}.budget`,
        fix: 'Raise the budget, or shrink the search (fewer agents, a coarser grid, smaller coalitions).',
      });
    }
    this.calls++;
    const profile = lineProfile(positions, { domain });
    return this.mechanism(profile, { ...(this.options.mechanismOptions ?? {}), domain } as never);
  }
}
