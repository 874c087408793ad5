import { describe, expect, it } from 'vitest';
import { instantRunoff } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';

describe('instant runoff', () => {
  it('eliminates the fewest first places until one remains, recording rounds', () => {
    // a: 4, b: 3, c: 2 (c's voters prefer b) → c out; b gets 5 → b wins.
    const r = instantRunoff(profileOf(3, ['abc', 'bac', 'cba'], [4, 3, 2]));
    expect(r.winners).toEqual([1]);
    expect(r.rounds?.map((x) => x.eliminated)).toEqual([[2], [0], []]);
    expect(r.rounds?.[0]?.scores).toEqual([4, 3, 2]);
  });
  it('eliminates all tied losers together; an all-way tie wins together', () => {
    expect(instantRunoff(profileOf(3, ['abc', 'bca', 'cab'])).winners).toEqual([0, 1, 2]);
    // c and d tie for fewest (1 each) and leave together; their voters go to a: a 5, b 3.
    const r = instantRunoff(profileOf(4, ['abcd', 'bacd', 'cdab', 'dcab'], [3, 3, 1, 1]));
    expect(r.rounds?.[0]?.eliminated).toEqual([2, 3]);
    expect(r.winners).toEqual([0]);
  });
  it('exhausts truncated ballots', () => {
    // c out first; the ballot "c" is exhausted, "cb" goes to b.
    const r = instantRunoff(profileOf(3, ['a', 'b', 'c', 'cb'], [3, 3, 1, 1]));
    expect(r.rounds?.[1]?.scores).toEqual([3, 4, undefined]);
    expect(r.winners).toEqual([1]);
  });
  it('refuses tied ballots', () => {
    expect(() => instantRunoff(profileOf(3, ['(ab)c']))).toThrow(/strict rankings/);
  });
});
