/**
 * Test helpers for the generator tests: exact enumeration of small ranking spaces and Pearson's
 * chi-square goodness-of-fit test with its p-value (regularised upper incomplete gamma function).
 */

/** ln Γ(x) for x > 0 (Lanczos approximation, g = 7, n = 9; ~15 significant digits). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularised upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a) (series / continued fraction). */
export function upperGammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const lead = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 10_000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return 1 - sum * Math.exp(lead);
  }
  // Lentz's continued fraction for Q.
  let b = x + 1 - a;
  let c = 1 / 1e-300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(lead) * h;
}

/** P(χ²(df) ≥ statistic). */
export function chiSquarePValue(statistic: number, df: number): number {
  return upperGammaQ(df / 2, statistic / 2);
}

/** The test rejects at level 0.001 when the p-value is below this. */
export const SIGNIFICANCE = 0.001;

export interface ChiSquareResult {
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
}

/**
 * Pearson's goodness-of-fit test of observed counts against cell probabilities (which must sum to 1);
 * cells with probability 0 must be empty (else the statistic is Infinity).
 */
export function chiSquareTest(observed: readonly number[], probabilities: readonly number[]): ChiSquareResult {
  if (observed.length !== probabilities.length) throw new Error('observed and probabilities differ in length');
  const total = observed.reduce((s, o) => s + o, 0);
  let statistic = 0;
  let cells = 0;
  for (let i = 0; i < observed.length; i++) {
    const expected = total * probabilities[i]!;
    if (expected === 0) {
      if (observed[i]! > 0) statistic = Infinity;
      continue;
    }
    cells++;
    statistic += (observed[i]! - expected) ** 2 / expected;
  }
  const df = cells - 1;
  return { statistic, df, pValue: chiSquarePValue(statistic, df) };
}

/** All permutations of 0…m−1 in lexicographic order. */
export function allPermutations(m: number): number[][] {
  if (m === 0) return [[]];
  const out: number[][] = [];
  for (const rest of allPermutations(m - 1)) {
    for (let i = 0; i <= rest.length; i++) out.push([...rest.slice(0, i), m - 1, ...rest.slice(i)]);
  }
  return out.sort((a, b) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return 0;
  });
}

/** Key of a strict ranking. */
export function key(ranking: readonly unknown[]): string {
  return ranking.join(',');
}

/** Counts of each permutation of 0…m−1 among the rankings, in {@link allPermutations} order. */
export function permutationCounts(rankings: readonly (readonly unknown[])[], m: number): number[] {
  const perms = allPermutations(m);
  const index = new Map(perms.map((p, i) => [key(p), i]));
  const counts = new Array<number>(perms.length).fill(0);
  for (const r of rankings) {
    const i = index.get(key(r));
    if (i === undefined) throw new Error(`not a permutation: ${key(r)}`);
    counts[i]!++;
  }
  return counts;
}

/** Kendall tau (swap) distance between two strict rankings of the same candidates. */
export function kendallTau(a: readonly number[], b: readonly number[]): number {
  const pos = new Map(b.map((c, i) => [c, i]));
  let d = 0;
  for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) if (pos.get(a[i]!)! > pos.get(a[j]!)!) d++;
  return d;
}

/** True when every top-k set of the ranking is an interval of the axis. */
export function isSinglePeaked(ranking: readonly number[], axis: readonly number[]): boolean {
  const pos = new Map(axis.map((c, i) => [c, i]));
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < ranking.length; k++) {
    const p = pos.get(ranking[k]!)!;
    lo = Math.min(lo, p);
    hi = Math.max(hi, p);
    if (hi - lo !== k) return false;
  }
  return true;
}

/** z-score of `successes` out of `trials` against probability p. */
export function binomialZ(successes: number, trials: number, p: number): number {
  return (successes - trials * p) / Math.sqrt(trials * p * (1 - p));
}
