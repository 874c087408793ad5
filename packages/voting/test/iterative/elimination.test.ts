import { describe, expect, it } from 'vitest';
import { eliminateByOrder, eliminateInParallelUniverses, eliminateSimultaneously, tiebreakOrderOf, type StageFunction } from '../../src/index.js';

/** A toy stage: fixed scores; the worst are the lowest remaining. */
function toyStage(scores: number[]): StageFunction {
  return (_inRace, remaining) => {
    const low = Math.min(...remaining.map((c) => scores[c]!));
    return { scores, worst: remaining.filter((c) => scores[c] === low), note: 'lowest' };
  };
}

describe('elimination drivers', () => {
  it('simultaneous: all worst go at once; a full tie wins together', () => {
    expect(eliminateSimultaneously(4, toyStage([3, 1, 1, 2]), 1).rounds.map((r) => r.eliminated)).toEqual([[1, 2], [3], []]);
    expect(eliminateSimultaneously(3, toyStage([1, 1, 1]), 1).winners).toEqual([0, 1, 2]);
    expect(eliminateSimultaneously(4, toyStage([3, 1, 1, 2]), 1, [1, 2]).winners).toEqual([1, 2]);
  });
  it('by order: one at a time, the first tied candidate in the order goes', () => {
    expect(eliminateByOrder(3, toyStage([1, 1, 1]), [2, 0, 1], 1).rounds.map((r) => r.eliminated)).toEqual([[2], [0], []]);
  });
  it('parallel universes: the union over every choice', () => {
    expect(eliminateInParallelUniverses(3, toyStage([1, 1, 1]), { method: 'toy' }).winners).toEqual([0, 1, 2]);
    expect(eliminateInParallelUniverses(4, toyStage([3, 1, 1, 2]), { method: 'toy' }).winners).toEqual([0]);
  });
  it('checks tie-break orders', () => {
    expect(tiebreakOrderOf(undefined, 3)).toEqual([0, 1, 2]);
    expect(() => tiebreakOrderOf([0, 1], 3)).toThrow(/permutation/);
    expect(() => tiebreakOrderOf([0, 1, 3], 3)).toThrow(/permutation/);
  });
});
