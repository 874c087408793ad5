import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condorcetLoser, condorcetWinner, election, raynaud, votingMethod } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { withoutOneVoter } from './violations.js';

describe('raynaud', () => {
  it('eliminates the largest worst defeats, with rounds', () => {
    // a→b 3, b→c 3, c→a 1: worst defeats a 1, b 3, c 3; b and c go together, a remains.
    const r = raynaud(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2]));
    expect(r.winners).toEqual([0]);
    expect(r.rounds?.map((x) => x.eliminated)).toEqual([[1, 2], []]);
    expect(r.rounds?.[0]?.scores).toEqual([1, 3, 3]);
    expect(votingMethod('Raynaud').info.id).toBe('raynaud');
  });
  it('property: always a winner; a Condorcet winner wins', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(6, 8), (p) => {
        const e = election(p);
        const winners = raynaud(e).winners;
        expect(winners.length).toBeGreaterThan(0);
        const cw = condorcetWinner(e.margins());
        if (cw !== undefined) expect(winners).toEqual([cw]);
      }),
      { numRuns: 200 },
    );
  });
  it('recorded Condorcet-loser violation (pref_voting: false): every worst defeat is 1, so everyone wins, the loser b too', () => {
    // Smallest case found by random search: 3 voters, 4 candidates.
    const p = profileOf(4, ['dbac', 'acbd', 'cdab']);
    expect(condorcetLoser(election(p).margins())).toBe(1);
    expect(raynaud(p).winners).toEqual([0, 1, 2, 3]);
  });
  it('recorded positive-involvement violation (pref_voting: false): a loses, and wins once a voter ranking a first leaves', () => {
    // 7 voters, 3 candidates: acb, bca ×2, abc ×2, cab ×2.
    const p = profileOf(3, ['acb', 'bca', 'abc', 'cab'], [1, 2, 2, 2]);
    expect(raynaud(p).winners).not.toContain(0);
    expect(raynaud(withoutOneVoter(p, 0)!).winners).toContain(0);
  });
});
