import { PROCACCIA_TENNENHOLTZ_2013 } from '../line/citations.js';
import { defineTwoFacilityMechanism } from './define.js';
import { twoFacilityLocations } from './outcome.js';

/**
 * Two-extremes mechanism (Procaccia & Tennenholtz 2013, doi:10.1145/2542174.2542175): one facility at
 * the leftmost report, the other at the rightmost.
 *
 * Group-strategyproof (an agent strictly inside is served by whichever extreme is nearer, and only the
 * extreme agents move a facility, which they can only pull away from themselves), anonymous, unanimous.
 * Social cost: an (n − 2)-approximation (n ≥ 3), and no better: on [0, ½ × (n − 2), 1] it costs
 * (n − 2)/2 where the optimum (½ and one extreme) costs ½. Maximum cost: a 2-approximation (an agent
 * is within twice the optimal radius of the extreme of its optimal cluster; our bound, checked on grids).
 * Lu et al. (2010) show that every deterministic SP mechanism is Ω(n) for the social cost.
 *
 * Complexity: O(n log n) (the sort of the profile).
 */
export const twoExtremes = defineTwoFacilityMechanism(
  {
    id: 'two-extremes',
    name: 'Two-extremes',
    aliases: ['leftmost-rightmost', 'two-extremes-mechanism'],
    setting: 'line-two-facilities',
    description: 'Facilities at the leftmost and the rightmost report.',
    citations: [PROCACCIA_TENNENHOLTZ_2013],
    complexity: 'O(n log n)',
    randomized: false,
    domain: 'any',
    convention: 'facilities (x_(1), x_(n)); one agent: both facilities at its report',
    properties: {
      strategyproof: true,
      'group-strategyproof': true,
      anonymous: true,
      unanimous: true,
    },
    approximation: { 'social-cost': 'n − 2 (n ≥ 3)', 'max-cost': '2' },
  },
  (profile) => {
    const s = profile.sorted;
    return twoFacilityLocations('two-extremes', s[0]!, s[s.length - 1]!);
  },
);
