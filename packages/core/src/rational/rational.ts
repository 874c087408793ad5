import { InvalidNumberError, PluralError, ValidationError } from '../errors/errors.js';

/** Anything {@link Rational.from} accepts: a Rational, an integer bigint, a finite number, or `"p/q"`. */
export type RationalLike = Rational | bigint | number | string;

const ZERO = 0n;
const ONE = 1n;

function gcd(a: bigint, b: bigint): bigint {
  if (a < ZERO) a = -a;
  if (b < ZERO) b = -b;
  while (b !== ZERO) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/**
 * An exact rational number p/q over `bigint`, always in lowest terms with q > 0.
 * Immutable: every operation returns a new value. Use it wherever a tie or a threshold decides
 * (fairness shares, lottery probabilities, quota comparisons): `a.equals(b)` is exact.
 *
 * Measured against fraction.js in `apps/bench` (see its results); chosen because it is exact for any size,
 * has no dependency and is small.
 *
 * @example
 * Rational.of(1, 3).add(Rational.of(1, 6)).toString(); // "1/2"
 */
export class Rational {
  /** Numerator, carries the sign. */
  readonly num: bigint;
  /** Denominator, always > 0. */
  readonly den: bigint;

  private constructor(num: bigint, den: bigint) {
    this.num = num;
    this.den = den;
    Object.freeze(this);
  }

  static readonly ZERO = new Rational(ZERO, ONE);
  static readonly ONE = new Rational(ONE, ONE);

  /** p/q reduced to lowest terms. Throws on q = 0. */
  static of(num: bigint | number, den: bigint | number = ONE): Rational {
    const n = typeof num === 'bigint' ? num : toBigIntExact(num, 'numerator');
    const d = typeof den === 'bigint' ? den : toBigIntExact(den, 'denominator');
    if (d === ZERO) {
      throw new PluralError('division-by-zero', 'a rational number cannot have denominator 0.', {
        where: 'denominator',
        fix: 'Use a non-zero denominator.',
      });
    }
    return Rational.normalise(n, d);
  }

  private static normalise(n: bigint, d: bigint): Rational {
    if (d < ZERO) {
      n = -n;
      d = -d;
    }
    if (d === ONE) return new Rational(n, d);
    const g = gcd(n, d);
    return g === ONE ? new Rational(n, d) : new Rational(n / g, d / g);
  }

  /**
   * Converts a value to a Rational. Numbers convert exactly (0.1 becomes the exact binary value
   * 3602879701896397/36028797018963968); use a string such as `"1/10"` or `"0.1"` for decimal intent.
   */
  static from(value: RationalLike, where = 'value'): Rational {
    if (value instanceof Rational) return value;
    if (typeof value === 'bigint') return new Rational(value, ONE);
    if (typeof value === 'number') return Rational.fromNumber(value, where);
    if (typeof value === 'string') return Rational.parse(value, where);
    throw new ValidationError(`cannot convert ${typeof value} to a rational number.`, {
      where,
      fix: 'Pass a Rational, a bigint, a finite number or a string "p/q".',
    });
  }

  /** The exact value of a finite double. */
  static fromNumber(value: number, where = 'value'): Rational {
    if (!Number.isFinite(value)) {
      throw new InvalidNumberError(`cannot convert ${value} to a rational number.`, {
        where,
        fix: 'Use a finite number.',
      });
    }
    if (Number.isInteger(value)) return new Rational(BigInt(value), ONE);
    // Decompose the double: value = mantissa · 2^exponent, exactly.
    let exponent = 0;
    let mantissa = value;
    while (!Number.isInteger(mantissa)) {
      mantissa *= 2;
      exponent += 1;
    }
    return Rational.normalise(BigInt(mantissa), ONE << BigInt(exponent));
  }

  /** Parses `"p/q"`, `"-p/q"`, an integer, or a decimal such as `"0.125"` or `"1e-3"`, exactly. */
  static parse(text: string, where = 'value'): Rational {
    const s = text.trim();
    const fraction = /^([+-]?\d+)\s*\/\s*([+-]?\d+)$/.exec(s);
    if (fraction) return Rational.of(BigInt(fraction[1]!), BigInt(fraction[2]!));
    const decimal = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
    if (decimal && (decimal[2] !== '' || (decimal[3] ?? '') !== '')) {
      const sign = decimal[1] === '-' ? -ONE : ONE;
      const intPart = decimal[2] ?? '';
      const fracPart = decimal[3] ?? '';
      const exp = Number(decimal[4] ?? '0');
      if (Math.abs(exp) > 10_000) {
        throw new InvalidNumberError(`exponent too large in ${JSON.stringify(text)}.`, { where });
      }
      let num = BigInt((intPart + fracPart) || '0') * sign;
      let den = 10n ** BigInt(fracPart.length);
      if (exp > 0) num *= 10n ** BigInt(exp);
      else if (exp < 0) den *= 10n ** BigInt(-exp);
      return Rational.normalise(num, den);
    }
    throw new InvalidNumberError(`${JSON.stringify(text)} is not a rational number.`, {
      where,
      fix: 'Write it as "p/q", an integer or a decimal such as "0.25".',
    });
  }

  add(other: RationalLike): Rational {
    const o = Rational.from(other);
    if (this.den === o.den) return Rational.normalise(this.num + o.num, this.den);
    return Rational.normalise(this.num * o.den + o.num * this.den, this.den * o.den);
  }

  sub(other: RationalLike): Rational {
    const o = Rational.from(other);
    if (this.den === o.den) return Rational.normalise(this.num - o.num, this.den);
    return Rational.normalise(this.num * o.den - o.num * this.den, this.den * o.den);
  }

  mul(other: RationalLike): Rational {
    const o = Rational.from(other);
    return Rational.normalise(this.num * o.num, this.den * o.den);
  }

  div(other: RationalLike): Rational {
    const o = Rational.from(other);
    if (o.num === ZERO) {
      throw new PluralError('division-by-zero', 'division of a rational number by zero.', {
        fix: 'Check that the divisor is non-zero before dividing.',
      });
    }
    return Rational.normalise(this.num * o.den, this.den * o.num);
  }

  neg(): Rational {
    return new Rational(-this.num, this.den);
  }

  abs(): Rational {
    return this.num < ZERO ? this.neg() : this;
  }

  /** 1/this. */
  inverse(): Rational {
    return Rational.ONE.div(this);
  }

  /** -1, 0 or 1. */
  sign(): -1 | 0 | 1 {
    return this.num === ZERO ? 0 : this.num < ZERO ? -1 : 1;
  }

  /** Negative, zero or positive as this is less than, equal to or greater than `other`. */
  compare(other: RationalLike): -1 | 0 | 1 {
    const o = Rational.from(other);
    const l = this.num * o.den;
    const r = o.num * this.den;
    return l === r ? 0 : l < r ? -1 : 1;
  }

  equals(other: RationalLike): boolean {
    const o = Rational.from(other);
    return this.num === o.num && this.den === o.den;
  }

  lt(other: RationalLike): boolean {
    return this.compare(other) < 0;
  }
  le(other: RationalLike): boolean {
    return this.compare(other) <= 0;
  }
  gt(other: RationalLike): boolean {
    return this.compare(other) > 0;
  }
  ge(other: RationalLike): boolean {
    return this.compare(other) >= 0;
  }

  isZero(): boolean {
    return this.num === ZERO;
  }

  isInteger(): boolean {
    return this.den === ONE;
  }

  /** Largest integer ≤ this. */
  floor(): bigint {
    const q = this.num / this.den;
    return this.num < ZERO && q * this.den !== this.num ? q - ONE : q;
  }

  /** Smallest integer ≥ this. */
  ceil(): bigint {
    return -this.neg().floor();
  }

  /** The nearest double (exact for safe integers and small fractions; ~1 ulp for huge terms). */
  toNumber(): number {
    const n = Number(this.num);
    const d = Number(this.den);
    if (Math.abs(n) <= Number.MAX_SAFE_INTEGER && d <= Number.MAX_SAFE_INTEGER) return n / d;
    const negative = this.num < ZERO;
    const a = negative ? -this.num : this.num;
    // Keep ~64 significant bits of the quotient: q = ⌊a·2^k / den⌋, value ≈ q·2^-k.
    const k = Math.max(0, 64 - (a.toString(2).length - this.den.toString(2).length));
    const q = Number((a << BigInt(k)) / this.den);
    const value = k > 1000 ? q / 2 ** 1000 / 2 ** (k - 1000) : q / 2 ** k;
    return negative ? -value : value;
  }

  /** `"p/q"`, or `"p"` for integers. */
  toString(): string {
    return this.den === ONE ? this.num.toString() : `${this.num}/${this.den}`;
  }

  /** JSON form: an integer number when it is one and safe, else the string `"p/q"` (the CLI contract). */
  toJSON(): number | string {
    if (this.den === ONE && this.num <= BigInt(Number.MAX_SAFE_INTEGER) && this.num >= BigInt(Number.MIN_SAFE_INTEGER)) {
      return Number(this.num);
    }
    return this.toString();
  }

  static sum(values: Iterable<RationalLike>): Rational {
    let n = ZERO;
    let d = ONE;
    for (const v of values) {
      const r = Rational.from(v);
      if (r.den === d) n += r.num;
      else {
        n = n * r.den + r.num * d;
        d *= r.den;
        const g = gcd(n, d);
        if (g !== ONE) {
          n /= g;
          d /= g;
        }
      }
    }
    return Rational.normalise(n, d);
  }

  static min(first: RationalLike, ...rest: RationalLike[]): Rational {
    let best = Rational.from(first);
    for (const v of rest) {
      const r = Rational.from(v);
      if (r.lt(best)) best = r;
    }
    return best;
  }

  static max(first: RationalLike, ...rest: RationalLike[]): Rational {
    let best = Rational.from(first);
    for (const v of rest) {
      const r = Rational.from(v);
      if (r.gt(best)) best = r;
    }
    return best;
  }
}

function toBigIntExact(value: number, where: string): bigint {
  if (!Number.isSafeInteger(value)) {
    throw new InvalidNumberError(`expected a safe integer, got ${value}.`, {
      where,
      fix: 'Use Rational.from(x) for non-integer numbers, or pass a bigint.',
    });
  }
  return BigInt(value);
}

/**
 * The exact value a user means: a number is read as the decimal it prints as (`0.1` is 1/10, not the
 * nearest double; `1e-7` is 1/10^7), a string as `"p/q"` or a decimal, a bigint or Rational as itself.
 * Throws InvalidNumberError naming `where` for NaN, ±Infinity or anything else.
 *
 * @example
 * exactRational(0.1).toString(); // '1/10'
 */
export function exactRational(value: RationalLike, where = 'value'): Rational {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new InvalidNumberError(`expected a finite number, got ${value}.`, {
        where,
        fix: 'Replace NaN and Infinity with finite numbers.',
      });
    }
    return Rational.parse(String(value), where);
  }
  return Rational.from(value, where);
}
