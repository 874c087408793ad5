import { Rational } from '@plural/core';

/**
 * The simplest rational in the closed interval [a, b] (a ≤ b): the one with the smallest denominator,
 * and among those the smallest absolute numerator — the first one met descending the Stern–Brocot tree.
 * Computed by the continued-fraction recursion: the smallest-magnitude integer in [a, b] if there is
 * one, else ⌊a⌋ + 1/simplest(1/(b − ⌊a⌋), 1/(a − ⌊a⌋)). Exact; O(number of continued-fraction terms).
 *
 * @example
 * simplestRationalBetween(Rational.parse('0.3333'), Rational.parse('0.3334')).toString(); // '1/3'
 */
export function simplestRationalBetween(a: Rational, b: Rational): Rational {
  if (a.gt(b)) return simplestRationalBetween(b, a);
  if (a.sign() <= 0 && b.sign() >= 0) return Rational.ZERO;
  if (b.sign() < 0) return simplestRationalBetween(b.neg(), a.neg()).neg();
  // 0 < a ≤ b; iterate the continued fraction instead of recursing.
  const terms: bigint[] = [];
  let lo = a;
  let hi = b;
  for (;;) {
    const c = lo.ceil();
    if (Rational.of(c).le(hi)) {
      terms.push(c);
      break;
    }
    const f = lo.floor(); // lo, hi ∈ (f, f + 1), no integer between them
    terms.push(f);
    const nextLo = hi.sub(Rational.of(f)).inverse();
    const nextHi = lo.sub(Rational.of(f)).inverse();
    lo = nextLo;
    hi = nextHi;
  }
  let value = Rational.of(terms[terms.length - 1]!);
  for (let i = terms.length - 2; i >= 0; i--) value = Rational.of(terms[i]!).add(value.inverse());
  return value;
}
