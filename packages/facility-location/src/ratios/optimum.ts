import { Rational, ValidationError, type RationalLike } from '@plural/core';
import { nashSolution } from '../line/nash-welfare.js';
import { giniBreakpoints } from '../line/gini-optimal.js';
import { complementedGini, lineObjectives, maxCost, nashWelfare, socialCost, utilities, type LineObjective } from '../objectives/costs.js';
import { boundedDomain, toLineProfile, type Interval, type LineInput } from '../profile/line-profile.js';

/** Options of {@link optimalValue}. */
export interface OptimalValueOptions {
  /** Nash welfare: the width of the bracket of an irrational optimum location (default 1e-12, read exactly). */
  readonly tolerance?: RationalLike;
  readonly signal?: AbortSignal;
  /** Nash welfare: the most exact derivative evaluations of the Nash solution (see its `budget`); default no limit. */
  readonly budget?: number;
}

/**
 * The optimum of an objective on a profile: its `value` at the optimal `location`. `exact` is false
 * only for Nash welfare when the optimum location is irrational: then `location` is a rational inside
 * `locationBracket`, `value` is the (exact) welfare there, and `bracket` is an interval certified to
 * contain the true optimum value.
 */
export interface OptimalValue {
  readonly objective: string;
  readonly sense: 'min' | 'max';
  readonly value: Rational;
  readonly location: Rational;
  readonly exact: boolean;
  readonly bracket?: Interval;
  readonly locationBracket?: Interval;
  /** How the optimum was found, in words. */
  readonly method: string;
}

/** The objective with this id (`social-cost`, `max-cost`, `nash-welfare`, `complemented-gini`), or the objective itself. */
export function lineObjective(objective: string | LineObjective): LineObjective {
  if (typeof objective !== 'string') return objective;
  const found = lineObjectives.find((o) => o.id === objective);
  if (found === undefined) {
    throw new ValidationError(`unknown objective ${JSON.stringify(objective)}.`, { where: 'objective', fix: `Use one of: ${lineObjectives.map((o) => o.id).join(', ')}.` });
  }
  return found;
}

/**
 * The exact optimum of an objective on a profile.
 *
 * - `social-cost` (min Σ|x_i − y|): the left median x_(⌈n/2⌉) (every median is optimal). Exact.
 * - `max-cost` (min max|x_i − y|): the midpoint of the extreme reports. Exact.
 * - `nash-welfare` (max ∏(1 − |x_i − y|/L)): the line package's Nash solution (kink search and
 *   bisection on the certified sign of the derivative of the strictly concave log-welfare: floating
 *   point with a rigorous error bound, exact rationals where that cannot decide). When the optimum
 *   is strictly between two reports and not a simple rational, it is bracketed in [a, b]: every factor is
 *   affine on [a, b], so the optimum value lies in [max(NW(a), NW(b), NW(y)), ∏_i max(u_i(a), u_i(b))]
 *   — `exact: false` with that value bracket.
 * - `complemented-gini` (max 1 − G): between consecutive breakpoints (domain ends, reports, midpoints of
 *   two reports) the Gini index is linear-fractional in y and so monotone; the maximum of 1 − G over the
 *   O(n²) breakpoints is exact. O(n³ log n).
 *
 * Nash welfare and the complemented Gini need a bounded domain.
 */
export function optimalValue(objective: string | LineObjective, input: LineInput, options: OptimalValueOptions = {}): OptimalValue {
  const o = lineObjective(objective);
  const profile = toLineProfile(input);
  const s = profile.sorted;
  const n = s.length;
  switch (o.id) {
    case 'social-cost': {
      const y = s[Math.ceil(n / 2) - 1]!;
      return Object.freeze({ objective: o.id, sense: 'min' as const, value: socialCost(profile, y), location: y, exact: true, method: 'median' });
    }
    case 'max-cost': {
      const y = s[0]!.add(s[n - 1]!).div(2);
      return Object.freeze({ objective: o.id, sense: 'min' as const, value: maxCost(profile, y), location: y, exact: true, method: 'midpoint of the extreme reports' });
    }
    case 'nash-welfare': {
      boundedDomain(profile, 'the Nash-welfare optimum');
      const out = nashSolution(profile, { ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }), ...(options.signal === undefined ? {} : { signal: options.signal }), ...(options.budget === undefined ? {} : { budget: options.budget }) });
      if (out.kind !== 'location') throw new Error('nash-solution returned a lottery');
      const value = nashWelfare(profile, out.location);
      if (out.exact || out.bracket === undefined) {
        return Object.freeze({ objective: o.id, sense: 'max' as const, value, location: out.location, exact: true, method: 'Nash solution (exact kink search)' });
      }
      const { lo: a, hi: b } = out.bracket;
      const ua = utilities(profile, a);
      const ub = utilities(profile, b);
      const upper = ua.reduce((p, u, i) => p.mul(Rational.max(u, ub[i]!)), Rational.ONE);
      const lower = Rational.max(value, nashWelfare(profile, a), nashWelfare(profile, b));
      return Object.freeze({
        objective: o.id,
        sense: 'max' as const,
        value,
        location: out.location,
        exact: false,
        bracket: Object.freeze({ lo: lower, hi: upper }),
        locationBracket: out.bracket,
        method: 'Nash solution (certified bisection; value bracketed by the affine factors on the location bracket)',
      });
    }
    case 'complemented-gini': {
      let best: { y: Rational; v: Rational } | undefined;
      for (const y of giniBreakpoints(profile)) {
        const v = complementedGini(profile, y);
        if (best === undefined || v.gt(best.v)) best = { y, v };
      }
      return Object.freeze({ objective: o.id, sense: 'max' as const, value: best!.v, location: best!.y, exact: true, method: 'maximum over the Gini breakpoints (exact)' });
    }
    default:
      throw new ValidationError(`no optimiser for the objective ${JSON.stringify(o.id)}.`, { where: 'objective', fix: 'Use social-cost, max-cost, nash-welfare or complemented-gini.' });
  }
}
