import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condorcetWinner, election, superiorVoting } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';

describe('superior voting', () => {
  it("adds the first places of the candidates one beats head-to-head", () => {
    // First places a 2, b 2, c 1; a beats b (3–2) and c (4–1); b beats c (4–1).
    // a: 2 + 2 + 1 = 5; b: 2 + 1 = 3; c: 1.
    const r = superiorVoting(profileOf(3, ['abc', 'bac', 'cab'], [2, 2, 1]));
    expect(r.scores).toEqual([5, 3, 1]);
    expect(r.winners).toEqual([0]);
  });
  it('accepts truncated ballots; refuses ties', () => {
    expect(superiorVoting(profileOf(3, ['a', 'b', 'cb'])).winners).toEqual([1]);
    expect(() => superiorVoting(profileOf(3, ['(ab)c']))).toThrow(/strict rankings/);
  });
  it('property: a Condorcet winner with at least one first place is the only winner (Holliday)', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(5, 8), (p) => {
        const cw = condorcetWinner(election(p).margins());
        if (cw === undefined || !p.ballots.some((b) => b[0] === cw)) return;
        expect(superiorVoting(p).winners).toEqual([cw]);
      }),
      { numRuns: 300 },
    );
  });
});
