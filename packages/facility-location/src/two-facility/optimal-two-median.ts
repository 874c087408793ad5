import { PROCACCIA_TENNENHOLTZ_2013 } from '../line/citations.js';
import { defineTwoFacilityMechanism } from './define.js';
import { optimalTwoFacilitySocialCost } from './objectives.js';
import { twoFacilityLocations } from './outcome.js';

/**
 * Optimal 2-median: the facilities that minimise the social cost Σ_i min_k |x_i − y_k| (split the sorted
 * reports into a left and a right block, serve each at its left median; the first split of least cost).
 *
 * The benchmark the ratios are measured against, registered to record that it is not strategyproof
 * (Procaccia & Tennenholtz 2013 discuss why optimal placement of two facilities invites misreports; the
 * counterexample in our tests is our own). Anonymous, unanimous.
 *
 * Complexity: O(n²).
 */
export const optimalTwoMedian = defineTwoFacilityMechanism(
  {
    id: 'optimal-two-median',
    name: 'Optimal 2-median',
    aliases: ['two-median-optimal', 'optimal-2-median'],
    setting: 'line-two-facilities',
    description: 'The two locations of least social cost: the best split of the sorted reports, each block at its left median.',
    citations: [PROCACCIA_TENNENHOLTZ_2013],
    complexity: 'O(n²)',
    randomized: false,
    domain: 'any',
    convention: 'the split x_(1..k) | x_(k+1..n) of least social cost with the smallest k; each block at its left median',
    properties: {
      strategyproof: false,
      anonymous: true,
      unanimous: true,
    },
    approximation: { 'social-cost': '1 (optimal)' },
  },
  (profile) => {
    const { facilities } = optimalTwoFacilitySocialCost(profile);
    return twoFacilityLocations('optimal-two-median', facilities[0], facilities[1]);
  },
);
