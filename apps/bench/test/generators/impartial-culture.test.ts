import { createRng, ValidationError } from '@plural/core';
import { describe, expect, it } from 'vitest';
import { checkShape, impartialCultureBallots } from '../../src/generators/impartial-culture.js';

const isPermutation = (ballot: readonly number[], m: number): boolean =>
  ballot.length === m && [...ballot].sort((a, b) => a - b).every((c, i) => c === i);

describe('impartialCultureBallots', () => {
  it('draws the requested number of permutations of 0…m−1 as plain mutable arrays', () => {
    const ballots = impartialCultureBallots(500, 6, createRng(1));
    expect(ballots).toHaveLength(500);
    expect(ballots.every((b) => isPermutation(b, 6))).toBe(true);
    expect(Object.isFrozen(ballots[0])).toBe(false);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(impartialCultureBallots(50, 5, createRng(42))).toEqual(impartialCultureBallots(50, 5, createRng(42)));
    expect(impartialCultureBallots(50, 5, createRng(42))).not.toEqual(impartialCultureBallots(50, 5, createRng(43)));
  });

  it('is close to uniform: every candidate is first about 1/m of the time (fixed seed)', () => {
    const m = 4;
    const firsts = new Array<number>(m).fill(0);
    for (const b of impartialCultureBallots(8000, m, createRng(5))) firsts[b[0]!]!++;
    for (const f of firsts) expect(Math.abs(f - 2000)).toBeLessThan(200);
  });

  it('checks the shape', () => {
    expect(impartialCultureBallots(0, 3, createRng(1))).toEqual([]);
    expect(() => checkShape(-1, 3)).toThrow(ValidationError);
    expect(() => checkShape(1.5, 3)).toThrow(/voters must be a whole number/);
    expect(() => checkShape(3, 0)).toThrow(/1…30/);
    expect(() => checkShape(3, 31)).toThrow(/1…30/);
  });
});
