import { BudgetExceededError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condorcetLoser, condorcetWinner, election, lossTrimmer, votingMethod, weakCondorcetWinners } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { withoutOneVoter } from './violations.js';

describe('loss-trimmer voting', () => {
  it('eliminates the largest total defeat, in every tied universe', () => {
    // a→b 3, b→c 3, c→a 1 (hand-computed): total defeats a 1, b 3, c 3. Removing b leaves c unbeaten;
    // removing c leaves a unbeaten: a and c win.
    expect(lossTrimmer(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners).toEqual([0, 2]);
    // abc ×3, bca ×2, cab: a→b 2, b→c 4, a–c tie: a is unbeaten (a weak Condorcet winner) and wins at once.
    expect(lossTrimmer(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 1])).winners).toEqual([0]);
    expect(votingMethod('Loss-Trimmer Voting').info.id).toBe('loss-trimmer');
  });
  it('property: weak Condorcet winners win at once; Condorcet winner and loser', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(6, 8), (p) => {
        const e = election(p);
        const winners = lossTrimmer(e).winners;
        expect(winners.length).toBeGreaterThan(0);
        const weak = weakCondorcetWinners(e.margins());
        if (weak.length > 0) expect(winners).toEqual(weak);
        const cw = condorcetWinner(e.margins());
        if (cw !== undefined) expect(winners).toEqual([cw]);
        const cl = condorcetLoser(e.margins());
        if (cl !== undefined && p.candidates.length > 1) expect(winners).not.toContain(cl);
      }),
      { numRuns: 200 },
    );
  });
  it('stops with BudgetExceededError', () => {
    expect(() => lossTrimmer(profileOf(4, ['abcd', 'bcda', 'cdab', 'dabc']), { budget: 1 })).toThrow(BudgetExceededError);
  });
  it('recorded positive-involvement violation (pref_voting: false): d loses, and wins once a voter ranking d first leaves', () => {
    // Found by random search: 6 voters, 4 candidates (no smaller case found).
    const p = profileOf(4, ['cbda', 'dcab', 'acbd', 'bdac'], [1, 2, 2, 1]);
    expect(lossTrimmer(p).winners).not.toContain(3);
    expect(lossTrimmer(withoutOneVoter(p, 1)!).winners).toContain(3);
  });
});
