import { exactRational, ValidationError, type RationalLike } from '@plural/core';
import { locationOutcome } from '../outcome/outcome.js';
import { boundedDomain } from '../profile/line-profile.js';
import { defineLineMechanism } from '../registry/define.js';
import type { LineMechanismOptions } from '../registry/types.js';
import { MOULIN_1980 } from './citations.js';
import { kthSmallestWith } from './order-statistic.js';

/** Options of {@link generalizedMedian}. */
export interface GeneralizedMedianOptions extends LineMechanismOptions {
  /**
   * The phantom voters' fixed positions, any count p with n + p odd (n − 1 phantoms give every
   * anonymous, strategyproof and efficient mechanism; n + 1 the anonymous strategyproof ones). When
   * omitted: ⌊n/2⌋ phantoms at the left end of the domain and the rest of n − 1 at the right end, which
   * is the left median.
   */
  readonly phantoms?: readonly RationalLike[];
}

/**
 * Generalized median with phantoms (Moulin 1980): the median of the n reports together with p fixed
 * phantom positions (n + p odd), i.e. the ((n + p + 1)/2)-th smallest of the n + p points. Moulin showed
 * these are exactly the anonymous strategyproof mechanisms for single-peaked preferences (n + 1
 * phantoms), and with n − 1 phantoms exactly the anonymous, strategyproof and Pareto-efficient ones.
 * Uniform Phantom, the median, leftmost and rightmost are special cases.
 *
 * Strategyproof (every phantom placement), anonymous; unanimous when there are at most n − 1 phantoms.
 * Fairness depends on the phantoms (Uniform Phantom's are the ones that give UFS and PF).
 *
 * Complexity: O(n log n + p log p).
 */
export const generalizedMedian = defineLineMechanism<GeneralizedMedianOptions>(
  {
    id: 'generalized-median',
    name: 'Generalized median (phantoms)',
    aliases: ['phantom-median', 'moulin-median', 'generalised-median'],
    setting: 'line',
    description: 'The median of the reports and p fixed phantom positions (n + p odd).',
    citations: [MOULIN_1980],
    complexity: 'O(n log n + p log p)',
    randomized: false,
    domain: 'any',
    convention: 'phantoms given by options.phantoms (n + p odd); without them ⌊n/2⌋ at the left end and ⌈n/2⌉ − 1 at the right end (the left median)',
    properties: {
      strategyproof: true,
      'group-strategyproof': true,
      anonymous: true,
      unanimous: true,
      ifs: false,
      ufs: false,
      proportional: false,
      pf: false,
      'strong-proportionality': false,
      pareto: true,
    },
  },
  (profile, options) => {
    const n = profile.sorted.length;
    let phantoms;
    if (options.phantoms === undefined) {
      const domain = boundedDomain(profile, 'the generalized median without explicit phantoms');
      const left = Math.floor(n / 2);
      phantoms = [...Array<typeof domain.lo>(left).fill(domain.lo), ...Array<typeof domain.hi>(n - 1 - left).fill(domain.hi)];
    } else {
      if (!Array.isArray(options.phantoms)) {
        throw new ValidationError('phantoms must be an array of positions.', { where: 'options.phantoms', fix: 'Pass phantoms: [p1, p2, …].' });
      }
      phantoms = options.phantoms.map((p, i) => exactRational(p, `options.phantoms[${i}]`));
      if ((n + phantoms.length) % 2 === 0) {
        throw new ValidationError(`${n} agents and ${phantoms.length} phantoms make an even number of points, which has no single median.`, {
          where: 'options.phantoms',
          fix: `Give a number of phantoms p with n + p odd (e.g. n − 1 = ${n - 1} or n + 1 = ${n + 1}).`,
        });
      }
    }
    const k = (n + phantoms.length + 1) / 2;
    return locationOutcome('generalized-median', kthSmallestWith(profile.sorted, phantoms, k));
  },
);
