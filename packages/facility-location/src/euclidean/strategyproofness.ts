import { BudgetExceededError, Rational, throwIfAborted, ValidationError, type RationalLike } from '@plural/core';
import type { PropertyCheck } from '../axioms/types.js';
import type { EuclideanMechanism } from '../registry/types.js';
import { comparableCost, type EuclideanCost } from './costs.js';
import { toPointProfile, withPoint, type Point, type PointInput, type PointProfile, type PointProfileOptions } from './point-profile.js';

/**
 * A profitable misreport in ℝ^d: agent `agent` at `truthful` reports `misreport` and its cost falls.
 * `measure` says what the costs are: `'l1'` distances, or `'squared-l2'` squared Euclidean distances
 * (exact, and ordered like the distances).
 */
export interface EuclideanMisreportWitness {
  readonly agent: number;
  readonly truthful: Point;
  readonly misreport: Point;
  readonly measure: 'l1' | 'squared-l2';
  readonly truthfulCost: Rational;
  readonly misreportCost: Rational;
}

/** Options of {@link checkStrategyproofnessEuclidean}. */
export interface EuclideanStrategyproofnessOptions extends PointProfileOptions {
  /** The agents' cost: `'l1'` (default) or `'l2'` (compared exactly through squared distances). */
  readonly cost?: EuclideanCost;
  /**
   * The misreports tried, as points; default: the grid with `gridSteps` + 1 values per coordinate over
   * the box (needs a bounded domain) together with every reported point.
   */
  readonly misreports?: readonly (readonly RationalLike[])[];
  /** Grid resolution per coordinate for the default misreports (default 4: values lo, lo + h/4, …, hi). */
  readonly gridSteps?: number;
  /** Most mechanism calls allowed (default 200 000); BudgetExceededError beyond. */
  readonly budget?: number;
  readonly signal?: AbortSignal;
  /** Options passed to the mechanism on every call. */
  readonly mechanismOptions?: object;
}

function defaultGrid(profile: PointProfile, steps: number): Rational[][] {
  if (profile.domain === 'real') {
    throw new ValidationError('the default misreport grid needs a bounded domain; the profile lives in all of ℝ^d.', {
      where: 'options.misreports',
      fix: 'Pass misreports: [[…], …] explicitly, or declare a domain box.',
    });
  }
  let grid: Rational[][] = [[]];
  for (const range of profile.domain) {
    const values = Array.from({ length: steps + 1 }, (_, k) => range.lo.add(range.hi.sub(range.lo).mul(Rational.of(k, steps))));
    grid = grid.flatMap((prefix) => values.map((v) => [...prefix, v]));
  }
  return grid;
}

/**
 * Searches for a profitable misreport against a deterministic mechanism in ℝ^d: for every agent and
 * every candidate misreport (a grid over the box plus the other reported points, or `options.misreports`),
 * it reruns the mechanism and compares the agent's true cost, exactly (L1, or squared L2). Returns
 * `holds: true` when no tried misreport helps (a finite search: evidence, not a proof), else the first
 * {@link EuclideanMisreportWitness} found.
 *
 * Complexity: n · m mechanism calls for m misreports ((gridSteps + 1)^d + n by default); throws
 * BudgetExceededError past `budget` calls and AbortedError when `signal` aborts.
 *
 * @example
 * checkStrategyproofnessEuclidean(coordinateWiseMedian, [[0, 0], [1, 1], [0.5, 1]], { cost: 'l2' }).holds; // true
 */
export function checkStrategyproofnessEuclidean(
  mechanism: EuclideanMechanism | ((input: PointInput, options?: object) => { readonly point: Point }),
  input: PointInput,
  options: EuclideanStrategyproofnessOptions = {},
): PropertyCheck<EuclideanMisreportWitness> {
  const profile = toPointProfile(input, options);
  const cost = options.cost ?? 'l1';
  if (cost !== 'l1' && cost !== 'l2') {
    throw new ValidationError(`cost must be 'l1' or 'l2', got ${JSON.stringify(cost)}.`, { where: 'options.cost', fix: "Use cost: 'l1' or cost: 'l2'." });
  }
  const steps = options.gridSteps ?? 4;
  if (!Number.isInteger(steps) || steps < 1) {
    throw new ValidationError(`gridSteps must be a positive integer, got ${steps}.`, { where: 'options.gridSteps', fix: 'Use e.g. gridSteps: 4.' });
  }
  const candidates =
    options.misreports === undefined
      ? [...defaultGrid(profile, steps), ...profile.points]
      : toPointProfile(options.misreports, { domain: profile.domain === 'real' ? 'real' : profile.domain.map((r) => [r.lo, r.hi] as const) }).points;
  const budget = options.budget ?? 200_000;
  if (profile.points.length * candidates.length > budget) {
    throw new BudgetExceededError(`${profile.points.length} agents × ${candidates.length} misreports exceed the budget of ${budget} mechanism calls.`, {
      where: 'options.budget',
      fix: 'Lower gridSteps, pass fewer misreports, or raise the budget.',
    });
  }
  const run = (p: PointProfile) => mechanism(p, options.mechanismOptions ?? {}).point;
  const truthfulPoint = run(profile);
  const measure = cost === 'l1' ? ('l1' as const) : ('squared-l2' as const);
  for (let i = 0; i < profile.points.length; i++) {
    const truth = profile.points[i]!;
    const truthfulCost = comparableCost(cost, truth, truthfulPoint);
    for (const m of candidates) {
      throwIfAborted(options.signal, 'checkStrategyproofnessEuclidean');
      const misreportCost = comparableCost(cost, truth, run(withPoint(profile, i, m)));
      if (misreportCost.lt(truthfulCost)) {
        return {
          property: 'strategyproof',
          holds: false,
          witness: Object.freeze({ agent: i, truthful: truth, misreport: Object.freeze([...m]), measure, truthfulCost, misreportCost }),
          explanation: `agent ${i} at (${truth.join(', ')}) gains by reporting (${m.join(', ')}): its ${measure} cost falls from ${truthfulCost} to ${misreportCost}.`,
        };
      }
    }
  }
  return { property: 'strategyproof', holds: true };
}
