import { PluralError, Rational, type Rng } from '@plural/core';
import Fraction from 'fraction.js';
import type { BenchSizes } from './plans.js';
import type { BenchTask } from './task.js';

/** A rational as a bare (numerator, denominator) pair of bigints, denominator > 0. */
export interface BigPair {
  n: bigint;
  d: bigint;
}

/** Euclid's gcd of |a| and |b| — the same algorithm core's Rational and fraction.js use. */
function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function reduced(n: bigint, d: bigint): BigPair {
  const g = gcd(n, d);
  return g === 1n ? { n, d } : { n: n / g, d: d / g };
}

/**
 * Floor of the harmonic sum: H_k = Σ 1/k on bare bigint pairs with the same cross-multiplication and
 * Euclid reduction as the libraries, without objects, validation or dispatch.
 *
 * Complexity: O(terms · cost of a gcd of the growing denominators).
 *
 * @example
 * harmonicFloor(3); // { n: 11n, d: 6n }
 */
export function harmonicFloor(terms: number): BigPair {
  let n = 0n;
  let d = 1n;
  for (let k = 1; k <= terms; k++) {
    const K = BigInt(k);
    const r = reduced(n * K + d, d * K);
    n = r.n;
    d = r.d;
  }
  return { n, d };
}

/** Random rationals p/q with p ∈ [−20, 20], q ∈ [1, 12], as a size×size matrix of (p, q) pairs. */
function randomMatrix(size: number, rng: Rng): [number, number][][] {
  return Array.from({ length: size }, () => Array.from({ length: size }, () => [rng.int(41) - 20, rng.int(12) + 1] as [number, number]));
}

/** C = A·B over any rational implementation given as zero/add/mul. */
function matrixProduct<T>(a: readonly (readonly T[])[], b: readonly (readonly T[])[], zero: T, add: (x: T, y: T) => T, mul: (x: T, y: T) => T): T[][] {
  const size = a.length;
  const c: T[][] = [];
  for (let i = 0; i < size; i++) {
    const row: T[] = [];
    for (let j = 0; j < size; j++) {
      let acc = zero;
      for (let k = 0; k < size; k++) acc = add(acc, mul(a[i]![k]!, b[k]![j]!));
      row.push(acc);
    }
    c.push(row);
  }
  return c;
}

const pairAdd = (x: BigPair, y: BigPair): BigPair => (x.d === y.d ? reduced(x.n + y.n, x.d) : reduced(x.n * y.d + y.n * x.d, x.d * y.d));
const pairMul = (x: BigPair, y: BigPair): BigPair => reduced(x.n * y.n, x.d * y.d);

/** Counts the pairs (a[i], b[i]) with a[i] < b[i] given a comparison returning a signed number. */
function countLess<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): number {
  let less = 0;
  for (let i = 0; i < a.length; i++) if (compare(a[i]!, b[i]!) < 0) less++;
  return less;
}

const pairCompare = (x: BigPair, y: BigPair): number => {
  const l = x.n * y.d;
  const r = y.n * x.d;
  return l === r ? 0 : l < r ? -1 : 1;
};

function sameValue(label: string, core: Rational, fraction: Fraction, floor: BigPair): void {
  const f = `${fraction.s * fraction.n}/${fraction.d}`;
  const c = `${core.num}/${core.den}`;
  if (c !== f || c !== `${floor.n}/${floor.d}`) {
    throw new PluralError('internal', `${label}: core, fraction.js and the bigint floor disagree (${c}, ${f}, ${floor.n}/${floor.d}).`, { where: label });
  }
}

/**
 * Workload 3: exact rationals, core's `Rational` against `fraction.js` (both bigint-based), each divided by
 * the same arithmetic on bare bigint pairs: the harmonic sum Σ_{k≤K} 1/k reduced at every step, the
 * product of two random size×size rational matrices, and `comparisons` comparisons of random pairs.
 * Checks once, untimed, that all three give the same values.
 *
 * Complexity: dominated by the harmonic sum, whose reduced denominator lcm(1…K) ≈ e^K has about
 * 0.43·K decimal digits, so each step costs a gcd of numbers of that size.
 *
 * @example
 * rationalSuite(QUICK_SIZES, createRng(1)).map((t) => t.name);
 */
export function rationalSuite(sizes: BenchSizes, rng: Rng): BenchTask[] {
  const rows: BenchTask[] = [];
  const add = (name: string, description: string, parameters: Record<string, number>, floor: string, run: () => unknown, plan: 'heavy' | 'light') => {
    rows.push({ name, suite: 'rationals', description, parameters, role: name === floor ? 'floor' : 'workload', floor, plan, run });
  };

  // Harmonic sum.
  const terms = sizes.harmonicTerms;
  const coreHarmonic = (): Rational => {
    let acc = Rational.ZERO;
    for (let k = 1; k <= terms; k++) acc = acc.add(Rational.of(1, k));
    return acc;
  };
  const fractionHarmonic = (): Fraction => {
    let acc = new Fraction(0);
    for (let k = 1; k <= terms; k++) acc = acc.add(1, k);
    return acc;
  };
  sameValue('harmonic', coreHarmonic(), fractionHarmonic(), harmonicFloor(terms));
  const hp = { terms };
  const hf = 'rationals.harmonic.floor(bigint pairs)';
  add(hf, `Σ 1/k, k = 1…${terms}, on bare bigint pairs with Euclid reduction`, hp, hf, () => harmonicFloor(terms), 'heavy');
  add('rationals.harmonic.core', 'core Rational: acc = acc.add(Rational.of(1, k))', hp, hf, coreHarmonic, 'heavy');
  add('rationals.harmonic.fraction.js', 'fraction.js: acc = acc.add(1, k)', hp, hf, fractionHarmonic, 'heavy');

  // Matrix product.
  const size = sizes.matrixSize;
  const rawA = randomMatrix(size, rng);
  const rawB = randomMatrix(size, rng);
  const coreA = rawA.map((r) => r.map(([p, q]) => Rational.of(p, q)));
  const coreB = rawB.map((r) => r.map(([p, q]) => Rational.of(p, q)));
  const fracA = rawA.map((r) => r.map(([p, q]) => new Fraction(p, q)));
  const fracB = rawB.map((r) => r.map(([p, q]) => new Fraction(p, q)));
  const pairA = rawA.map((r) => r.map(([p, q]) => reduced(BigInt(p), BigInt(q))));
  const pairB = rawB.map((r) => r.map(([p, q]) => reduced(BigInt(p), BigInt(q))));
  const coreProduct = () => matrixProduct(coreA, coreB, Rational.ZERO, (x, y) => x.add(y), (x, y) => x.mul(y));
  const fracProduct = () => matrixProduct(fracA, fracB, new Fraction(0), (x, y) => x.add(y), (x, y) => x.mul(y));
  const pairProduct = () => matrixProduct(pairA, pairB, { n: 0n, d: 1n }, pairAdd, pairMul);
  {
    const c = coreProduct();
    const f = fracProduct();
    const p = pairProduct();
    for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) sameValue(`matrix[${i}][${j}]`, c[i]![j]!, f[i]![j]!, p[i]![j]!);
  }
  const mp = { size, multiplications: size ** 3 };
  const mf = 'rationals.matrix.floor(bigint pairs)';
  add(mf, `${size}×${size} · ${size}×${size} product of random p/q (|p| ≤ 20, 1 ≤ q ≤ 12) on bigint pairs`, mp, mf, pairProduct, 'light');
  add('rationals.matrix.core', 'core Rational: acc = acc.add(a.mul(b))', mp, mf, coreProduct, 'light');
  add('rationals.matrix.fraction.js', 'fraction.js: acc = acc.add(a.mul(b))', mp, mf, fracProduct, 'light');

  // Comparisons.
  const count = sizes.comparisons;
  const raw = Array.from({ length: 2 * count }, () => [rng.int(2_000_001) - 1_000_000, rng.int(1_000_000) + 1] as const);
  const coreX = raw.slice(0, count).map(([p, q]) => Rational.of(p, q));
  const coreY = raw.slice(count).map(([p, q]) => Rational.of(p, q));
  const fracX = raw.slice(0, count).map(([p, q]) => new Fraction(p, q));
  const fracY = raw.slice(count).map(([p, q]) => new Fraction(p, q));
  const pairX = raw.slice(0, count).map(([p, q]) => reduced(BigInt(p), BigInt(q)));
  const pairY = raw.slice(count).map(([p, q]) => reduced(BigInt(p), BigInt(q)));
  const coreLess = () => countLess(coreX, coreY, (x, y) => x.compare(y));
  const fracLess = () => countLess(fracX, fracY, (x, y) => x.compare(y));
  const pairLess = () => countLess(pairX, pairY, pairCompare);
  if (coreLess() !== pairLess() || fracLess() !== pairLess()) {
    throw new PluralError('internal', 'comparisons: core, fraction.js and the bigint floor disagree.', { where: 'rationals.compare' });
  }
  const cp = { pairs: count };
  const cf = 'rationals.compare.floor(bigint pairs)';
  add(cf, `${count} comparisons by cross-multiplication of bigint pairs`, cp, cf, pairLess, 'light');
  add('rationals.compare.core', 'core Rational: a.compare(b)', cp, cf, coreLess, 'light');
  add('rationals.compare.fraction.js', 'fraction.js: a.compare(b)', cp, cf, fracLess, 'light');
  return rows;
}
