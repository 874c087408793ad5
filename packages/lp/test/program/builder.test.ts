import { InvalidNumberError, ValidationError } from '@plural/core';
import { describe, expect, it } from 'vitest';
import { LinearExpression, linearSum, lp, normalizeLinearProgram } from '../../src/index.js';

describe('lp() builder', () => {
  it('builds the documented example as plain, frozen, valid data', () => {
    const model = lp();
    const x = model.variable('x', { lower: 0 });
    const y = model.variable('y', { lower: 0, upper: 3 });
    model.lessEqual(x.plus(y), 4).maximize(x.plus(y.times(2)));
    const program = model.build();
    expect(program).toEqual({
      variables: [{ name: 'x', lower: 0 }, { name: 'y', lower: 0, upper: 3 }],
      constraints: [{ coefficients: [['x', 1], ['y', 1]], lower: -Infinity, upper: 4 }],
      objective: { sense: 'max', coefficients: [['x', 1], ['y', 2]], constant: 0 },
    });
    expect(Object.isFrozen(program)).toBe(true);
    expect(Object.isFrozen(program.variables)).toBe(true);
    expect(x.index).toBe(0);
    expect(y.index).toBe(1);
    expect(y.name).toBe('y');
  });

  it('solves the documented example: objective 7 at x = 1, y = 3', async () => {
    const model = lp();
    const x = model.variable('x', { lower: 0 });
    const y = model.variable('y', { lower: 0, upper: 3 });
    model.lessEqual(x.plus(y), 4).maximize(x.plus(y.times(2)));
    const solution = await model.solve();
    expect(solution.status).toBe('optimal');
    expect(solution.objective).toBeCloseTo(7, 9);
    expect(solution.valuesByName.x).toBeCloseTo(1, 9);
    expect(solution.valuesByName.y).toBeCloseTo(3, 9);
  });

  it('moves expression constants to the bounds and keeps the objective constant', () => {
    const m = lp();
    const a = m.variable('a');
    const b = m.variable('b', { lower: -1, integer: true });
    m.lessEqual(a.plus(5), b.times(2).minus(1)) // a − 2b ≤ −6
      .greaterEqual(a, 2) // a ≥ 2
      .equal(a.plus(b), b.plus(3)) // a = 3 (b cancels)
      .between(-1, a.minus(b).plus(1), 4, 'spread') // −2 ≤ a − b ≤ 3
      .constraint(b.times(3), { lower: 0, name: 'nonneg' })
      .minimize(a.times(2).plus(10));
    const p = normalizeLinearProgram(m.build());
    expect(p.constraints.map((c) => [c.name, [...c.indices], [...c.values], c.lower, c.upper])).toEqual([
      ['constraints[0]', [0, 1], [1, -2], -Infinity, -6],
      ['constraints[1]', [0], [1], 2, Infinity],
      ['constraints[2]', [0], [1], 3, 3],
      ['spread', [0, 1], [1, -1], -2, 3],
      ['nonneg', [1], [3], 0, Infinity],
    ]);
    expect(p.objective).toEqual([2, 0]);
    expect(p.constant).toBe(10);
    expect(p.integer).toEqual([false, true]);
    expect(p.lower).toEqual([0, -1]);
  });

  it('without an objective builds "minimise 0"', () => {
    const m = lp();
    m.variable('x');
    expect(m.build().objective).toEqual({ sense: 'min', coefficients: [], constant: 0 });
  });

  it('keeps expressions immutable and cancels terms to zero', () => {
    const m = lp();
    const x = m.variable('x');
    const y = m.variable('y');
    const e = x.plus(y);
    const f = e.plus(x);
    expect([...e.coefficients]).toEqual([[0, 1], [1, 1]]);
    expect([...f.coefficients]).toEqual([[0, 2], [1, 1]]);
    expect(Object.isFrozen(e)).toBe(true);
    const g = e.minus(y).minus(x);
    expect(g.coefficients.size).toBe(0);
    expect(e.times(0).coefficients.size).toBe(0);
    expect(x.times(-3).plus(4).constant).toBe(4);
  });

  it('linearSum adds variables, expressions and numbers', () => {
    const m = lp();
    const xs = [m.variable('a'), m.variable('b'), m.variable('c')];
    const s = linearSum([...xs, xs[0]!.times(2), 5]);
    expect(s).toBeInstanceOf(LinearExpression);
    expect([...s.coefficients]).toEqual([[0, 3], [1, 1], [2, 1]]);
    expect(s.constant).toBe(5);
    expect(linearSum([]).coefficients.size).toBe(0);
  });

  describe('typed errors', () => {
    it('duplicate and empty variable names', () => {
      const m = lp();
      m.variable('x');
      expect(() => m.variable('x')).toThrow(ValidationError);
      expect(() => m.variable('x')).toThrow(/variables\[1\]\.name: duplicate variable name "x" \(also variables\[0\]\)/);
      expect(() => m.variable('')).toThrow(/non-empty name/);
    });

    it('lower > upper is reported at build() with the variable', () => {
      const m = lp();
      m.variable('x', { lower: 5, upper: 1 });
      expect(() => m.build()).toThrow(ValidationError);
      expect(() => m.build()).toThrow(/variables\[0\]: lower bound 5 exceeds upper bound 1/);
    });

    it('NaN and infinite numbers in expressions', () => {
      const m = lp();
      const x = m.variable('x');
      expect(() => x.times(NaN)).toThrow(InvalidNumberError);
      expect(() => x.plus(Infinity)).toThrow(InvalidNumberError);
      expect(() => x.times(1e200).times(1e200)).toThrow(/overflows/);
      expect(() => x.times(1e308).plus(x.times(1e308))).toThrow(InvalidNumberError);
    });

    it('a NaN bound on a constraint', () => {
      const m = lp();
      const x = m.variable('x');
      m.constraint(x, { upper: NaN });
      expect(() => m.build()).toThrow(InvalidNumberError);
      expect(() => m.build()).toThrow(/constraints\[0\]\.upper/);
    });

    it('constraint bounds that are not an object', () => {
      const m = lp();
      const x = m.variable('x');
      expect(() => m.constraint(x, undefined as never)).toThrow(ValidationError);
      expect(() => m.constraint(x, undefined as never)).toThrow(/constraints\[0\]: expected constraint bounds/);
    });

    it('mixing variables of two models', () => {
      const m1 = lp();
      const m2 = lp();
      const a = m1.variable('a');
      const b = m2.variable('b');
      expect(() => a.plus(b)).toThrow(/two different models/);
      expect(() => m2.lessEqual(a, 1)).toThrow(/another model/);
      expect(() => m2.maximize(a)).toThrow(ValidationError);
    });

    it('an input that is not an expression', () => {
      const m = lp();
      const x = m.variable('x');
      expect(() => x.plus('y' as never)).toThrow(ValidationError);
      expect(() => m.maximize({} as never)).toThrow(/expected a linear expression/);
    });

    it('a model without variables', () => {
      expect(() => lp().build()).toThrow(/variables: a linear program needs at least one variable/);
    });
  });
});
