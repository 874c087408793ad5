import { exactRational, Rational } from '@plural/core';

/** 10^k for k = 0…15, all exact safe integers. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * The exact decimal a finite number prints as (`String(x)`), the same Rational as core's
 * `exactRational(x)`, without its generic regular-expression parse when that decimal is short: a safe
 * integer is read directly, and a plain decimal `[-]d…d.d…d` with at most 15 digits after the point and
 * at most 15 significant digits is read as (digits)/10^k in double arithmetic, which is exact (every
 * integer below 10^15 < 2^53 is a double, and so is 10^k for k ≤ 15). Anything else (exponent form,
 * longer decimals) goes through `exactRational`.
 *
 * Complexity: O(length of String(x)).
 *
 * @example
 * decimalRational(0.125).toString(); // '1/8'
 */
export function decimalRational(x: number): Rational {
  if (Number.isSafeInteger(x)) return Rational.of(BigInt(x), 1n);
  const s = String(x);
  const dot = s.indexOf('.');
  const k = s.length - dot - 1;
  if (dot < 0 || k > 15 || s.includes('e')) return exactRational(x);
  const negative = s.charCodeAt(0) === 45; // '-'
  const whole = s.slice(negative ? 1 : 0, dot);
  const digits = (whole === '0' ? '' : whole) + s.slice(dot + 1);
  // Significant digits: the digit string without its leading zeros.
  let first = 0;
  while (first < digits.length - 1 && digits.charCodeAt(first) === 48) first++;
  if (digits.length - first > 15) return exactRational(x);
  const magnitude = Number(digits);
  return Rational.of(BigInt(negative ? -magnitude : magnitude), BigInt(POWERS_OF_TEN[k]!));
}

/** Index of `v` in the ascending, duplicate-free `values` (which contains it): a binary search. */
function indexOf(values: Float64Array, v: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Positions read exactly, in agent order and ascending, sharing one Rational per distinct value. */
export interface ExactPositions {
  readonly positions: Rational[];
  readonly sorted: Rational[];
}

/**
 * Reads an array of finite numbers exactly, as the decimals they print as, and sorts them, with one
 * conversion per distinct value and a sort of doubles instead of Rationals; `undefined` when some entry
 * is not a finite number (the caller then takes the generic path, which reports the first bad entry).
 *
 * Why sorting the doubles is exact: `String(x)` is the shortest decimal that rounds back to x, and
 * rounding to the nearest double is monotone, so x < y implies dec(x) < dec(y) (dec(x) ≥ dec(y) would
 * give x = round(dec(x)) ≥ round(dec(y)) = y), and x = y gives the same string (−0 and 0 both print
 * "0"). The doubles are therefore ordered exactly as the Rationals, ties included. Equal doubles share
 * one Rational (they are immutable).
 *
 * Complexity: O(n log n) double comparisons + O(d) conversions for d distinct values + O(n log d) for
 * the agent-order lookups.
 */
export function exactSortedNumbers(values: readonly unknown[]): ExactPositions | undefined {
  const n = values.length;
  const raw = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) return undefined;
    raw[i] = x;
  }
  const ascending = raw.slice().sort();
  // Distinct values ascending (−0 and 0 are one value) and their Rationals.
  const distinct = new Float64Array(n);
  const exact: Rational[] = [];
  let d = 0;
  for (let i = 0; i < n; i++) {
    const v = ascending[i]!;
    if (d > 0 && distinct[d - 1] === v) continue;
    distinct[d++] = v;
    exact.push(decimalRational(v));
  }
  const sorted = new Array<Rational>(n);
  for (let i = 0, at = 0; i < n; i++) {
    if (ascending[i] !== distinct[at]) at++;
    sorted[i] = exact[at]!;
  }
  const unique = distinct.subarray(0, d);
  const positions = new Array<Rational>(n);
  for (let i = 0; i < n; i++) positions[i] = exact[indexOf(unique, raw[i]!)]!;
  return { positions, sorted };
}
