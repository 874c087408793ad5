import { methodLookup } from '@plural/core';
import { ALLW_2022, ALSW_2022, FREEMAN_ET_AL_2021, MOULIN_1980, PROCACCIA_TENNENHOLTZ_2013 } from '../line/citations.js';
import { checkAnonymity } from './anonymity.js';
import { checkIfs, checkPareto, checkPf, checkProportionality, checkStrongProportionality, checkUfs, checkUnanimity } from './fairness.js';
import { checkGroupStrategyproofness, checkStrategyproofness } from './strategyproofness.js';
import type { LineAxiom } from './types.js';

/**
 * The axioms of single-facility mechanisms on the line, with their property ids (the keys of
 * `info.properties`), each with a checker on one profile that returns a witness when it fails.
 * The docs, the CLI and the registry property tests read this list.
 */
export const lineAxioms: readonly LineAxiom[] = Object.freeze(
  [
    {
      id: 'strategyproof',
      name: 'Strategyproofness',
      description: 'No agent lowers its (expected) distance to the facility by misreporting (searched exhaustively over a rational grid, the other reports and their midpoints).',
      citations: [MOULIN_1980, PROCACCIA_TENNENHOLTZ_2013],
      needsBoundedDomain: false,
      profiles: 'any' as const,
      check: checkStrategyproofness,
    },
    {
      id: 'group-strategyproof',
      name: 'Group strategyproofness',
      description: 'No coalition (of at most 2 agents by default) has a joint misreport that makes no member worse off and one better off.',
      citations: [MOULIN_1980],
      needsBoundedDomain: false,
      profiles: 'any' as const,
      check: checkGroupStrategyproofness,
    },
    {
      id: 'anonymous',
      name: 'Anonymity',
      description: 'Permuting the reports leaves the location (or lottery) unchanged.',
      citations: [MOULIN_1980],
      needsBoundedDomain: false,
      profiles: 'any' as const,
      check: checkAnonymity,
    },
    {
      id: 'unanimous',
      name: 'Unanimity',
      description: 'When every agent reports the same point, the facility is put there.',
      citations: [MOULIN_1980],
      needsBoundedDomain: false,
      profiles: 'unanimous' as const,
      check: checkUnanimity,
    },
    {
      id: 'ifs',
      name: 'Individual Fair Share (IFS)',
      description: 'Every agent gets utility at least 1/n: distance at most (1 − 1/n) of the domain.',
      citations: [ALLW_2022],
      needsBoundedDomain: true,
      profiles: 'any' as const,
      check: checkIfs,
    },
    {
      id: 'ufs',
      name: 'Unanimous Fair Share (UFS)',
      description: 'Every group S of agents at one point gets distance at most (1 − |S|/n) of the domain.',
      citations: [ALLW_2022],
      needsBoundedDomain: true,
      profiles: 'any' as const,
      check: checkUfs,
    },
    {
      id: 'proportional',
      name: 'Proportionality',
      description: 'When all agents are at the two ends of the domain, the facility is at the fraction #{at the right end}/n of it.',
      citations: [FREEMAN_ET_AL_2021, ALLW_2022],
      needsBoundedDomain: true,
      profiles: 'two-ends' as const,
      check: checkProportionality,
    },
    {
      id: 'pf',
      name: 'Proportional Fairness (PF)',
      description: 'Every group S of agents within a range r gets, for each member, distance at most (1 − |S|/n) of the domain plus r.',
      citations: [ALLW_2022],
      needsBoundedDomain: true,
      profiles: 'any' as const,
      check: checkPf,
    },
    {
      id: 'strong-proportionality',
      name: 'Strong Proportionality',
      description: 'On a profile with exactly two distinct locations, the two groups incur equal total (expected) cost.',
      citations: [ALSW_2022],
      needsBoundedDomain: false,
      profiles: 'two-locations' as const,
      check: checkStrongProportionality,
    },
    {
      id: 'pareto',
      name: 'Pareto efficiency',
      description: 'No location is weakly better for every agent and strictly better for one (for a lottery: compared with its expected costs).',
      citations: [MOULIN_1980],
      needsBoundedDomain: false,
      profiles: 'any' as const,
      check: checkPareto,
    },
  ].map((a) => Object.freeze({ ...a, citations: Object.freeze(a.citations) })) as LineAxiom[],
);

const ALIASES: Readonly<Record<string, readonly string[]>> = {
  strategyproof: ['sp', 'strategyproofness'],
  'group-strategyproof': ['gsp', 'group-strategyproofness'],
  anonymous: ['anonymity'],
  unanimous: ['unanimity'],
  ifs: ['individual-fair-share'],
  ufs: ['unanimous-fair-share'],
  proportional: ['proportionality'],
  pf: ['proportional-fairness'],
  'strong-proportionality': ['strongly-proportional', 'sprop'],
  pareto: ['pareto-efficiency', 'pareto-optimal'],
};

const lookup = methodLookup(
  lineAxioms.map((axiom) => ({ info: { id: axiom.id, aliases: ALIASES[axiom.id] ?? [] }, axiom })),
  'facility-location axiom',
);

/**
 * The registered axiom with this id (case, spaces and underscores ignored). Throws ValidationError
 * listing the ids otherwise.
 *
 * @example
 * lineAxiom('UFS').name; // 'Unanimous Fair Share (UFS)'
 */
export function lineAxiom(id: string): LineAxiom {
  return lookup(id).axiom;
}
