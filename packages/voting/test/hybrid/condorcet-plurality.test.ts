import { describe, expect, it } from 'vitest';
import { condorcetPlurality } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';
import { checkCondorcetConsistent } from '../iterative/violations.js';

describe('Condorcet plurality', () => {
  it('the Condorcet winner, else Plurality', () => {
    // Centre squeeze: c has one first place but beats a and b.
    expect(condorcetPlurality(profileOf(3, ['acb', 'bca', 'cab'], [4, 4, 1])).winners).toEqual([2]);
    // A cycle: Plurality (a 3, b 2, c 2).
    expect(condorcetPlurality(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners).toEqual([0]);
    // Truncated ballots are fine.
    expect(condorcetPlurality(profileOf(3, ['a', 'b', 'cb'], [2, 2, 1])).winners).toEqual([1]);
  });
  it('property: Condorcet consistent', () => {
    checkCondorcetConsistent(condorcetPlurality);
  });
});
