import { ValidationError } from '../../errors/errors.js';
import { cardinalProfile } from '../../profiles/approval.js';
import type { CardinalProfile, Label, RankingProfile } from '../../profiles/types.js';
import { rankingProfile } from '../../profiles/ranking-profiles.js';
import type { Rng } from '../../random/rng.js';
import { assertFinite, assertInteger, describe } from '../../validation/numbers.js';
import { arrayParameter, checkBudget, profileArguments, votersRng, type SeedOption } from '../parameters.js';

/**
 * How random positions are drawn, independently per point:
 * - `'uniform-cube'`: uniform in the unit cube [0, 1]^d;
 * - `'uniform-ball'`: uniform in the unit ball centred at the origin;
 * - `'sphere'`: uniform on the unit sphere centred at the origin (in 1-D: −1 or +1);
 * - `'gaussian'`: standard normal in every coordinate.
 */
export type PointDistribution = 'uniform-cube' | 'uniform-ball' | 'sphere' | 'gaussian';

/** The point distributions, in documentation order. */
export const POINT_DISTRIBUTIONS: readonly PointDistribution[] = Object.freeze(['uniform-cube', 'uniform-ball', 'sphere', 'gaussian']);

/** A point: its coordinates, or a bare number for a point on the line. */
export type PointInput = number | readonly number[];

/** Options of {@link euclidean} and {@link euclideanElection}. */
export interface EuclideanOptions extends SeedOption {
  /** Number of dimensions d ≥ 1; default: the dimension of given positions, else 2. 1 is the line. */
  readonly dimension?: number;
  /** Distribution of random positions (voters, and candidates unless `candidateDistribution`); default `'uniform-cube'`. */
  readonly distribution?: PointDistribution;
  /** Distribution of random candidate positions; default `distribution`. */
  readonly candidateDistribution?: PointDistribution;
  /** Fixed voter positions, one per voter; when absent they are drawn. */
  readonly voterPositions?: readonly PointInput[];
  /** Fixed candidate positions, one per candidate; when absent they are drawn. */
  readonly candidatePositions?: readonly PointInput[];
}

/** A Euclidean election: the profile with the positions behind it. */
export interface EuclideanElection {
  readonly profile: RankingProfile;
  /** Voter positions, `voters[i]` a point of R^d. */
  readonly voters: readonly (readonly number[])[];
  /** Candidate positions, `candidates[c]` a point of R^d. */
  readonly candidates: readonly (readonly number[])[];
  /** Utilities u_i(c) = −‖x_i − y_c‖₂ (the same information as the profile, with intensities). */
  readonly utilities: CardinalProfile;
}

function distributionParameter(value: unknown, where: string): PointDistribution {
  if (value === undefined) return 'uniform-cube';
  if (typeof value !== 'string' || !(POINT_DISTRIBUTIONS as readonly string[]).includes(value)) {
    throw new ValidationError(`unknown point distribution ${describe(value)}.`, {
      where,
      fix: `Use one of: ${POINT_DISTRIBUTIONS.join(', ')}.`,
    });
  }
  return value as PointDistribution;
}

/** The dimension of the first given point, if any. */
function inferredDimension(positions: unknown, where: string): number | undefined {
  if (!Array.isArray(positions) || positions.length === 0) return undefined;
  const first: unknown = positions[0];
  if (typeof first === 'number') return 1;
  if (!Array.isArray(first)) return undefined; // reported by positionsParameter
  if (first.length === 0) {
    throw new ValidationError('a point needs at least one coordinate.', { where: `${where}[0]`, fix: 'Give every point d ≥ 1 coordinates.' });
  }
  return first.length;
}

function positionsParameter(value: unknown, where: string, count: number, countName: string, d: number): (readonly number[])[] {
  const rows = arrayParameter(value, where, count, countName);
  return rows.map((row, i) => {
    const at = `${where}[${i}]`;
    if (typeof row === 'number') {
      if (d !== 1) {
        throw new ValidationError(`a bare number is a 1-D point but the dimension is ${d}.`, { where: at, fix: `Give ${d} coordinates.` });
      }
      assertFinite(row, at);
      return Object.freeze([row]);
    }
    const coordinates = arrayParameter(row, at, d, `dimension ${d}`);
    return Object.freeze(
      coordinates.map((x, k) => {
        assertFinite(x, `${at}[${k}]`);
        return x;
      }),
    );
  });
}

/** A random point of R^d from the distribution. Internal. */
export function samplePoint(distribution: PointDistribution, d: number, rng: Rng): readonly number[] {
  const point = new Array<number>(d);
  if (distribution === 'uniform-cube') {
    for (let k = 0; k < d; k++) point[k] = rng.float();
    return Object.freeze(point);
  }
  if (distribution === 'gaussian') {
    for (let k = 0; k < d; k++) point[k] = rng.normal();
    return Object.freeze(point);
  }
  // A uniform direction: a standard normal vector, normalised (redrawn in the null event of norm 0).
  let norm = 0;
  while (norm === 0) {
    norm = 0;
    for (let k = 0; k < d; k++) {
      point[k] = rng.normal();
      norm += point[k]! * point[k]!;
    }
    norm = Math.sqrt(norm);
  }
  const radius = distribution === 'sphere' ? 1 : Math.pow(rng.float(), 1 / d);
  for (let k = 0; k < d; k++) point[k] = (point[k]! / norm) * radius;
  return Object.freeze(point);
}

/**
 * Euclidean (spatial) model with its positions: voters and candidates are points of R^d (given, or
 * drawn independently — voters first, then candidates — from the chosen distribution), and each voter
 * ranks the candidates by increasing Euclidean distance, ties broken by candidate index. In 1-D every
 * profile is single-peaked on the candidates' left-to-right order.
 *
 * Source: J. M. Enelow & M. J. Hinich, "The Spatial Theory of Voting", Cambridge University Press, 1984;
 * E. Elkind, P. Faliszewski, J.-F. Laslier, P. Skowron, A. Slinko, N. Talmon, "What do multiwinner voting
 * rules do? An experiment over the two-dimensional Euclidean domain", AAAI 2017. Unlike prefsampling's
 * `ordinal.euclidean`, which measures distance with the ℓ_d norm in d dimensions, this uses ℓ₂.
 *
 * Complexity: O(n·m·(d + log m)).
 *
 * @example
 * const { profile, voters, candidates } = euclideanElection(50, 4, { dimension: 2, distribution: 'gaussian', seed: 9 });
 */
export function euclideanElection(
  voterCount: number,
  candidateList: number | readonly Label[],
  options?: EuclideanOptions,
): EuclideanElection {
  const { opts, n, labels, m } = profileArguments(voterCount, candidateList, options);
  const distribution = distributionParameter(opts.distribution, 'distribution');
  const candidateDistribution =
    opts.candidateDistribution === undefined ? distribution : distributionParameter(opts.candidateDistribution, 'candidateDistribution');
  let d: number;
  if (opts.dimension !== undefined) {
    assertInteger(opts.dimension, 'dimension', 1);
    d = opts.dimension;
  } else {
    d = inferredDimension(opts.voterPositions, 'voterPositions') ?? inferredDimension(opts.candidatePositions, 'candidatePositions') ?? 2;
  }
  checkBudget(n + m, Math.max(d, 1), 'voters');
  const rng = votersRng(n, m, opts.seed);
  const voters =
    opts.voterPositions === undefined
      ? Array.from({ length: n }, () => samplePoint(distribution, d, rng))
      : positionsParameter(opts.voterPositions, 'voterPositions', n, 'one per voter', d);
  const candidates =
    opts.candidatePositions === undefined
      ? Array.from({ length: m }, () => samplePoint(candidateDistribution, d, rng))
      : positionsParameter(opts.candidatePositions, 'candidatePositions', m, 'one per candidate', d);
  const rankings: number[][] = new Array(n);
  const utilities: number[][] = new Array(n);
  const distance = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const x = voters[i]!;
    for (let c = 0; c < m; c++) {
      const y = candidates[c]!;
      let s = 0;
      for (let k = 0; k < d; k++) {
        const diff = x[k]! - y[k]!;
        s += diff * diff;
      }
      distance[c] = Math.sqrt(s);
    }
    const ranking = Array.from({ length: m }, (_, c) => c);
    ranking.sort((a, b) => distance[a]! - distance[b]! || a - b);
    rankings[i] = ranking;
    utilities[i] = Array.from(distance, (dist) => 0 - dist);
  }
  return Object.freeze({
    profile: rankingProfile({ candidates: labels, rankings }),
    voters: Object.freeze(voters),
    candidates: Object.freeze(candidates),
    utilities: cardinalProfile({ candidates: labels, agents: n, utilities }),
  });
}

/**
 * Euclidean (spatial) model: the ranking profile of {@link euclideanElection} (voters rank candidates
 * by increasing Euclidean distance between random or given points of R^d).
 *
 * Source: J. M. Enelow & M. J. Hinich, "The Spatial Theory of Voting", 1984; Elkind et al., AAAI 2017.
 *
 * Complexity: O(n·m·(d + log m)).
 *
 * @example
 * const profile = euclidean(100, 5, { dimension: 1, seed: 1 }); // single-peaked on the line
 */
export function euclidean(voters: number, candidates: number | readonly Label[], options?: EuclideanOptions): RankingProfile {
  return euclideanElection(voters, candidates, options).profile;
}
