import { describe, expect, it } from 'vitest';
import { baldwin, baldwinPut, baldwinTb } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';
import { checkCondorcetConsistent, checkPutIsUnionOfTb, checkSmithConsistent } from './violations.js';

describe('baldwin', () => {
  it('eliminates the lowest Borda score, recomputed each round', () => {
    // pref_voting's docstring profile: b≻a≻c≻d ×2, d≻b≻a≻c, c≻a≻d≻b.
    // Borda a 7, b 8, c 5, d 4 → d out; then a 4, b 6, c 2 → c out; then b beats a 3–1.
    const r = baldwin(profileOf(4, ['bacd', 'dbac', 'cadb'], [2, 1, 1]));
    expect(r.rounds?.[0]?.scores).toEqual([7, 8, 5, 4]);
    expect(r.rounds?.map((x) => x.eliminated)).toEqual([[3], [2], [0], []]);
    expect(r.winners).toEqual([1]);
  });
  it('all tied: all win (simultaneous); TB and PUT break the tie', () => {
    const cycle = profileOf(3, ['abc', 'bca', 'cab']);
    expect(baldwin(cycle).winners).toEqual([0, 1, 2]);
    // Order 0,1,2: a goes, then b beats c 2–1.
    expect(baldwinTb(cycle).winners).toEqual([1]);
    expect(baldwinPut(cycle).winners).toEqual([0, 1, 2]);
  });
  it('needs strict complete ballots', () => {
    expect(() => baldwin(profileOf(3, ['ab']))).toThrow(/complete rankings/);
  });
  it('properties: Condorcet and Smith consistent; PUT is the union of TB over orders', () => {
    checkCondorcetConsistent(baldwin);
    checkSmithConsistent(baldwinPut, 100);
    checkPutIsUnionOfTb(baldwinPut, baldwinTb);
  });
});
