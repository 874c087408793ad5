/**
 * Properties of solve() on random feasible, bounded LPs (built around a point chosen first, see
 * feasibleBoundedLp): the two backends agree, every answer passes the certificate, a wrong answer is
 * never returned silently, and inputs are never mutated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPrimal,
  createLpBackendRegistry,
  highsBackend,
  javascriptLpSolverBackend,
  normalizeLinearProgram,
  solve,
} from '../../src/index.js';
import { deepFreeze, fakeBackend, feasibleBoundedLp } from '../helpers.js';

const TOL = 1e-6;

describe('solve on random feasible bounded LPs (properties)', () => {
  it('both backends reach the same optimum, certified, at least as good as the construction point; a disagreeing javascript-lp-solver answer is always rejected', async () => {
    await fc.assert(
      fc.asyncProperty(feasibleBoundedLp(), async ({ program, point }) => {
        const p = normalizeLinearProgram(program);
        const h = await solve(program, { backend: 'highs' });
        const j = await solve(program, { backend: 'javascript-lp-solver' });
        for (const s of [h, j]) {
          expect(s.status).toBe('optimal');
          expect(s.certificate.checked).toBe(true);
          expect(['lp-duality', 'lp-duality-cross']).toContain(s.certificate.method);
          expect(checkPrimal(p, s.values).primalResidual).toBeLessThanOrEqual(TOL);
        }
        const scale = Math.max(1, Math.abs(h.objective));
        expect(Math.abs(h.objective - j.objective)).toBeLessThanOrEqual(TOL * scale);
        const atPoint = checkPrimal(p, point).objective;
        if (p.sense === 'max') expect(h.objective).toBeGreaterThanOrEqual(atPoint - TOL * scale);
        else expect(h.objective).toBeLessThanOrEqual(atPoint + TOL * scale);

        // Never silently wrong: javascript-lp-solver's own answer is either right or rejected.
        const raw = await javascriptLpSolverBackend.solve(p, { tolerance: TOL });
        const rawRight = raw.status === 'optimal' && Math.abs((raw.objective ?? NaN) - h.objective) <= TOL * scale;
        if (!rawRight) {
          expect(j.attempts[0]?.backend).toBe('javascript-lp-solver');
          expect(j.attempts[0]?.rejected).toMatch(/\S/);
          expect(j.backend).toBe('highs');
        }
        if (j.backend === 'javascript-lp-solver') expect(j.attempts).toHaveLength(1);
      }),
      { numRuns: 60 },
    );
  });

  it('a backend answer perturbed off the feasible set, or a strictly suboptimal feasible point, is rejected and replaced', async () => {
    await fc.assert(
      fc.asyncProperty(
        feasibleBoundedLp(),
        fc.constantFrom<'infeasible' | 'suboptimal'>('infeasible', 'suboptimal'),
        fc.nat(),
        async ({ program, point }, kind, pick) => {
          const p = normalizeLinearProgram(program);
          const truth = await highsBackend.solve(p, { tolerance: TOL });
          const optimum = truth.objective as number;
          const scale = Math.max(1, Math.abs(optimum));
          let values: number[];
          if (kind === 'infeasible') {
            const bounded = p.variableNames.map((_, k) => k).filter((k) => Number.isFinite(p.upper[k] as number));
            fc.pre(bounded.length > 0);
            const k = bounded[pick % bounded.length] as number;
            values = [...(truth.values as number[])];
            values[k] = (p.upper[k] as number) + 0.01 * Math.max(1, Math.abs(p.upper[k] as number));
          } else {
            values = [...point];
          }
          const objective = checkPrimal(p, values).objective;
          const liar = fakeBackend('liar', () => ({ status: 'optimal', backendStatus: 'perturbed', values, objective }));
          const s = await solve(program, { registry: createLpBackendRegistry([liar, highsBackend]) });
          expect(s.status).toBe('optimal');
          expect(Math.abs(s.objective - optimum)).toBeLessThanOrEqual(TOL * scale);
          const worse = p.sense === 'max' ? optimum - objective : objective - optimum;
          if (kind === 'infeasible' || worse > 10 * TOL * scale) {
            expect(s.backend).toBe('highs');
            expect(s.attempts).toHaveLength(2);
            expect(s.attempts[0]?.rejected).toMatch(kind === 'infeasible' ? /primal infeasible/ : /LP-duality certificate failed/);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never mutates the program or the options (deep-frozen input; equal to a structuredClone afterwards)', async () => {
    await fc.assert(
      fc.asyncProperty(feasibleBoundedLp(), fc.constantFrom('highs', 'javascript-lp-solver'), async ({ program }, backend) => {
        const before = structuredClone(program);
        const options = deepFreeze({ backend, tolerance: 1e-6 });
        await solve(deepFreeze(structuredClone(program)), options);
        await solve(program, { backend });
        expect(program).toEqual(before);
      }),
      { numRuns: 30 },
    );
  });
});
