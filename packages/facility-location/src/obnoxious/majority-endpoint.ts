import { locationOutcome } from '../outcome/outcome.js';
import { boundedDomain } from '../profile/line-profile.js';
import { CHENG_YU_ZHANG_2011, CHENG_YU_ZHANG_2013 } from './citations.js';
import { defineObnoxiousMechanism } from './define.js';

/**
 * Majority-endpoint mechanism for an obnoxious facility (Cheng, Yu & Zhang, COCOA 2011 on a path; TCS
 * 2013 on networks): on [lo, hi] with midpoint m, the facility goes to hi when at least half of the
 * agents report x ≤ m, and to lo otherwise.
 *
 * Group-strategyproof (an agent can only change the outcome by crossing m, which moves the facility
 * towards its own side), anonymous. A 3-approximation of the social utility Σ|x_i − y|, tight: with n/2
 * agents at m and n/2 at hi it picks hi (utility n/4) where lo gives 3n/4 (on [0, 1]). Definition and
 * tie rule (midpoint counted on the left) as commonly stated; not checked against the papers' text, and
 * no DOI was confirmed for either.
 *
 * Complexity: O(n).
 */
export const obnoxiousMajorityEndpoint = defineObnoxiousMechanism(
  {
    id: 'obnoxious-majority-endpoint',
    name: 'Majority endpoint (obnoxious facility)',
    aliases: ['cheng-yu-zhang', 'cyz-obnoxious', 'obnoxious-majority'],
    setting: 'obnoxious-line',
    description: 'The facility goes to the right end when at least half of the reports are in the left half (midpoint included), else to the left end.',
    citations: [CHENG_YU_ZHANG_2011, CHENG_YU_ZHANG_2013],
    complexity: 'O(n)',
    randomized: false,
    domain: 'bounded',
    convention: 'a report at the midpoint counts as left; a tie (exactly half left) puts the facility at hi',
    properties: {
      strategyproof: true,
      'group-strategyproof': true,
      anonymous: true,
    },
    approximation: { 'social-utility': '3' },
  },
  (profile) => {
    const { lo, hi } = boundedDomain(profile, 'the majority-endpoint mechanism');
    const mid = lo.add(hi).div(2);
    const left = profile.positions.filter((x) => x.le(mid)).length;
    return locationOutcome('obnoxious-majority-endpoint', 2 * left >= profile.positions.length ? hi : lo);
  },
);
