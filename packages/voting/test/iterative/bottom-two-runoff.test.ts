import { describe, expect, it } from 'vitest';
import { bottomTwoRunoffInstantRunoff, bottomTwoRunoffInstantRunoffPut } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';
import { checkCondorcetConsistent } from './violations.js';

describe('bottom-two-runoff instant runoff', () => {
  it('the head-to-head loser of the two lowest goes', () => {
    // First places a 3, b 2, c 2: b and c (tied lowest) meet, b wins 5–2 → c out. Then a 3 and b 4: a is
    // lowest and loses to b 3–4.
    const r = bottomTwoRunoffInstantRunoff(profileOf(3, ['abc', 'bca', 'cba'], [3, 2, 2]));
    expect(r.rounds?.map((x) => x.eliminated)).toEqual([[2], [0], []]);
    expect(r.winners).toEqual([1]);
  });
  it('elects the Condorcet winner Instant Runoff squeezes out', () => {
    // a≻c≻b ×4, b≻c≻a ×4, c≻a≻b: c (1 first place) meets b or a and beats both.
    expect(bottomTwoRunoffInstantRunoff(profileOf(3, ['acb', 'bca', 'cab'], [4, 4, 1])).winners).toEqual([2]);
  });
  it('a tied head-to-head eliminates the lower one; if everyone would go, all win', () => {
    expect(bottomTwoRunoffInstantRunoff(profileOf(2, ['ab', 'ba'])).winners).toEqual([0, 1]);
    expect(bottomTwoRunoffInstantRunoffPut(profileOf(2, ['ab', 'ba'])).winners).toEqual([0, 1]);
    expect(bottomTwoRunoffInstantRunoffPut(profileOf(3, ['abc', 'bca', 'cab'])).winners).toEqual([0, 1, 2]);
  });
  it('properties: Condorcet consistent (both versions)', () => {
    checkCondorcetConsistent(bottomTwoRunoffInstantRunoff);
    checkCondorcetConsistent(bottomTwoRunoffInstantRunoffPut);
  });
});
