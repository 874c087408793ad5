import { anonymousProfile, marginMatrix, ValidationError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCounterexample, leximax, minimax, paretoDominanceAxiom, positiveInvolvementAxiom, votingMethod } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { checkCondorcetConsistent } from '../iterative/violations.js';

describe('leximax', () => {
  it('breaks Minimax ties by the second worst loss, then the third', () => {
    // pref_voting's record profile_Leximax_participation_4c_8v: a≻d≻c≻b, b≻c≻a≻d ×2, c≻a≻d≻b ×2,
    // d≻b≻c≻a ×3. Margins (hand-computed): c→a 6, b→a 2, a→d 2, d→b 4, b→c 2, c–d 0. Sorted losses:
    // a [6, 2, −2], b [4, −2, −2], c [2, 0, −6], d [2, 0, −4]. Minimax ties c and d at 2 and at 0; the
    // third entry picks c (pref_voting states {2}).
    const p = profileOf(4, ['adcb', 'bcad', 'cadb', 'dbca'], [1, 2, 2, 3]);
    expect(minimax(p).winners).toEqual([2, 3]);
    expect(leximax(p).winners).toEqual([2]);
    expect(leximax(p).scores).toEqual([6, 4, 2, 2]);
    expect(leximax(p).ranking).toEqual([[2], [3], [1], [0]]);
    expect(leximax(marginMatrix(p)).winners).toEqual([2]);
  });
  it('equal vectors tie: the 3-cycle above a Condorcet loser', () => {
    // abcd, bcad, cabd: a, b, c each lose once by 1 and win once by 1, all beat d by 3.
    const r = leximax(profileOf(4, ['abcd', 'bcad', 'cabd']));
    expect(r.winners).toEqual([0, 1, 2]);
    expect(r.ranking).toEqual([[0, 1, 2], [3]]);
  });
  it('can elect the Condorcet loser (pref_voting’s record profile_Leximax_condorcet_loser_4c_9v)', () => {
    // b≻d≻a≻c ×2, c≻a≻b≻d ×3, c≻b≻d≻a, d≻a≻b≻c ×3: c loses to a, b, d by 1 each, sorted [1, 1, 1];
    // a, b and d each have [3, −1, −3] → c (pref_voting states {2}).
    expect(leximax(profileOf(4, ['bdac', 'cabd', 'cbda', 'dabc'], [2, 3, 1, 3])).winners).toEqual([2]);
  });
  it('accepts weak and truncated ballots; errors are typed', () => {
    expect(leximax(profileOf(3, ['a(bc)', 'b'])).winners).toEqual([0, 1]);
    expect(() => leximax(anonymousProfile({ candidates: ['a', 'b'], ballots: [], counts: [] }))).toThrow(ValidationError);
    expect(() => leximax({ kind: 'margins', candidates: ['a', 'b'], margins: [[1, 0], [0, 0]] })).toThrow(ValidationError);
    expect(votingMethod('Leximax').info.id).toBe('leximax');
  });
  it('properties: Condorcet consistent; winners among the Minimax winners; Pareto and positive involvement survive a search', () => {
    checkCondorcetConsistent(leximax);
    fc.assert(
      fc.property(strictProfileArbitrary(5, 7), (p) => {
        const mm = minimax(p).winners;
        for (const w of leximax(p).winners) expect(mm).toContain(w);
      }),
      { numRuns: 150 },
    );
    for (const axiom of [paretoDominanceAxiom, positiveInvolvementAxiom]) {
      expect(findCounterexample(leximax, axiom, { maxCandidates: 4, maxVoters: 7, numRuns: 150, seed: 5, ties: true }).found).toBe(false);
    }
  });
});
