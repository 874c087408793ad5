import { exactRational, InvalidNumberError, Rational, ValidationError, type RationalLike } from '@plural/core';
import { intervalOf, type Interval } from '../profile/line-profile.js';

/** A box [lo_1, hi_1] × … × [lo_d, hi_d] of ℝ^d, one exact interval per coordinate. */
export type Box = readonly Interval[];

/** Where points may lie: a box given as `[[lo, hi], …]` (one pair per coordinate; default the unit cube [0, 1]^d) or all of ℝ^d. */
export type BoxInput = readonly (readonly [RationalLike, RationalLike])[] | 'real';

/** Options of {@link pointProfile} and every mechanism in ℝ^d. */
export interface PointProfileOptions {
  /** The domain; the unit cube [0, 1]^d when omitted. */
  readonly domain?: BoxInput;
}

/** A point of ℝ^d with exact coordinates. */
export type Point = readonly Rational[];

/**
 * A checked profile of reported points in ℝ^d: exact coordinates in agent order, all of the same
 * dimension d ≥ 1, inside the domain. Frozen; build it with {@link pointProfile}.
 */
export interface PointProfile {
  readonly kind: 'point-profile';
  /** Agent i's reported point (agent indices are positions in this array). */
  readonly points: readonly Point[];
  readonly dimension: number;
  /** The box, or `'real'` for all of ℝ^d. */
  readonly domain: Box | 'real';
}

/** What mechanisms in ℝ^d accept: a prepared {@link PointProfile}, an array of points, or `{ points, domain }`. */
export type PointInput = PointProfile | readonly (readonly RationalLike[])[] | { readonly points: readonly (readonly RationalLike[])[]; readonly domain?: BoxInput };

function boxOf(domain: BoxInput | undefined, dimension: number): Box | 'real' {
  if (domain === undefined) {
    return Object.freeze(Array.from({ length: dimension }, () => Object.freeze({ lo: Rational.ZERO, hi: Rational.ONE })));
  }
  if (domain === 'real') return 'real';
  if (!Array.isArray(domain) || domain.length !== dimension) {
    throw new ValidationError(`the domain must be a box with one [lo, hi] per coordinate (${dimension}) or 'real', got ${JSON.stringify(domain)}.`, {
      where: 'domain',
      fix: `Give ${dimension} pairs [[lo_1, hi_1], …] with lo < hi, or 'real' for all of ℝ^d.`,
    });
  }
  return Object.freeze(
    domain.map((pair, j) => intervalOf(pair, `domain[${j}]`)),
  );
}

/** Reads one coordinate exactly (a number as the decimal it prints as), naming `where` in errors. */
function coordinate(x: unknown, where: string): Rational {
  if (typeof x !== 'number' && typeof x !== 'string' && typeof x !== 'bigint' && !(x instanceof Rational)) {
    throw new InvalidNumberError(`expected a number, got ${x === null ? 'null' : typeof x}.`, { where, fix: 'Give each coordinate as a finite number or a string "p/q".' });
  }
  return exactRational(x, where);
}

/**
 * Checks reported points of ℝ^d and prepares them: every point must be an array of the same length
 * d ≥ 1; each coordinate is read exactly (0.1 is 1/10) and must lie in the domain's range for it.
 *
 * Throws ValidationError (code `invalid-input`) for zero agents, a non-array, a dimension mismatch or a
 * coordinate outside the box, and InvalidNumberError for NaN, ±Infinity or a non-number, each naming
 * `points[i]` or `points[i][j]` and the fix.
 *
 * Complexity: O(n·d).
 *
 * @example
 * pointProfile([[0.2, 0.5], [1, 0]]).points[0]!.map(String); // ['1/5', '1/2']
 */
export function pointProfile(points: readonly (readonly RationalLike[])[], options: PointProfileOptions = {}): PointProfile {
  if (!Array.isArray(points)) {
    throw new ValidationError('expected an array of points.', { where: 'points', fix: 'Pass the reported points as an array of coordinate arrays, e.g. [[0.2, 0.5], [0.9, 0.1]].' });
  }
  if (points.length === 0) throw new ValidationError('there are no agents.', { where: 'points', fix: 'Give at least one reported point.' });
  const first = points[0];
  if (!Array.isArray(first) || first.length === 0) {
    throw new ValidationError('a point must be a non-empty array of coordinates.', { where: 'points[0]', fix: 'Give each point as [x_1, …, x_d] with d ≥ 1.' });
  }
  const dimension = first.length;
  const domain = boxOf(options.domain, dimension);
  const exact = points.map((p, i) => {
    if (!Array.isArray(p) || p.length !== dimension) {
      throw new ValidationError(`expected a point with ${dimension} coordinates (the dimension of points[0]), got ${JSON.stringify(p)}.`, {
        where: `points[${i}]`,
        fix: `Give every point with the same number of coordinates (${dimension}).`,
      });
    }
    return Object.freeze(
      p.map((x, j) => {
        const where = `points[${i}][${j}]`;
        const r = coordinate(x, where);
        if (domain !== 'real' && (r.lt(domain[j]!.lo) || r.gt(domain[j]!.hi))) {
          throw new ValidationError(`coordinate ${r} lies outside the domain's range [${domain[j]!.lo}, ${domain[j]!.hi}].`, {
            where,
            fix: `Report coordinate ${j} in [${domain[j]!.lo}, ${domain[j]!.hi}], or declare a domain box that contains it (or 'real').`,
          });
        }
        return r;
      }),
    );
  });
  return Object.freeze({ kind: 'point-profile' as const, points: Object.freeze(exact), dimension, domain });
}

/** Accepts any {@link PointInput}; a prepared profile is returned as it is. */
export function toPointProfile(input: PointInput, options: PointProfileOptions = {}): PointProfile {
  if (!Array.isArray(input) && typeof input === 'object' && input !== null && (input as PointProfile).kind === 'point-profile') {
    return input as PointProfile;
  }
  if (Array.isArray(input)) return pointProfile(input, options);
  if (typeof input === 'object' && input !== null && Array.isArray((input as { points?: unknown }).points)) {
    const { points, domain } = input as { points: readonly (readonly RationalLike[])[]; domain?: BoxInput };
    return pointProfile(points, { domain: options.domain ?? domain });
  }
  throw new ValidationError('expected points: an array of points, or { points, domain }.', {
    where: 'input',
    fix: 'Pass [[x_11, …, x_1d], …] or { points: [...], domain: [[lo, hi], …] }.',
  });
}

/** The box of a profile, or a typed error for what needs a bounded domain (default phantoms at the box's corners). */
export function boundedBox(profile: PointProfile, what: string): Box {
  if (profile.domain === 'real') {
    throw new ValidationError(`${what} needs a bounded domain; the profile's domain is all of ℝ^d.`, {
      where: 'domain',
      fix: 'Declare the box the agents live in, e.g. domain: [[0, 1], [0, 1]].',
    });
  }
  return profile.domain;
}

/** The profile with agent `agent`'s point replaced (same domain; the new point is checked). */
export function withPoint(profile: PointProfile, agent: number, point: readonly RationalLike[]): PointProfile {
  const points = profile.points.map((p, i) => (i === agent ? point : p));
  return pointProfile(points, { domain: profile.domain === 'real' ? 'real' : profile.domain.map((r) => [r.lo, r.hi] as const) });
}
