import { Rational } from '@plural/core';
import type { Point, PointProfile } from './point-profile.js';

/** The cost model of an agent in ℝ^d: `'l1'` Σ_j |p_j − y_j| (exact) or `'l2'` the Euclidean distance. */
export type EuclideanCost = 'l1' | 'l2';

/** L1 distance Σ_j |p_j − q_j|, exact. */
export function l1Distance(p: Point, q: Point): Rational {
  return Rational.sum(p.map((x, j) => x.sub(q[j]!).abs()));
}

/** Squared Euclidean distance Σ_j (p_j − q_j)², exact: what decides every L2 comparison. */
export function squaredL2Distance(p: Point, q: Point): Rational {
  return Rational.sum(
    p.map((x, j) => {
      const d = x.sub(q[j]!);
      return d.mul(d);
    }),
  );
}

/** Euclidean distance as a float (√ of the exact squared distance). Compare with {@link squaredL2Distance}, never with this. */
export function l2Distance(p: Point, q: Point): number {
  return Math.sqrt(squaredL2Distance(p, q).toNumber());
}

/**
 * What an agent compares when it considers a misreport: the L1 distance, or the squared L2 distance
 * (same order as the distance, and exact).
 */
export function comparableCost(cost: EuclideanCost, p: Point, q: Point): Rational {
  return cost === 'l1' ? l1Distance(p, q) : squaredL2Distance(p, q);
}

/** Social cost Σ_i Σ_j |x_ij − y_j| under L1 costs, exact. Minimised by every coordinate-wise median. */
export function socialCostL1(profile: PointProfile, y: Point): Rational {
  return Rational.sum(profile.points.map((p) => l1Distance(p, y)));
}

/** Social cost Σ_i ‖x_i − y‖₂ under Euclidean costs, as a float (a sum of square roots is irrational in general). */
export function socialCostL2(profile: PointProfile, y: Point): number {
  return profile.points.reduce((s, p) => s + l2Distance(p, y), 0);
}
