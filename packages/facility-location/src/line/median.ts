import { ValidationError } from '@plural/core';
import { locationOutcome } from '../outcome/outcome.js';
import { defineLineMechanism } from '../registry/define.js';
import type { LineMechanismOptions } from '../registry/types.js';
import { MOULIN_1980, PROCACCIA_TENNENHOLTZ_2013 } from './citations.js';

/** Options of {@link median}. */
export interface MedianOptions extends LineMechanismOptions {
  /** Which median for an even number of agents: `'left'` x_(n/2) (default) or `'right'` x_(n/2+1). */
  readonly side?: 'left' | 'right';
}

/**
 * Median mechanism (Black 1948; Moulin 1980): the facility goes to the median report, the left median
 * x_(⌈n/2⌉) by default (`side: 'right'` gives x_(⌊n/2⌋+1)); the two agree for odd n.
 *
 * Strategyproof and group-strategyproof for single-peaked preferences, anonymous, unanimous, and it
 * minimises the social cost Σ|x_i − y| (optimal); for the maximum cost it is a 2-approximation. It is
 * not fair in the sense of Aziz et al.: on [0, 0, 1] it puts the facility at 0, so the agent at 1 gets
 * utility 0 < 1/3 (fails IFS, UFS, proportionality and PF).
 *
 * Complexity: O(n log n) (the sort of the profile).
 */
export const median = defineLineMechanism<MedianOptions>(
  {
    id: 'median',
    name: 'Median',
    aliases: ['left-median', 'median-mechanism'],
    setting: 'line',
    description: 'The median report: x_(⌈n/2⌉) (left median) by default, x_(⌊n/2⌋+1) with side = right.',
    citations: [
      { authors: 'Duncan Black', year: 1948, title: 'On the rationale of group decision-making', doi: '10.1086/256633' },
      MOULIN_1980,
      PROCACCIA_TENNENHOLTZ_2013,
    ],
    complexity: 'O(n log n)',
    randomized: false,
    domain: 'any',
    convention: 'left median x_(⌈n/2⌉) for even n; side = right gives x_(⌊n/2⌋+1)',
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
    approximation: { 'social-cost': '1 (optimal)', 'max-cost': '2' },
  },
  (profile, options) => {
    const side = options.side ?? 'left';
    if (side !== 'left' && side !== 'right') {
      throw new ValidationError(`side must be 'left' or 'right', got ${JSON.stringify(side)}.`, { where: 'options.side', fix: "Use side: 'left' or side: 'right'." });
    }
    const n = profile.sorted.length;
    const k = side === 'left' ? Math.ceil(n / 2) : Math.floor(n / 2) + 1;
    return locationOutcome('median', profile.sorted[k - 1]!);
  },
);
