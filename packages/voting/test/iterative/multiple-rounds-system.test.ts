import { describe, expect, it } from 'vitest';
import { multipleRoundsSystem, plurality } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';

describe('multiple rounds system (Condorcet PHP two-round system)', () => {
  it('a majority in round 1 wins; otherwise the top two meet', () => {
    expect(multipleRoundsSystem(profileOf(3, ['abc', 'bca'], [3, 2])).winners).toEqual([0]);
    // a 4, b 3, c 2 of 9: no majority; round 2 between a and b: the "cba" voters go to b: 5–4.
    const r = multipleRoundsSystem(profileOf(3, ['abc', 'bca', 'cba'], [4, 3, 2]));
    expect(r.rounds?.map((x) => x.scores)).toEqual([
      [4, 3, 2],
      [4, 5, undefined],
    ]);
    expect(r.winners).toEqual([1]);
  });
  it('ties for second place all go on; tied top ranks share the vote', () => {
    // a 3, b 2, c 2: all three go on to round 2, where nothing changes: a wins with the most.
    expect(multipleRoundsSystem(profileOf(3, ['abc', 'bac', 'cab'], [3, 2, 2])).rounds?.[0]?.eliminated).toEqual([]);
    // "(ab) ≻ c" gives a and b half a vote each.
    const r = multipleRoundsSystem(profileOf(3, ['(ab)c', 'cab', 'a'], [2, 1, 1]), { maxRounds: 1 });
    expect(r.rounds?.[0]?.scores).toEqual([2, 1, 1]);
    expect(r.winners).toEqual([0]);
  });
  it('maxRounds 1 is first-past-the-post with shared tied tops', () => {
    const p = profileOf(3, ['(ab)c', 'c', 'ab']);
    expect(multipleRoundsSystem(p, { maxRounds: 1 }).winners).toEqual(plurality(p, { tiedTop: 'split' }).winners);
  });
  it('validates its options', () => {
    const p = profileOf(2, ['ab']);
    expect(() => multipleRoundsSystem(p, { maxRounds: 0 })).toThrow(/maxRounds must be an integer ≥ 1/);
    expect(() => multipleRoundsSystem(p, { finalists: 1.5 })).toThrow(/finalists/);
    expect(() => multipleRoundsSystem(p, { finalistsIncrement: -1 })).toThrow(/finalistsIncrement/);
  });
});
