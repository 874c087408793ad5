import { describe, expect, it } from 'vitest';
import { coombs, coombsPut, coombsTb } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';
import { checkPutIsUnionOfTb } from './violations.js';

describe('coombs', () => {
  it('eliminates the most last places until someone has a majority of first places', () => {
    // pref_voting's docstring profile: c≻b≻a, a≻c≻b ×2, b≻c≻a ×2. No majority; a is last 3 times → out;
    // then c is first on 3 of 5 ballots.
    const r = coombs(profileOf(3, ['cba', 'acb', 'bca'], [1, 2, 2]));
    expect(r.winners).toEqual([2]);
    expect(r.rounds?.[0]?.scores).toEqual([3, 2, 0]);
    expect(r.rounds?.map((x) => x.eliminated)).toEqual([[0], []]);
  });
  it('a majority winner wins at once, even if it has the most last places', () => {
    // a is first on 3 of 5 ballots and last on 2.
    expect(coombs(profileOf(3, ['abc', 'bca', 'cba'], [3, 1, 1])).winners).toEqual([0]);
  });
  it('eliminates all tied for most last places; a final tie wins together', () => {
    expect(coombs(profileOf(2, ['ab', 'ba'])).winners).toEqual([0, 1]);
    expect(coombs(profileOf(3, ['abc', 'bca', 'cab'])).winners).toEqual([0, 1, 2]);
  });
  it('TB and PUT (pref_voting docstring profiles)', () => {
    // c≻a≻b ×2, b≻a≻c, a≻b≻c: no majority; b and c tie with 2 last places.
    // Order 0,1,2: b goes; then a and c tie 2–2 on first and on last places, a goes: c wins.
    // Order 2,1,0: c goes; a is first on 3 of 4 ballots. PUT: both.
    const p = profileOf(3, ['cab', 'bac', 'abc'], [2, 1, 1]);
    expect(coombsTb(p).winners).toEqual([2]);
    expect(coombsTb(p, { tiebreakOrder: [2, 1, 0] }).winners).toEqual([0]);
    expect(coombsPut(p).winners).toEqual([0, 2]);
    expect(coombs(p).winners).toEqual([0]);
  });
  it('needs strict complete ballots', () => {
    expect(() => coombs(profileOf(3, ['ab']))).toThrow(/complete rankings/);
    expect(() => coombsPut(profileOf(3, ['(ab)c']))).toThrow(/strict rankings/);
  });
  it('property: PUT winners are the union of TB winners over all orders', () => {
    checkPutIsUnionOfTb(coombsPut, coombsTb);
  });
});
