import { anonymousProfile, marginMatrix, ValidationError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condorcet, election, votingMethod, weakCondorcet } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { checkCondorcetConsistent } from '../iterative/violations.js';

describe('weak Condorcet', () => {
  it('elects the candidates no rival beats (pref_voting’s record profile_Weak_Condorcet_later_no_harm_3c_6v)', () => {
    // a≻c≻b, b≻a≻c ×2, c≻b≻a ×3: b beats a 5–1, c beats b 4–2, a ties c 3–3. Only c is unbeaten
    // (pref_voting states {2}); there is no Condorcet winner, so Condorcet elects everyone.
    const p = profileOf(3, ['acb', 'bac', 'cba'], [1, 2, 3]);
    expect(weakCondorcet(p).winners).toEqual([2]);
    expect(condorcet(p).winners).toEqual([0, 1, 2]);
    expect(weakCondorcet(marginMatrix(p)).winners).toEqual([2]);
  });
  it('several weak Condorcet winners tie; none means all candidates', () => {
    // a≻c≻b, c≻a≻b: a and c tie and both beat b (record profile_Weak_Condorcet_reinforcement_3c_4v: {0, 2}).
    expect(weakCondorcet(profileOf(3, ['acb', 'cab'])).winners).toEqual([0, 2]);
    // The cycle a→b→c→a: everyone is beaten.
    const r = weakCondorcet(profileOf(3, ['abc', 'bca', 'cab']));
    expect(r.winners).toEqual([0, 1, 2]);
    expect(r.notes?.[0]).toMatch(/all tie/);
  });
  it('accepts weak and truncated ballots; errors are typed', () => {
    // a(bc), b: a ties b, a beats c, b beats c (unranked at the bottom) → a and b.
    expect(weakCondorcet(profileOf(3, ['a(bc)', 'b'])).winners).toEqual([0, 1]);
    expect(() => weakCondorcet(anonymousProfile({ candidates: ['a'], ballots: [], counts: [] }))).toThrow(ValidationError);
    expect(votingMethod('Weak Condorcet').info.id).toBe('weak-condorcet');
    expect(votingMethod('weak_condorcet').info.id).toBe('weak-condorcet');
  });
  it('properties: Condorcet consistent; the winners are exactly the unbeaten candidates when there are any', () => {
    checkCondorcetConsistent(weakCondorcet);
    fc.assert(
      fc.property(strictProfileArbitrary(5, 7), (p) => {
        const M = election(p).margins();
        const unbeaten = p.candidates.map((_, c) => c).filter((c) => M.every((row) => row[c]! <= 0));
        expect(weakCondorcet(p).winners).toEqual(unbeaten.length > 0 ? unbeaten : p.candidates.map((_, c) => c));
      }),
      { numRuns: 150 },
    );
  });
});
