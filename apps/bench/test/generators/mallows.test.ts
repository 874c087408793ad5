import { createRng } from '@plural/core';
import { describe, expect, it } from 'vitest';
import { mallowsBallots } from '../../src/generators/mallows.js';

const isPermutation = (ballot: readonly number[], m: number): boolean =>
  ballot.length === m && [...ballot].sort((a, b) => a - b).every((c, i) => c === i);

/** Kendall-tau distance to the reference ranking 0 ≻ 1 ≻ … (the number of inverted pairs). */
const inversions = (ballot: readonly number[]): number => {
  let d = 0;
  for (let i = 0; i < ballot.length; i++) for (let j = i + 1; j < ballot.length; j++) if (ballot[i]! > ballot[j]!) d++;
  return d;
};

describe('mallowsBallots', () => {
  it('draws permutations, deterministically for a seed', () => {
    const ballots = mallowsBallots(300, 7, 0.5, createRng(3));
    expect(ballots).toHaveLength(300);
    expect(ballots.every((b) => isPermutation(b, 7))).toBe(true);
    expect(mallowsBallots(40, 7, 0.5, createRng(3))).toEqual(mallowsBallots(40, 7, 0.5, createRng(3)));
    expect(mallowsBallots(40, 7, 0.5, createRng(3))).not.toEqual(mallowsBallots(40, 7, 0.5, createRng(4)));
  });

  it('always gives the reference ranking at φ = 0', () => {
    expect(mallowsBallots(20, 5, 0, createRng(9))).toEqual(Array.from({ length: 20 }, () => [0, 1, 2, 3, 4]));
  });

  it('has the Mallows mean distance to the reference (fixed seed)', () => {
    // E[d] = Σ_{i=1}^{m-1} (φ/(1−φ) − (i+1)·φ^(i+1)/(1−φ^(i+1))) for the repeated insertion model.
    const m = 6;
    const phi = 0.5;
    let expected = 0;
    for (let i = 1; i < m; i++) expected += phi / (1 - phi) - ((i + 1) * phi ** (i + 1)) / (1 - phi ** (i + 1));
    const ballots = mallowsBallots(20_000, m, phi, createRng(11));
    const mean = ballots.reduce((s, b) => s + inversions(b), 0) / ballots.length;
    expect(Math.abs(mean - expected)).toBeLessThan(0.05);
    // φ = 1 is impartial culture: mean distance m(m−1)/4.
    const ic = mallowsBallots(20_000, m, 1, createRng(11));
    expect(Math.abs(ic.reduce((s, b) => s + inversions(b), 0) / ic.length - (m * (m - 1)) / 4)).toBeLessThan(0.1);
  });

  it('rejects φ outside [0, 1]', () => {
    for (const phi of [-0.1, 1.5, Number.NaN]) expect(() => mallowsBallots(2, 3, phi, createRng(1))).toThrow(/phi must be a number in \[0, 1\]/);
  });
});
