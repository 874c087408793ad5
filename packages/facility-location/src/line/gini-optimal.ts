import { Rational } from '@plural/core';
import { gini, socialCost } from '../objectives/costs.js';
import { locationOutcome } from '../outcome/outcome.js';
import { boundedDomain, type LineProfile } from '../profile/line-profile.js';
import { defineLineMechanism } from '../registry/define.js';
import { WALSH_2025 } from './citations.js';
import { distinctLocations } from './random-rank.js';

/**
 * The breakpoints of the Gini index of utilities as a function of the location y: the domain's ends,
 * the distinct reports (where some |x_i − y| kinks) and the midpoints of pairs of distinct reports
 * (where two utilities cross), ascending and distinct.
 */
export function giniBreakpoints(profile: LineProfile): Rational[] {
  const domain = boundedDomain(profile, 'the Gini index');
  const points = distinctLocations(profile).map((g) => g.location);
  const all: Rational[] = [domain.lo, domain.hi, ...points];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) all.push(points[i]!.add(points[j]!).div(2));
  }
  all.sort((a, b) => a.compare(b));
  return all.filter((y, k) => k === 0 || !y.equals(all[k - 1]!));
}

/**
 * Gini-optimal location: a y in the domain minimising the Gini index of the utilities
 * G(y) = Σ_i Σ_j |u_i − u_j| / (2n Σ_i u_i), u_i = 1 − |x_i − y|/(hi − lo) — the equity objective of
 * Walsh (2025, "Equitable mechanism design for facility location", arXiv:2506.10460). Exact.
 *
 * Method: between consecutive breakpoints (domain ends, reports, midpoints of two reports) the order of
 * the utilities and the sign of every x_i − y are fixed, so both the numerator and the denominator of G
 * are affine in y and G is a linear-fractional function, monotone on the piece (it has no interior
 * stationary point unless it is constant there). So the minimum over the domain is attained at a
 * breakpoint, and minimising G exactly over the O(n²) breakpoints is exact. Ties (G is often flat, e.g.
 * for one agent) go to the breakpoint with the smallest social cost, then to the leftmost.
 *
 * Not a strategyproof mechanism, and Walsh's Theorem 1 shows no strategyproof mechanism can bound the
 * ratio to this optimum: on (0, 1/2) it gives 1/4 (G = 0), and the agent at 1/2 who reports 1 gets 1/2.
 * It fails IFS, UFS, PF and proportionality: on (0, 0, 1) it gives 1/2 (equal utilities 1/2), where the
 * pair at 0 is owed distance ≤ 1/3.
 *
 * Complexity: O(n³ log n) (O(n²) breakpoints, O(n log n) each). Needs a bounded domain.
 */
export const giniOptimal = defineLineMechanism(
  {
    id: 'gini-optimal',
    name: 'Gini-optimal location',
    aliases: ['min-gini', 'gini', 'most-equitable'],
    setting: 'line',
    description: 'A location minimising the Gini index of the agents’ utilities (exact, over the breakpoints).',
    citations: [WALSH_2025],
    complexity: 'O(n³ log n)',
    randomized: false,
    domain: 'bounded',
    convention: 'minimum over the breakpoints (domain ends, reports, midpoints of two reports); ties to the smallest social cost, then leftmost',
    properties: {
      strategyproof: false,
      'group-strategyproof': false,
      anonymous: true,
      unanimous: true,
      ifs: null,
      ufs: false,
      proportional: false,
      pf: false,
      'strong-proportionality': false,
      pareto: true,
    },
    approximation: { 'complemented-gini': '1 (optimal)' },
  },
  (profile) => {
    let best: { y: Rational; g: Rational; cost: Rational } | undefined;
    for (const y of giniBreakpoints(profile)) {
      const g = gini(profile, y);
      if (best !== undefined && g.gt(best.g)) continue;
      const cost = socialCost(profile, y);
      if (best === undefined || g.lt(best.g) || cost.lt(best.cost)) best = { y, g, cost };
    }
    return locationOutcome('gini-optimal', best!.y);
  },
);
