import { Rational } from '@plural/core';

/** The outcome of {@link solveRationalLinearSystem}. */
export interface LinearSystemSolution {
  /** A solution (free variables set to 0), or undefined when the system is inconsistent. */
  readonly solution: Rational[] | undefined;
  /** The rank of the coefficient matrix. */
  readonly rank: number;
}

/**
 * Solves A x = b exactly by Gauss–Jordan elimination over the rationals (partial pivoting is not needed:
 * arithmetic is exact; the first non-zero entry is the pivot). Unique solution ⇔ consistent and
 * rank = number of unknowns.
 *
 * Complexity: O(r · c · min(r, c)) Rational operations for an r × c matrix.
 *
 * @example
 * solveRationalLinearSystem([[1, 1], [1, -1]].map((r) => r.map((v) => Rational.of(v))), [Rational.of(1), Rational.ZERO]).solution; // [1/2, 1/2]
 */
export function solveRationalLinearSystem(a: readonly (readonly Rational[])[], b: readonly Rational[]): LinearSystemSolution {
  const rows = a.map((row, i) => [...row, b[i]!]);
  const cols = a[0]?.length ?? 0;
  const pivotColumn: number[] = [];
  let r = 0;
  for (let c = 0; c < cols && r < rows.length; c++) {
    const p = rows.findIndex((row, i) => i >= r && !row[c]!.isZero());
    if (p < 0) continue;
    [rows[r], rows[p]] = [rows[p]!, rows[r]!];
    const pivot = rows[r]!;
    const inv = pivot[c]!.inverse();
    for (let k = c; k <= cols; k++) pivot[k] = pivot[k]!.mul(inv);
    for (let i = 0; i < rows.length; i++) {
      if (i === r) continue;
      const f = rows[i]![c]!;
      if (f.isZero()) continue;
      const row = rows[i]!;
      for (let k = c; k <= cols; k++) if (!pivot[k]!.isZero()) row[k] = row[k]!.sub(f.mul(pivot[k]!));
    }
    pivotColumn.push(c);
    r++;
  }
  for (let i = r; i < rows.length; i++) if (!rows[i]![cols]!.isZero()) return { solution: undefined, rank: r };
  const x = Array.from({ length: cols }, () => Rational.ZERO);
  pivotColumn.forEach((c, i) => {
    x[c] = rows[i]![cols]!;
  });
  return { solution: x, rank: r };
}
