import { lottery, Rational } from '@plural/core';
import { lotteryOutcome } from '../outcome/outcome.js';
import type { LineProfile } from '../profile/line-profile.js';
import { defineLineMechanism } from '../registry/define.js';
import { ALSW_2022 } from './citations.js';

/**
 * The distinct reported locations, ascending, each with its number of agents. Shared by the lottery
 * mechanisms that put mass on reports.
 */
export function distinctLocations(profile: LineProfile): { location: Rational; count: number }[] {
  const out: { location: Rational; count: number }[] = [];
  for (const x of profile.sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last.location.equals(x)) last.count += 1;
    else out.push({ location: x, count: 1 });
  }
  return out;
}

/**
 * Random Rank (Aziz, Lam, Suzuki & Walsh, NeurIPS 2022, arXiv:2205.14798): draw k uniformly from
 * 1…n and put the facility at the k-th highest report. As a lottery: each distinct reported location
 * with probability (number of agents there)/n, exact, equal locations merged, ascending. Its
 * distribution is that of random dictatorship (a uniformly drawn agent's report).
 *
 * Universally truthful (every k-th order statistic is a strategyproof generalized median), universally
 * anonymous and unanimous. In expectation it satisfies Strong Proportionality (on a two-location profile
 * the two groups' expected total costs are equal: 3 agents at 0 and 2 at 1 each pay 6/5) and hence
 * proportionality, IFS, UFS and PF in expectation; ex post it does not (with probability 1/2 the agent at
 * 1 of (0, 1) gets utility 0). Judged by expected costs it is not Pareto efficient: on (0, 1/2, 1) the
 * agents expect (1/2, 1/3, 1/2) while the sure location 1/2 gives (1/2, 0, 1/2); every location it draws
 * is Pareto optimal ex post. The paper characterises it as the only universally truthful, universally
 * anonymous mechanism with Strong Proportionality in expectation (title and abstract checked; the proofs
 * were not).
 *
 * Works on the whole real line. Complexity: O(n log n).
 */
export const randomRank = defineLineMechanism(
  {
    id: 'random-rank',
    name: 'Random Rank',
    aliases: ['rr', 'random-dictator', 'random-dictatorship', 'random-rank-mechanism'],
    setting: 'line',
    description: 'The k-th highest report for k drawn uniformly from 1…n (a lottery over the reports).',
    citations: [ALSW_2022],
    complexity: 'O(n log n)',
    randomized: true,
    domain: 'any',
    convention: 'exact lottery: each distinct report with probability multiplicity/n, equal locations merged, ascending',
    properties: {
      strategyproof: true,
      'group-strategyproof': null,
      anonymous: true,
      unanimous: true,
      ifs: 'in-expectation',
      ufs: 'in-expectation',
      proportional: 'in-expectation',
      pf: 'in-expectation',
      'strong-proportionality': 'in-expectation',
      pareto: false,
    },
    approximation: { 'max-cost': '2' },
  },
  (profile) => {
    const n = profile.sorted.length;
    return lotteryOutcome(
      'random-rank',
      lottery(distinctLocations(profile).map(({ location, count }) => ({ outcome: location, probability: Rational.of(count, n) }))),
    );
  },
);
