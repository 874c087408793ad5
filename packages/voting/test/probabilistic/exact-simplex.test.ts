import { Rational } from '@plural/core';
import { describe, expect, it } from 'vitest';
import { ExactSimplex, solveRationalLinearSystem } from '../../src/probabilistic/index.js';

const r = (rows: number[][]): Rational[][] => rows.map((row) => row.map((v) => Rational.of(v)));
const v = (xs: number[]): Rational[] => xs.map((x) => Rational.of(x));

describe('exact linear algebra', () => {
  it('solves a square system exactly and reports rank deficiency and inconsistency', () => {
    expect(solveRationalLinearSystem(r([[2, 1], [1, 3]]), v([1, 2])).solution?.map(String)).toEqual(['1/5', '3/5']);
    const deficient = solveRationalLinearSystem(r([[1, 1], [2, 2]]), v([1, 2]));
    expect(deficient.rank).toBe(1);
    expect(deficient.solution?.map(String)).toEqual(['1', '0']);
    expect(solveRationalLinearSystem(r([[1, 1], [2, 2]]), v([1, 3])).solution).toBeUndefined();
  });
});

describe('exact simplex (Bland’s rule)', () => {
  it("Chvátal (1983), ch. 2: max 5x1 + 4x2 + 3x3 with three ≤ rows has optimum 13 at (2, 0, 1)", () => {
    // Slacks make the rows equalities: 2x1 + 3x2 + x3 + s1 = 5, 4x1 + x2 + 2x3 + s2 = 11, 3x1 + 4x2 + 2x3 + s3 = 8.
    const t = ExactSimplex.feasible({ a: r([[2, 3, 1, 1, 0, 0], [4, 1, 2, 0, 1, 0], [3, 4, 2, 0, 0, 1]]), b: v([5, 11, 8]) })!;
    expect(String(t.maximize(v([5, 4, 3, 0, 0, 0])))).toBe('13');
    expect(t.point().slice(0, 3).map(String)).toEqual(['2', '0', '1']);
  });
  it("Chvátal's cycling example terminates at the optimum 1 (Bland's rule does not cycle)", () => {
    const a = [[0.5, -5.5, -2.5, 9, 1, 0, 0], [0.5, -1.5, -0.5, 1, 0, 1, 0], [1, 0, 0, 0, 0, 0, 1]].map((row) => row.map((x) => Rational.parse(String(x))));
    const t = ExactSimplex.feasible({ a, b: v([0, 0, 1]) })!;
    expect(String(t.maximize(v([10, -57, -9, -24, 0, 0, 0])))).toBe('1');
  });
  it('detects infeasible and unbounded programs', () => {
    expect(ExactSimplex.feasible({ a: r([[1, 1], [1, 1]]), b: v([1, 2]) })).toBeUndefined();
    const t = ExactSimplex.feasible({ a: r([[1, -1]]), b: v([1]) })!;
    expect(() => t.maximize(v([1, 0]))).toThrow(/unbounded/);
  });
  it('restricting to an optimal face makes lexicographic optimisation possible', () => {
    // x + y + z = 1: max x + y has the face {z = 0}; then max y on it gives (0, 1, 0).
    const t = ExactSimplex.feasible({ a: r([[1, 1, 1]]), b: v([1]) })!;
    const c = v([1, 1, 0]);
    t.maximize(c);
    t.restrictToOptimalFace(c);
    t.maximize(v([0, 1, 0]));
    expect(t.point().map(String)).toEqual(['0', '1', '0']);
  });
});
