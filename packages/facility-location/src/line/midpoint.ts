import { locationOutcome } from '../outcome/outcome.js';
import { defineLineMechanism } from '../registry/define.js';
import { PROCACCIA_TENNENHOLTZ_2013 } from './citations.js';

/**
 * Midpoint mechanism: the facility goes to (x_(1) + x_(n))/2, the midpoint of the extreme reports, which
 * minimises the maximum cost (optimal for it; Procaccia & Tennenholtz 2013 use it as the benchmark and
 * as the middle branch of LRM).
 *
 * Not strategyproof: on (0, 1/2) it gives 1/4, and the agent at 1/2 who reports 1 moves it to 1/2.
 * Anonymous, unanimous and IFS (an extreme agent is at distance at most half the domain); it fails UFS,
 * proportionality and PF: on (0, 0, 1) it gives 1/2 where the pair at 0 is owed distance ≤ 1/3.
 *
 * Complexity: O(n log n) (the profile's sort).
 */
export const midpoint = defineLineMechanism(
  {
    id: 'midpoint',
    name: 'Midpoint of the extremes',
    aliases: ['mid', 'centre', 'center', 'midrange'],
    setting: 'line',
    description: 'The midpoint (x_(1) + x_(n))/2 of the leftmost and rightmost reports.',
    citations: [PROCACCIA_TENNENHOLTZ_2013],
    complexity: 'O(n log n)',
    randomized: false,
    domain: 'any',
    convention: 'exact rational midpoint; no ties',
    properties: {
      strategyproof: false,
      'group-strategyproof': false,
      anonymous: true,
      unanimous: true,
      ifs: true,
      ufs: false,
      proportional: false,
      pf: false,
      'strong-proportionality': false,
      pareto: true,
    },
    approximation: { 'max-cost': '1 (optimal)' },
  },
  (profile) => {
    const s = profile.sorted;
    return locationOutcome('midpoint', s[0]!.add(s[s.length - 1]!).div(2));
  },
);
