import { anonymousProfile, marginMatrix, ValidationError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copeland, copelandGlobalMinimax, copelandLocalMinimax, votingMethod } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { checkCondorcetConsistent, checkSmithConsistent } from '../iterative/violations.js';

describe('Copeland with Minimax tie-breaking', () => {
  it('global: the smallest worst defeat in the whole profile among the Copeland winners', () => {
    // a≻b≻c ×3, b≻c≻a ×2, c≻a≻b ×2: a beats b by 3, b beats c by 3, c beats a by 1; all tie on
    // Copeland; worst defeats a 1, b 3, c 3 → a.
    const cycle = profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2]);
    expect(copelandGlobalMinimax(cycle).winners).toEqual([0]);
    expect(copelandGlobalMinimax(cycle).scores).toEqual([1, 3, 3]);
    expect(copelandGlobalMinimax(marginMatrix(cycle)).winners).toEqual([0]);
    expect(copelandLocalMinimax(cycle).winners).toEqual([0]);
  });
  it('global and local differ: pref_voting’s record profile_Copeland-Local-Minimax_positive_involvement_4c_5v', () => {
    // a≻d≻c≻b, b≻a≻d≻c, c≻b≻a≻d, d≻b≻a≻c, d≻c≻b≻a (one each). Margins (hand-computed): b→a 3, a→c 1,
    // a→d 1, c→b 1, d→b 1, d→c 3. Copeland: a and d (2 wins, 1 loss). Global worst defeats: a 3 (by b),
    // d 1 (by a) → d. Between a and d, a beats d → a (pref_voting states {0}).
    const p = profileOf(4, ['adcb', 'badc', 'cbad', 'dbac', 'dcba']);
    expect(copeland(p).winners).toEqual([0, 3]);
    expect(copelandGlobalMinimax(p).winners).toEqual([3]);
    expect(copelandGlobalMinimax(p).scores).toEqual([3, 1, 3, 1]);
    expect(copelandLocalMinimax(p).winners).toEqual([0]);
  });
  it('pref_voting’s record profile_Copeland-Global-Minimax_participation_4c_7v: {b, d} globally, {b} locally', () => {
    // b≻d≻c≻a ×2, c≻a≻b≻d ×2, d≻a≻b≻c, d≻b≻c≻a, d≻c≻a≻b. Copeland winners b and d; both lose once by 1
    // (b to a, d to b) → globally both (pref_voting states {1, 3}); b beats d, so locally b.
    const p = profileOf(4, ['bdca', 'cabd', 'dabc', 'dbca', 'dcab'], [2, 2, 1, 1, 1]);
    expect(copelandGlobalMinimax(p).winners).toEqual([1, 3]);
    expect(copelandLocalMinimax(p).winners).toEqual([1]);
  });
  it('accepts weak and truncated ballots; errors are typed', () => {
    // a(bc), b: a beats c; b ties a and beats c (unranked at the bottom) → Copeland a and b tie; worst
    // defeats 0 and 0 → both.
    const p = profileOf(3, ['a(bc)', 'b']);
    expect(copelandGlobalMinimax(p).winners).toEqual([0, 1]);
    expect(() => copelandGlobalMinimax(anonymousProfile({ candidates: ['a', 'b'], ballots: [], counts: [] }))).toThrow(ValidationError);
    expect(() => copelandLocalMinimax({ kind: 'margins', candidates: ['a', 'b'], margins: [[0, 1], [2, 0]] })).toThrow(ValidationError);
    expect(votingMethod('Copeland-Global-Minimax').info.id).toBe('copeland-global-minimax');
    expect(votingMethod('copeland_local_minimax').info.id).toBe('copeland-local-minimax');
  });
  it('properties: Condorcet and Smith consistent; winners are Copeland winners', () => {
    checkCondorcetConsistent(copelandGlobalMinimax);
    checkSmithConsistent(copelandLocalMinimax);
    fc.assert(
      fc.property(strictProfileArbitrary(5, 7), (p) => {
        const w = copeland(p).winners;
        for (const rule of [copelandGlobalMinimax, copelandLocalMinimax]) for (const x of rule(p).winners) expect(w).toContain(x);
      }),
      { numRuns: 150 },
    );
  });
});
