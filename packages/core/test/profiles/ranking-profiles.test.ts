import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anonymize,
  anonymousProfile,
  approvalFromCategorical,
  approvalProfile,
  cardinalProfile,
  categoricalFromApproval,
  categoricalProfile,
  DuplicateCandidateError,
  expandProfile,
  NotAPermutationError,
  PluralError,
  rankingProfile,
  rankingProfileShape,
  UnknownCandidateError,
  ValidationError,
  voterCount,
} from '../../src/index.js';
import { weakRanking } from './arbitraries.js';

describe('ranking profiles', () => {
  it('normalises rankings: singleton ties become bare indices, ties are sorted', () => {
    const p = rankingProfile({ candidates: ['a', 'b', 'c', 'd'], rankings: [[2, [3, 0], [1]]] });
    expect(p.rankings[0]).toEqual([2, [0, 3], 1]);
    expect(Object.isFrozen(p.rankings[0])).toBe(true);
    expect(Object.isFrozen(p)).toBe(true);
  });

  it('names the voter and position of bad entries', () => {
    expect(() => rankingProfile({ candidates: 3, rankings: [[0, 1, 2], [0, 0, 1]] })).toThrow(DuplicateCandidateError);
    expect(() => rankingProfile({ candidates: 3, rankings: [[0, 1, 2], [0, 0, 1]] })).toThrow(/rankings\[1\]\[1\]/);
    expect(() => rankingProfile({ candidates: 3, rankings: [[0, 5]] })).toThrow(UnknownCandidateError);
    expect(() => rankingProfile({ candidates: 3, rankings: [[0, Number.NaN]] })).toThrow(UnknownCandidateError);
    expect(() => rankingProfile({ candidates: 3, rankings: [[0, []]] })).toThrow(/empty tie group/);
    expect(() => rankingProfile({ candidates: 3, rankings: [[0, 1]], require: { complete: true } })).toThrow(NotAPermutationError);
    expect(() => rankingProfile({ candidates: 3, rankings: [[0, [1, 2]]], require: { strict: true } })).toThrow(/strict ranking is required/);
    expect(() => rankingProfile({ candidates: ['a', 'a'], rankings: [] })).toThrow(DuplicateCandidateError);
    expect(() => rankingProfile({ candidates: 2, rankings: [[0, 1]], weights: [-1] })).toThrow(/must be positive/);
    expect(() => rankingProfile({ candidates: 2, rankings: [[0, 1]], weights: [Number.NaN] })).toThrow(ValidationError);
    expect(() => rankingProfile({ candidates: 2, rankings: 'nope' as never })).toThrow(ValidationError);
  });

  it('does not keep references to mutable inputs', () => {
    const rankings = [[0, 1, 2]];
    const p = rankingProfile({ candidates: 3, rankings });
    rankings[0]![0] = 2;
    expect(p.rankings[0]).toEqual([0, 1, 2]);
  });

  it('merges identical ballots in the anonymous form', () => {
    const p = anonymousProfile({ candidates: 3, ballots: [[0, 1, 2], [2, [0, 1]], [0, 1, 2], [2, [1, 0]]], counts: [1, 2, 3, 4] });
    expect(p.ballots).toEqual([[0, 1, 2], [2, [0, 1]]]);
    expect(p.counts).toEqual([4, 6]);
    expect(voterCount(p)).toBe(10);
  });

  it('anonymize then expand keeps the multiset of rankings (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }).chain((m) => fc.tuple(fc.constant(m), fc.array(weakRanking(m), { maxLength: 30 }))), ([m, rankings]) => {
        const p = rankingProfile({ candidates: m, rankings });
        const anon = anonymize(p);
        const back = expandProfile(anon);
        const key = (r: unknown) => JSON.stringify(r);
        expect(back.rankings.map(key).sort()).toEqual(p.rankings.map(key).sort());
        expect(voterCount(anon)).toBe(rankings.length);
        expect(new Set(anon.ballots.map(key)).size).toBe(anon.ballots.length);
      }),
    );
  });

  it('reports the shape of a profile', () => {
    const p = anonymousProfile({ candidates: 3, ballots: [[0, 1, 2], [1, 0]] });
    expect(rankingProfileShape(p)).toEqual({ voters: 2, candidates: 3, unique: 2, complete: false, strict: true });
    const q = anonymousProfile({ candidates: 3, ballots: [[0, [1, 2]]] });
    expect(rankingProfileShape(q)).toEqual({ voters: 1, candidates: 3, unique: 1, complete: true, strict: false });
  });

  it('refuses to expand fractional counts', () => {
    const p = anonymousProfile({ candidates: 2, ballots: [[0, 1]], counts: [1.5] });
    expect(() => expandProfile(p)).toThrow(/not a whole number/);
  });
});

describe('approval, categorical and cardinal profiles', () => {
  it('validates and sorts approval sets', () => {
    const p = approvalProfile({ candidates: ['x', 'y', 'z'], ballots: [[2, 0], []], counts: [2, 1] });
    expect(p.ballots).toEqual([[0, 2], []]);
    expect(() => approvalProfile({ candidates: 2, ballots: [[0, 0]] })).toThrow(DuplicateCandidateError);
    expect(() => approvalProfile({ candidates: 2, ballots: [[3]] })).toThrow(/ballots\[0\]\[0\]/);
  });

  it('converts between categorical and approval', () => {
    const cat = categoricalProfile({ candidates: 4, categories: ['yes', 'maybe', 'no'], ballots: [[[3, 1], [0], [2]]] });
    expect(approvalFromCategorical(cat).ballots).toEqual([[1, 3]]);
    expect(approvalFromCategorical(cat, 2).ballots).toEqual([[0, 1, 3]]);
    const back = categoricalFromApproval(approvalFromCategorical(cat));
    expect(back.ballots).toEqual([[[1, 3], [0, 2]]]);
    expect(() => categoricalProfile({ candidates: 2, categories: ['a', 'b'], ballots: [[[0], [0]]] })).toThrow(DuplicateCandidateError);
    expect(() => categoricalProfile({ candidates: 2, categories: ['a', 'b'], ballots: [[[0]]] })).toThrow(/expected 2 categories/);
  });

  it('accepts signed utilities and rejects NaN with its position', () => {
    const p = cardinalProfile({ candidates: 2, utilities: [[-1, 2.5], [0, 0]] });
    expect(p.agents).toEqual([0, 1]);
    try {
      cardinalProfile({ candidates: 2, utilities: [[1, 2], [3, Number.NaN]] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PluralError);
      expect((error as PluralError).where).toBe('utilities[1][1]');
      expect((error as PluralError).code).toBe('invalid-number');
    }
    expect(() => cardinalProfile({ candidates: 2, agents: ['a'], utilities: [[1, 2], [3, 4]] })).toThrow(/1 agents but 2 utility rows/);
  });
});
