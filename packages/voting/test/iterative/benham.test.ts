import { describe, expect, it } from 'vitest';
import { benham, benhamPut, benhamTb, instantRunoff } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';
import { checkCondorcetConsistent, checkPutIsUnionOfTb } from './violations.js';

describe('benham', () => {
  it('eliminates fewest first places until the remaining candidates have a Condorcet winner', () => {
    // First places a 3, b 2, c 2 in a cycle a≻b≻c≻a: b and c leave together, a wins.
    expect(benham(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners).toEqual([0]);
    // Centre squeeze: a≻c≻b ×4, b≻c≻a ×4, c≻a≻b. c beats a and b 5–4 but has one first place: Instant
    // Runoff eliminates it (a wins); Benham stops at once with c.
    const p = profileOf(3, ['acb', 'bca', 'cab'], [4, 4, 1]);
    expect(instantRunoff(p).winners).toEqual([0]);
    expect(benham(p).winners).toEqual([2]);
  });
  it('accepts truncated ballots', () => {
    expect(benham(profileOf(3, ['a', 'b', 'cb'], [2, 2, 1])).winners).toEqual([1]);
  });
  it('TB and PUT on a cycle', () => {
    const cycle = profileOf(3, ['abc', 'bca', 'cab']);
    expect(benhamPut(cycle).winners).toEqual([0, 1, 2]);
    expect(benhamTb(cycle).winners).toEqual([1]);
    expect(benhamTb(cycle, { tiebreakOrder: [2, 0, 1] }).winners).toEqual([0]);
  });
  it('properties: Condorcet consistent; PUT is the union of TB over orders', () => {
    checkCondorcetConsistent(benham);
    checkCondorcetConsistent(benhamPut);
    checkPutIsUnionOfTb(benhamPut, benhamTb);
  });
});
