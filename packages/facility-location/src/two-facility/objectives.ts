import { expectation, Rational, type RationalLike } from '@plural/core';
import type { LineProfile } from '../profile/line-profile.js';
import { facilityPair, twoFacilityOutcomeLottery, type FacilityPair, type TwoFacilityOutcome } from './outcome.js';

/** An agent's cost with two facilities: the distance to the nearer one, exact. */
export function nearestFacilityDistance(x: Rational, facilities: FacilityPair): Rational {
  return Rational.min(x.sub(facilities[0]).abs(), x.sub(facilities[1]).abs());
}

/** Social cost Σ_i min(|x_i − y1|, |x_i − y2|), exact. */
export function twoFacilitySocialCost(profile: LineProfile, facilities: FacilityPair): Rational {
  return Rational.sum(profile.positions.map((x) => nearestFacilityDistance(x, facilities)));
}

/** Maximum cost max_i min(|x_i − y1|, |x_i − y2|), exact. */
export function twoFacilityMaxCost(profile: LineProfile, facilities: FacilityPair): Rational {
  return Rational.max(Rational.ZERO, ...profile.positions.map((x) => nearestFacilityDistance(x, facilities)));
}

/** Agent i's expected cost under a two-facility outcome, exact. */
export function expectedTwoFacilityCost(x: RationalLike, outcome: TwoFacilityOutcome): Rational {
  const at = Rational.from(x);
  return expectation(twoFacilityOutcomeLottery(outcome), (pair) => nearestFacilityDistance(at, pair));
}

/** The expected value of a two-facility objective under an outcome, exact. */
export function expectedTwoFacilityObjective(
  profile: LineProfile,
  outcome: TwoFacilityOutcome,
  value: (profile: LineProfile, facilities: FacilityPair) => Rational,
): Rational {
  return expectation(twoFacilityOutcomeLottery(outcome), (pair) => value(profile, pair));
}

/** An optimal placement of two facilities and its objective value. */
export interface TwoFacilityOptimum {
  readonly cost: Rational;
  readonly facilities: FacilityPair;
}

/**
 * The optimal 2-median of the reports: the least social cost over all splits of the sorted reports into
 * a left part x_(1..k) and a right part x_(k+1..n) (an optimal solution serves contiguous groups), each
 * part served at its left median. Ties go to the smallest k. Exact; O(n²) (fine for the small n of
 * checks and ratio tests).
 */
export function optimalTwoFacilitySocialCost(profile: LineProfile): TwoFacilityOptimum {
  const s = profile.sorted;
  const n = s.length;
  if (n === 1) return Object.freeze({ cost: Rational.ZERO, facilities: facilityPair(s[0]!, s[0]!) });
  const partCost = (lo: number, hi: number): [Rational, Rational] => {
    const m = s[lo + Math.ceil((hi - lo) / 2) - 1]!;
    return [m, Rational.sum(s.slice(lo, hi).map((x) => x.sub(m).abs()))];
  };
  let best: TwoFacilityOptimum | undefined;
  for (let k = 1; k < n; k++) {
    const [a, ca] = partCost(0, k);
    const [b, cb] = partCost(k, n);
    const cost = ca.add(cb);
    if (best === undefined || cost.lt(best.cost)) best = { cost, facilities: facilityPair(a, b) };
  }
  return Object.freeze(best!);
}

/**
 * The optimal 2-center of the reports: the least maximum cost over all splits of the sorted reports,
 * each part served at the midpoint of its extremes. Ties go to the smallest k. Exact; O(n).
 */
export function optimalTwoFacilityMaxCost(profile: LineProfile): TwoFacilityOptimum {
  const s = profile.sorted;
  const n = s.length;
  if (n === 1) return Object.freeze({ cost: Rational.ZERO, facilities: facilityPair(s[0]!, s[0]!) });
  const half = Rational.of(1, 2);
  let best: TwoFacilityOptimum | undefined;
  for (let k = 1; k < n; k++) {
    const left = s[k - 1]!.sub(s[0]!).mul(half);
    const right = s[n - 1]!.sub(s[k]!).mul(half);
    const cost = Rational.max(left, right);
    if (best === undefined || cost.lt(best.cost)) {
      best = { cost, facilities: facilityPair(s[0]!.add(s[k - 1]!).mul(half), s[k]!.add(s[n - 1]!).mul(half)) };
    }
  }
  return Object.freeze(best!);
}
