import type { MisreportWitness, PropertyCheck } from '../axioms/types.js';
import { toLineProfile, type LineInput } from '../profile/line-profile.js';
import { firstProfitableMisreport, type LineMisreportSearchOptions } from '../profile/misreport-search.js';
import type { TwoFacilityMechanism } from '../registry/types.js';
import { expectedTwoFacilityCost } from './objectives.js';
import type { TwoFacilityOutcome } from './outcome.js';

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
  const found = firstProfitableMisreport(profile, options, 'checkTwoFacilityStrategyproofness', (i, o: TwoFacilityOutcome) => expectedTwoFacilityCost(profile.positions[i]!, o), mechanism);
  if (found === undefined) return { property: 'strategyproof', holds: true };
  return {
    property: 'strategyproof',
    holds: false,
    witness: found,
    explanation: `agent ${found.agent} at ${found.truthful} gains by reporting ${found.misreport}: its (expected) distance to the nearer facility falls from ${found.truthfulCost} to ${found.misreportCost}.`,
  };
}
