import { locationOutcome } from '../outcome/outcome.js';
import { defineLineMechanism } from '../registry/define.js';
import type { MechanismProperties } from '../registry/types.js';
import { MOULIN_1980, PROCACCIA_TENNENHOLTZ_2013 } from './citations.js';

/** Properties shared by the two extreme-report dictatorships (generalized medians with all phantoms at one end). */
const EXTREME_PROPERTIES: MechanismProperties = {
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
};

/**
 * Leftmost mechanism (Procaccia & Tennenholtz 2013, doi:10.1145/2542174.2542175): the facility goes to
 * the smallest report x_(1). It is the generalized median with n − 1 phantoms at −∞ (Moulin 1980), hence
 * strategyproof and group-strategyproof, anonymous and unanimous, and it works on the whole real line.
 * Procaccia & Tennenholtz show it is a 2-approximation of the maximum cost and that no deterministic
 * strategyproof mechanism does better; its social cost is an (n − 1)-approximation. Not fair: on [0, 1]
 * the agent at 1 gets utility 0 (fails IFS, UFS, proportionality, PF and strong proportionality).
 *
 * Ties are irrelevant (a single location). Complexity: O(n log n) (the profile's sort).
 */
export const leftmost = defineLineMechanism(
  {
    id: 'leftmost',
    name: 'Leftmost',
    aliases: ['leftmost-agent', 'left-dictator', 'min'],
    setting: 'line',
    description: 'The smallest report x_(1).',
    citations: [PROCACCIA_TENNENHOLTZ_2013, MOULIN_1980],
    complexity: 'O(n log n)',
    randomized: false,
    domain: 'any',
    convention: 'no ties to settle: the minimum of the reports',
    properties: EXTREME_PROPERTIES,
    approximation: { 'max-cost': '2', 'social-cost': 'n − 1' },
  },
  (profile) => locationOutcome('leftmost', profile.sorted[0]!),
);

/**
 * Rightmost mechanism, the mirror image of {@link leftmost}: the facility goes to the largest report
 * x_(n). Strategyproof, group-strategyproof, anonymous, unanimous; 2-approximation of the maximum cost,
 * (n − 1) of the social cost (Procaccia & Tennenholtz 2013). Not fair: on [0, 1] the agent at 0 gets
 * utility 0.
 *
 * Complexity: O(n log n).
 */
export const rightmost = defineLineMechanism(
  {
    id: 'rightmost',
    name: 'Rightmost',
    aliases: ['rightmost-agent', 'right-dictator', 'max'],
    setting: 'line',
    description: 'The largest report x_(n).',
    citations: [PROCACCIA_TENNENHOLTZ_2013, MOULIN_1980],
    complexity: 'O(n log n)',
    randomized: false,
    domain: 'any',
    convention: 'no ties to settle: the maximum of the reports',
    properties: EXTREME_PROPERTIES,
    approximation: { 'max-cost': '2', 'social-cost': 'n − 1' },
  },
  (profile) => locationOutcome('rightmost', profile.sorted[profile.sorted.length - 1]!),
);
