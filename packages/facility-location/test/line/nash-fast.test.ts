import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BudgetExceededError, createRng, Rational, ValidationError } from '@plural/core';
import { lineProfile, nashSolution, simplestRationalBetween, type LineProfile } from '../../src/index.js';
import { at } from './helpers.js';
import { approx, exactSign, floatSign, prepare, provedNonzero } from '../../src/line/nash-derivative.js';
import { distinctLocations } from '../../src/line/random-rank.js';

type Group = { location: Rational; count: number };

/**
 * The exact sign of L·D(y) in domain coordinates, as the original implementation computed it: agents at
 * y count on the side `at` ('left' gives the right derivative, 'right' the left derivative).
 */
function referenceSign(groups: readonly Group[], length: Rational, y: Rational, at: 'left' | 'right'): -1 | 0 | 1 {
  let total = Rational.ZERO;
  for (const { location, count } of groups) {
    const c = location.compare(y);
    const pulling = c > 0 || (c === 0 && at === 'right');
    const denominator = pulling ? length.sub(location).add(y) : length.sub(y).add(location);
    if (denominator.isZero()) return pulling ? 1 : -1;
    const term = Rational.of(count).div(denominator);
    total = total.add(pulling ? term : term.neg());
  }
  return total.sign();
}

interface Reference {
  exact: boolean;
  location: Rational;
  bracket?: { lo: Rational; hi: Rational };
}

/** The slow exact reference: exact kink search, exact bisection, simplest rational in the bracket. */
function referenceNash(profile: LineProfile, tolerance: Rational): Reference {
  if (profile.domain === 'real') throw new Error('bounded domain expected');
  const length = profile.domain.hi.sub(profile.domain.lo);
  const groups = distinctLocations(profile);
  let first = 0;
  let last = groups.length - 1;
  while (first < last) {
    const mid = (first + last) >> 1;
    if (referenceSign(groups, length, groups[mid]!.location, 'left') <= 0) last = mid;
    else first = mid + 1;
  }
  const p = groups[first]!.location;
  if (first === 0 || referenceSign(groups, length, p, 'right') >= 0) return { exact: true, location: p };
  let a = groups[first - 1]!.location;
  let b = p;
  while (b.sub(a).gt(tolerance)) {
    const mid = a.add(b).div(2);
    const s = referenceSign(groups, length, mid, 'right');
    if (s === 0) return { exact: true, location: mid };
    if (s > 0) a = mid;
    else b = mid;
  }
  const q = simplestRationalBetween(a, b);
  if (q.gt(a) && q.lt(b) && referenceSign(groups, length, q, 'right') === 0) return { exact: true, location: q };
  return { exact: false, location: q, bracket: { lo: a, hi: b } };
}

/** Checks the new answer against the reference; returns a failure description or undefined. */
function compare(profile: LineProfile, tolerance: Rational): string | undefined {
  const o = nashSolution(profile, { tolerance });
  const r = referenceNash(profile, tolerance);
  if (o.kind !== 'location') return 'not a location';
  if (r.exact && !o.exact) {
    // The reference met a rational root by luck of its bracket (the simplest rational there). Ours is
    // guaranteed only for roots p/q with 2q²·(inner width) < 1 (Legendre): then the root must at least
    // be strictly inside our bracket, with a large denominator.
    const br = o.bracket;
    if (br === undefined || !(r.location.gt(br.lo) && r.location.lt(br.hi))) return `bracket misses the reference's exact root ${r.location}`;
    return r.location.den > 10n ** 6n ? undefined : `missed the exact root ${r.location}`;
  }
  if (o.exact && r.exact) return o.location.equals(r.location) ? undefined : `location ${o.location} vs ${r.location}`;
  if (o.exact) {
    // Found an exact root the reference's bracket missed: it must be one (D = 0 there), inside that bracket.
    if (profile.domain === 'real' || r.bracket === undefined) return 'real domain';
    const zero = referenceSign(distinctLocations(profile), profile.domain.hi.sub(profile.domain.lo), o.location, 'right') === 0;
    return zero && o.location.gt(r.bracket.lo) && o.location.lt(r.bracket.hi) ? undefined : `${o.location} is not the root`;
  }
  const br = o.bracket;
  if (br === undefined || r.bracket === undefined) return 'missing bracket';
  if (br.hi.sub(br.lo).gt(tolerance) || !br.lo.lt(br.hi)) return `bad width ${br.lo}..${br.hi}`;
  if (o.location.lt(br.lo) || o.location.gt(br.hi)) return 'location outside its bracket';
  // Overlap with the reference bracket, and containment of the root proved by exact signs at the ends.
  if (br.hi.lt(r.bracket.lo) || r.bracket.hi.lt(br.lo)) return 'brackets do not overlap';
  if (profile.domain === 'real') return 'real domain';
  const groups = distinctLocations(profile);
  const length = profile.domain.hi.sub(profile.domain.lo);
  if (referenceSign(groups, length, br.lo, 'left') <= 0) return `derivative not > 0 at ${br.lo}`;
  if (referenceSign(groups, length, br.hi, 'right') >= 0) return `derivative not < 0 at ${br.hi}`;
  return undefined;
}

/** Positions in [0, 1]: grid points, random fractions, the ends, with multiplicities. */
const position = fc.oneof(
  fc.integer({ min: 0, max: 10 }).map((k) => Rational.of(k, 10)),
  fc.integer({ min: 0, max: 1000 }).map((k) => Rational.of(k, 1000)),
  fc.tuple(fc.integer({ min: 1, max: 10 ** 9 }), fc.nat()).map(([q, p]) => Rational.of(p % (q + 1), q)),
  fc.bigInt({ min: 1n, max: 2n ** 120n }).chain((q) => fc.bigInt({ min: 0n, max: q }).map((p) => Rational.of(p, q))),
  fc.constantFrom(Rational.ZERO, Rational.ONE),
);
const agents = fc
  .array(fc.tuple(position, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 6 })), { minLength: 1, maxLength: 6 })
  .map((entries) => entries.flatMap(([x, small, power]) => Array<Rational>(power >= 5 ? small * 10 ** (power - 3) : small).fill(x)));
const domains = fc.constantFrom<[string, string]>(['0', '1'], ['-3', '7'], ['1/3', '5/7']);
const inDomain = (xs: Rational[], [lo, hi]: [string, string]): LineProfile => {
  const a = Rational.parse(lo);
  const l = Rational.parse(hi).sub(a);
  return lineProfile(
    xs.map((x) => a.add(x.mul(l))),
    { domain: [lo, hi] },
  );
};

describe('Nash solution: certified floating-point signs', () => {
  it('approx: the double is within its stated error of the rational', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 2n ** 300n }), fc.bigInt({ min: 0n, max: 2n ** 300n }), (q, p0) => {
        const r = Rational.of(p0 % (q + 1n), q);
        const { v, e } = approx(r);
        return v >= 0 && v <= 1 && e >= 0 && Rational.fromNumber(v).sub(r).abs().le(Rational.fromNumber(e));
      }),
      { numRuns: 300 },
    );
    expect(approx(Rational.of(1n, 10n ** 400n))).toEqual({ v: 0, e: 2 ** -890 });
    expect(approx(Rational.of(3, 8)).e).toBe(0);
  });

  it('provedNonzero: never at a root, and it rules out points near one', () => {
    const P = prepare(distinctLocations(lineProfile([0, 0, 1])), Rational.ZERO, Rational.ONE);
    expect(exactSign(P, Rational.of(1, 3), 1)).toBe(0);
    expect(provedNonzero(P, Rational.of(1, 3), 1)).toBe(false);
    expect(provedNonzero(P, Rational.of(333_333_333, 10n ** 9n), 1)).toBe(true);
    expect(floatSign(P, approx(Rational.of(1, 3)), 1)).toBeUndefined();
  });

  it('floatSign never contradicts the exact sign (random points and points within 1e-30 of the root)', () => {
    let decided = 0;
    fc.assert(
      fc.property(agents, fc.array(position, { minLength: 1, maxLength: 4 }), (xs, ys) => {
        const profile = lineProfile(xs);
        const groups = distinctLocations(profile);
        const P = prepare(groups, Rational.ZERO, Rational.ONE);
        const near = nashSolution(profile, { tolerance: '1e-30' });
        const points = [...ys];
        if (near.kind === 'location') points.push(near.location, ...(near.bracket ? [near.bracket.lo, near.bracket.hi] : []));
        for (const y of points) {
          const below = groups.filter((g) => g.location.lt(y)).length;
          const upTo = groups.filter((g) => g.location.le(y)).length;
          for (const split of new Set([below, upTo])) {
            const f = floatSign(P, approx(y), split);
            if (f === undefined) continue;
            decided += 1;
            if (f !== exactSign(P, y, split)) return false;
          }
          for (const split of new Set([below, upTo])) {
            if (provedNonzero(P, y, split) && exactSign(P, y, split) === 0) return false;
          }
        }
        return true;
      }),
      { numRuns: 150 },
    );
    expect(decided).toBeGreaterThan(100);
  });

  it('matches the exact reference on random profiles (domains [0, 1], [-3, 7], [1/3, 5/7])', () => {
    fc.assert(
      fc.property(agents, domains, (xs, domain) => {
        const failure = compare(inDomain(xs, domain), Rational.of(1n, 10n ** 12n));
        if (failure !== undefined) throw new Error(`${failure} on ${xs.map(String).join(', ')} in [${domain.join(', ')}]`);
        return true;
      }),
      { numRuns: Number(process.env.NASH_RUNS ?? 120) },
    );
  });

  it('matches the reference at tolerances below double resolution (exact fallback steps)', () => {
    fc.assert(
      fc.property(agents, fc.constantFrom('1e-20', '1e-40'), (xs, tol) => compare(lineProfile(xs), Rational.parse(tol)) === undefined),
      { numRuns: 40 },
    );
  });

  it('adversarial: endpoint profiles give k/n exactly, also with many agents and shifted domains', () => {
    for (const [n, k] of [[2, 1], [3, 1], [7, 3], [1000, 1], [1000, 999], [100_000, 33_333], [99_991, 50_000]] as const) {
      const xs = [...Array<number>(n - k).fill(0), ...Array<number>(k).fill(1)];
      const o = nashSolution(xs);
      expect(o.kind === 'location' && o.exact && o.location.equals(Rational.of(k, n))).toBe(true);
      const shifted = nashSolution({ positions: xs.map((x) => (x === 0 ? -3 : 7)), domain: [-3, 7] });
      expect(shifted.kind === 'location' && shifted.exact && shifted.location.equals(Rational.of(-3).add(Rational.of(10 * k, n)))).toBe(true);
    }
  });

  it('adversarial: many agents at one point, agents with utility 0 at the optimum’s far end', () => {
    const heavy = nashSolution([...Array<number>(50_000).fill(0.3), 0.9]);
    expect(heavy.kind === 'location' && heavy.exact && heavy.location.toString()).toBe('3/10');
    // Agents at both ends have utility 0 at the opposite end (infinite derivative terms there).
    expect(at(nashSolution([0, 1]))).toBe('1/2');
    expect(at(nashSolution([0, 1, 1]))).toBe('2/3');
    expect(compare(lineProfile([0, 0, 0.5, 1]), Rational.of(1n, 10n ** 12n))).toBeUndefined();
    expect(compare(lineProfile([0, 1, 1, 1, 0.999]), Rational.of(1n, 10n ** 12n))).toBeUndefined();
  });

  it('a 20,000-agent profile: no exact evaluation at the default tolerance, bracket proved by exact signs', () => {
    const rng = createRng('nash-fast');
    const xs = Array.from({ length: 20_000 }, () => rng.int(1001) / 1000);
    const profile = lineProfile(xs);
    const o = nashSolution(profile, { budget: 0 });
    expect(o.kind).toBe('location');
    if (o.kind !== 'location') return;
    const groups = distinctLocations(profile);
    const P = prepare(groups, Rational.ZERO, Rational.ONE);
    if (o.exact) {
      const i = groups.findIndex((g) => g.location.equals(o.location));
      expect(exactSign(P, o.location, i + 1)).toBeLessThanOrEqual(0);
      expect(i === 0 || exactSign(P, o.location, i) >= 0).toBe(true);
    } else {
      const { lo, hi } = o.bracket!;
      expect(hi.sub(lo).le(Rational.of(1n, 10n ** 12n))).toBe(true);
      const split = groups.filter((g) => g.location.le(lo)).length;
      expect(exactSign(P, lo, split)).toBe(1);
      expect(exactSign(P, hi, groups.filter((g) => g.location.lt(hi)).length)).toBe(-1);
    }
    // A second seed, so that both cases (kink and bracket) are likely covered.
    const rng2 = createRng(2);
    const p2 = lineProfile(Array.from({ length: 20_000 }, () => rng2.int(1001) / 1000));
    const o2 = nashSolution(p2, { budget: 0 });
    expect(o2.kind === 'location' && (o2.exact || o2.bracket !== undefined)).toBe(true);
  });

  it('budget: exact evaluations are counted and capped; bad budgets are rejected', () => {
    expect(() => nashSolution([0, 0, 1], { budget: 0 })).toThrow(BudgetExceededError);
    expect(() => nashSolution([0, 0, 1], { budget: 0 })).toThrow(/options\.budget/);
    const third = nashSolution([0, 0, 1], { budget: 1 });
    expect(third.kind === 'location' && third.exact && third.location.toString()).toBe('1/3');
    expect(nashSolution([0.2, 0.3, 0.9], { budget: 0 })).toEqual(nashSolution([0.2, 0.3, 0.9]));
    expect(() => nashSolution([0.2, 0.3, 0.9], { tolerance: '1e-30', budget: 3 })).toThrow(BudgetExceededError);
    for (const budget of [-1, 1.5, Number.NaN]) {
      expect(() => nashSolution([0, 1], { budget })).toThrow(ValidationError);
      expect(() => nashSolution([0, 1], { budget })).toThrow(/options\.budget/);
    }
    expect(nashSolution([0, 1], { budget: Number.POSITIVE_INFINITY })).toMatchObject({ exact: true });
  });
});
