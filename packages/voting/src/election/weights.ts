import { Rational, ValidationError } from '@plural/core';

/** Integer weights and the factor they were scaled by: `integers[i] = weights[i] × scale`. */
export interface ScaledWeights {
  readonly integers: readonly number[];
  /** A positive integer; 1 when every weight was already an integer. */
  readonly scale: number;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * Scales voter weights (ballot counts, margins) to integers so that every tally a rule compares is an
 * exact integer below 2^53: a weight is read as the decimal it prints as (`0.1` is 1/10, not the nearest
 * double), and all are multiplied by the least common multiple of their denominators.
 *
 * Throws ValidationError when a weight is not finite, or when the scaled total would exceed
 * Number.MAX_SAFE_INTEGER (weights with too many decimal places).
 *
 * Complexity: O(n) for integer weights; O(n · d) big-integer steps otherwise (d digits).
 *
 * @example
 * scaleWeights([0.5, 0.25, 1], 'counts'); // { integers: [2, 1, 4], scale: 4 }
 */
export function scaleWeights(weights: readonly number[], where: string, allowNegative = false): ScaledWeights {
  let total = 0;
  let integral = true;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (!Number.isFinite(w) || (!allowNegative && w < 0)) {
      throw new ValidationError(`weight ${w} is not ${allowNegative ? 'a finite number' : 'a finite non-negative number'}.`, {
        where: `${where}[${i}]`,
        fix: 'Give finite weights (counts of voters or positive voter weights).',
      });
    }
    if (!Number.isInteger(w)) integral = false;
    total += Math.abs(w);
  }
  if (integral) {
    if (total > Number.MAX_SAFE_INTEGER) throw tooLarge(where);
    return { integers: weights, scale: 1 };
  }
  const exact = weights.map((w, i) => Rational.parse(String(w), `${where}[${i}]`));
  let lcm = 1n;
  for (const r of exact) lcm = (lcm / gcd(lcm, r.den)) * r.den;
  const scaled = exact.map((r) => (r.num * lcm) / r.den);
  const sum = scaled.reduce((s, v) => s + (v < 0n ? -v : v), 0n);
  if (sum > BigInt(Number.MAX_SAFE_INTEGER)) throw tooLarge(where);
  return { integers: scaled.map(Number), scale: Number(lcm) };
}

function tooLarge(where: string): ValidationError {
  return new ValidationError('the weights are too large or have too many decimal places to be tallied exactly.', {
    where,
    fix: 'Round the weights to fewer decimal places, or give integer counts.',
  });
}
