import { InvalidNumberError, PluralError, ValidationError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LinearProgram, normalizeLinearProgram } from '../../src/index.js';
import { chvatalCycling, deepFreeze, feasibleBoundedLp } from '../helpers.js';

/** Runs `f`, expecting it to throw; returns the error. */
function thrown(f: () => unknown): PluralError {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(PluralError);
    return error as PluralError;
  }
  throw new Error('expected an error');
}

const base = (patch: Partial<Record<keyof LinearProgram, unknown>>): LinearProgram =>
  ({
    variables: [{ name: 'x' }, { name: 'y', upper: 3 }],
    constraints: [{ coefficients: [['x', 1], ['y', 1]], upper: 4 }],
    objective: { sense: 'max', coefficients: [['x', 1], ['y', 2]] },
    ...patch,
  }) as LinearProgram;

describe('normalizeLinearProgram', () => {
  it('resolves names and indices, fills defaults, and sorts and drops zero terms', () => {
    const p = normalizeLinearProgram({
      variables: [{ name: 'a' }, { name: 'b', lower: -2, upper: 5, integer: true }, { name: 'c', lower: -Infinity }],
      constraints: [
        { coefficients: [['c', 3], [0, 1], ['b', 0]], lower: 1 },
        { name: 'cap', coefficients: [[1, -2]], upper: 7 },
        { coefficients: [['a', 1]], lower: 2, upper: 2 },
      ],
      objective: { sense: 'min', coefficients: [['c', -1], [0, 4]], constant: 2.5 },
    });
    expect(p.variableNames).toEqual(['a', 'b', 'c']);
    expect(p.lower).toEqual([0, -2, -Infinity]);
    expect(p.upper).toEqual([Infinity, 5, Infinity]);
    expect(p.integer).toEqual([false, true, false]);
    expect(p.isMixedInteger).toBe(true);
    expect(p.constraints.map((c) => c.name)).toEqual(['constraints[0]', 'cap', 'constraints[2]']);
    expect(p.constraints[0]).toEqual({ name: 'constraints[0]', indices: [0, 2], values: [1, 3], lower: 1, upper: Infinity });
    expect(p.constraints[1]).toEqual({ name: 'cap', indices: [1], values: [-2], lower: -Infinity, upper: 7 });
    expect(p.constraints[2]).toMatchObject({ lower: 2, upper: 2 });
    expect(p.objective).toEqual([4, 0, -1]);
    expect(p.constant).toBe(2.5);
    expect(p.sense).toBe('min');
    expect(p.nonzeros).toBe(4);
  });

  it('documented example: names and indices mix, objective becomes dense', () => {
    const p = normalizeLinearProgram({
      variables: [{ name: 'x' }, { name: 'y', upper: 3 }],
      constraints: [{ coefficients: [['x', 1], ['y', 1]], upper: 4 }],
      objective: { sense: 'max', coefficients: [['x', 1], [1, 2]] },
    });
    expect(p.objective).toEqual([1, 2]);
  });

  it('returns a deeply frozen result', () => {
    const p = normalizeLinearProgram(chvatalCycling);
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.objective)).toBe(true);
    expect(Object.isFrozen(p.constraints)).toBe(true);
    expect(Object.isFrozen(p.constraints[0])).toBe(true);
    expect(Object.isFrozen(p.constraints[0]?.indices)).toBe(true);
  });

  it('normalises -0 bounds to 0 and allows an empty objective (a feasibility problem)', () => {
    const p = normalizeLinearProgram({
      variables: [{ name: 'x', lower: -0, upper: -0 }],
      constraints: [{ coefficients: [['x', 1]], lower: -0 }],
      objective: { sense: 'min', coefficients: [] },
    });
    expect(Object.is(p.lower[0], 0)).toBe(true);
    expect(Object.is(p.upper[0], 0)).toBe(true);
    expect(Object.is(p.constraints[0]?.lower, 0)).toBe(true);
    expect(p.objective).toEqual([0]);
    expect(p.isMixedInteger).toBe(false);
  });

  describe('rejects invalid programs with a typed error naming the field and the fix', () => {
    const cases: [string, unknown, typeof ValidationError, string, RegExp][] = [
      ['not an object', null, ValidationError, 'program', /expected a linear program/],
      ['no variables', base({ variables: [] }), ValidationError, 'variables', /at least one variable/],
      ['variables not an array', base({ variables: 'x' }), ValidationError, 'variables', /at least one variable/],
      ['a variable that is not an object', base({ variables: [3] }), ValidationError, 'variables[0]', /variable object/],
      ['an empty name', base({ variables: [{ name: '' }] }), ValidationError, 'variables[0].name', /non-empty name/],
      ['a missing name', base({ variables: [{}] }), ValidationError, 'variables[0].name', /non-empty name/],
      ['duplicate variable names', base({ variables: [{ name: 'x' }, { name: 'x' }] }), ValidationError, 'variables[1].name', /duplicate variable name "x"/],
      ['a NaN lower bound', base({ variables: [{ name: 'x', lower: NaN }, { name: 'y' }] }), InvalidNumberError, 'variables[0].lower', /NaN/],
      ['a string upper bound', base({ variables: [{ name: 'x', upper: '3' }, { name: 'y' }] }), InvalidNumberError, 'variables[0].upper', /"3"/],
      ['a lower bound of +Infinity', base({ variables: [{ name: 'x', lower: Infinity }, { name: 'y' }] }), InvalidNumberError, 'variables[0].lower', /\+Infinity/],
      ['an upper bound of -Infinity', base({ variables: [{ name: 'x', upper: -Infinity }, { name: 'y' }] }), InvalidNumberError, 'variables[0].upper', /-Infinity/],
      ['lower > upper on a variable', base({ variables: [{ name: 'x', lower: 5, upper: 1 }, { name: 'y' }] }), ValidationError, 'variables[0]', /lower bound 5 exceeds upper bound 1/],
      ['a non-boolean integer flag', base({ variables: [{ name: 'x', integer: 1 }, { name: 'y' }] }), ValidationError, 'variables[0].integer', /true or false/],
      ['constraints not an array', base({ constraints: {} }), ValidationError, 'constraints', /array of constraints/],
      ['a constraint that is not an object', base({ constraints: [7] }), ValidationError, 'constraints[0]', /constraint object/],
      ['coefficients not an array', base({ constraints: [{ coefficients: 'x' }] }), ValidationError, 'constraints[0].coefficients', /pairs/],
      ['a malformed term', base({ constraints: [{ coefficients: [['x']] }] }), ValidationError, 'constraints[0].coefficients[0]', /pair/],
      ['an unknown variable name', base({ constraints: [{ coefficients: [['z', 1]], upper: 1 }] }), ValidationError, 'constraints[0].coefficients[0][0]', /unknown variable "z"/],
      ['an out-of-range variable index', base({ constraints: [{ coefficients: [[2, 1]], upper: 1 }] }), ValidationError, 'constraints[0].coefficients[0][0]', /unknown variable index 2/],
      ['a fractional variable index', base({ constraints: [{ coefficients: [[0.5, 1]], upper: 1 }] }), ValidationError, 'constraints[0].coefficients[0][0]', /unknown variable index/],
      ['a variable reference of the wrong type', base({ constraints: [{ coefficients: [[true, 1]], upper: 1 }] }), ValidationError, 'constraints[0].coefficients[0][0]', /index or name/],
      ['a NaN coefficient', base({ constraints: [{ coefficients: [['x', NaN]], upper: 1 }] }), InvalidNumberError, 'constraints[0].coefficients[0][1]', /finite coefficient, got NaN/],
      ['an infinite coefficient', base({ constraints: [{ coefficients: [['x', 1], ['y', Infinity]], upper: 1 }] }), InvalidNumberError, 'constraints[0].coefficients[1][1]', /Infinity/],
      ['a variable listed twice in a row', base({ constraints: [{ coefficients: [['x', 1], [0, 2]], upper: 1 }] }), ValidationError, 'constraints[0].coefficients[1]', /listed twice/],
      ['lower > upper on a constraint', base({ constraints: [{ coefficients: [['x', 1]], lower: 3, upper: 2 }] }), ValidationError, 'constraints[0]', /exceeds/],
      ['a NaN constraint bound', base({ constraints: [{ coefficients: [['x', 1]], upper: NaN }] }), InvalidNumberError, 'constraints[0].upper', /NaN/],
      ['an empty constraint name', base({ constraints: [{ name: '', coefficients: [] }] }), ValidationError, 'constraints[0].name', /non-empty/],
      ['duplicate constraint names', base({ constraints: [{ name: 'a', coefficients: [] }, { name: 'a', coefficients: [] }] }), ValidationError, 'constraints[1].name', /duplicate constraint name "a"/],
      ['a missing objective', base({ objective: undefined }), ValidationError, 'objective', /objective object/],
      ['an objective without sense', base({ objective: { coefficients: [] } }), ValidationError, 'objective.sense', /'min' or 'max'/],
      ['an objective with a bad sense', base({ objective: { sense: 'maximize', coefficients: [] } }), ValidationError, 'objective.sense', /"maximize"/],
      ['an objective without coefficients', base({ objective: { sense: 'min' } }), ValidationError, 'objective.coefficients', /pairs/],
      ['a NaN objective coefficient', base({ objective: { sense: 'min', coefficients: [['y', NaN]] } }), InvalidNumberError, 'objective.coefficients[0][1]', /NaN/],
      ['an unknown objective variable', base({ objective: { sense: 'min', coefficients: [['w', 1]] } }), ValidationError, 'objective.coefficients[0][0]', /unknown variable "w"/],
      ['an infinite objective constant', base({ objective: { sense: 'min', coefficients: [], constant: Infinity } }), InvalidNumberError, 'objective.constant', /finite constant/],
    ];
    it.each(cases)('%s', (_label, program, errorClass, where, message) => {
      const error = thrown(() => normalizeLinearProgram(program as LinearProgram));
      expect(error).toBeInstanceOf(errorClass);
      expect(error.where).toBe(where);
      expect(error.message).toMatch(message);
      expect(error.message.startsWith(`${where}: `)).toBe(true);
      expect(error.fix).toMatch(/\S/);
      expect(error.code).toBe(errorClass === InvalidNumberError ? 'invalid-number' : 'invalid-input');
    });
  });

  it('never mutates its input (property: frozen input, unchanged structuredClone)', () => {
    fc.assert(
      fc.property(feasibleBoundedLp(), ({ program }) => {
        const before = structuredClone(program);
        const frozen = deepFreeze(structuredClone(program));
        normalizeLinearProgram(frozen);
        normalizeLinearProgram(program);
        expect(program).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every listed non-zero coefficient exactly (property)', () => {
    fc.assert(
      fc.property(feasibleBoundedLp(), ({ program }) => {
        const p = normalizeLinearProgram(program);
        program.constraints?.forEach((c, i) => {
          const row = p.constraints[i];
          const listed = c.coefficients.filter(([, a]) => a !== 0);
          expect(row?.indices.length).toBe(listed.length);
          for (const [ref, a] of listed) {
            const j = typeof ref === 'number' ? ref : p.variableNames.indexOf(ref);
            expect(row?.values[row.indices.indexOf(j)]).toBe(a);
          }
          expect([...(row?.indices ?? [])]).toEqual([...(row?.indices ?? [])].sort((a, b) => a - b));
        });
      }),
      { numRuns: 100 },
    );
  });
});
