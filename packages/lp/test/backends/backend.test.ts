import { ValidationError } from '@plural/core';
import { describe, expect, it } from 'vitest';
import {
  createLpBackendRegistry,
  defaultLpBackendRegistry,
  fitsAutomatically,
  highsBackend,
  javascriptLpSolverBackend,
  normalizeLinearProgram,
} from '../../src/index.js';
import { fakeBackend } from '../helpers.js';

describe('backend registry', () => {
  it('the default registry is HiGHS first, then javascript-lp-solver; both MIT-compatible, neither GPL', () => {
    expect(defaultLpBackendRegistry.ids).toEqual(['highs', 'javascript-lp-solver']);
    expect(defaultLpBackendRegistry.get('highs')).toBe(highsBackend);
    expect(defaultLpBackendRegistry.get('javascript-lp-solver')).toBe(javascriptLpSolverBackend);
    expect(defaultLpBackendRegistry.get('glpk')).toBeUndefined();
    expect(highsBackend).toMatchObject({ supportsIntegers: true, providesDuals: true });
    expect(javascriptLpSolverBackend).toMatchObject({
      supportsIntegers: true,
      providesDuals: false,
      maxAutomaticSize: { variables: 300, constraints: 300 },
    });
  });

  it('keeps registration order and is frozen', () => {
    const a = fakeBackend('a', () => ({ status: 'error', backendStatus: 'x' }));
    const b = fakeBackend('b', () => ({ status: 'error', backendStatus: 'x' }));
    const r = createLpBackendRegistry([b, a]);
    expect(r.ids).toEqual(['b', 'a']);
    expect(r.get('a')).toBe(a);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.ids)).toBe(true);
  });

  it('rejects empty lists, non-backends, duplicate ids and the reserved id "auto"', () => {
    const ok = fakeBackend('a', () => ({ status: 'error', backendStatus: 'x' }));
    expect(() => createLpBackendRegistry([])).toThrow(ValidationError);
    expect(() => createLpBackendRegistry([{ id: 'x' } as never])).toThrow(/backends\[0\]: expected an LpBackend/);
    expect(() => createLpBackendRegistry([ok, fakeBackend('a', () => ({ status: 'error', backendStatus: 'x' }))])).toThrow(
      /backends\[1\]\.id: duplicate or reserved backend id "a"/,
    );
    expect(() => createLpBackendRegistry([fakeBackend('auto', () => ({ status: 'error', backendStatus: 'x' }))])).toThrow(
      /reserved/,
    );
  });

  it('fitsAutomatically compares variables and constraints with the limit', () => {
    const program = (n: number, m: number) =>
      normalizeLinearProgram({
        variables: Array.from({ length: n }, (_, j) => ({ name: `x${j}` })),
        constraints: Array.from({ length: m }, () => ({ coefficients: [[0, 1]] as const, upper: 1 })),
        objective: { sense: 'min', coefficients: [] },
      });
    expect(fitsAutomatically(javascriptLpSolverBackend, program(300, 300))).toBe(true);
    expect(fitsAutomatically(javascriptLpSolverBackend, program(301, 1))).toBe(false);
    expect(fitsAutomatically(javascriptLpSolverBackend, program(1, 301))).toBe(false);
    expect(fitsAutomatically(highsBackend, program(301, 301))).toBe(true);
  });
});
