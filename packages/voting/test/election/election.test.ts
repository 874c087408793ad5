import { anonymousProfile, DuplicateCandidateError, rankingProfile, UnknownCandidateError, ValidationError, marginMatrix } from '@plural/core';
import { describe, expect, it } from 'vitest';
import { election, marginGraph, scaleWeights } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';

describe('scaleWeights', () => {
  it('keeps integer weights as they are', () => {
    expect(scaleWeights([3, 1, 2], 'counts')).toEqual({ integers: [3, 1, 2], scale: 1 });
  });
  it('scales decimals by the lcm of their denominators, reading 0.1 as 1/10', () => {
    expect(scaleWeights([0.1, 0.2, 0.3], 'counts')).toEqual({ integers: [1, 2, 3], scale: 10 });
    expect(scaleWeights([0.5, 0.25, 1], 'counts')).toEqual({ integers: [2, 1, 4], scale: 4 });
    // 1/3 prints as 0.3333333333333333: sixteen decimals cannot be tallied exactly below 2^53.
    expect(() => scaleWeights([1 / 3, 1], 'w')).toThrow(/too many decimal places/);
  });
  it('rejects NaN, infinities and negative weights naming the index', () => {
    expect(() => scaleWeights([1, NaN], 'counts')).toThrow(/counts\[1\]/);
    expect(() => scaleWeights([Infinity], 'counts')).toThrow(ValidationError);
    expect(() => scaleWeights([-1], 'counts')).toThrow(/non-negative/);
    expect(scaleWeights([-1, 1], 'margins', true).integers).toEqual([-1, 1]);
  });
  it('rejects totals beyond 2^53', () => {
    expect(() => scaleWeights([Number.MAX_SAFE_INTEGER, 1], 'counts')).toThrow(/too large/);
  });
});

describe('election', () => {
  it('records strictness, completeness, voters, and caches the margins', () => {
    const e = election(profileOf(3, ['abc', 'b(ac)', 'c'], [2, 1, 1]));
    expect([e.strict, e.complete, e.voters, e.scale]).toEqual([false, false, 4, 1]);
    expect(e.margins()).toBe(e.margins());
    expect(e.margins()).toEqual(marginMatrix(profileOf(3, ['abc', 'b(ac)', 'c'], [2, 1, 1])).margins);
  });
  it('accepts per-voter ranking profiles with fractional weights, exactly', () => {
    const p = rankingProfile({ candidates: ['a', 'b'], rankings: [[0, 1], [1, 0], [1, 0]], weights: [0.3, 0.1, 0.1] });
    const e = election(p);
    expect(e.scale).toBe(10);
    expect(e.margins()[0]![1]).toBe(1); // 3 − 2 tenths, exactly
  });
  it('rejects a plain object with out-of-range or repeated candidates, naming the ballot', () => {
    const bad = { kind: 'anonymous', candidates: ['a', 'b'], ballots: [[0, 2]], counts: [1] } as never;
    expect(() => election(bad)).toThrow(UnknownCandidateError);
    const dup = { kind: 'anonymous', candidates: ['a', 'b'], ballots: [[0, [0, 1]]], counts: [1] } as never;
    expect(() => election(dup)).toThrow(DuplicateCandidateError);
    expect(() => election({ kind: 'approval' } as never)).toThrow(/committee rules/);
    expect(() => election(null as never)).toThrow(ValidationError);
  });
  it('never mutates its input', () => {
    const p = anonymousProfile({ candidates: [1, 2, 3], ballots: [[0, 1, 2], [2, 1, 0]], counts: [2, 1] });
    const copy = structuredClone(p);
    election(p).margins();
    expect(p).toEqual(copy);
  });
});

describe('marginGraph', () => {
  it('checks a given margin matrix for antisymmetry and a zero diagonal', () => {
    expect(() => marginGraph({ kind: 'margins', candidates: ['a', 'b'], margins: [[0, 1], [1, 0]] })).toThrow(/antisymmetric/);
    expect(() => marginGraph({ kind: 'margins', candidates: ['a', 'b'], margins: [[1, 1], [-1, 0]] })).toThrow(/diagonal/);
    expect(() => marginGraph({ kind: 'margins', candidates: ['a', 'b'], margins: [[0, 1]] })).toThrow(/rows/);
    expect(marginGraph({ kind: 'margins', candidates: ['a', 'b'], margins: [[0, 0.5], [-0.5, 0]] })).toEqual({ candidates: ['a', 'b'], margins: [[0, 1], [-1, 0]], scale: 2 });
  });
  it('rejects an empty profile with a fix', () => {
    const empty = { kind: 'anonymous', candidates: ['a', 'b'], ballots: [], counts: [] } as never;
    expect(() => marginGraph(empty)).toThrow(/no voters/);
  });
});
