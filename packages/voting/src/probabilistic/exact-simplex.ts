import { Rational, SolverError, throwIfAborted } from '@plural/core';

/** A linear program in standard form over the rationals: A x = b, x ≥ 0, with b ≥ 0. */
export interface StandardFormProgram {
  readonly a: readonly (readonly Rational[])[];
  readonly b: readonly Rational[];
}

/**
 * The primal simplex method in exact rational arithmetic with Bland's rule (which cannot cycle), on a
 * dense tableau. Used where floating point cannot decide: maximal lotteries with degenerate margins.
 * `feasible()` runs phase 1 (artificial variables; redundant rows are dropped); then `maximize(c)` moves
 * to an optimal basis of any objective, and `restrictToOptimalFace(c)` keeps the later searches on the
 * optimal face of c (for lexicographic optimisation).
 *
 * Sources: G. B. Dantzig, Linear Programming and Extensions (1963); R. G. Bland, "New finite pivoting
 * rules for the simplex method", Math. Oper. Res. 2(2) (1977) 103–107, doi:10.1287/moor.2.2.103.
 *
 * Complexity: exponential in the worst case (as any simplex), O(rows · columns) Rational operations per
 * pivot; fine for the hundred or so columns of a margin game.
 */
export class ExactSimplex {
  private constructor(
    private readonly rows: Rational[][],
    private readonly basis: number[],
    private readonly columns: number,
    private readonly blocked: boolean[],
    private readonly signal: AbortSignal | undefined,
  ) {}

  /** Phase 1: a basic feasible solution of the program, or undefined when it is infeasible. */
  static feasible(program: StandardFormProgram, signal?: AbortSignal): ExactSimplex | undefined {
    const m = program.a.length;
    const n = program.a[0]?.length ?? 0;
    const rows = program.a.map((row, i) => {
      if (program.b[i]!.sign() < 0) throw new SolverError('the exact simplex needs b ≥ 0.', { where: `b[${i}]` });
      return [...row, ...Array.from({ length: m }, (_, k) => (k === i ? Rational.ONE : Rational.ZERO)), program.b[i]!];
    });
    const t = new ExactSimplex(rows, Array.from({ length: m }, (_, i) => n + i), n + m, Array.from({ length: n + m }, () => false), signal);
    const value = t.maximize(Array.from({ length: n + m }, (_, j) => (j < n ? Rational.ZERO : Rational.ONE.neg())));
    if (value.sign() < 0) return undefined;
    // Drive the artificial variables (all at 0) out of the basis; a row without a real pivot is redundant.
    for (let i = m - 1; i >= 0; i--) {
      if (t.basis[i]! < n) continue;
      const k = t.rows[i]!.findIndex((v, j) => j < n && !v.isZero());
      if (k >= 0) t.pivot(i, k);
      else {
        t.rows.splice(i, 1);
        t.basis.splice(i, 1);
      }
    }
    const rhs = n + m;
    const rowsOut = t.rows.map((row) => [...row.slice(0, n), row[rhs]!]);
    return new ExactSimplex(rowsOut, [...t.basis], n, Array.from({ length: n }, () => false), signal);
  }

  /** An independent copy (same basis and restrictions). */
  clone(): ExactSimplex {
    return new ExactSimplex(this.rows.map((r) => [...r]), [...this.basis], this.columns, [...this.blocked], this.signal);
  }

  /** The current basic solution. */
  point(): Rational[] {
    const x = Array.from({ length: this.columns }, () => Rational.ZERO);
    this.basis.forEach((j, i) => {
      x[j] = this.rows[i]![this.columns]!;
    });
    return x;
  }

  /** Reduced costs c_j − c_Bᵀ B⁻¹ A_j of every column (0 for basic columns). */
  private reducedCosts(c: readonly Rational[]): Rational[] {
    const d = [...c];
    this.basis.forEach((j, i) => {
      const cb = c[j]!;
      if (cb.isZero()) return;
      const row = this.rows[i]!;
      for (let k = 0; k < this.columns; k++) if (!row[k]!.isZero()) d[k] = d[k]!.sub(cb.mul(row[k]!));
    });
    return d;
  }

  /** Pivots to an optimal basis for max cᵀx (Bland's rule) and returns the optimum. Throws when unbounded. */
  maximize(c: readonly Rational[]): Rational {
    const rhs = this.columns;
    for (;;) {
      throwIfAborted(this.signal, 'exact simplex');
      const d = this.reducedCosts(c);
      const inBasis = new Set(this.basis);
      let enter = -1;
      for (let j = 0; j < this.columns; j++) {
        if (!inBasis.has(j) && !this.blocked[j] && d[j]!.sign() > 0) {
          enter = j;
          break;
        }
      }
      if (enter < 0) break;
      let leave = -1;
      let best: Rational | undefined;
      for (let i = 0; i < this.rows.length; i++) {
        const coef = this.rows[i]![enter]!;
        if (coef.sign() <= 0) continue;
        const ratio = this.rows[i]![rhs]!.div(coef);
        const cmp = best === undefined ? -1 : ratio.compare(best);
        if (cmp < 0 || (cmp === 0 && this.basis[i]! < this.basis[leave]!)) {
          best = ratio;
          leave = i;
        }
      }
      if (leave < 0) throw new SolverError('the linear program is unbounded.', { where: 'exact simplex' });
      this.pivot(leave, enter);
    }
    const x = this.point();
    return Rational.sum(c.map((cj, j) => cj.mul(x[j]!)));
  }

  /**
   * After `maximize(c)`: forbids every non-basic column whose reduced cost is negative, so that later
   * searches stay on the face of optimal solutions of c.
   */
  restrictToOptimalFace(c: readonly Rational[]): void {
    const d = this.reducedCosts(c);
    const inBasis = new Set(this.basis);
    for (let j = 0; j < this.columns; j++) if (!inBasis.has(j) && d[j]!.sign() < 0) this.blocked[j] = true;
  }

  private pivot(r: number, c: number): void {
    const width = this.rows[r]!.length;
    const row = this.rows[r]!;
    const inv = row[c]!.inverse();
    for (let k = 0; k < width; k++) if (!row[k]!.isZero()) row[k] = row[k]!.mul(inv);
    for (let i = 0; i < this.rows.length; i++) {
      if (i === r) continue;
      const other = this.rows[i]!;
      const f = other[c]!;
      if (f.isZero()) continue;
      for (let k = 0; k < width; k++) if (!row[k]!.isZero()) other[k] = other[k]!.sub(f.mul(row[k]!));
    }
    this.basis[r] = c;
  }
}
