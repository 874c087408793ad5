import { BudgetExceededError, Rational, throwIfAborted, ValidationError, type RationalLike } from '@plural/core';
import type { MisreportWitness, PropertyCheck } from '../axioms/types.js';
import { lineProfile, toLineProfile, type LineInput, type LineProfile, type LineProfileOptions } from '../profile/line-profile.js';
import type { TwoFacilityMechanism } from '../registry/types.js';
import { expectedTwoFacilityCost } from './objectives.js';
import type { TwoFacilityOutcome } from './outcome.js';

/** Options of the misreport searches on the line (two facilities, obnoxious facility). */
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

/**
 * Searches for a profitable misreport against a two-facility mechanism on the line (each agent's cost is
 * its distance to the nearer facility; expected cost, exact, for lotteries): every agent × every candidate
 * misreport (grid over the domain plus the other reports, or `options.misreports`). Returns `holds: true`
 * when none helps (evidence on a finite grid, not a proof), else the first {@link MisreportWitness}.
 *
 * Complexity: n · m mechanism calls; BudgetExceededError past `budget`, AbortedError on `signal`.
 *
 * @example
 * checkTwoFacilityStrategyproofness(twoExtremes, [0.1, 0.5, 0.9]).holds; // true
 */
export function checkTwoFacilityStrategyproofness(
  mechanism: TwoFacilityMechanism | ((input: LineInput, options?: object) => TwoFacilityOutcome),
  input: LineInput,
  options: LineMisreportSearchOptions = {},
): PropertyCheck<MisreportWitness> {
  const profile = toLineProfile(input, options);
  const candidates = misreportCandidates(profile, options, 'checkTwoFacilityStrategyproofness');
  checkBudget(profile.positions.length, candidates.length, options.budget);
  const run = (p: LineProfile) => mechanism(p, options.mechanismOptions ?? {});
  const truthfulOutcome = run(profile);
  for (let i = 0; i < profile.positions.length; i++) {
    const x = profile.positions[i]!;
    const truthfulCost = expectedTwoFacilityCost(x, truthfulOutcome);
    for (const m of candidates) {
      throwIfAborted(options.signal, 'checkTwoFacilityStrategyproofness');
      const misreportCost = expectedTwoFacilityCost(x, run(withPosition(profile, i, m)));
      if (misreportCost.lt(truthfulCost)) {
        return {
          property: 'strategyproof',
          holds: false,
          witness: Object.freeze({ agent: i, truthful: x, misreport: m, truthfulCost, misreportCost }),
          explanation: `agent ${i} at ${x} gains by reporting ${m}: its (expected) distance to the nearer facility falls from ${truthfulCost} to ${misreportCost}.`,
        };
      }
    }
  }
  return { property: 'strategyproof', holds: true };
}
