import { expectation, Rational, ValidationError, type RationalLike } from '@plural/core';
import { outcomeLottery, type LineOutcome } from '../outcome/outcome.js';
import { boundedDomain, type LineProfile } from '../profile/line-profile.js';

/** Social utility of an obnoxious facility at y: Σ_i |x_i − y| (agents want it far), exact. */
export function obnoxiousSocialUtility(profile: LineProfile, y: RationalLike): Rational {
  const at = Rational.from(y);
  return Rational.sum(profile.positions.map((x) => x.sub(at).abs()));
}

/** Minimum utility of an obnoxious facility at y: min_i |x_i − y|, exact. */
export function obnoxiousMinUtility(profile: LineProfile, y: RationalLike): Rational {
  const at = Rational.from(y);
  return Rational.min(...(profile.positions.map((x) => x.sub(at).abs()) as [Rational, ...Rational[]]));
}

/** Agent at x's expected utility (distance) under an outcome, exact. */
export function expectedObnoxiousUtility(x: RationalLike, outcome: LineOutcome): Rational {
  const at = Rational.from(x);
  return expectation(outcomeLottery(outcome), (y) => at.sub(y).abs());
}

/** An optimal obnoxious location and its value. */
export interface ObnoxiousOptimum {
  readonly location: Rational;
  readonly value: Rational;
}

/**
 * The optimal location of an obnoxious facility on the profile's bounded domain [lo, hi], exact:
 * - `'social-utility'` (default): Σ_i |x_i − y| is convex in y, so an endpoint is optimal; lo on a tie.
 * - `'min-utility'` (egalitarian): the best of lo, hi and the midpoints of consecutive distinct sorted
 *   reports (the breakpoints where min_i |x_i − y| peaks); the leftmost on a tie.
 *
 * Complexity: O(n) resp. O(n²) (n candidates, each O(n)).
 */
export function obnoxiousOptimum(profile: LineProfile, objective: 'social-utility' | 'min-utility' = 'social-utility'): ObnoxiousOptimum {
  const { lo, hi } = boundedDomain(profile, 'the obnoxious optimum');
  let candidates: Rational[];
  let value: (y: Rational) => Rational;
  if (objective === 'social-utility') {
    candidates = [lo, hi];
    value = (y) => obnoxiousSocialUtility(profile, y);
  } else if (objective === 'min-utility') {
    const s = profile.sorted;
    candidates = [lo, ...s.slice(1).map((x, k) => x.add(s[k]!).div(2)), hi].sort((a, b) => a.compare(b));
    value = (y) => obnoxiousMinUtility(profile, y);
  } else {
    throw new ValidationError(`objective must be 'social-utility' or 'min-utility', got ${JSON.stringify(objective)}.`, {
      where: 'objective',
      fix: "Use 'social-utility' or 'min-utility'.",
    });
  }
  let best: ObnoxiousOptimum | undefined;
  for (const y of candidates) {
    const v = value(y);
    if (best === undefined || v.gt(best.value)) best = { location: y, value: v };
  }
  return Object.freeze(best!);
}
