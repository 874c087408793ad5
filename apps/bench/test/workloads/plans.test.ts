import { ValidationError } from '@plural/core';
import { describe, expect, it } from 'vitest';
import { FULL_SIZES, QUICK_SIZES, votersLabel, votingVoterCounts, withVoters } from '../../src/workloads/plans.js';

describe('sizes', () => {
  it('the full run is the issue\'s 1M ballots × 10 candidates; quick is smaller', () => {
    expect([FULL_SIZES.voters, FULL_SIZES.candidates]).toEqual([1_000_000, 10]);
    expect(QUICK_SIZES.voters).toBeLessThan(FULL_SIZES.voters);
    expect(Object.isFrozen(FULL_SIZES) && Object.isFrozen(QUICK_SIZES)).toBe(true);
  });

  it('withVoters changes only the voters, and rejects counts that are not whole numbers ≥ 1', () => {
    const sizes = withVoters(QUICK_SIZES, 1234);
    expect(sizes).toEqual({ ...QUICK_SIZES, voters: 1234 });
    expect(QUICK_SIZES.voters).toBe(20_000);
    for (const bad of [0, -1, 2.5, Number.NaN]) expect(() => withVoters(QUICK_SIZES, bad)).toThrow(ValidationError);
  });
});

describe('voting sizes', () => {
  it("are the issue's 10k and 1M voters in a full run, 10k capped at the run's voters", () => {
    expect(votingVoterCounts(FULL_SIZES)).toEqual([10_000, 1_000_000]);
    expect(votingVoterCounts(QUICK_SIZES)).toEqual([10_000, 20_000]);
    expect(votingVoterCounts(withVoters(QUICK_SIZES, 500))).toEqual([500]);
    expect(votingVoterCounts(withVoters(QUICK_SIZES, 10_000))).toEqual([10_000]);
  });

  it('are written short in workload names', () => {
    expect([1_000_000, 2_500_000, 10_000, 20_000, 1500, 240, 1234].map(votersLabel)).toEqual(['1M', '2.5M', '10k', '20k', '1.5k', '240', '1234']);
  });
});
