import { Rational } from '@plural/core';
import { locationOutcome } from '../outcome/outcome.js';
import { boundedDomain, pointOf, type Interval } from '../profile/line-profile.js';
import { defineLineMechanism } from '../registry/define.js';
import { ALLW_2022, FREEMAN_ET_AL_2021 } from './citations.js';

/**
 * Uniform Phantom (Freeman, Pennock, Peters & Wortman Vaughan 2021; Aziz, Lam, Lee & Walsh 2022): the
 * median of the n reports and the n − 1 phantoms at 1/n, 2/n, …, (n−1)/n of the domain, i.e. the n-th
 * smallest of those 2n − 1 points. On [0, 0, 1] it gives 1/3 where the median gives 0.
 *
 * Strategyproof, anonymous, unanimous; satisfies IFS, UFS, proportionality and proportional fairness
 * (PF). Aziz et al. show it is the unique mechanism that is strategyproof and UFS (equivalently SP and
 * PF, or SP, proportional and unanimous). No deterministic SP mechanism has strong proportionality: on
 * (0.2, 0.6) it gives 0.5, group costs 0.3 and 0.1.
 *
 * Needs a bounded domain (the phantoms sit at fractions of it). Complexity: O(n log n) for the sort of the
 * profile, then O(log² n) exact operations (the phantoms are counted, not built: see
 * {@link uniformPhantomLocation}).
 */
export const uniformPhantom = defineLineMechanism(
  {
    id: 'uniform-phantom',
    name: 'Uniform Phantom',
    aliases: ['up', 'uniform-phantom-mechanism'],
    setting: 'line',
    description: 'The median of the reports and the n − 1 phantoms at k/n of the domain, k = 1…n−1.',
    citations: [FREEMAN_ET_AL_2021, ALLW_2022],
    complexity: 'O(n log n)',
    randomized: false,
    domain: 'bounded',
    convention: 'phantoms at lo + (k/n)(hi − lo), k = 1…n−1; the n-th smallest of the 2n − 1 points',
    properties: {
      strategyproof: true,
      'group-strategyproof': true,
      anonymous: true,
      unanimous: true,
      ifs: true,
      ufs: true,
      proportional: true,
      pf: true,
      'strong-proportionality': false,
      pareto: true,
    },
  },
  (profile) => {
    const domain = boundedDomain(profile, 'Uniform Phantom');
    return locationOutcome('uniform-phantom', uniformPhantomLocation(profile.sorted, domain));
  },
);

/**
 * The n-th smallest of the n sorted reports and the n − 1 phantoms p_k = lo + (k/n)(hi − lo), without
 * building the phantoms. With C(x) = #reports ≤ x + #phantoms ≤ x, the answer is the least point x
 * (report or phantom) with C(x) ≥ n. The phantoms ≤ x number min(n − 1, ⌊n(x − lo)/(hi − lo)⌋) for
 * x ≥ lo, computed exactly; so the least report with C ≥ n is found by a binary search over the sorted
 * reports (i + #phantoms ≤ x_(i) is non-decreasing in i), the least phantom with C ≥ n by a binary search
 * over k (k + #reports ≤ p_k, each count a binary search), and the answer is the smaller of the two (the
 * report on a tie, as a merge taking reports first would).
 *
 * Complexity: O(log² n) Rational operations; reports must lie in the domain, ascending.
 */
export function uniformPhantomLocation(sorted: readonly Rational[], domain: Interval): Rational {
  const n = sorted.length;
  const length = domain.hi.sub(domain.lo);
  const scale = Rational.of(n).div(length);
  const phantomsUpTo = (x: Rational): number => {
    const k = x.sub(domain.lo).mul(scale).floor();
    return k < 0n ? 0 : k >= BigInt(n - 1) ? n - 1 : Number(k);
  };
  // Least report x_(i) (1-based i) with i + #phantoms ≤ x_(i) ≥ n; i = n always qualifies.
  let lo = 1;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mid + phantomsUpTo(sorted[mid - 1]!) >= n) hi = mid;
    else lo = mid + 1;
  }
  const report = sorted[lo - 1]!;
  const reportsUpTo = (x: Rational): number => {
    let a = 0;
    let b = n;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (sorted[mid]!.le(x)) a = mid + 1;
      else b = mid;
    }
    return a;
  };
  // Least phantom p_k (k = 1…n − 1) with k + #reports ≤ p_k ≥ n, when there is one.
  const phantom = (k: number): Rational => pointOf(domain, Rational.of(k, n));
  if (n === 1 || n - 1 + reportsUpTo(phantom(n - 1)) < n) return report;
  let k0 = 1;
  let k1 = n - 1;
  while (k0 < k1) {
    const mid = (k0 + k1) >>> 1;
    if (mid + reportsUpTo(phantom(mid)) >= n) k1 = mid;
    else k0 = mid + 1;
  }
  const p = phantom(k0);
  return report.le(p) ? report : p;
}
