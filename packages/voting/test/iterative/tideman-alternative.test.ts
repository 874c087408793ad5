import { describe, expect, it } from 'vitest';
import { tidemanAlternativeGocha, tidemanAlternativeGochaPut, tidemanAlternativeTopCycle, tidemanAlternativeTopCyclePut } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';
import { checkCondorcetConsistent, checkSmithConsistent } from './violations.js';

describe("Tideman's alternative methods", () => {
  it('Top Cycle: restrict to the Smith set, eliminate its fewest first places, repeat', () => {
    // pref_voting's page profile: c≻e≻b≻d≻a, d≻b≻a≻c≻e, e≻b≻a≻c≻d (cycle among b… ): winner c.
    // (profile_Tideman_Alternative_Top_Cycle_IPDA_5c_3v: "Winners in full election: [2]").
    expect(tidemanAlternativeTopCycle(profileOf(5, ['cebda', 'dbace', 'ebacd'])).winners).toEqual([2]);
    // a 3-cycle with first places 3, 2, 2: b and c leave together.
    expect(tidemanAlternativeTopCycle(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners).toEqual([0]);
  });
  it('GOCHA: a candidate outside the Schwartz set can come back (pref_voting)', () => {
    // b≻c≻a, c≻a≻b: c beats a 2–0, b and c tie, a and b tie. Schwartz set {b, c}, tied 1–1 on first
    // places. Removing b leaves {a, c}: c wins. Removing c leaves {a, b}, a tie: a is back, and wins in
    // one universe. pref_voting: [0, 1, 2] (page profile_Tideman_Alternative_GOCHA_PUT_IPDA_3c_2v).
    const p = profileOf(3, ['bca', 'cab']);
    expect(tidemanAlternativeGochaPut(p).winners).toEqual([0, 1, 2]);
    // The Smith set is {a, b, c} (ties link them all): a, with no first place, goes first; then b and c.
    expect(tidemanAlternativeTopCyclePut(p).winners).toEqual([1, 2]);
    // Simultaneously: b and c tie on first places within the Schwartz set, so both win.
    expect(tidemanAlternativeGocha(p).winners).toEqual([1, 2]);
  });
  it('properties: Condorcet and Smith consistent', () => {
    checkCondorcetConsistent(tidemanAlternativeGocha);
    checkSmithConsistent(tidemanAlternativeTopCycle);
    checkSmithConsistent(tidemanAlternativeTopCyclePut, 100);
    checkCondorcetConsistent(tidemanAlternativeGochaPut, 100);
  });
});
