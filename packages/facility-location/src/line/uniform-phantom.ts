import { Rational } from '@plural/core';
import { locationOutcome } from '../outcome/outcome.js';
import { boundedDomain, pointOf } from '../profile/line-profile.js';
import { defineLineMechanism } from '../registry/define.js';
import { ALLW_2022, FREEMAN_ET_AL_2021 } from './citations.js';
import { kthSmallestWith } from './order-statistic.js';

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
 * Needs a bounded domain (the phantoms sit at fractions of it). Complexity: O(n log n).
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
    const n = profile.sorted.length;
    const phantoms = Array.from({ length: n - 1 }, (_, k) => pointOf(domain, Rational.of(k + 1, n)));
    return locationOutcome('uniform-phantom', kthSmallestWith(profile.sorted, phantoms, n));
  },
);
