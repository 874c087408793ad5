import { describe, expect, it } from 'vitest';
import { dHondt, firstPreferenceVotes } from '../../src/apportionment/index.js';
import { profileOf } from '../helpers/profiles.js';

describe('firstPreferenceVotes', () => {
  it('counts first places; a tied first place counts for nobody by default (Condorcet PHP), or is split', () => {
    const p = profileOf(3, ['abc', 'b', '(ac)b', ''], [3, 2, 2, 1]);
    expect(firstPreferenceVotes(p).votes.map(String)).toEqual(['3', '2', '0']);
    expect(firstPreferenceVotes(p, { tiedTop: 'split' }).votes.map(String)).toEqual(['4', '2', '1']);
    expect(firstPreferenceVotes(p).parties).toEqual(['a', 'b', 'c']);
    expect(() => firstPreferenceVotes(p, { tiedTop: 'drop' as never })).toThrow(/tiedTop/);
  });
  it('is exact with fractional weights and feeds the apportionment methods', () => {
    const v = firstPreferenceVotes(profileOf(2, ['ab', 'ba'], [0.1, 0.2]));
    expect(v.votes.map(String)).toEqual(['1/10', '1/5']);
    expect(dHondt(v, { seats: 3 }).seats).toEqual([1, 2]);
  });
});
