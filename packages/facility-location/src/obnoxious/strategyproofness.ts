import type { Rational } from '@plural/core';
import type { PropertyCheck } from '../axioms/types.js';
import type { LineOutcome } from '../outcome/outcome.js';
import { toLineProfile, type LineInput } from '../profile/line-profile.js';
import type { ObnoxiousMechanism } from '../registry/types.js';
import { firstProfitableMisreport, type LineMisreportSearchOptions } from '../profile/misreport-search.js';
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
  // The agents maximise their distance: the shared search minimises its negation.
  const found = firstProfitableMisreport(profile, options, 'checkObnoxiousStrategyproofness', (i, o: LineOutcome) => expectedObnoxiousUtility(profile.positions[i]!, o).neg(), mechanism);
  if (found === undefined) return { property: 'strategyproof', holds: true };
  const truthfulUtility = found.truthfulCost.neg();
  const misreportUtility = found.misreportCost.neg();
  return {
    property: 'strategyproof',
    holds: false,
    witness: Object.freeze({ agent: found.agent, truthful: found.truthful, misreport: found.misreport, truthfulUtility, misreportUtility }),
    explanation: `agent ${found.agent} at ${found.truthful} gains by reporting ${found.misreport}: its (expected) distance to the facility rises from ${truthfulUtility} to ${misreportUtility}.`,
  };
}
