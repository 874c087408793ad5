import { describe, expect, it } from 'vitest';
import { instantRunoff, smithIrv, woodall } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';
import { checkSmithConsistent } from '../iterative/violations.js';

describe('Woodall', () => {
  it('a single Smith candidate wins', () => {
    expect(woodall(profileOf(3, ['acb', 'bca', 'cab'], [4, 4, 1])).winners).toEqual([2]);
  });
  it('Instant Runoff on everyone until one Smith candidate is left', () => {
    // c≻a≻b≻d ×2, d≻b≻c≻a ×2, a≻b≻c≻d: Smith set {a, b, c}. Instant Runoff on all four: b (0 first
    // places) goes, then a (1); c is the only Smith member left → c. Smith IRV (IRV on the Smith set
    // only) gives b instead.
    const p = profileOf(4, ['cabd', 'dbca', 'abcd'], [2, 2, 1]);
    const r = woodall(p);
    expect(r.rounds?.map((x) => x.eliminated)).toEqual([[1], [0]]);
    expect(r.winners).toEqual([2]);
    expect(instantRunoff(p).winners).toEqual([2]);
    expect(smithIrv(p).winners).toEqual([1]);
  });
  it('the last Smith members leaving together all win', () => {
    expect(woodall(profileOf(3, ['abc', 'bca', 'cab'])).winners).toEqual([0, 1, 2]);
  });
  it('property: winners in the Smith set', () => {
    checkSmithConsistent(woodall);
  });
});
