import { throwIfAborted, type Rational } from '@plural/core';
import type { PropertyCheck } from '../axioms/types.js';
import type { LineOutcome } from '../outcome/outcome.js';
import { toLineProfile, type LineInput, type LineProfile } from '../profile/line-profile.js';
import type { ObnoxiousMechanism } from '../registry/types.js';
import { checkBudget, misreportCandidates, withPosition, type LineMisreportSearchOptions } from '../two-facility/strategyproofness.js';
import { expectedObnoxiousUtility } from './objectives.js';

/** A profitable misreport against an obnoxious-facility mechanism: the agent's (expected) distance rises. */
export interface ObnoxiousMisreportWitness {
  readonly agent: number;
  readonly truthful: Rational;
  readonly misreport: Rational;
  readonly truthfulUtility: Rational;
  readonly misreportUtility: Rational;
}

/**
 * Searches for a profitable misreport against an obnoxious-facility mechanism (utility = distance to the
 * facility, expected and exact for lotteries): every agent × every candidate misreport (grid over the
 * domain plus the reports, or `options.misreports`). Returns `holds: true` when none raises the agent's
 * utility (evidence on a finite grid), else the first {@link ObnoxiousMisreportWitness}.
 *
 * Complexity: n · m mechanism calls; BudgetExceededError past `budget`, AbortedError on `signal`.
 */
export function checkObnoxiousStrategyproofness(
  mechanism: ObnoxiousMechanism | ((input: LineInput, options?: object) => LineOutcome),
  input: LineInput,
  options: LineMisreportSearchOptions = {},
): PropertyCheck<ObnoxiousMisreportWitness> {
  const profile = toLineProfile(input, options);
  const candidates = misreportCandidates(profile, options, 'checkObnoxiousStrategyproofness');
  checkBudget(profile.positions.length, candidates.length, options.budget);
  const run = (p: LineProfile) => mechanism(p, options.mechanismOptions ?? {});
  const truthfulOutcome = run(profile);
  for (let i = 0; i < profile.positions.length; i++) {
    const x = profile.positions[i]!;
    const truthfulUtility = expectedObnoxiousUtility(x, truthfulOutcome);
    for (const m of candidates) {
      throwIfAborted(options.signal, 'checkObnoxiousStrategyproofness');
      const misreportUtility = expectedObnoxiousUtility(x, run(withPosition(profile, i, m)));
      if (misreportUtility.gt(truthfulUtility)) {
        return {
          property: 'strategyproof',
          holds: false,
          witness: Object.freeze({ agent: i, truthful: x, misreport: m, truthfulUtility, misreportUtility }),
          explanation: `agent ${i} at ${x} gains by reporting ${m}: its (expected) distance to the facility rises from ${truthfulUtility} to ${misreportUtility}.`,
        };
      }
    }
  }
  return { property: 'strategyproof', holds: true };
}
