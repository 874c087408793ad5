import { expectation, type Rational, ValidationError, type RationalLike } from '@plural/core';
import type { MisreportWitness, PropertyCheck } from '../axioms/types.js';
import { outcomeLottery, type LineOutcome } from '../outcome/outcome.js';
import { lineProfile, type LineProfile } from '../profile/line-profile.js';
import type { LineMechanism } from '../registry/types.js';
import { firstProfitableMisreport, type LineMisreportSearchOptions } from '../profile/misreport-search.js';
import type { SinglePeakedPreference } from './preferences.js';

/** An agent's (expected) cost of an outcome under its single-peaked preference, exact. */
export function preferenceCost(preference: SinglePeakedPreference, outcome: LineOutcome): Rational {
  return expectation(outcomeLottery(outcome), (y) => preference.cost(y));
}

/**
 * Searches for a profitable misreport against a single-facility line mechanism when agent i truthfully
 * reports its peak `peaks[i]` and judges outcomes by its own single-peaked `preferences[i]` (asymmetric,
 * piecewise linear, …; expected cost for lotteries), not by the distance. Tries every agent × every
 * candidate misreport (grid over the domain plus the peaks, or `options.misreports`). Returns `holds: true`
 * when none lowers the agent's cost (evidence on a finite grid), else the first {@link MisreportWitness}
 * (its costs are the preference's costs).
 *
 * Throws ValidationError when the lengths differ or `preferences[i].peak` ≠ `peaks[i]` (naming
 * `preferences[i]`). Complexity: n · m mechanism calls; BudgetExceededError past `budget`.
 *
 * @example
 * checkStrategyproofnessSinglePeaked(median, [0.2, 0.5, 0.9], [0.2, 0.5, 0.9].map((p) => asymmetricLinearPreference(p, 3, 1))).holds; // true
 */
export function checkStrategyproofnessSinglePeaked(
  mechanism: LineMechanism | ((input: LineProfile, options?: object) => LineOutcome),
  peaks: readonly RationalLike[] | LineProfile,
  preferences: readonly SinglePeakedPreference[],
  options: LineMisreportSearchOptions = {},
): PropertyCheck<MisreportWitness> {
  const profile = Array.isArray(peaks) ? lineProfile(peaks as readonly RationalLike[], options) : (peaks as LineProfile);
  if (!Array.isArray(preferences) || preferences.length !== profile.positions.length) {
    throw new ValidationError(`expected one preference per agent (${profile.positions.length}), got ${Array.isArray(preferences) ? preferences.length : typeof preferences}.`, {
      where: 'preferences',
      fix: 'Pass preferences[i] for every agent i, built with asymmetricLinearPreference, piecewiseLinearPreference, …',
    });
  }
  preferences.forEach((pref, i) => {
    if (pref?.kind !== 'single-peaked' || !pref.peak.equals(profile.positions[i]!)) {
      throw new ValidationError(`preference ${i} ${pref?.kind === 'single-peaked' ? `peaks at ${pref.peak}` : 'is not a single-peaked preference'}, but agent ${i}'s truthful report is ${profile.positions[i]}.`, {
        where: `preferences[${i}]`,
        fix: 'Give each agent a preference whose peak is its truthful report.',
      });
    }
  });
  const found = firstProfitableMisreport(profile, options, 'checkStrategyproofnessSinglePeaked', (i, o: LineOutcome) => preferenceCost(preferences[i]!, o), mechanism);
  if (found === undefined) return { property: 'strategyproof', holds: true };
  const pref = preferences[found.agent]!;
  return {
    property: 'strategyproof',
    holds: false,
    witness: found,
    explanation: `agent ${found.agent} with peak ${pref.peak} (${pref.description}) gains by reporting ${found.misreport}: its cost falls from ${found.truthfulCost} to ${found.misreportCost}.`,
  };
}
