/**
 * Why AverageOrRandomRank is not registered: the reconstruction "the average on profiles with exactly two
 * distinct locations, Random Rank otherwise" (spec §3.10, marked [R-inferred]) is not strategyproof in
 * expectation, while Aziz, Lam, Suzuki & Walsh (2022, arXiv:2205.14798) claim their AverageOrRandomRank
 * is. So the reconstruction is not the paper's mechanism; this test keeps the counterexample that shows it.
 */
import { describe, expect, it } from 'vitest';
import { average, checkStrategyproofness, defineLineMechanism, randomRank } from '../../src/index.js';

const reconstruction = defineLineMechanism(
  {
    ...randomRank.info,
    id: 'average-or-random-rank-reconstruction',
    name: 'AverageOrRandomRank as reconstructed (not the paper’s)',
    aliases: [],
    properties: {},
  },
  (profile, options) => {
    const distinct = new Set(profile.positions.map(String));
    return distinct.size === 2 ? average(profile, options) : randomRank(profile, options);
  },
);

describe('AverageOrRandomRank as the spec reconstructs it', () => {
  it('is not strategyproof in expectation: on (0, 1/2, 1) the middle agent reports 0', () => {
    const check = checkStrategyproofness(reconstruction, [0, 0.5, 1]);
    expect(check.holds).toBe(false);
    expect(check.witness?.agent).toBe(1);
    expect(check.witness?.truthfulCost.toString()).toBe('1/3');
    // Reporting 0 makes (0, 0, 1), whose average 1/3 is at distance 1/6; the checker reports the best lie.
    const zero = reconstruction([0, 0, 1]);
    expect(zero.kind === 'location' ? zero.location.toString() : '').toBe('1/3');
    expect(check.witness!.misreportCost.le('1/6')).toBe(true);
  });
});
