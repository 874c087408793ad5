import { describe, expect, it } from 'vitest';
import { normalizeLinearProgram, writeCplexLp } from '../../src/index.js';

describe('writeCplexLp', () => {
  it('writes the documented example exactly: a ranged row becomes two rows, free variables "free"', () => {
    const out = writeCplexLp(
      normalizeLinearProgram({
        variables: [{ name: 'x', lower: -Infinity }],
        constraints: [{ coefficients: [['x', 2]], lower: 1, upper: 3 }],
        objective: { sense: 'min', coefficients: [['x', 1]] },
      }),
    );
    expect(out.text).toBe('Minimize\n obj: + 1 x0\nSubject To\n r0: + 2 x0 >= 1\n r1: + 2 x0 <= 3\nBounds\n x0 free\nEnd\n');
    expect(out.columnNames).toEqual(['x0']);
    expect(out.rows).toEqual([
      { constraint: 0, side: 'lower' },
      { constraint: 0, side: 'upper' },
    ]);
  });

  it('renames user names, writes every bound form, integers, equalities, and skips free rows', () => {
    const out = writeCplexLp(
      normalizeLinearProgram({
        variables: [
          { name: 'Subject To' },
          { name: 'end', lower: -2.5 },
          { name: 'c', lower: -Infinity, upper: 4 },
          { name: 'd', lower: 1, upper: 1 },
          { name: 'e', lower: 1e-7, upper: 1e21, integer: true },
        ],
        constraints: [
          { coefficients: [['Subject To', -1], ['end', 0.5]], lower: 2, upper: 2 },
          { coefficients: [['c', 1]] },
          { coefficients: [['d', 3]], upper: -1 },
          { coefficients: [], lower: -4 },
        ],
        objective: { sense: 'max', coefficients: [['e', -3]], constant: 9 },
      }),
    );
    expect(out.text).toBe(
      [
        'Maximize',
        ' obj: - 3 x4',
        'Subject To',
        ' r0: - 1 x0 + 0.5 x1 = 2',
        ' r1: + 3 x3 <= -1',
        ' r2: 0 x0 >= -4',
        'Bounds',
        ' x0 >= 0',
        ' x1 >= -2.5',
        ' -inf <= x2 <= 4',
        ' x3 = 1',
        ' 1e-7 <= x4 <= 1e+21',
        'General',
        ' x4',
        'End',
        '',
      ].join('\n'),
    );
    expect(out.rows.map((r) => r.constraint)).toEqual([0, 2, 3]);
    expect(out.text).not.toMatch(/Subject To\n.*Subject To/s);
  });

  it('writes a zero objective on request and wraps long rows', () => {
    const n = 20;
    const p = normalizeLinearProgram({
      variables: Array.from({ length: n }, (_, j) => ({ name: `v${j}` })),
      constraints: [{ coefficients: Array.from({ length: n }, (_, j) => [j, j + 1] as const), upper: 1 }],
      objective: { sense: 'min', coefficients: [[0, 1]] },
    });
    const zero = writeCplexLp(p, { objective: 'zero' });
    expect(zero.text.split('\n')[1]).toBe(' obj: 0 x0');
    const lines = zero.text.split('\n');
    const start = lines.indexOf('Subject To') + 1;
    expect(lines[start]).toMatch(/^ r0: \+ 1 x0 .* \+ 8 x7 ?$/);
    expect(lines[start + 1]).toMatch(/^ {3}\+ 9 x8 /);
    expect(lines[start + 2]).toMatch(/\+ 20 x19 <= 1$/);
  });

  it('round-trips numbers exactly (shortest decimal that reads back as the same double)', () => {
    const values = [0.1, 1 / 3, -2.5e-12, 123456789.123, 5e-324, 1.7976931348623157e308];
    const p = normalizeLinearProgram({
      variables: [{ name: 'x' }],
      constraints: values.map((v) => ({ coefficients: [['x', v]] as const, upper: 1 })),
      objective: { sense: 'min', coefficients: [] },
    });
    const numbers = writeCplexLp(p)
      .text.split('\n')
      .filter((l) => l.startsWith(' r'))
      .map((l) => {
        const m = /: ([+-]) (\S+) x0/.exec(l);
        return (m?.[1] === '-' ? -1 : 1) * Number(m?.[2]);
      });
    expect(numbers).toEqual(values);
  });
});
