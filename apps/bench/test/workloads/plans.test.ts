import { ValidationError } from '@plural/core';
import { describe, expect, it } from 'vitest';
import { FULL_SIZES, QUICK_SIZES, withVoters } from '../../src/workloads/plans.js';

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
