import { Rational } from '@plural/core';
import { defineTwoFacilityMechanism } from './define.js';
import { LU_SUN_WANG_ZHU_2010 } from './citations.js';
import { facilityPair, twoFacilityLottery, type FacilityPair } from './outcome.js';

/**
 * Proportional mechanism (Lu, Sun, Wang & Zhu, EC 2010): the first facility goes to the report of an
 * agent i chosen uniformly at random; the second to the report of agent j chosen with probability
 * |x_j − x_i| / Σ_k |x_k − x_i| (to x_i as well when every report equals x_i). Returned as the exact
 * lottery over ascending pairs (y1 ≤ y2), equal pairs merged.
 *
 * Strategyproof in expectation (for expected cost = distance to the nearer facility) and a
 * 4-approximation of the social cost in expectation, in any metric space (Lu et al. 2010: the first
 * randomized SP mechanism with a constant ratio); anonymous and unanimous. Definition as in the paper's
 * abstract and its description in later work; the paper's own text was not checked here and the DOI is given as recalled, not confirmed.
 *
 * Complexity: O(n²) lottery entries and arithmetic.
 */
export const proportionalTwoFacility = defineTwoFacilityMechanism(
  {
    id: 'proportional-two-facility',
    name: 'Proportional mechanism (two facilities)',
    aliases: ['proportional-mechanism', 'lu-proportional', 'lswz-proportional'],
    setting: 'line-two-facilities',
    description: 'First facility at a uniformly random report x_i; second at report x_j with probability proportional to |x_j − x_i|.',
    citations: [LU_SUN_WANG_ZHU_2010],
    complexity: 'O(n²)',
    randomized: true,
    domain: 'any',
    convention: 'agents are drawn (not distinct locations), so co-located agents add up; when every report equals x_i the second facility also goes to x_i',
    properties: {
      strategyproof: 'in-expectation',
      anonymous: true,
      unanimous: true,
    },
    approximation: { 'social-cost': '4 (in expectation)' },
  },
  (profile) => {
    const xs = profile.positions;
    const n = xs.length;
    const first = Rational.of(1, n);
    const entries: { outcome: FacilityPair; probability: Rational }[] = [];
    for (const xi of xs) {
      const total = Rational.sum(xs.map((xk) => xk.sub(xi).abs()));
      if (total.isZero()) {
        entries.push({ outcome: facilityPair(xi, xi), probability: first });
        continue;
      }
      for (const xj of xs) {
        const d = xj.sub(xi).abs();
        if (!d.isZero()) entries.push({ outcome: facilityPair(xi, xj), probability: first.mul(d).div(total) });
      }
    }
    return twoFacilityLottery('proportional-two-facility', entries);
  },
);
