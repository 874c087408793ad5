import { exactRational, InvalidNumberError, Rational, ValidationError, type RationalLike } from '@plural/core';
import { exactSortedNumbers } from './exact-numbers.js';

/** A closed interval [lo, hi] of the line with lo < hi, exact. */
export interface Interval {
  readonly lo: Rational;
  readonly hi: Rational;
}

/** Where agents may be: a closed interval `[lo, hi]` (default `[0, 1]`) or the whole real line. */
export type DomainInput = readonly [RationalLike, RationalLike] | 'real';

/** Options every line mechanism takes. */
export interface LineProfileOptions {
  /** The domain the positions lie in; `[0, 1]` when omitted. Mechanisms that need a bounded domain reject `'real'`. */
  readonly domain?: DomainInput;
}

/**
 * A checked profile of reported positions on the line: exact positions in agent order, the same
 * positions ascending, and the domain. Frozen; build it with {@link lineProfile}.
 */
export interface LineProfile {
  readonly kind: 'line-profile';
  /** Agent i's reported position, in input order (agent indices are positions in this array). */
  readonly positions: readonly Rational[];
  /** The positions in ascending order. */
  readonly sorted: readonly Rational[];
  /** The domain: an interval, or `'real'` for the whole line. */
  readonly domain: Interval | 'real';
}

/**
 * What line mechanisms accept: a prepared {@link LineProfile}, an array of positions, or
 * `{ positions, domain }` (the CLI's JSON form).
 */
export type LineInput = LineProfile | readonly RationalLike[] | { readonly positions: readonly RationalLike[]; readonly domain?: DomainInput };

/** The unit interval [0, 1], the default domain. */
export const UNIT_INTERVAL: Interval = Object.freeze({ lo: Rational.ZERO, hi: Rational.ONE });

/**
 * An exact interval from a pair `[lo, hi]` with lo < hi; `where` names the field in errors
 * (`domain`, `options.domain`, `domain[1]` for a coordinate of a box). Shared by every input that
 * takes an interval.
 */
export function intervalOf(pair: unknown, where = 'domain'): Interval {
  if (!Array.isArray(pair) || pair.length !== 2) {
    throw new ValidationError(`expected an interval [lo, hi], got ${JSON.stringify(pair)}.`, {
      where,
      fix: 'Give the interval as a pair [lo, hi] with lo < hi.',
    });
  }
  const lo = exactRational(pair[0] as RationalLike, `${where}[0]`);
  const hi = exactRational(pair[1] as RationalLike, `${where}[1]`);
  if (!lo.lt(hi)) {
    throw new ValidationError(`the interval [${lo}, ${hi}] is empty or a single point.`, {
      where,
      fix: 'Give an interval [lo, hi] with lo < hi.',
    });
  }
  return Object.freeze({ lo, hi });
}

function domainOf(domain: DomainInput | undefined): Interval | 'real' {
  if (domain === undefined) return UNIT_INTERVAL;
  if (domain === 'real') return 'real';
  if (!Array.isArray(domain)) {
    throw new ValidationError(`the domain must be [lo, hi] or 'real', got ${JSON.stringify(domain)}.`, {
      where: 'domain',
      fix: "Give the interval as a pair [lo, hi] with lo < hi, or 'real' for the whole line.",
    });
  }
  return intervalOf(domain, 'domain');
}

/**
 * Checks reported positions and prepares them: each is read exactly (a number as the decimal it prints
 * as, so 0.1 is 1/10; strings "p/q" and Rationals as they are) and must lie in the domain.
 *
 * Throws ValidationError (code `invalid-input`) for zero agents or a position outside the domain, and
 * InvalidNumberError for NaN, ±Infinity or a non-number, each naming `positions[i]` and the fix.
 *
 * Complexity: O(n log n). An array of finite numbers takes a fast exact path: each distinct value is
 * converted once and the doubles are sorted (they are ordered exactly as the decimals they print as);
 * the result is the same.
 *
 * @example
 * lineProfile([0.2, 0.9, 0.3]).sorted.map(String); // ['1/5', '3/10', '9/10']
 */
export function lineProfile(positions: readonly RationalLike[], options: LineProfileOptions = {}): LineProfile {
  if (!Array.isArray(positions)) {
    throw new ValidationError('expected an array of positions.', { where: 'positions', fix: 'Pass the reported positions as an array of numbers, e.g. [0.2, 0.5, 0.9].' });
  }
  if (positions.length === 0) {
    throw new ValidationError('there are no agents.', { where: 'positions', fix: 'Give at least one reported position.' });
  }
  const domain = domainOf(options.domain);
  // All finite numbers (the common case): read each distinct value once and sort the doubles, which are
  // ordered exactly as the decimals they print as (see exactSortedNumbers). Only the extremes need the
  // domain check; on any problem the generic path below reports the first bad entry.
  const fast = exactSortedNumbers(positions);
  if (fast !== undefined) {
    const { positions: exactPositions, sorted } = fast;
    if (domain === 'real' || (!sorted[0]!.lt(domain.lo) && !sorted[sorted.length - 1]!.gt(domain.hi))) {
      return Object.freeze({ kind: 'line-profile' as const, positions: Object.freeze(exactPositions), sorted: Object.freeze(sorted), domain });
    }
  }
  const exact = positions.map((x, i) => {
    const where = `positions[${i}]`;
    if (typeof x !== 'number' && typeof x !== 'string' && typeof x !== 'bigint' && !(x instanceof Rational)) {
      throw new InvalidNumberError(`expected a number, got ${x === null ? 'null' : typeof x}.`, { where, fix: 'Give each position as a finite number or a string "p/q".' });
    }
    const r = exactRational(x, where);
    if (domain !== 'real' && (r.lt(domain.lo) || r.gt(domain.hi))) {
      throw new ValidationError(`position ${r} lies outside the domain [${domain.lo}, ${domain.hi}].`, {
        where,
        fix: `Report positions in [${domain.lo}, ${domain.hi}], or declare a domain that contains them (domain: [lo, hi], or 'real' for mechanisms that allow it).`,
      });
    }
    return r;
  });
  const sorted = [...exact].sort((a, b) => a.compare(b));
  return Object.freeze({ kind: 'line-profile' as const, positions: Object.freeze(exact), sorted: Object.freeze(sorted), domain });
}

/** Accepts any {@link LineInput}; a prepared profile is returned as it is (options.domain must then be absent or equal). */
export function toLineProfile(input: LineInput, options: LineProfileOptions = {}): LineProfile {
  if (!Array.isArray(input) && typeof input === 'object' && input !== null && (input as LineProfile).kind === 'line-profile') {
    return input as LineProfile;
  }
  if (Array.isArray(input)) return lineProfile(input, options);
  if (typeof input === 'object' && input !== null && Array.isArray((input as { positions?: unknown }).positions)) {
    const { positions, domain } = input as { positions: readonly RationalLike[]; domain?: DomainInput };
    return lineProfile(positions, { domain: options.domain ?? domain });
  }
  throw new ValidationError('expected positions: an array, or { positions, domain }.', {
    where: 'input',
    fix: 'Pass [x1, x2, …] or { positions: [x1, …], domain: [lo, hi] }.',
  });
}

/**
 * The bounded domain of a profile, or a typed error for mechanisms and measures defined only on an
 * interval (phantoms at k/n, utilities 1 − d/|domain|, the fairness axioms).
 */
export function boundedDomain(profile: LineProfile, what: string): Interval {
  if (profile.domain === 'real') {
    throw new ValidationError(`${what} needs a bounded domain; the profile's domain is the whole real line.`, {
      where: 'domain',
      fix: 'Declare the interval the agents live in, e.g. domain: [0, 1].',
    });
  }
  return profile.domain;
}

/** Maps t ∈ [0, 1] to lo + t·(hi − lo): where the phantom "k/n" of a mechanism on [0, 1] sits in the domain. */
export function pointOf(domain: Interval, t: RationalLike): Rational {
  return domain.lo.add(domain.hi.sub(domain.lo).mul(t));
}
