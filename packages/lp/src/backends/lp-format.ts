import type { NormalizedLinearProgram } from '../program/types.js';

/** Which side of a program constraint an LP-file row carries. */
export interface LpFormatRow {
  /** Index of the constraint in the program. */
  readonly constraint: number;
  /** `'both'` for `=` rows (and one-sided constraints), `'lower'`/`'upper'` for the halves of a ranged one. */
  readonly side: 'both' | 'lower' | 'upper';
}

/** The LP-format text and how its rows and columns map back to the program. */
export interface LpFormatText {
  readonly text: string;
  /** Column name per variable index (`x0`, `x1`, …). */
  readonly columnNames: readonly string[];
  /** Row `k` of the file (named `r{k}`) is `rows[k]`. */
  readonly rows: readonly LpFormatRow[];
}

const TERMS_PER_LINE = 8;

/** Shortest decimal that reads back as the same double (`String` does exactly this); never `-0`. */
function formatNumber(value: number): string {
  return value === 0 ? '0' : String(value);
}

function linearTerms(indices: readonly number[], values: readonly number[], names: readonly string[]): string {
  if (indices.length === 0) return `0 ${names[0] as string}`;
  const parts: string[] = [];
  indices.forEach((j, k) => {
    const c = values[k] as number;
    const term = `${c < 0 ? '-' : '+'} ${formatNumber(Math.abs(c))} ${names[j] as string}`;
    parts.push(k > 0 && k % TERMS_PER_LINE === 0 ? `\n   ${term}` : term);
  });
  return parts.join(' ');
}

/**
 * Writes a program in the CPLEX LP file format, the text HiGHS reads. Robust by construction:
 * variables are renamed `x0, x1, …` and rows `r0, r1, …` (so no user name can clash with the
 * format's keywords or operators), every variable is declared in `Bounds` (so variables absent from
 * the objective and rows still exist), free variables are written `free`, infinite bounds `-inf`,
 * fixed variables `=`, integer variables in a `General` section, a ranged constraint `L ≤ aᵀx ≤ U`
 * becomes two rows (`≥ L` and `≤ U`; HiGHS's reader has no range syntax), constraints with both sides
 * infinite are left out, and long rows are wrapped. Numbers use the shortest round-trip decimal form.
 * The objective constant is not written: the caller adds it (`program.constant`).
 *
 * `objective: 'zero'` writes a zero objective (a pure feasibility problem).
 *
 * Source: CPLEX LP format as read by HiGHS (Huangfu & Hall 2018, doi:10.1007/s12532-017-0130-5;
 * https://ergo-code.github.io/HiGHS/).
 *
 * Complexity: O(n + nnz).
 *
 * @example
 * writeCplexLp(normalizeLinearProgram({
 *   variables: [{ name: 'x', lower: -Infinity }],
 *   constraints: [{ coefficients: [['x', 2]], lower: 1, upper: 3 }],
 *   objective: { sense: 'min', coefficients: [['x', 1]] },
 * })).text;
 * // "Minimize\n obj: + 1 x0\nSubject To\n r0: + 2 x0 >= 1\n r1: + 2 x0 <= 3\nBounds\n x0 free\nEnd\n"
 */
export function writeCplexLp(
  program: NormalizedLinearProgram,
  options: { readonly objective?: 'original' | 'zero' } = {},
): LpFormatText {
  const n = program.variableNames.length;
  const names = Array.from({ length: n }, (_, j) => `x${j}`);
  const lines: string[] = [];
  lines.push(program.sense === 'max' ? 'Maximize' : 'Minimize');
  const objIndices: number[] = [];
  const objValues: number[] = [];
  if (options.objective !== 'zero') {
    program.objective.forEach((c, j) => {
      if (c !== 0) {
        objIndices.push(j);
        objValues.push(c);
      }
    });
  }
  lines.push(` obj: ${linearTerms(objIndices, objValues, names)}`);

  lines.push('Subject To');
  const rows: LpFormatRow[] = [];
  const addRow = (i: number, side: LpFormatRow['side'], operator: string, rhs: number): void => {
    const c = program.constraints[i];
    if (c === undefined) return;
    lines.push(` r${rows.length}: ${linearTerms(c.indices, c.values, names)} ${operator} ${formatNumber(rhs)}`);
    rows.push(Object.freeze({ constraint: i, side }));
  };
  program.constraints.forEach((c, i) => {
    const hasLower = c.lower !== -Infinity;
    const hasUpper = c.upper !== Infinity;
    if (hasLower && hasUpper) {
      if (c.lower === c.upper) addRow(i, 'both', '=', c.lower);
      else {
        addRow(i, 'lower', '>=', c.lower);
        addRow(i, 'upper', '<=', c.upper);
      }
    } else if (hasLower) addRow(i, 'both', '>=', c.lower);
    else if (hasUpper) addRow(i, 'both', '<=', c.upper);
  });

  lines.push('Bounds');
  for (let j = 0; j < n; j++) {
    const lo = program.lower[j] as number;
    const hi = program.upper[j] as number;
    const name = names[j] as string;
    if (lo === -Infinity && hi === Infinity) lines.push(` ${name} free`);
    else if (hi === Infinity) lines.push(` ${name} >= ${formatNumber(lo)}`);
    else if (lo === hi) lines.push(` ${name} = ${formatNumber(lo)}`);
    else lines.push(` ${lo === -Infinity ? '-inf' : formatNumber(lo)} <= ${name} <= ${formatNumber(hi)}`);
  }

  const integers = names.filter((_, j) => program.integer[j]);
  if (integers.length > 0) {
    lines.push('General');
    for (let k = 0; k < integers.length; k += TERMS_PER_LINE * 2) {
      lines.push(` ${integers.slice(k, k + TERMS_PER_LINE * 2).join(' ')}`);
    }
  }
  lines.push('End');
  return Object.freeze({
    text: `${lines.join('\n')}\n`,
    columnNames: Object.freeze(names),
    rows: Object.freeze(rows),
  });
}
