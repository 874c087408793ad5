import { describe, expect, it } from 'vitest';
import { strictNanson, weakNanson } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';
import { checkCondorcetConsistent, checkSmithConsistent } from './violations.js';

describe('nanson', () => {
  // pref_voting's docstring profile: c≻b≻a≻d ×2, a≻c≻b≻d, b≻d≻a≻c, a≻d≻c≻b.
  const p = profileOf(4, ['cbad', 'acbd', 'bdac', 'adcb'], [2, 1, 1, 1]);
  it('strict: eliminate below the average Borda score', () => {
    // Borda a 9, b 8, c 9, d 4, average 7.5 → d out; then a 5, b 4, c 6, average 5 → b out; then a
    // beats c 3–2 (Borda 3 vs 2).
    const r = strictNanson(p);
    expect(r.rounds?.[0]?.scores).toEqual([9, 8, 9, 4]);
    expect(r.rounds?.map((x) => x.eliminated)).toEqual([[3], [1], [2], []]);
    expect(r.winners).toEqual([0]);
  });
  it('weak: eliminate at or below the average', () => {
    // Round 2: a 5 ≤ 5 and b 4 go together: c wins.
    const r = weakNanson(p);
    expect(r.rounds?.map((x) => x.eliminated)).toEqual([[3], [0, 1], []]);
    expect(r.winners).toEqual([2]);
  });
  it('all equal scores: everyone wins', () => {
    const cycle = profileOf(3, ['abc', 'bca', 'cab']);
    expect(strictNanson(cycle).winners).toEqual([0, 1, 2]);
    expect(weakNanson(cycle).winners).toEqual([0, 1, 2]);
  });
  it('properties: Condorcet and Smith consistent', () => {
    checkCondorcetConsistent(strictNanson);
    checkCondorcetConsistent(weakNanson);
    checkSmithConsistent(strictNanson, 100);
  });
});
