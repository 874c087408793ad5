import { BudgetExceededError, exactRational, Rational, throwIfAborted, ValidationError, type RationalLike } from '@plural/core';
import type { FacilityLocation } from '../outcome/outcome.js';
import { boundedDomain } from '../profile/line-profile.js';
import { defineLineMechanism } from '../registry/define.js';
import type { LineMechanismOptions } from '../registry/types.js';
import { LAM_AZIZ_WALSH_2023 } from './citations.js';
import { distinctLocations } from './random-rank.js';
import { approx, exactSign, floatSign, infiniteTermSign, prepare, provedNonzero, type Approx } from './nash-derivative.js';
import { simplestRationalBetween } from './simplest-rational.js';

/** Options of {@link nashSolution}. */
export interface NashSolutionOptions extends LineMechanismOptions {
  /**
   * When the optimum lies strictly between two reports, the width (in the domain's units) of the exact
   * bracket that is certified to contain it; default 1e-12 (read exactly, as 1/10^12). Must be > 0.
   */
  readonly tolerance?: RationalLike;
  /** Stops the search with AbortedError (checked between derivative evaluations). */
  readonly signal?: AbortSignal;
  /**
   * The most exact (BigInt rational) derivative evaluations allowed; one more throws
   * BudgetExceededError. Floating point with a rigorous error bound decides almost every sign, so exact
   * evaluations are needed only at points where the derivative is within rounding of 0 (an optimum at a
   * simple rational such as 1/3, or a tolerance finer than the doubles can resolve). Default: no limit.
   * The budget never changes the answer: the result is the same or the error is thrown.
   */
  readonly budget?: number;
}

const DEFAULT_TOLERANCE = Rational.of(1n, 10n ** 12n);

/**
 * The continued-fraction convergents p/q of lo with 2q²·(hi − lo) < 1 that lie in [lo, hi]: by
 * Legendre's theorem every rational p/q in [lo, hi] with 2q²·(hi − lo) < 1 is among them.
 */
function convergentsWithin(lo: Rational, hi: Rational): Rational[] {
  const width = hi.sub(lo);
  const out: Rational[] = [];
  let [h1, h2, k1, k2] = [1n, 0n, 0n, 1n];
  let x = lo;
  for (let i = 0; i < 400; i++) {
    const a = x.floor();
    [h1, h2] = [a * h1 + h2, h1];
    [k1, k2] = [a * k1 + k2, k1];
    if (2n * k1 * k1 * width.num >= width.den) break;
    const c = Rational.of(h1, k1);
    if (c.ge(lo) && c.le(hi)) out.push(c);
    const fraction = x.sub(Rational.of(a));
    if (fraction.isZero()) break;
    x = fraction.inverse();
  }
  return out;
}

/**
 * Nash solution (Lam, Aziz & Walsh 2023, "Nash welfare and facility location", arXiv:2310.04102): the
 * location maximising the Nash welfare ∏_i (1 − |x_i − y|/(hi − lo)), utilities normalised by the
 * domain [lo, hi] (on [0, 1]: ∏(1 − |x_i − y|)).
 *
 * Σ log u_i is strictly concave, so the optimum is unique and lies in [x_(1), x_(n)]. A binary search
 * over the distinct reports on the sign of the one-sided derivatives decides whether the optimum is a
 * report (a kink: left derivative ≥ 0 ≥ right derivative) — then `exact: true`. Otherwise it lies
 * strictly between two consecutive reports, where the derivative Σ_{x_i>y} 1/(L − x_i + y) −
 * Σ_{x_i<y} 1/(L − y + x_i) is strictly decreasing. Bisection at exact rational midpoints shrinks a
 * certified interval to width ≤ tolerance/4, and then, on doubles only, as far as they resolve (up to
 * 40 more halvings). The simplest rational (Stern–Brocot) within tolerance/16 of that interval is tried:
 * if the derivative is exactly 0 there it is the optimum (`exact: true`); else the answer is that
 * rational with `exact: false` and `bracket` = the interval widened to width ≤ `tolerance` (within the
 * two reports), certified to contain the optimum, whose ends are at least three times farther from the
 * optimum than the location is (so `optimalValue` can bound the welfare by the ends). The optimum is
 * then usually irrational, a root of a polynomial of degree < n. Endpoint profiles (agents only at lo
 * and hi, k of them at hi) give lo + (k/n)(hi − lo) exactly.
 *
 * Every sign is certified, never guessed. It is first evaluated in double precision over the k distinct
 * reports with a rigorous bound B on the rounding error — the conversion of the exact rationals to
 * doubles, each subtraction and division, and the pairwise summation: |error| ≤ Σ (c_i/d̂_i)(u +
 * 2ε_i/d̂_i) + γ_⌈log2 k⌉ Σ|t̂_i|, with u = 2^-53 and ε_i = e_i + e_y + 9u bounding the error of the
 * i-th denominator (the proof is at `floatSign` in nash-derivative.ts) — and accepted only when |sum| >
 * 2B. Only when that fails (within rounding of the root: at an exact root such as 1/3, or at a tolerance
 * finer than doubles resolve, about 10^-14·(hi − lo) for well-spread profiles) is the sign computed
 * exactly, in BigInt rationals summed in a balanced tree. A bisection midpoint the doubles cannot decide
 * is replaced by the two quarter points when those are decidable; past that resolution the remaining
 * steps are exact. So the bracket always reaches the requested tolerance (the contract callers such as
 * `optimalValue` rely on) instead of stopping at the doubles' resolution: tolerances below it cost a few
 * exact evaluations (ms each for a thousand distinct reports, ~0.7 s for 100,000), which `budget` caps —
 * BudgetExceededError beyond it, so the answer never depends on the budget. `signal` is checked between
 * evaluations.
 *
 * Not strategyproof: on (0, 1/2) it gives 1/4, and the agent at 1/2 who reports 1 moves it to 1/2.
 * Anonymous, unanimous; it satisfies IFS, UFS, proportionality and PF (if a group of k agents within
 * range r were farther than 1 − k/n + r, the group's terms in the derivative would outweigh all others,
 * so the optimum would move towards it); it fails strong proportionality: on (1/5, 1/5, 3/5) it stays at
 * 1/5 where equal group costs need 1/3. Optimal for Nash welfare by definition. The paper's strategyproof
 * mechanism with a bounded Nash-welfare ratio is a different mechanism, left out of the registry because its definition could not be checked against the paper.
 *
 * Complexity: O(n) to group the sorted reports into k distinct ones, then O(k) floating-point work per
 * derivative sign: O(log k) signs for the kink search and O(log(L/tolerance)) for the bisection. Exact
 * evaluations (a product tree over k terms) only where the doubles cannot decide, as above. Needs a
 * bounded domain.
 */
export const nashSolution = defineLineMechanism<NashSolutionOptions>(
  {
    id: 'nash-solution',
    name: 'Nash solution (maximum Nash welfare)',
    aliases: ['nash', 'nash-welfare-location', 'max-nash-welfare', 'mnw'],
    setting: 'line',
    description: 'The location maximising the product of utilities ∏(1 − |x_i − y|/(hi − lo)).',
    citations: [LAM_AZIZ_WALSH_2023],
    complexity: 'O(n) grouping + O(k) floating-point work per certified derivative sign (k distinct reports): O(log k) signs for the kink search, O(log(L/tolerance)) for the bisection; exact rational signs only where rounding cannot decide',
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
    const budget = options.budget ?? Number.POSITIVE_INFINITY;
    if (typeof budget !== 'number' || Number.isNaN(budget) || budget < 0 || (Number.isFinite(budget) && !Number.isInteger(budget))) {
      throw new ValidationError(`the budget must be a non-negative integer, got ${String(budget)}.`, {
        where: 'options.budget',
        fix: 'Give the number of exact derivative evaluations allowed, e.g. budget: 100, or omit it for no limit.',
      });
    }
    const signal = options.signal;
    const lo = domain.lo;
    const length = domain.hi.sub(lo);
    const unit = lo.isZero() && length.equals(Rational.ONE);
    const toDomain = (t: Rational): Rational => (unit ? t : lo.add(t.mul(length)));
    const groups = distinctLocations(profile);
    const P = prepare(groups, lo, length);
    let exactEvaluations = 0;
    const exactly = (y: Rational, split: number): -1 | 0 | 1 => {
      if (exactEvaluations >= budget) {
        throw new BudgetExceededError(`the Nash solution needed more than ${budget} exact derivative evaluations.`, {
          where: 'options.budget',
          fix: 'Raise the budget, omit it, or use a coarser tolerance.',
        });
      }
      throwIfAborted(signal, 'nash-solution');
      exactEvaluations += 1;
      return exactSign(P, y, split);
    };
    /** The certified sign of D at y (unit coordinates), agents i < split on the left. */
    const sign = (y: Rational, split: number, yApprox: Approx = approx(y)): -1 | 0 | 1 =>
      infiniteTermSign(P, y, split) ?? floatSign(P, yApprox, split) ?? exactly(y, split);
    const result = (y: Rational): FacilityLocation => Object.freeze({ kind: 'location' as const, mechanism: 'nash-solution', location: y, exact: true });
    // The right derivative (agents at y on the left: split = i + 1) is decreasing along the reports and
    // negative at the last one: find the first report where it is ≤ 0.
    const at = (i: number): Approx => ({ v: P.xv[i]!, e: P.xe[i]! });
    let first = 0;
    let last = P.k - 1;
    while (first < last) {
      throwIfAborted(signal, 'nash-solution');
      const mid = (first + last) >> 1;
      if (sign(P.xs[mid]!, mid + 1, at(mid)) <= 0) last = mid;
      else first = mid + 1;
    }
    // A kink at the report, unless its left derivative (agents at y on the right: split = first) is < 0.
    if (first === 0 || sign(P.xs[first]!, first, at(first)) >= 0) return result(groups[first]!.location);
    // Strictly between two consecutive reports, where agents i < first are on the left.
    const split = first;
    const lowest = P.xs[first - 1]!;
    const highest = P.xs[first]!;
    let a = lowest;
    let b = highest;
    /**
     * One bisection step on [a, b]: the midpoint's sign if the doubles certify it, else both quarter
     * points' if they do (still at least halving the bracket), else — when `exact` allows — the
     * midpoint's exact sign. Returns the exact root if one is met, 'stuck' if nothing was decided.
     */
    const step = (exact: boolean): Rational | 'stuck' | undefined => {
      throwIfAborted(signal, 'nash-solution');
      const mid = a.add(b).div(2);
      let s: -1 | 0 | 1 | undefined = floatSign(P, approx(mid), split);
      if (s === undefined) {
        const quarter = b.sub(a).div(4);
        const left = a.add(quarter);
        const right = b.sub(quarter);
        const sl = floatSign(P, approx(left), split);
        if (sl === -1) {
          b = left;
          return undefined;
        }
        const sr = floatSign(P, approx(right), split);
        if (sr === 1) {
          a = right;
          return undefined;
        }
        if (sl === 1 && sr === -1) {
          a = left;
          b = right;
          return undefined;
        }
        if (!exact) return 'stuck';
        s = exactly(mid, split);
        if (s === 0) return mid;
      }
      if (s > 0) a = mid;
      else b = mid;
      return undefined;
    };
    // Certified (exactly where the doubles cannot decide) down to a quarter of the tolerance …
    const quarterWidth = (unit ? tolerance : tolerance.div(length)).div(4);
    while (b.sub(a).gt(quarterWidth)) {
      const root = step(true);
      if (root instanceof Rational) return result(toDomain(root));
    }
    // … then, on doubles only, as much further as they resolve (at most 40 halvings).
    for (let i = 0; i < 40; i++) {
      if (step(false) === 'stuck') break;
    }
    // The answer: the simplest rational within tolerance/16 of that narrow interval [a, b], and the
    // bracket [a, b] widened by half the remaining tolerance each side (within the two reports), so the
    // location is at least three times closer to the optimum than either end of the bracket. Tried as
    // exact roots: the convergents p/q of a with 2q²·(b − a) < 1 lying in [a, b] (by Legendre's theorem
    // a rational optimum p/q with such q is one of them: |a − p/q| ≤ b − a < 1/(2q²)), and the simplest
    // rationals in [a, b], in that window and in the bracket. Each try is cheap unless it succeeds:
    // doubles or residues mod two primes almost always prove D ≠ 0, and only a candidate they cannot
    // rule out is evaluated exactly.
    const innerLo = toDomain(a);
    const innerHi = toDomain(b);
    const reportLo = toDomain(lowest);
    const reportHi = toDomain(highest);
    const near = tolerance.div(16);
    const margin = tolerance.sub(innerHi.sub(innerLo)).div(2);
    const lower = Rational.max(reportLo, innerLo.sub(margin));
    const upper = Rational.min(reportHi, innerHi.add(margin));
    const q = simplestRationalBetween(Rational.max(reportLo, innerLo.sub(near)), Rational.min(reportHi, innerHi.add(near)));
    const inside = (y: Rational): boolean => y.gt(reportLo) && y.lt(reportHi);
    const tried: Rational[] = [];
    const candidates = [...convergentsWithin(innerLo, innerHi), simplestRationalBetween(innerLo, innerHi), q, simplestRationalBetween(lower, upper)];
    for (const candidate of candidates) {
      if (!inside(candidate) || tried.some((y) => y.equals(candidate))) continue;
      tried.push(candidate);
      const y = unit ? candidate : candidate.sub(lo).div(length);
      if (floatSign(P, approx(y), split) !== undefined || provedNonzero(P, y, split)) continue;
      if (exactly(y, split) === 0) return result(candidate);
    }
    return Object.freeze({
      kind: 'location' as const,
      mechanism: 'nash-solution',
      location: inside(q) ? q : innerLo.add(innerHi).div(2),
      exact: false,
      bracket: Object.freeze({ lo: lower, hi: upper }),
    });
  },
);
