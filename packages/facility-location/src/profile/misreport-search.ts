import { BudgetExceededError, Rational, throwIfAborted, ValidationError, type RationalLike } from '@plural/core';
import { lineProfile, type LineProfile, type LineProfileOptions } from './line-profile.js';

/** Options of the misreport searches on the line (two facilities, obnoxious facility, single-peaked preferences). */
export interface LineMisreportSearchOptions extends LineProfileOptions {
  /** Misreports tried; default: the grid lo + (k/gridSteps)(hi − lo), k = 0…gridSteps, plus every report. */
  readonly misreports?: readonly RationalLike[];
  /** Grid resolution for the default misreports (default 8). */
  readonly gridSteps?: number;
  /** Most mechanism calls allowed (default 200 000); BudgetExceededError beyond. */
  readonly budget?: number;
  readonly signal?: AbortSignal;
  /** Options passed to the mechanism on every call. */
  readonly mechanismOptions?: object;
}

/** The profile with agent `agent`'s report replaced (same domain). */
export function withPosition(profile: LineProfile, agent: number, x: Rational): LineProfile {
  return lineProfile(
    profile.positions.map((p, i) => (i === agent ? x : p)),
    { domain: profile.domain === 'real' ? 'real' : [profile.domain.lo, profile.domain.hi] },
  );
}

/** The misreports a search tries (see {@link LineMisreportSearchOptions}), checked against the domain. */
export function misreportCandidates(profile: LineProfile, options: LineMisreportSearchOptions, what: string): Rational[] {
  const domain = profile.domain === 'real' ? ('real' as const) : ([profile.domain.lo, profile.domain.hi] as const);
  if (options.misreports !== undefined) return [...lineProfile(options.misreports, { domain }).positions];
  const steps = options.gridSteps ?? 8;
  if (!Number.isInteger(steps) || steps < 1) {
    throw new ValidationError(`gridSteps must be a positive integer, got ${steps}.`, { where: 'options.gridSteps', fix: 'Use e.g. gridSteps: 8.' });
  }
  if (profile.domain === 'real') {
    throw new ValidationError(`${what}: the default misreport grid needs a bounded domain.`, {
      where: 'options.misreports',
      fix: 'Pass misreports: [x1, x2, …] explicitly, or declare a domain [lo, hi].',
    });
  }
  const { lo, hi } = profile.domain;
  return [...Array.from({ length: steps + 1 }, (_, k) => lo.add(hi.sub(lo).mul(Rational.of(k, steps)))), ...profile.positions];
}

/** Throws BudgetExceededError when n · m mechanism calls exceed the budget. */
export function checkBudget(n: number, m: number, budget: number | undefined): void {
  const limit = budget ?? 200_000;
  if (n * m > limit) {
    throw new BudgetExceededError(`${n} agents × ${m} misreports exceed the budget of ${limit} mechanism calls.`, {
      where: 'options.budget',
      fix: 'Lower gridSteps, pass fewer misreports, or raise the budget.',
    });
  }
}

/** A misreport that lowers an agent's cost: who, where it is, what it reports, and both costs. */
export interface ProfitableMisreport {
  readonly agent: number;
  readonly truthful: Rational;
  readonly misreport: Rational;
  readonly truthfulCost: Rational;
  readonly misreportCost: Rational;
}

/**
 * The search every setting's strategyproofness checker shares: runs the mechanism on the truthful profile
 * and, for every agent × every candidate misreport ({@link misreportCandidates}), on the profile with that
 * report replaced, and returns the first misreport whose `cost(agent, outcome)` is strictly lower than
 * the truthful one (costs are whatever the setting's agents minimise: distance to the nearer facility,
 * minus the distance to an obnoxious facility, a single-peaked preference's cost). `undefined` when none
 * helps (evidence on a finite grid, not a proof).
 *
 * Complexity: n · m mechanism calls; BudgetExceededError past `options.budget`, AbortedError on `signal`.
 */
export function firstProfitableMisreport<O>(
  profile: LineProfile,
  options: LineMisreportSearchOptions,
  what: string,
  cost: (agent: number, outcome: O) => Rational,
  mechanism: (profile: LineProfile, options: object) => O,
): ProfitableMisreport | undefined {
  const candidates = misreportCandidates(profile, options, what);
  checkBudget(profile.positions.length, candidates.length, options.budget);
  const run = (p: LineProfile): O => mechanism(p, options.mechanismOptions ?? {});
  const truthfulOutcome = run(profile);
  for (let i = 0; i < profile.positions.length; i++) {
    const truthfulCost = cost(i, truthfulOutcome);
    for (const m of candidates) {
      throwIfAborted(options.signal, what);
      const misreportCost = cost(i, run(withPosition(profile, i, m)));
      if (misreportCost.lt(truthfulCost)) {
        return Object.freeze({ agent: i, truthful: profile.positions[i]!, misreport: m, truthfulCost, misreportCost });
      }
    }
  }
  return undefined;
}
