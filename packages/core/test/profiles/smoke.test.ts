import { describe, expect, it } from 'vitest';
import { anonymousProfile, marginMatrix } from '../../src/index.js';

describe('smoke', () => {
  it('computes margins', () => {
    const p = anonymousProfile({ candidates: ['a', 'b', 'c'], ballots: [[0, 1, 2], [0, 1, 2], [2, 1, 0]] });
    expect(p.counts).toEqual([2, 1]);
    expect(marginMatrix(p).margins).toEqual([[0, 1, 1], [-1, 0, 1], [-1, -1, 0]]);
  });
});
