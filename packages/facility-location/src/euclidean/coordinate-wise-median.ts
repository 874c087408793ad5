import { exactRational, Rational, ValidationError, type RationalLike } from '@plural/core';
import { kthSmallestWith } from '../line/order-statistic.js';
import { MOULIN_1980 } from '../line/citations.js';
import { BARBERA_GUL_STACCHETTI_1993, BORDER_JORDAN_1983, GOEL_HANN_CARUTHERS_2020 } from './citations.js';
import { defineEuclideanMechanism } from './define.js';
import { pointOutcome } from './outcome.js';
import { boundedBox, type PointProfile, type PointProfileOptions } from './point-profile.js';

/** Coordinate j of every reported point, ascending. */
function sortedCoordinate(profile: PointProfile, j: number): Rational[] {
  return profile.points.map((p) => p[j]!).sort((a, b) => a.compare(b));
}

const SP_NOTE =
  'Strategyproof for L1 costs and for Euclidean (L2) costs in every dimension: a misreport in coordinate j can only leave y_j or move it away from the agent’s p_j, so every |y_j − p_j| weakly grows and so does any Lp distance.';

/**
 * Coordinate-wise median (Border & Jordan 1983; Moulin 1980 per coordinate): y_j is the left median
 * x_(⌈n/2⌉) of the reported j-th coordinates, for each coordinate j separately.
 *
 * Strategyproof for L1 costs (Σ_j |p_j − y_j|: the cost separates by coordinate and each coordinate is a
 * one-dimensional median) and also for Euclidean L2 costs in every dimension d: by misreporting, an
 * agent can only leave each y_j where it is or push it away from its own p_j, so no coordinate distance
 * falls and no Lp distance falls. Anonymous and unanimous. It is not group-strategyproof for L2 costs
 * (coalitions trade coordinates: on A = (0, 1), B = (3/4, 0), C = (1, 1) it gives (3/4, 1); A and B
 * report (0, 0) and (0, 1/2), get (0, 1/2), and both are nearer — the `false` claim is for L2; no L1
 * violation turned up in our grid searches), and for L2 costs in d ≥ 3 it is not
 * Pareto efficient (on the unit vectors e_1, e_2, e_3 it gives the origin; the centroid is nearer to all).
 * Social cost: optimal for L1; for L2 a √2-approximation in d = 2 (Goel & Hann-Caruthers 2020, sup over
 * n; not checked against the paper beyond its abstract).
 *
 * Complexity: O(d · n log n).
 */
export const coordinateWiseMedian = defineEuclideanMechanism(
  {
    id: 'coordinate-wise-median',
    name: 'Coordinate-wise median',
    aliases: ['coordinatewise-median', 'cm', 'cw-median'],
    setting: 'euclidean',
    description: 'Each coordinate of the facility is the left median of the reported coordinates.',
    citations: [BORDER_JORDAN_1983, MOULIN_1980, GOEL_HANN_CARUTHERS_2020],
    complexity: 'O(d · n log n)',
    randomized: false,
    domain: 'any',
    convention: `left median x_(⌈n/2⌉) in every coordinate. ${SP_NOTE}`,
    properties: {
      strategyproof: true,
      'group-strategyproof': false,
      anonymous: true,
      unanimous: true,
      pareto: false,
    },
    approximation: { 'social-cost-l1': '1 (optimal)', 'social-cost-l2': '√2 for d = 2 (sup over n)' },
  },
  (profile) => {
    const k = Math.ceil(profile.points.length / 2);
    return pointOutcome(
      'coordinate-wise-median',
      Array.from({ length: profile.dimension }, (_, j) => sortedCoordinate(profile, j)[k - 1]!),
    );
  },
);

/** Options of {@link coordinateWiseGeneralizedMedian}. */
export interface CoordinateWiseGeneralizedMedianOptions extends PointProfileOptions {
  /**
   * Phantom points (each with d coordinates), any count p with n + p odd; coordinate j of the facility
   * is the median of the n reported and p phantom j-th coordinates. When omitted: ⌊n/2⌋ phantoms at the
   * box's lower corner and ⌈n/2⌉ − 1 at its upper corner, which is the coordinate-wise left median.
   */
  readonly phantoms?: readonly (readonly RationalLike[])[];
}

/**
 * Coordinate-wise generalized median with phantoms (Border & Jordan 1983's generalized median voter
 * schemes; Barberà, Gul & Stacchetti 1993): for each coordinate j separately, the median of the n
 * reported j-th coordinates and the j-th coordinates of p fixed phantom points (n + p odd).
 *
 * Strategyproof for L1 and L2 costs (same argument as the coordinate-wise median: each coordinate is a
 * one-dimensional generalized median, which a misreport can only push away from the agent), anonymous;
 * unanimous when p ≤ n − 1 (the default). Not group-strategyproof for L2 costs (the default phantoms give
 * the coordinate-wise median, whose counterexample applies).
 *
 * Complexity: O(d · (n log n + p log p)).
 */
export const coordinateWiseGeneralizedMedian = defineEuclideanMechanism<CoordinateWiseGeneralizedMedianOptions>(
  {
    id: 'coordinate-wise-generalized-median',
    name: 'Coordinate-wise generalized median (phantoms)',
    aliases: ['coordinate-wise-phantom-median', 'generalized-median-voter-scheme', 'cw-generalized-median'],
    setting: 'euclidean',
    description: 'Each coordinate of the facility is the median of the reported coordinates and p fixed phantom coordinates (n + p odd).',
    citations: [BORDER_JORDAN_1983, BARBERA_GUL_STACCHETTI_1993, MOULIN_1980],
    complexity: 'O(d · (n log n + p log p))',
    randomized: false,
    domain: 'any',
    convention: `phantom points from options.phantoms (n + p odd); without them ⌊n/2⌋ at the box's lower corner and ⌈n/2⌉ − 1 at its upper corner (the coordinate-wise left median). ${SP_NOTE}`,
    properties: {
      strategyproof: true,
      'group-strategyproof': false,
      anonymous: true,
      unanimous: true,
    },
  },
  (profile, options) => {
    const n = profile.points.length;
    const d = profile.dimension;
    let phantoms: Rational[][];
    if (options.phantoms === undefined) {
      const box = boundedBox(profile, 'the coordinate-wise generalized median without explicit phantoms');
      const left = Math.floor(n / 2);
      phantoms = [
        ...Array.from({ length: left }, () => box.map((r) => r.lo)),
        ...Array.from({ length: n - 1 - left }, () => box.map((r) => r.hi)),
      ];
    } else {
      if (!Array.isArray(options.phantoms)) {
        throw new ValidationError('phantoms must be an array of points.', { where: 'options.phantoms', fix: 'Pass phantoms: [[p_11, …, p_1d], …].' });
      }
      phantoms = options.phantoms.map((q, i) => {
        if (!Array.isArray(q) || q.length !== d) {
          throw new ValidationError(`expected a phantom point with ${d} coordinates, got ${JSON.stringify(q)}.`, {
            where: `options.phantoms[${i}]`,
            fix: `Give every phantom with the profile's dimension (${d}).`,
          });
        }
        return q.map((x, j) => exactRational(x as RationalLike, `options.phantoms[${i}][${j}]`));
      });
      if ((n + phantoms.length) % 2 === 0) {
        throw new ValidationError(`${n} agents and ${phantoms.length} phantoms make an even number of points, which has no single median.`, {
          where: 'options.phantoms',
          fix: `Give a number of phantoms p with n + p odd (e.g. n − 1 = ${n - 1} or n + 1 = ${n + 1}).`,
        });
      }
    }
    const k = (n + phantoms.length + 1) / 2;
    return pointOutcome(
      'coordinate-wise-generalized-median',
      Array.from({ length: d }, (_, j) => kthSmallestWith(sortedCoordinate(profile, j), phantoms.map((q) => q[j]!), k)),
    );
  },
);
