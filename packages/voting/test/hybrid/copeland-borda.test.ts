import { marginMatrix } from '@plural/core';
import { describe, expect, it } from 'vitest';
import { copeland, copelandGlobalBorda, copelandLocalBorda } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';
import { checkCondorcetConsistent, checkSmithConsistent } from '../iterative/violations.js';

describe('Copeland with Borda tie-breaking', () => {
  it('global: the whole profile’s Borda scores among the Copeland winners', () => {
    // A 3-cycle (a 3, b 2, c 2 first places): all tie on Copeland; Borda a 8, b 7, c 6 → a.
    const p = profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2]);
    expect(copeland(p).winners).toEqual([0, 1, 2]);
    expect(copelandGlobalBorda(p).scores).toEqual([8, 7, 6]);
    expect(copelandGlobalBorda(p).winners).toEqual([0]);
  });
  it('local: Borda within the Copeland winners (sum of margins among them); it can differ from global', () => {
    const cycle = profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2]);
    expect(copelandLocalBorda(cycle).winners).toEqual([0]);
    expect(copelandLocalBorda(marginMatrix(cycle)).winners).toEqual([0]);
    // d≻b≻c≻a, a≻d≻b≻c, b≻c≻a≻d: Copeland winners b and d (2 wins each). Global Borda b 6, d 5 → b;
    // restricted to {b, d}, d beats b 2–1 → d.
    const p = profileOf(4, ['dbca', 'adbc', 'bcad']);
    expect(copeland(p).winners).toEqual([1, 3]);
    expect(copelandGlobalBorda(p).winners).toEqual([1]);
    expect(copelandLocalBorda(p).winners).toEqual([3]);
  });
  it('properties: Condorcet and Smith consistent', () => {
    checkCondorcetConsistent(copelandGlobalBorda);
    checkSmithConsistent(copelandLocalBorda);
  });
});
