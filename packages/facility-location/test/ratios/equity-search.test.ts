/**
 * Equity of the line mechanisms, measured: the worst complemented-Gini and Nash-welfare ratios found by
 * exhaustive search over every profile of at most 4 agents on the grid of sixths (plus the default
 * fast-check rounds). Lower bounds on the true worst case; Walsh (2025, arXiv:2506.10460) shows no
 * strategyproof mechanism bounds the Gini ratio itself, which is why the complemented Gini 1 − G is the
 * objective. The docs' equity table (apps/docs/facility-location/index.md) mirrors this one.
 */
import { describe, expect, it } from 'vitest';
import { facilityMechanism, worstCaseRatio } from '../../src/index.js';

const FOUND: readonly (readonly [string, string, string])[] = [
  // [mechanism, complemented-gini ratio, nash-welfare ratio]
  ['median', '2', 'infinite'],
  ['uniform-phantom', '21/17', '512/297'],
  ['leftmost', '4', 'infinite'],
  ['average', '20/17', '2048/1715'],
  ['midpoint', '50/49', '27/16'],
  ['random-rank', '2', 'infinite'],
  ['lrm', '4/3', '27/8'],
];

describe('equity: worst ratios found on ≤ 4 agents, grid of sixths', () => {
  for (const [id, gini, nash] of FOUND) {
    it(`${id}: complemented Gini ${gini}, Nash welfare ${nash}`, () => {
      const mechanism = facilityMechanism(id);
      expect(String(worstCaseRatio(mechanism, 'complemented-gini', { maxAgents: 4, gridDenominator: 6 }).ratio)).toBe(gini);
      expect(String(worstCaseRatio(mechanism, 'nash-welfare', { maxAgents: 4, gridDenominator: 6 }).ratio)).toBe(nash);
    });
  }

  it('Uniform Phantom’s complemented-Gini witness: (0, 2/3, 2/3) puts it at 2/3 where 1/3 equalises', () => {
    const worst = worstCaseRatio(facilityMechanism('uniform-phantom'), 'complemented-gini', { maxAgents: 4, gridDenominator: 6 });
    expect(worst.profile.positions.map(String)).toEqual(['0', '2/3', '2/3']);
    expect(String(worst.detail.mechanismValue)).toBe('17/21');
  });
});
