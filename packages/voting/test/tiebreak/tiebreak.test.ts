import { describe, expect, it } from 'vitest';
import { borda, breakTie, chooseByTiebreak, compareLabels } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';

describe('tie-breaking', () => {
  const tied = borda(profileOf(3, ['abc', 'bac']));
  it('an irresolute rule returns every tied winner', () => {
    expect(tied.winners).toEqual([0, 1]);
    expect(tied.tiebreak).toBeUndefined();
  });
  it('lexicographic picks the smallest label and records the tie', () => {
    expect(breakTie(tied, 'lexicographic')).toMatchObject({ winners: [0], tiebreak: { rule: 'lexicographic', among: [0, 1], chosen: 0 } });
    expect(chooseByTiebreak([0, 1, 2], ['c', 'a', 10], 'lexicographic').chosen).toBe(2);
    expect([compareLabels(2, 10), compareLabels('b', 'a'), compareLabels(1, 'a')].map(Math.sign)).toEqual([-1, 1, -1]);
  });
  it('random is seeded: the same seed chooses the same candidate, and every tied candidate can be chosen', () => {
    const picks = new Set<number>();
    for (let seed = 0; seed < 40; seed++) {
      const a = breakTie(tied, { random: seed });
      expect(breakTie(tied, { random: seed }).winners).toEqual(a.winners);
      expect(a.tiebreak?.seed).toBe(seed);
      picks.add(a.winners[0]!);
    }
    expect([...picks].sort()).toEqual([0, 1]);
  });
  it('order follows a priority list; the option works through the rule too', () => {
    expect(borda(profileOf(3, ['abc', 'bac']), { tiebreak: { order: [1, 0, 2] } }).winners).toEqual([1]);
    expect(() => breakTie(tied, { order: [2] })).toThrow(/names none/);
    expect(() => breakTie(tied, 'alphabetical' as never)).toThrow(/unknown tie-break/);
  });
  it('a single winner is left alone', () => {
    const one = borda(profileOf(2, ['ab']));
    expect(breakTie(one, 'lexicographic')).toBe(one);
  });
});
