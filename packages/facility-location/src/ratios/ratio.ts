import fc from 'fast-check';
import { BudgetExceededError, Rational, throwIfAborted, ValidationError, type RationalLike } from '@plural/core';
import { expectedObjective, type LineObjective } from '../objectives/costs.js';
import type { LineOutcome } from '../outcome/outcome.js';
import { intervalOf, lineProfile, toLineProfile, UNIT_INTERVAL, type DomainInput, type Interval, type LineInput } from '../profile/line-profile.js';
import type { LineMechanism } from '../registry/types.js';
import { lineObjective, optimalValue, type OptimalValue, type OptimalValueOptions } from './optimum.js';

/** A ratio, or `'infinite'` when the mechanism's value is 0 (max objectives) or the optimum is 0 and the mechanism's is not (min objectives). */
export type RatioValue = Rational | 'infinite';

/** The approximation ratio of a mechanism on one profile. */
export interface ApproximationRatio {
  readonly objective: string;
  /** The mechanism's (expected) objective value. */
  readonly mechanismValue: Rational;
  readonly optimum: OptimalValue;
  /**
   * ALG/OPT for costs (min objectives), OPT/ALG for welfare (max objectives), so ≥ 1 and 1 is optimal.
   * 0/0 (both values 0: e.g. all agents at one point and the facility there) is 1; x/0 with x > 0 is
   * `'infinite'` (no division by zero is ever performed).
   */
  readonly ratio: RatioValue;
  /** False when the optimum (Nash welfare) or the mechanism's location is only bracketed. */
  readonly exact: boolean;
  /** When not exact and finite: an interval certified to contain the true ratio (for an inexact mechanism location, the ratio at its reported rational). */
  readonly bracket?: Interval;
}

function divide(numerator: Rational, denominator: Rational): RatioValue {
  if (denominator.isZero()) return numerator.isZero() ? Rational.ONE : 'infinite';
  return numerator.div(denominator);
}

/** −1, 0, 1 as ratio a is smaller, equal or larger than b (`'infinite'` is the largest). */
export function compareRatio(a: RatioValue, b: RatioValue): -1 | 0 | 1 {
  if (a === 'infinite') return b === 'infinite' ? 0 : 1;
  if (b === 'infinite') return -1;
  return a.compare(b);
}

/** The ratio of an outcome already computed (see {@link approximationRatio}). */
export function outcomeRatio(objective: string | LineObjective, input: LineInput, outcome: LineOutcome, options: OptimalValueOptions = {}): ApproximationRatio {
  const o = lineObjective(objective);
  const profile = toLineProfile(input);
  const optimum = optimalValue(o, profile, options);
  const alg = expectedObjective(profile, outcome, o.value);
  const locationExact = outcome.kind === 'lottery' || outcome.exact;
  const ratio = o.sense === 'min' ? divide(alg, optimum.value) : divide(optimum.value, alg);
  let bracket: Interval | undefined;
  if (optimum.bracket !== undefined && ratio !== 'infinite') {
    const lo = o.sense === 'min' ? divide(alg, optimum.bracket.hi) : divide(optimum.bracket.lo, alg);
    const hi = o.sense === 'min' ? divide(alg, optimum.bracket.lo) : divide(optimum.bracket.hi, alg);
    if (lo !== 'infinite' && hi !== 'infinite') bracket = Object.freeze({ lo, hi });
  }
  return Object.freeze({
    objective: o.id,
    mechanismValue: alg,
    optimum,
    ratio,
    exact: optimum.exact && locationExact,
    ...(bracket === undefined ? {} : { bracket }),
  });
}

/**
 * The approximation ratio of `mechanism` for `objective` on one profile: the mechanism's expected value
 * (a lottery's expectation, exact) against the exact optimum ({@link optimalValue}); ALG/OPT for the
 * costs, OPT/ALG for Nash welfare and the complemented Gini. 0/0 counts as 1 and x/0 as `'infinite'`.
 * Exact Rational whenever the optimum is rational; for an irrational Nash-welfare optimum the ratio at
 * the bracketed optimum's rational representative with a certified `bracket`.
 *
 * @example
 * approximationRatio(leftmost, 'max-cost', [0, 1]).ratio.toString(); // '2'
 */
export function approximationRatio(mechanism: LineMechanism, objective: string | LineObjective, input: LineInput, options: OptimalValueOptions & { readonly mechanismOptions?: Record<string, unknown> } = {}): ApproximationRatio {
  const profile = toLineProfile(input);
  const outcome = mechanism(profile, (options.mechanismOptions ?? {}) as never);
  return outcomeRatio(objective, profile, outcome, options);
}

/** Options of {@link worstCaseRatio}. */
export interface WorstCaseRatioOptions {
  /** Profiles of 1…maxAgents agents (default 4). */
  readonly maxAgents?: number;
  /** The enumerated grid {lo + k/q (hi − lo)}, q = this (default 6); the random search uses finer grids (up to 4q). */
  readonly gridDenominator?: number;
  /** The domain (default [0, 1]). */
  readonly domain?: readonly [RationalLike, RationalLike];
  /** Random profiles tried by fast-check after the enumeration (default 100; 0 skips it). */
  readonly numRuns?: number;
  /** fast-check seed (default 0). */
  readonly seed?: number;
  /** Mechanism calls allowed; more throws BudgetExceededError. */
  readonly budget?: number;
  readonly signal?: AbortSignal;
  readonly mechanismOptions?: Record<string, unknown>;
}

/** The worst profile found and its ratio. */
export interface WorstCaseRatio {
  readonly objective: string;
  readonly mechanism: string;
  readonly ratio: RatioValue;
  readonly profile: { readonly positions: readonly Rational[]; readonly domain: readonly [Rational, Rational] };
  readonly detail: ApproximationRatio;
  /** Profiles enumerated, random profiles tried, mechanism calls. */
  readonly enumerated: number;
  readonly searched: number;
  readonly calls: number;
}

function* nondecreasing(n: number, q: number, start = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === n) {
    yield prefix.slice();
    return;
  }
  for (let k = start; k <= q; k++) {
    prefix.push(k);
    yield* nondecreasing(n, q, k, prefix);
    prefix.pop();
  }
}

function* tuples(n: number, q: number): Generator<number[]> {
  const t = new Array<number>(n).fill(0);
  for (;;) {
    yield t.slice();
    let i = 0;
    while (i < n && t[i] === q) t[i++] = 0;
    if (i === n) return;
    t[i]!++;
  }
}

/**
 * A lower bound on the worst-case approximation ratio of `mechanism` for `objective`: every profile of
 * 1…maxAgents agents on the grid {lo + k/q (hi − lo)} (sorted profiles when the mechanism claims
 * anonymity, all orderings otherwise), then a fast-check search over finer grids that looks for a profile
 * beating the worst so far (repeated while it finds one, at most 5 rounds). Returns the worst profile
 * found and its ratio; the true supremum may be approached only in the limit (then the value is a lower
 * bound, e.g. n − 1 for leftmost's social cost needs n agents).
 *
 * Budget: one mechanism call per profile; `budget` → BudgetExceededError, `signal` → AbortedError.
 *
 * @example
 * worstCaseRatio(median, 'max-cost', { maxAgents: 3 }).ratio.toString(); // '2'
 */
export function worstCaseRatio(mechanism: LineMechanism, objective: string | LineObjective, options: WorstCaseRatioOptions = {}): WorstCaseRatio {
  const o = lineObjective(objective);
  const maxAgents = options.maxAgents ?? 4;
  const q = options.gridDenominator ?? 6;
  for (const [v, where] of [[maxAgents, 'options.maxAgents'], [q, 'options.gridDenominator']] as const) {
    if (!Number.isInteger(v) || v < 1) throw new ValidationError(`expected a whole number ≥ 1, got ${v}.`, { where, fix: 'Use a small whole number (the enumeration grows like q^n).' });
  }
  const { lo, hi } = options.domain === undefined ? UNIT_INTERVAL : intervalOf(options.domain, 'options.domain');
  const domain: DomainInput = [lo, hi];
  const budget = options.budget ?? Number.POSITIVE_INFINITY;
  let calls = 0;
  const evaluate = (positions: readonly Rational[]): ApproximationRatio => {
    throwIfAborted(options.signal, 'worstCaseRatio');
    if (calls >= budget) {
      throw new BudgetExceededError(`worstCaseRatio needed more than ${budget} mechanism calls.`, { where: 'options.budget', fix: 'Raise the budget, or lower maxAgents, gridDenominator or numRuns.' });
    }
    calls++;
    const profile = lineProfile(positions, { domain });
    return outcomeRatio(o, profile, mechanism(profile, { ...(options.mechanismOptions ?? {}), domain } as never));
  };
  const at = (k: number, den: number): Rational => lo.add(hi.sub(lo).mul(Rational.of(k, den)));
  const anonymous = mechanism.info?.properties?.['anonymous'] === true;
  let worst: { positions: Rational[]; detail: ApproximationRatio } | undefined;
  let enumerated = 0;
  for (let n = 1; n <= maxAgents; n++) {
    for (const ks of anonymous ? nondecreasing(n, q) : tuples(n, q)) {
      const positions = ks.map((k) => at(k, q));
      const detail = evaluate(positions);
      enumerated++;
      if (worst === undefined || compareRatio(detail.ratio, worst.detail.ratio) > 0) worst = { positions, detail };
    }
  }
  let searched = 0;
  const numRuns = options.numRuns ?? 100;
  if (numRuns > 0) {
    const arbitrary = fc
      .tuple(fc.integer({ min: 1, max: 4 * q }), fc.array(fc.nat(), { minLength: 1, maxLength: maxAgents }))
      .map(([den, raw]) => raw.map((k) => at(k % (den + 1), den)));
    let stopped: unknown;
    for (let round = 0; round < 5; round++) {
      const current = worst!.detail.ratio;
      let found: { positions: Rational[]; detail: ApproximationRatio } | undefined;
      const details = fc.check(
        fc.property(arbitrary, (positions) => {
          if (stopped !== undefined) return true;
          searched++;
          let detail: ApproximationRatio;
          try {
            detail = evaluate(positions);
          } catch (error) {
            stopped = error;
            return true;
          }
          if (compareRatio(detail.ratio, current) > 0) {
            if (found === undefined || compareRatio(detail.ratio, found.detail.ratio) > 0 || positions.length <= found.positions.length) found = { positions, detail };
            return false;
          }
          return true;
        }),
        { numRuns, seed: (options.seed ?? 0) + round },
      );
      if (stopped !== undefined) throw stopped;
      if (!details.failed || found === undefined) break;
      const shrunk = details.counterexample?.[0];
      worst = shrunk === undefined ? found : { positions: shrunk, detail: evaluate(shrunk) };
      if (compareRatio(worst.detail.ratio, current) <= 0) worst = found;
    }
  }
  const best = worst!;
  return Object.freeze({
    objective: o.id,
    mechanism: mechanism.info?.id ?? mechanism.name,
    ratio: best.detail.ratio,
    profile: Object.freeze({ positions: Object.freeze(best.positions), domain: Object.freeze([lo, hi] as const) }),
    detail: best.detail,
    enumerated,
    searched,
    calls,
  });
}
