import { anonymousProfile, ValidationError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condorcetLoser, consensusBuilder, election, findCounterexample, paretoDominanceAxiom, votingMethod } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { checkCondorcetConsistent } from './violations.js';

describe('consensus builder', () => {
  it('processes the candidates from the bottom of the ranking up; the highest survivor wins', () => {
    // The cycle a≻c≻b, b≻a≻c, c≻b≻a (pref_voting's record profile_Consensus_Builder_strategy_proofness_3c_3v,
    // winner {0}): c is processed first and eliminates b (2 of 3 prefer c), not a (1 of 3); b is out;
    // a, at the top, survives.
    const r = consensusBuilder(profileOf(3, ['acb', 'bac', 'cba']));
    expect(r.winners).toEqual([0]);
    expect(r.rounds).toHaveLength(1);
    expect(r.rounds?.[0]?.eliminated).toEqual([1]);
    expect(r.rounds?.[0]?.scores).toEqual([1, 2, undefined]);
  });
  it('reproduces pref_voting’s records (profile_Consensus_Builder_negative_involvement_3c_6v and _immunity_to_spoilers_4c_5v)', () => {
    // a≻c≻b, b≻a≻c ×3, c≻b≻a ×2 (6 voters): c ties b 3–3, which is "at least half", so c eliminates the
    // weak Condorcet winner b; c reaches a with 2 of 6 only → a (pref_voting: {0}). With one c≻b≻a voter
    // fewer, c has 2 of 5 against b, and b (4 of 5 against a) eliminates a → b (pref_voting: {1}).
    expect(consensusBuilder(profileOf(3, ['acb', 'bac', 'cba'], [1, 3, 2])).winners).toEqual([0]);
    expect(consensusBuilder(profileOf(3, ['acb', 'bac', 'cba'], [1, 3, 1])).winners).toEqual([1]);
    // badc, cabd, cbad, dacb, dbac: d eliminates c (3 of 5), b eliminates a (3 of 5) → b (pref_voting: {1}).
    const r = consensusBuilder(profileOf(4, ['badc', 'cabd', 'cbad', 'dacb', 'dbac']));
    expect(r.winners).toEqual([1]);
    expect(r.rounds?.map((x) => x.eliminated)).toEqual([[2], [0]]);
  });
  it('options: the consensus-building ranking and the threshold beta', () => {
    // Reversed ranking c, b, a: a eliminates c (2 of 3), b survives above a → b.
    expect(consensusBuilder(profileOf(3, ['acb', 'bac', 'cba']), { consensusRanking: [2, 1, 0] }).winners).toEqual([1]);
    // b≻a 2–1: b eliminates a at β = ½ (2/3 ≥ ½), not at β = 1 (unanimity), where a stays on top.
    const p = profileOf(2, ['ab', 'ba'], [1, 2]);
    expect(consensusBuilder(p).winners).toEqual([1]);
    expect(consensusBuilder(p, { beta: 1 }).winners).toEqual([0]);
    expect(consensusBuilder(p, { beta: '2/3' }).winners).toEqual([1]);
    // A 1–1 tie is "at least half": the lower candidate eliminates the upper one (pref_voting: {1}).
    expect(consensusBuilder(profileOf(2, ['ab', 'ba'])).winners).toEqual([1]);
  });
  it('typed errors: ties, truncation, a bad ranking or threshold, no voters', () => {
    expect(() => consensusBuilder(profileOf(3, ['a(bc)', 'bca']))).toThrow(/strict rankings/);
    expect(() => consensusBuilder(profileOf(3, ['ab', 'bca']))).toThrow(/complete rankings/);
    expect(() => consensusBuilder(profileOf(3, ['abc']), { consensusRanking: [0, 0, 1] })).toThrow(ValidationError);
    expect(() => consensusBuilder(profileOf(3, ['abc']), { consensusRanking: [0, 1] })).toThrow(/permutation/);
    expect(() => consensusBuilder(profileOf(3, ['abc']), { beta: 0 })).toThrow(/outside \(0, 1\]/);
    expect(() => consensusBuilder(profileOf(3, ['abc']), { beta: '3/2' })).toThrow(ValidationError);
    expect(() => consensusBuilder(anonymousProfile({ candidates: ['a', 'b'], ballots: [], counts: [] }))).toThrow(/at least one voter/);
    expect(votingMethod('Consensus Builder').info.id).toBe('consensus-builder');
    expect(votingMethod('consensus_builder').info.id).toBe('consensus-builder');
  });
  it('properties: one winner; Condorcet consistent; never the Condorcet loser; Pareto survives a search', () => {
    checkCondorcetConsistent(consensusBuilder);
    fc.assert(
      fc.property(strictProfileArbitrary(5, 7), (p) => {
        const w = consensusBuilder(p).winners;
        expect(w).toHaveLength(1);
        const cl = condorcetLoser(election(p).margins());
        if (cl !== undefined && p.candidates.length > 1) expect(w).not.toContain(cl);
      }),
      { numRuns: 200 },
    );
    expect(findCounterexample(consensusBuilder, paretoDominanceAxiom, { maxCandidates: 5, maxVoters: 7, numRuns: 200, seed: 3 }).found).toBe(false);
  });
});
