import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condorcetLoser, condorcetWinner, election, minimax, smithMinimax, smithSet, votingMethod } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { withoutOneVoter } from './violations.js';

describe('smith-minimax', () => {
  it('ignores candidates outside the Smith set, unlike minimax', () => {
    expect(smithMinimax(profileOf(4, ['abcd', 'bcad', 'cabd'])).winners).toEqual([0, 1, 2]);
    // dbac, acbd, cdab (3 voters): every candidate's worst defeat is 1, so Minimax elects all four, the
    // Condorcet loser b included; Smith-Minimax first drops b, which is outside the Smith set.
    const p = profileOf(4, ['dbac', 'acbd', 'cdab']);
    expect(minimax(p).winners).toEqual([0, 1, 2, 3]);
    expect(smithMinimax(p).winners).not.toContain(1);
    expect(votingMethod('Smith-Minimax').info.id).toBe('smith-minimax');
  });
  it('property: winners are in the Smith set; Condorcet winner and loser', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(6, 8), (p) => {
        const e = election(p);
        const winners = smithMinimax(e).winners;
        expect(winners.length).toBeGreaterThan(0);
        for (const w of winners) expect(smithSet(e.margins())).toContain(w);
        const cw = condorcetWinner(e.margins());
        if (cw !== undefined) expect(winners).toEqual([cw]);
        const cl = condorcetLoser(e.margins());
        if (cl !== undefined && p.candidates.length > 1) expect(winners).not.toContain(cl);
      }),
      { numRuns: 200 },
    );
  });
  it('recorded positive-involvement violation (pref_voting: false): d loses, and wins once a voter ranking d first leaves', () => {
    // Found by random search over ≤ 15 voters and ≤ 5 candidates: 7 voters, 5 candidates.
    const p = profileOf(5, ['cbead', 'daecb', 'bacde', 'deacb'], [2, 2, 2, 1]);
    expect(smithMinimax(p).winners).not.toContain(3);
    expect(smithMinimax(withoutOneVoter(p, 1)!).winners).toContain(3);
  });
});
