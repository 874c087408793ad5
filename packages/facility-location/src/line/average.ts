import { Rational } from '@plural/core';
import { locationOutcome } from '../outcome/outcome.js';
import { defineLineMechanism } from '../registry/define.js';

/**
 * Average mechanism: the facility goes to the mean of the reports, (x_1 + … + x_n)/n, exactly.
 *
 * The non-strategyproof baseline: on (0, 1/2) it gives 1/4, and the agent at 1/2 who reports 1 moves it
 * to 1/2, its own location. Anonymous and unanimous; it satisfies every proportional-fairness axiom of
 * Aziz, Lam, Lee & Walsh (an agent or a co-located group of k is at distance at most (n − k)/n of the
 * domain from the mean, and a group within range r at most r + (n − k)/n), and strong proportionality
 * ex post (on a two-location profile the mean equalises the groups' total costs).
 *
 * No phantoms, so it also works on the whole real line. Complexity: O(n).
 */
export const average = defineLineMechanism(
  {
    id: 'average',
    name: 'Average',
    aliases: ['mean', 'average-mechanism'],
    setting: 'line',
    description: 'The mean of the reports.',
    citations: [],
    complexity: 'O(n)',
    randomized: false,
    domain: 'any',
    convention: 'exact rational mean; no ties',
    properties: {
      strategyproof: false,
      'group-strategyproof': false,
      anonymous: true,
      unanimous: true,
      ifs: true,
      ufs: true,
      proportional: true,
      pf: true,
      'strong-proportionality': true,
      pareto: true,
    },
    approximation: { 'max-cost': '2' },
  },
  (profile) => locationOutcome('average', Rational.sum(profile.positions).div(profile.positions.length)),
);
