import { Rational } from '@plural/core';

/*
 * The sign of the derivative of the log Nash welfare on the line, certified: in double precision with
 * a rigorous error bound, and exactly (BigInt rationals) when rounding could flip it. Internal to the
 * Nash solution (not exported from the package); its tests import it directly.
 */

/** The unit roundoff of IEEE double precision (round to nearest): 2^-53. */
const U = 2 ** -53;
const TWO_53 = 2n ** 53n;

/** A double `v` and a bound `e` with |v − r| ≤ e for the rational r it stands for. */
export interface Approx {
  readonly v: number;
  readonly e: number;
}

function bitLength(x: bigint): number {
  return x.toString(16).length * 4; // an upper bound within 3 bits; only used to pick a scale
}

/**
 * A double near r ∈ [0, 1] with a rigorous bound on its error:
 * - numerator and denominator ≤ 2^53: both convert exactly and one division rounds once, so
 *   |v − r| ≤ u·r ≤ u·v/(1 − u) < 2u·v (exact, e = 0, when the denominator is a power of 2);
 * - otherwise q = ⌊r·2^k⌋ with q ≥ 2^60, v = Number(q)·2^-k (rounding q once, the scaling is exact):
 *   |v − r| ≤ (u·q + 1)·2^-k ≤ (u + 2^-60)·q·2^-k ≤ 2u·v;
 * - r < 2^-892: v = 0 and e = 2^-890.
 * Every nonzero v is ≥ 2^-900, far from the subnormals, so the relative-error model holds.
 */
export function approx(r: Rational): Approx {
  const n = r.num;
  const d = r.den;
  if (n === 0n) return { v: 0, e: 0 };
  if (n <= TWO_53 && d <= TWO_53) {
    const v = Number(n) / Number(d);
    return { v, e: (d & (d - 1n)) === 0n ? 0 : 2 * U * v };
  }
  // 2^(nb − 4) ≤ n < 2^nb and 2^(db − 4) ≤ d < 2^db (hex digit lengths), so r ≥ 2^(nb − db − 4).
  const nb = bitLength(n);
  const db = bitLength(d);
  const k = 64 - (nb - db);
  if (k > 960) return { v: 0, e: 2 ** -890 }; // r < 2^(nb − db + 4) = 2^(68 − k) < 2^-892
  const q = (n << BigInt(k)) / d; // q ≥ 2^(nb − 4 − db + k) = 2^60
  const v = Number(q) * 2 ** -k;
  return { v, e: 2 * U * v };
}

/**
 * The distinct reports in unit coordinates t = (x − lo)/L ∈ [0, 1] (L = hi − lo; the derivative's sign
 * is unchanged by this scaling), exactly and as doubles with error bounds, with their counts.
 */
export interface Prepared {
  readonly k: number;
  readonly xs: readonly Rational[];
  readonly xv: Float64Array;
  readonly xe: Float64Array;
  readonly cv: Float64Array;
  readonly scratch: Float64Array;
  /** γ_h = h·u/(1 − h·u) for h = ⌈log2 k⌉, the pairwise-summation constant. */
  readonly gamma: number;
  /** Per prime of {@link PRIMES}: numerators, denominators and counts mod p (filled on first use). */
  residues?: { a: Float64Array; b: Float64Array; c: Float64Array }[];
}

export function prepare(groups: readonly { location: Rational; count: number }[], lo: Rational, length: Rational): Prepared {
  const k = groups.length;
  const unit = lo.isZero() && length.equals(Rational.ONE);
  const xs = groups.map(({ location }) => (unit ? location : location.sub(lo).div(length)));
  const xv = new Float64Array(k);
  const xe = new Float64Array(k);
  const cv = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const { v, e } = approx(xs[i]!);
    xv[i] = v;
    xe[i] = e;
    cv[i] = groups[i]!.count; // an array length, < 2^53: exact
  }
  const h = k <= 1 ? 0 : Math.ceil(Math.log2(k)) + 1; // +1 covers a log2 rounded down at a power of 2
  return { k, xs, xv, xe, cv, scratch: new Float64Array(k), gamma: (h * U) / (1 - h * U) };
}

/**
 * In-place pairwise summation: level w adds t[i + w] into t[i]. Each input passes through at most
 * ⌈log2 k⌉ additions, so the result is Σ t_i ∏(1 + δ_j) with at most that many |δ_j| ≤ u per term and
 * |error| ≤ γ_⌈log2 k⌉ Σ|t_i| (Higham, Accuracy and Stability of Numerical Algorithms, §4.2 and Lemma 3.1).
 */
function pairwiseSum(t: Float64Array, k: number): number {
  for (let w = 1; w < k; w *= 2) {
    for (let i = 0; i + w < k; i += 2 * w) t[i] = t[i]! + t[i + w]!;
  }
  return k === 0 ? 0 : t[0]!;
}

/**
 * The sign of D(y) = Σ_{i ≥ split} c_i/(1 − x_i + y) − Σ_{i < split} c_i/(1 − y + x_i) (unit
 * coordinates) certified in double precision, or undefined when rounding could flip it.
 *
 * Error bound (u = 2^-53; y ≈ v with |v − y| ≤ e_y, x_i ≈ x̂_i with |x̂_i − x_i| ≤ e_i, all in [0, 1]):
 * 1. Denominator: d̂ = fl(fl(1 − p) + q) with (p, q) = (x̂_i, v) or (v, x̂_i). Two roundings give
 *    |d̂ − (1 − p + q)| ≤ u(1 + p) + u(1 + u)(1 + p) + u·q ≤ 3u(1 + p + q) ≤ 9u, and the inputs add
 *    e_i + e_y, so |d̂ − d| ≤ ε_i := e_i + e_y + 9u.
 * 2. Term: if d̂ ≥ 2ε_i then d ≥ d̂/2 > 0, and t̂ = fl(c/d̂) has |t̂ − c/d| ≤ u·c/d̂ + c·ε_i/(d·d̂)
 *    ≤ (c/d̂)(u + 2ε_i/d̂). (If d̂ < 2ε_i the term may be near ±∞: undecided.)
 * 3. Sum: pairwise summation adds at most γ_h Σ|t̂_i|.
 * So |ŝ − D(y)| ≤ B := Σ (c/d̂_i)(u + 2ε_i/d̂_i) + γ_h Σ|t̂_i|. B is itself computed in floating point
 * from non-negative quantities with at most k + 10 roundings per path, so the computed B̂ satisfies
 * B ≤ B̂(1 − u)^-(k+10) < 2B̂ (k ≪ 2^50); all quantities stay ≥ u/2 (c ≥ 1, d̂ ≤ 3), clear of the
 * subnormals. Hence |ŝ| > 2B̂ certifies sign(D(y)) = sign(ŝ).
 */
export function floatSign(P: Prepared, y: Approx, split: number): -1 | 1 | undefined {
  const { k, xv, xe, cv, scratch } = P;
  const yv = y.v;
  const base = y.e + 9 * U;
  let absSum = 0;
  let errSum = 0;
  for (let i = 0; i < split; i++) {
    const d = 1 - yv + xv[i]!;
    const eps = xe[i]! + base;
    if (!(d >= 2 * eps)) return undefined;
    const t = cv[i]! / d;
    scratch[i] = -t;
    absSum += t;
    errSum += t * (U + (2 * eps) / d);
  }
  for (let i = split; i < k; i++) {
    const d = 1 - xv[i]! + yv;
    const eps = xe[i]! + base;
    if (!(d >= 2 * eps)) return undefined;
    const t = cv[i]! / d;
    scratch[i] = t;
    absSum += t;
    errSum += t * (U + (2 * eps) / d);
  }
  const s = pairwiseSum(scratch, k);
  const bound = 2 * (errSum + P.gamma * absSum);
  return s > bound ? 1 : s < -bound ? -1 : undefined;
}

/**
 * The exact sign of D(y) (unit coordinates). With x_i = a_i/b_i and y = s/t, the term of agent i is
 * ±c_i·b_i·t/N_i with N_i = t(b_i ∓ a_i) ± s·b_i ≥ 0; t > 0 is dropped and the fractions are added in
 * a balanced tree without gcds (the sign of the final numerator over a positive denominator), which
 * keeps the operands balanced instead of growing one common denominator term by term. A zero N_i is an
 * agent with utility 0, whose infinite term decides alone (only one side can have one).
 */
export function exactSign(P: Prepared, y: Rational, split: number): -1 | 0 | 1 {
  const s = y.num;
  const t = y.den;
  const nums: bigint[] = [];
  const dens: bigint[] = [];
  for (let i = 0; i < P.k; i++) {
    const x = P.xs[i]!;
    const a = x.num;
    const b = x.den;
    const c = BigInt(P.cv[i]!);
    if (i < split) {
      const m = t * (b + a) - s * b;
      if (m === 0n) return -1;
      nums.push(-c * b);
      dens.push(m);
    } else {
      const m = t * (b - a) + s * b;
      if (m === 0n) return 1;
      nums.push(c * b);
      dens.push(m);
    }
  }
  let len = nums.length;
  while (len > 1) {
    let j = 0;
    for (let i = 0; i < len; i += 2) {
      if (i + 1 < len) {
        nums[j] = nums[i]! * dens[i + 1]! + nums[i + 1]! * dens[i]!;
        dens[j] = dens[i]! * dens[i + 1]!;
      } else {
        nums[j] = nums[i]!;
        dens[j] = dens[i]!;
      }
      j++;
    }
    len = j;
  }
  const n = nums[0] ?? 0n;
  return n === 0n ? 0 : n < 0n ? -1 : 1;
}

/** ±1 when y is a domain end and an agent at the other end has utility 0 there (its term is infinite). */
export function infiniteTermSign(P: Prepared, y: Rational, split: number): -1 | 1 | undefined {
  if (y.isZero() && split < P.k && P.xs[P.k - 1]!.equals(Rational.ONE)) return 1;
  if (y.equals(Rational.ONE) && split > 0 && P.xs[0]!.isZero()) return -1;
  return undefined;
}

/** Primes below 2^26: a product of two residues is < 2^52, exact in a double. */
const PRIMES = [67108859, 67108837] as const;

function residue(x: bigint, p: number): number {
  const r = Number(x % BigInt(p));
  return r < 0 ? r + p : r;
}

/**
 * True when D(y) ≠ 0 is proved by arithmetic modulo a prime p: with the terms ±c_i·b_i/N_i of
 * {@link exactSign}, D(y) = 0 forces the integer Σ_i ±c_i·b_i·∏_{j≠i} N_j to be 0, hence ≡ 0 mod p; it
 * is accumulated as a fraction (num, den) mod p without inverses. A nonzero residue for either prime
 * proves D(y) ≠ 0. False means "not proved" (D(y) = 0, or an unlucky prime): decide exactly then. O(k)
 * double operations, after reducing the reports mod p once.
 */
export function provedNonzero(P: Prepared, y: Rational, split: number): boolean {
  if (P.residues === undefined) {
    P.residues = PRIMES.map((p) => {
      const a = new Float64Array(P.k);
      const b = new Float64Array(P.k);
      const c = new Float64Array(P.k);
      for (let i = 0; i < P.k; i++) {
        a[i] = residue(P.xs[i]!.num, p);
        b[i] = residue(P.xs[i]!.den, p);
        c[i] = P.cv[i]! % p;
      }
      return { a, b, c };
    });
  }
  for (let j = 0; j < PRIMES.length; j++) {
    const p = PRIMES[j]!;
    const { a, b, c } = P.residues[j]!;
    const s = residue(y.num, p);
    const t = residue(y.den, p);
    let num = 0;
    let den = 1;
    for (let i = 0; i < P.k; i++) {
      // N_i = t(b ± a) ∓ s·b and the term's numerator ±c·b, all mod p.
      const bi = b[i]!;
      const sb = (s * bi) % p;
      let n: number;
      let m: number;
      if (i < split) {
        m = ((t * ((bi + a[i]!) % p)) % p - sb + p) % p;
        n = (p - ((c[i]! * bi) % p)) % p;
      } else {
        m = ((t * ((bi - a[i]! + p) % p)) % p + sb) % p;
        n = (c[i]! * bi) % p;
      }
      num = ((num * m) % p + (n * den) % p) % p;
      den = (den * m) % p;
    }
    if (num !== 0) return true;
  }
  return false;
}
