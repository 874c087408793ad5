import { exactRational, Rational, throwIfAborted, ValidationError, type RationalLike } from '@plural/core';
import type { FacilityLocation } from '../outcome/outcome.js';
import { boundedDomain } from '../profile/line-profile.js';
import { defineLineMechanism } from '../registry/define.js';
import type { LineMechanismOptions } from '../registry/types.js';
import { LAM_AZIZ_WALSH_2023 } from './citations.js';
import { distinctLocations } from './random-rank.js';
import { simplestRationalBetween } from './simplest-rational.js';

/** Options of {@link nashSolution}. */
export interface NashSolutionOptions extends LineMechanismOptions {
  /**
   * When the optimum lies strictly between two reports, the width (in the domain's units) of the exact
   * bracket that is certified to contain it; default 1e-12 (read exactly, as 1/10^12). Must be > 0.
   */
  readonly tolerance?: RationalLike;
  /** Stops the bisection with AbortedError. */
  readonly signal?: AbortSignal;
}

const DEFAULT_TOLERANCE = Rational.of(1n, 10n ** 12n);

type Group = { location: Rational; count: number };

/**
 * The sign of the derivative of Σ_i log(1 − |x_i − y|/L) at y, multiplied by L > 0:
 * Σ_{x_i > y} 1/(L − x_i + y) − Σ_{x_i < y} 1/(L − y + x_i). Agents located exactly at y count on the
 * side given by `at` ('right' for the left derivative, 'left' for the right derivative). A zero
 * denominator is an agent with utility 0, whose term is ±∞ and decides the sign alone.
 */
function derivativeSign(groups: readonly Group[], length: Rational, y: Rational, at: 'left' | 'right'): -1 | 0 | 1 {
  const terms: Rational[] = [];
  for (const { location, count } of groups) {
    const c = location.compare(y);
    const pulling = c > 0 || (c === 0 && at === 'right');
    const denominator = pulling ? length.sub(location).add(y) : length.sub(y).add(location);
    if (denominator.isZero()) return pulling ? 1 : -1;
    const term = Rational.of(count).div(denominator);
    terms.push(pulling ? term : term.neg());
  }
  return Rational.sum(terms).sign();
}

/**
 * A floating-point guess of the root of the derivative strictly inside (a, b), where no agent is: plain
 * bisection on doubles. Only a hint; every decision is re-made exactly.
 */
function floatRoot(groups: readonly Group[], length: Rational, a: Rational, b: Rational): number {
  const L = length.toNumber();
  const xs = groups.map((g) => g.location.toNumber());
  const counts = groups.map((g) => g.count);
  const bValue = b.toNumber();
  const f = (y: number): number => {
    let total = 0;
    for (let i = 0; i < xs.length; i++) {
      total += xs[i]! >= bValue ? counts[i]! / (L - xs[i]! + y) : -counts[i]! / (L - y + xs[i]!);
    }
    return total;
  };
  let lo = a.toNumber();
  let hi = bValue;
  for (let k = 0; k < 200 && hi - lo > 0; k++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    const v = f(mid);
    if (!Number.isFinite(v)) return Number.NaN;
    if (v > 0) lo = mid;
    else if (v < 0) hi = mid;
    else return mid;
  }
  return lo + (hi - lo) / 2;
}

/**
 * Nash solution (Lam, Aziz & Walsh 2023, "Nash welfare and facility location", arXiv:2310.04102): the
 * location maximising the Nash welfare ∏_i (1 − |x_i − y|/(hi − lo)), utilities normalised by the
 * domain [lo, hi] (on [0, 1]: ∏(1 − |x_i − y|)).
 *
 * Σ log u_i is strictly concave, so the optimum is unique and lies in [x_(1), x_(n)]. It is found
 * exactly where that is possible: a binary search over the distinct reports with exact signs of the
 * one-sided derivatives decides whether the optimum is a report (a kink: left derivative ≥ 0 ≥ right
 * derivative) — then `exact: true`. Otherwise it lies strictly between two consecutive reports, where
 * the derivative Σ_{x_i>y} 1/(L − x_i + y) − Σ_{x_i<y} 1/(L − y + x_i) is strictly decreasing; exact
 * rational bisection shrinks a bracket to width ≤ `tolerance`, then the simplest rational in the bracket
 * (Stern–Brocot) is tried: if the derivative is exactly 0 there it is the optimum (`exact: true`), else
 * the answer is that rational with `exact: false` and the certified `bracket` (the optimum is then
 * usually irrational, a root of a polynomial of degree < n). Endpoint profiles (agents only at lo and
 * hi, k of them at hi) give lo + (k/n)(hi − lo) exactly.
 *
 * Not strategyproof: on (0, 1/2) it gives 1/4, and the agent at 1/2 who reports 1 moves it to 1/2.
 * Anonymous, unanimous; it satisfies IFS, UFS, proportionality and PF (if a group of k agents within
 * range r were farther than 1 − k/n + r, the group's terms in the derivative would outweigh all others,
 * so the optimum would move towards it); it fails strong proportionality: on (1/5, 1/5, 3/5) it stays at
 * 1/5 where equal group costs need 1/3. Optimal for Nash welfare by definition. The paper's strategyproof
 * mechanism with bounded Nash-welfare ratio is not implemented (its definition could not be retrieved).
 *
 * Complexity: O(n log n) exact derivative evaluations of O(n) terms for the kink search, plus
 * O(log((hi − lo)/tolerance)) for the bisection. Needs a bounded domain.
 */
export const nashSolution = defineLineMechanism<NashSolutionOptions>(
  {
    id: 'nash-solution',
    name: 'Nash solution (maximum Nash welfare)',
    aliases: ['nash', 'nash-welfare-location', 'max-nash-welfare', 'mnw'],
    setting: 'line',
    description: 'The location maximising the product of utilities ∏(1 − |x_i − y|/(hi − lo)).',
    citations: [LAM_AZIZ_WALSH_2023],
    complexity: 'O(n log n) exact derivative signs + O(log(L/tolerance)) bisection steps',
    randomized: false,
    domain: 'bounded',
    convention: 'unique optimum (strictly concave log-welfare); exact when at a report or at a simple rational, else a certified bracket of width ≤ tolerance (default 1e-12) and the simplest rational in it',
    properties: {
      strategyproof: false,
      'group-strategyproof': false,
      anonymous: true,
      unanimous: true,
      ifs: true,
      ufs: true,
      proportional: true,
      pf: true,
      'strong-proportionality': false,
      pareto: true,
    },
    approximation: { 'nash-welfare': '1 (optimal)' },
  },
  (profile, options) => {
    const domain = boundedDomain(profile, 'the Nash solution');
    const tolerance = options.tolerance === undefined ? DEFAULT_TOLERANCE : exactRational(options.tolerance, 'options.tolerance');
    if (tolerance.sign() <= 0) {
      throw new ValidationError(`the tolerance must be positive, got ${tolerance}.`, {
        where: 'options.tolerance',
        fix: 'Give a positive width for the bracket, e.g. tolerance: 1e-12.',
      });
    }
    const length = domain.hi.sub(domain.lo);
    const groups = distinctLocations(profile);
    const exact = (y: Rational): FacilityLocation => Object.freeze({ kind: 'location' as const, mechanism: 'nash-solution', location: y, exact: true });
    // The right derivative is decreasing along the reports and negative at the last one: find the first
    // report where it is ≤ 0.
    let first = 0;
    let last = groups.length - 1;
    while (first < last) {
      const mid = (first + last) >> 1;
      if (derivativeSign(groups, length, groups[mid]!.location, 'left') <= 0) last = mid;
      else first = mid + 1;
    }
    const p = groups[first]!.location;
    if (first === 0 || derivativeSign(groups, length, p, 'right') >= 0) return exact(p);
    // Strictly between two consecutive reports. A floating-point root gives a guess; two exact sign
    // evaluations at simple rationals around it shrink the bracket soundly (each only moves an end the
    // exact sign allows); exact bisection finishes whatever the guess left.
    throwIfAborted(options.signal, 'nash-solution');
    let a = groups[first - 1]!.location;
    let b = p;
    const guess = floatRoot(groups, length, a, b);
    if (Number.isFinite(guess)) {
      const z = Rational.fromNumber(guess);
      const quarter = tolerance.div(4);
      for (const [from, to] of [[z.sub(tolerance.div(2)), z.sub(quarter)], [z.add(quarter), z.add(tolerance.div(2))]] as const) {
        const q = simplestRationalBetween(from, to);
        if (!q.gt(a) || !q.lt(b)) continue;
        const s = derivativeSign(groups, length, q, 'right');
        if (s === 0) return exact(q);
        if (s > 0) a = q;
        else b = q;
      }
    }
    while (b.sub(a).gt(tolerance)) {
      throwIfAborted(options.signal, 'nash-solution');
      const mid = a.add(b).div(2);
      const s = derivativeSign(groups, length, mid, 'right');
      if (s === 0) return exact(mid);
      if (s > 0) a = mid;
      else b = mid;
    }
    const q = simplestRationalBetween(a, b);
    if (q.gt(a) && q.lt(b) && derivativeSign(groups, length, q, 'right') === 0) return exact(q);
    const inside = q.gt(a) && q.lt(b) ? q : a.add(b).div(2);
    return Object.freeze({
      kind: 'location' as const,
      mechanism: 'nash-solution',
      location: inside,
      exact: false,
      bracket: Object.freeze({ lo: a, hi: b }),
    });
  },
);
