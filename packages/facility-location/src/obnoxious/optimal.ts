import { locationOutcome } from '../outcome/outcome.js';
import { CHENG_YU_ZHANG_2013 } from './citations.js';
import { defineObnoxiousMechanism } from './define.js';
import { obnoxiousOptimum } from './objectives.js';

/**
 * Utilitarian optimum for an obnoxious facility: the endpoint of the bounded domain that maximises the
 * social utility Σ_i |x_i − y| (lo on a tie), exact.
 *
 * The benchmark of the approximation ratios, registered to record that it is not strategyproof: on
 * [0, 0.6, 0.8] (domain [0, 1]) the sum is larger at 1, so the facility goes to 1 and the agent at 0.6
 * gets 0.4; reporting 1 moves the optimum to 0 and gives it 0.6. Anonymous.
 *
 * Complexity: O(n).
 */
export const obnoxiousOptimal = defineObnoxiousMechanism(
  {
    id: 'obnoxious-optimal',
    name: 'Utilitarian optimum (obnoxious facility)',
    aliases: ['obnoxious-utilitarian', 'obnoxious-max-sum'],
    setting: 'obnoxious-line',
    description: 'The endpoint of the domain with the larger total distance to the reports.',
    citations: [CHENG_YU_ZHANG_2013],
    complexity: 'O(n)',
    randomized: false,
    domain: 'bounded',
    convention: 'lo on a tie',
    properties: {
      strategyproof: false,
      'group-strategyproof': false,
      anonymous: true,
    },
    approximation: { 'social-utility': '1 (optimal)' },
  },
  (profile) => locationOutcome('obnoxious-optimal', obnoxiousOptimum(profile, 'social-utility').location),
);
