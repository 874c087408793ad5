/**
 * Zero-sum matrix games as LPs (von Neumann's minimax theorem is LP duality): the row player's LP
 * max v s.t. pᵀA ≥ v·1, Σp = 1, p ≥ 0 has the value of the game as optimum, and minus the duals of
 * its column rows are an optimal strategy of the column player.
 */
import { describe, expect, it } from 'vitest';
import { type LpSolution, solve } from '../../src/index.js';
import { matrixGameLp, seededRandom } from '../helpers.js';

const TOL = 1e-6;

/** Columns' strategy from the duals of the column rows (`c = Aᵀy + z` with c_v = 1 gives Σ −yⱼ = 1). */
function columnStrategy(s: LpSolution, columns: number): number[] {
  return Array.from({ length: columns }, (_, j) => -(s.duals?.[j] as number));
}

/** The row player's guaranteed payoff min_j (pᵀA)_j and the column player's max_i (Aq)_i. */
function guarantees(payoff: number[][], p: number[], q: number[]): [number, number] {
  const rowGets = Math.min(...payoff[0]!.map((_, j) => payoff.reduce((s, row, i) => s + (p[i] as number) * (row[j] as number), 0)));
  const colConcedes = Math.max(...payoff.map((row) => row.reduce((s, a, j) => s + a * (q[j] as number), 0)));
  return [rowGets, colConcedes];
}

describe('matrix games', () => {
  const rps = [
    [0, -1, 1],
    [1, 0, -1],
    [-1, 1, 0],
  ];

  for (const backend of ['highs', 'javascript-lp-solver'] as const) {
    it(`${backend}: rock–paper–scissors has value 0 and the uniform strategy for both players`, async () => {
      const s = await solve(matrixGameLp(rps), { backend });
      expect(s.status).toBe('optimal');
      // javascript-lp-solver rounds its values to 8 decimals.
      expect(s.objective).toBeCloseTo(0, 7);
      for (const i of [0, 1, 2]) expect(s.values[i]).toBeCloseTo(1 / 3, 7);
      for (const q of columnStrategy(s, 3)) expect(q).toBeCloseTo(1 / 3, 7);
      expect(s.certificate.checked).toBe(true);
    });
  }

  it('a game with a saddle point: value 2, pure strategies', async () => {
    // Row 1 guarantees min(2, 3) = 2; column 0 concedes max(1, 2) = 2.
    const s = await solve(matrixGameLp([[1, 4], [2, 3]]));
    expect(s.objective).toBeCloseTo(2, 9);
    const [p0, p1] = s.values;
    const [q0, q1] = columnStrategy(s, 2);
    expect([p0, p1, q0, q1].map((v) => Math.round((v as number) * 1e9) / 1e9 + 0)).toEqual([0, 1, 1, 0]);
  });

  it('a random 30×30 game: both backends find the same value, and both strategies guarantee it', async () => {
    const random = seededRandom(20240601);
    const n = 30;
    const payoff = Array.from({ length: n }, () => Array.from({ length: n }, () => Math.round((random() * 20 - 10) * 100) / 100));
    const program = matrixGameLp(payoff);
    const highs = await solve(program, { backend: 'highs' });
    const jls = await solve(program, { backend: 'javascript-lp-solver' });
    expect(highs.status).toBe('optimal');
    expect(jls.status).toBe('optimal');
    expect(jls.certificate.checked).toBe(true);
    // javascript-lp-solver's own answer passed the check (no fallback), so this compares the two engines.
    expect(jls.backend).toBe('javascript-lp-solver');
    expect(jls.attempts).toHaveLength(1);
    expect(Math.abs(highs.objective - jls.objective)).toBeLessThanOrEqual(TOL * Math.max(1, Math.abs(highs.objective)));

    const p = highs.values.slice(0, n) as number[];
    const q = columnStrategy(highs, n);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(q.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    for (const x of [...p, ...q]) expect(x).toBeGreaterThanOrEqual(-1e-9);
    const [rowGets, colConcedes] = guarantees(payoff, p, q);
    expect(rowGets).toBeCloseTo(highs.objective, 6);
    expect(colConcedes).toBeCloseTo(highs.objective, 6);

    // The column player's own LP (maximise −A's value) gives minus the value: minimax = maximin.
    const transposed = payoff[0]!.map((_, j) => payoff.map((row) => -(row[j] as number)));
    const dual = await solve(matrixGameLp(transposed));
    expect(dual.objective).toBeCloseTo(-highs.objective, 6);
  });
});
