import { expectation, Rational, type RationalLike } from '@plural/core';
import { boundedDomain, type LineProfile } from '../profile/line-profile.js';
import { outcomeLottery, type LineOutcome } from '../outcome/outcome.js';

/** Agent i's cost |x_i − y| for a facility at y. */
export function distance(x: Rational, y: Rational): Rational {
  return x.sub(y).abs();
}

/**
 * Agent utilities 1 − |x_i − y| / (hi − lo) for a facility at y on a bounded domain (on [0, 1]: 1 − d),
 * exact, in agent order. The fairness axioms (IFS, UFS, PF) and the welfare objectives read these.
 */
export function utilities(profile: LineProfile, y: RationalLike): Rational[] {
  const domain = boundedDomain(profile, 'utilities');
  const length = domain.hi.sub(domain.lo);
  const at = Rational.from(y);
  return profile.positions.map((x) => Rational.ONE.sub(distance(x, at).div(length)));
}

/** Social cost Σ_i |x_i − y|, exact. Minimised by any median. */
export function socialCost(profile: LineProfile, y: RationalLike): Rational {
  const at = Rational.from(y);
  return Rational.sum(profile.positions.map((x) => distance(x, at)));
}

/** Maximum cost max_i |x_i − y|, exact. Minimised by the midpoint of the extreme reports. */
export function maxCost(profile: LineProfile, y: RationalLike): Rational {
  const at = Rational.from(y);
  const lo = profile.sorted[0]!;
  const hi = profile.sorted[profile.sorted.length - 1]!;
  return Rational.max(distance(lo, at), distance(hi, at));
}

/** Nash welfare ∏_i u_i with u_i = 1 − d_i/(hi − lo), exact (denominators grow with n: prefer {@link logNashWelfare} for large n). */
export function nashWelfare(profile: LineProfile, y: RationalLike): Rational {
  return utilities(profile, y).reduce((p, u) => p.mul(u), Rational.ONE);
}

/** Σ_i log u_i (natural log; −Infinity when some agent has utility 0): the Nash welfare in log space, as a float. */
export function logNashWelfare(profile: LineProfile, y: RationalLike): number {
  let total = 0;
  for (const u of utilities(profile, y)) {
    if (u.isZero()) return Number.NEGATIVE_INFINITY;
    total += Math.log(u.toNumber());
  }
  return total;
}

/**
 * Gini index of the utilities, G = Σ_i Σ_j |u_i − u_j| / (2 n Σ_i u_i) (Walsh 2025's definition), exact;
 * 0 when every utility is 0 (all equal). Computed from the sorted utilities in O(n log n).
 */
export function gini(profile: LineProfile, y: RationalLike): Rational {
  const u = utilities(profile, y).sort((a, b) => a.compare(b));
  const n = u.length;
  const total = Rational.sum(u);
  if (total.isZero()) return Rational.ZERO;
  // Σ_i Σ_j |u_i − u_j| = 2 Σ_k (2k − n − 1) u_(k) for the ascending order (k = 1…n).
  const pairSum = Rational.sum(u.map((v, k) => v.mul(2 * (k + 1) - n - 1))).mul(2);
  return pairSum.div(total.mul(2 * n));
}

/** Complemented Gini 1 − G: the equity objective Walsh (2025) approximates. */
export function complementedGini(profile: LineProfile, y: RationalLike): Rational {
  return Rational.ONE.sub(gini(profile, y));
}

/** An objective of a facility location: a name, whether it is minimised, and its exact value at y. */
export interface LineObjective {
  readonly id: string;
  readonly name: string;
  readonly sense: 'min' | 'max';
  readonly needsBoundedDomain: boolean;
  readonly value: (profile: LineProfile, y: RationalLike) => Rational;
}

/** The objectives the approximation ratios are measured in. */
export const lineObjectives: readonly LineObjective[] = Object.freeze([
  Object.freeze({ id: 'social-cost', name: 'Social cost Σ|x_i − y|', sense: 'min' as const, needsBoundedDomain: false, value: socialCost }),
  Object.freeze({ id: 'max-cost', name: 'Maximum cost max|x_i − y|', sense: 'min' as const, needsBoundedDomain: false, value: maxCost }),
  Object.freeze({ id: 'nash-welfare', name: 'Nash welfare ∏(1 − d_i)', sense: 'max' as const, needsBoundedDomain: true, value: nashWelfare }),
  Object.freeze({ id: 'complemented-gini', name: 'Complemented Gini 1 − G', sense: 'max' as const, needsBoundedDomain: true, value: complementedGini }),
]);

/** The expected value of an objective under a mechanism's outcome (a location is the lottery of one point), exact. */
export function expectedObjective(profile: LineProfile, outcome: LineOutcome, value: (profile: LineProfile, y: Rational) => Rational): Rational {
  return expectation(outcomeLottery(outcome), (y) => value(profile, y));
}
