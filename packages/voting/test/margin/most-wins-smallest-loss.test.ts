import { anonymousProfile, marginMatrix, ValidationError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copelandGlobalMinimax, mostWinsSmallestLoss, votingMethod } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { checkCondorcetConsistent, checkSmithConsistent } from '../iterative/violations.js';

describe('most wins, smallest loss', () => {
  it('a 3-cycle: one win each, the smallest loss wins', () => {
    // a beats b by 3, b beats c by 3, c beats a by 1 (abc ×3, bca ×2, cab ×2).
    const r = mostWinsSmallestLoss(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2]));
    expect(r.winners).toEqual([0]);
    expect(r.scores).toEqual([1, 1, 1]);
  });
  it('a majority tie counts half a win (pref_voting’s record profile_Most_Wins,_Smallest_Loss_positive_involvement_4c_8v)', () => {
    // b≻d≻c≻a ×3, c≻a≻b≻d ×2, d≻b≻c≻a, d≻c≻a≻b ×2 (8 voters). Margins (hand-computed): b→d 2, d→a 4,
    // d→c 4, c→a 8, a–b 0, b–c 0. Wins: d 2, b 1 plus two ties (2 with ½ each), c 1 plus a tie. b and d
    // tie at 2; b's largest loss 0, d's 2 → b (pref_voting states {1}; counting only wins would give d).
    const p = profileOf(4, ['bdca', 'cabd', 'dbca', 'dcab'], [3, 2, 1, 2]);
    const r = mostWinsSmallestLoss(p);
    expect(r.winners).toEqual([1]);
    expect(r.scores?.map(String)).toEqual(['1/2', '2', '3/2', '2']);
    expect(mostWinsSmallestLoss(marginMatrix(p)).winners).toEqual([1]);
  });
  it('errors are typed; found by pref_voting’s names', () => {
    expect(() => mostWinsSmallestLoss(anonymousProfile({ candidates: ['a', 'b'], ballots: [], counts: [] }))).toThrow(ValidationError);
    expect(votingMethod('Most Wins, Smallest Loss').info.id).toBe('most-wins-smallest-loss');
    expect(votingMethod('most_wins_smallest_loss').info.id).toBe('most-wins-smallest-loss');
  });
  it('properties: Condorcet and Smith consistent; the same winners as Copeland-Global-Minimax', () => {
    checkCondorcetConsistent(mostWinsSmallestLoss);
    checkSmithConsistent(mostWinsSmallestLoss);
    fc.assert(
      fc.property(strictProfileArbitrary(5, 8), (p) => {
        expect(mostWinsSmallestLoss(p).winners).toEqual(copelandGlobalMinimax(p).winners);
      }),
      { numRuns: 150 },
    );
  });
});
