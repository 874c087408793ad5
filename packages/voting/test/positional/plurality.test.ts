import { describe, expect, it } from 'vitest';
import { plurality } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';

describe('plurality with weak and empty ballots', () => {
  it('ignores ties below the top and empty ballots', () => {
    expect(plurality(profileOf(3, ['a(bc)', 'b(ac)', 'a', ''])).scores).toEqual([2, 1, 0]);
  });
  it('a tied top is refused by default and shared with tiedTop "split" (Condorcet PHP)', () => {
    const p = profileOf(3, ['(ab)c', 'c', '(abc)']);
    expect(() => plurality(p)).toThrow(/tiedTop: "split"/);
    // a, b: 1/2 + 1/3; c: 1 + 1/3.
    const r = plurality(p, { tiedTop: 'split' });
    expect(r.scores?.map(String)).toEqual(['5/6', '5/6', '4/3']);
    expect(r.winners).toEqual([2]);
    expect(() => plurality(p, { tiedTop: 'share' as 'split' })).toThrow(/unknown tiedTop/);
  });
});
