import { SolverError, ValidationError, describe, throwIfAborted } from '@plural/core';
import { fitsAutomatically, type LpBackend, type RawLpResult } from '../backends/backend.js';
import { defaultLpBackendRegistry } from '../backends/default-registry.js';
import { createHighsBackend } from '../backends/highs.js';
import { checkFarkas, checkPrimal, checkUnboundedRay, dualBound, type PrimalCheck } from '../certificate/certificate.js';
import { normalizeLinearProgram } from '../program/normalize.js';
import type { LinearProgram, NormalizedLinearProgram } from '../program/types.js';
import type { LpAttempt, LpCertificate, LpSolution, SolveOptions } from './types.js';

const DEFAULT_TOLERANCE = 1e-6;

/**
 * Time budget, in seconds, of a re-solve that cross-checks a MILP's `infeasible`/`unbounded` claim:
 * `max(1, 10 × t)` for a claim that took `t` seconds (and never more than what is left of
 * `timeLimitSeconds`). A MILP solve is NP-hard and the cross-checking backend can be far slower than
 * the one that made the claim — javascript-lp-solver's branch-and-bound needs about 2ⁿ nodes to show
 * that `2x₁ + … + 2xₙ = n + 1` has no 0/1 solution, which HiGHS settles in milliseconds — so
 * without a budget the check could cost exponentially more than the answer. A re-solve cut short by
 * the budget leaves the claim unchecked (`certificate.checked: false`), never rejected.
 * LP claims have no budget: simplex re-solves are cheap in practice.
 */
function crossCheckBudget(claimSeconds: number): number {
  return Math.max(1, 10 * claimSeconds);
}

type Verdict =
  | { readonly accept: true; readonly solution: Omit<LpSolution, 'attempts' | 'backend'> }
  | { readonly accept: false; readonly reason: string };

function fmt(x: number): string {
  return Number.isFinite(x) ? Number(x.toPrecision(6)).toString() : String(x);
}

function freezeNumbers(values: readonly number[]): readonly number[] {
  return Object.freeze([...values]);
}

function readOptions(options: SolveOptions): { tolerance: number; timeLimitSeconds: number | undefined } {
  if (typeof options !== 'object' || options === null) {
    throw new ValidationError(`expected an options object, got ${describe(options)}.`, {
      where: 'options',
      fix: 'Pass { backend?, timeLimitSeconds?, signal?, tolerance? } or nothing.',
    });
  }
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  if (typeof tolerance !== 'number' || !(tolerance > 0 && tolerance < 1)) {
    throw new ValidationError(`expected a tolerance in (0, 1), got ${describe(tolerance)}.`, {
      where: 'options.tolerance',
      fix: 'Use a small positive number such as 1e-6.',
    });
  }
  const limit = options.timeLimitSeconds;
  if (limit !== undefined && (typeof limit !== 'number' || Number.isNaN(limit) || limit <= 0)) {
    throw new ValidationError(`expected a positive number of seconds, got ${describe(limit)}.`, {
      where: 'options.timeLimitSeconds',
      fix: 'Use a positive number of seconds, or leave it out for no limit.',
    });
  }
  return { tolerance, timeLimitSeconds: limit === undefined || limit === Infinity ? undefined : limit };
}

/** The backends of the registry, with HiGHS rebuilt when the caller says how to load it. */
function backendList(options: SolveOptions): LpBackend[] {
  const registry = options.registry ?? defaultLpBackendRegistry;
  const customLoad = options.locateFile !== undefined || options.highsLoader !== undefined;
  return registry.ids.map((id) => {
    const backend = registry.get(id) as LpBackend;
    if (id === 'highs' && customLoad) {
      return createHighsBackend({
        ...(options.locateFile === undefined ? {} : { locateFile: options.locateFile }),
        ...(options.highsLoader === undefined ? {} : { highsLoader: options.highsLoader }),
      });
    }
    return backend;
  });
}

function emptyValues(): Pick<LpSolution, 'values' | 'valuesByName'> {
  return { values: Object.freeze([]), valuesByName: Object.freeze({}) };
}

function withValues(program: NormalizedLinearProgram, values: readonly number[]): Pick<LpSolution, 'values' | 'valuesByName'> {
  const frozen = freezeNumbers(values);
  return {
    values: frozen,
    valuesByName: Object.freeze(Object.fromEntries(program.variableNames.map((name, j) => [name, frozen[j] as number]))),
  };
}

function infiniteObjective(program: NormalizedLinearProgram, status: 'infeasible' | 'unbounded'): number {
  const maximize = program.sense === 'max';
  return status === 'infeasible' === maximize ? -Infinity : Infinity;
}

/** A point is acceptable when within tolerance on bounds, rows and integrality. */
function feasible(check: PrimalCheck, tolerance: number): boolean {
  return check.primalResidual <= tolerance && check.integralityResidual <= tolerance;
}

function describePrimalFailure(check: PrimalCheck, tolerance: number): string {
  if (check.primalResidual > tolerance) {
    return `primal infeasible: residual ${fmt(check.primalResidual)} at ${check.worst ?? '?'} exceeds tolerance ${tolerance}`;
  }
  return `not integral: an integer variable is ${fmt(check.integralityResidual)} from an integer (tolerance ${tolerance})`;
}

/**
 * Solves a linear or mixed-integer linear program and returns only a checked answer.
 *
 * 1. The program is validated ({@link normalizeLinearProgram}).
 * 2. The chosen backend answers (`'auto'`: HiGHS — Huangfu & Hall, "Parallelizing the dual revised
 *    simplex method", Math. Prog. Comp. 10 (2018), doi:10.1007/s12532-017-0130-5).
 * 3. The answer is checked. *Optimal*: the values must satisfy bounds, constraints and integrality
 *    within `tolerance` and reproduce the reported objective; for a pure LP, the LP-duality
 *    certificate must close — duals y give, by weak duality, a bound on the optimum (`dualBound`),
 *    and `|objective − bound| ≤ tolerance·max(1, |objective|)` with y dual feasible proves
 *    optimality. Backends without duals (javascript-lp-solver) are certified with the duals of a
 *    backend that has them (HiGHS re-solves the program; its duals certify the other's point — a
 *    strictly stronger test than comparing objectives). A MILP optimum from a backend without duals
 *    is compared with the certifier's: a better feasible point refutes it. *Infeasible*: a Farkas
 *    certificate (HiGHS's dual ray) is checked; *unbounded*: a feasible point and an improving ray;
 *    without them, another backend re-solves the program when it fits that backend's automatic size
 *    limit (for a MILP within a time budget of `max(1 s, 10 ×` the claim's time`)`), and
 *    disagreement rejects the claim; otherwise — or when the budgeted re-solve is inconclusive — the
 *    claim is returned with `certificate.checked: false`.
 * 4. A rejected answer is recorded in `attempts` with the reason and the next backend is tried
 *    (the registry's other backends that support the program and fit their automatic size limits).
 *    If no answer passes, {@link SolverError} `certificate-failed` (or `solver-failed` when every
 *    backend failed to answer) lists all attempts.
 *
 * `timeLimitSeconds` bounds all attempts together and is passed to HiGHS as `time_limit`; a solve
 * that hits it returns status `'time-limit'` (with the best feasible point, checked, if any).
 * `signal` is checked before and after every backend call: a WebAssembly solve cannot be
 * interrupted part-way, so an abort takes effect when the running solve returns.
 *
 * Complexity: that of the backends (simplex: exponential worst case, fast in practice; MILP:
 * NP-hard), plus O(n + nnz) per check.
 *
 * @example
 * const solution = await solve({
 *   variables: [{ name: 'x' }, { name: 'y' }],
 *   constraints: [{ coefficients: [['x', 1], ['y', 2]], upper: 4 }, { coefficients: [['x', 3], ['y', 1]], upper: 6 }],
 *   objective: { sense: 'max', coefficients: [['x', 1], ['y', 1]] },
 * });
 * solution.objective; // 2.8 (x = 1.6, y = 1.2), duals [0.4, 0.2]
 */
export async function solve(program: LinearProgram, options: SolveOptions = {}): Promise<LpSolution> {
  const p = normalizeLinearProgram(program);
  const { tolerance, timeLimitSeconds } = readOptions(options);
  const signal = options.signal;
  throwIfAborted(signal, 'solve');

  const backends = backendList(options);
  const choice = options.backend ?? 'auto';
  let first: LpBackend | undefined;
  if (choice === 'auto') {
    first = backends.find((b) => !p.isMixedInteger || b.supportsIntegers);
    if (first === undefined) {
      throw new ValidationError('no registered backend supports integer variables.', {
        where: 'options.registry',
        fix: 'Register a backend with supportsIntegers, or drop the integer flags.',
      });
    }
  } else {
    first = backends.find((b) => b.id === choice);
    if (first === undefined) {
      throw new ValidationError(`unknown backend ${describe(choice)}.`, {
        where: 'options.backend',
        fix: `Use 'auto' or one of: ${backends.map((b) => `'${b.id}'`).join(', ')}.`,
      });
    }
    if (p.isMixedInteger && !first.supportsIntegers) {
      throw new ValidationError(`backend '${first.id}' does not support integer variables.`, {
        where: 'options.backend',
        fix: "Use 'auto' or a backend that supports integers.",
      });
    }
  }
  const chosen = first;
  const candidates = backends.filter(
    (b) => b !== chosen && (!p.isMixedInteger || b.supportsIntegers) && fitsAutomatically(b, p),
  );
  const order = [chosen, ...candidates];

  const startedAt = Date.now();
  type Answer = { raw: RawLpResult; seconds: number };
  /** One call of a backend with the time left (at most `budgetSeconds` when given). */
  const run = async (backend: LpBackend, budgetSeconds?: number): Promise<Answer> => {
    throwIfAborted(signal, 'solve');
    let remaining: number | undefined;
    if (timeLimitSeconds !== undefined) {
      remaining = timeLimitSeconds - (Date.now() - startedAt) / 1000;
      if (remaining <= 0) {
        return { raw: { status: 'time-limit', backendStatus: 'time limit used up before this backend ran' }, seconds: 0 };
      }
    }
    if (budgetSeconds !== undefined) remaining = Math.min(remaining ?? Infinity, budgetSeconds);
    const started = Date.now();
    let raw: RawLpResult;
    try {
      raw = await backend.solve(p, { tolerance, ...(remaining === undefined ? {} : { timeLimitSeconds: remaining }) });
    } catch (error) {
      raw = { status: 'error', backendStatus: 'exception', message: error instanceof Error ? error.message : String(error) };
    }
    const seconds = (Date.now() - started) / 1000;
    throwIfAborted(signal, 'solve');
    return { raw, seconds };
  };
  // Each backend is called at most once with the full time (answers), and at most once more under a
  // cross-check budget (budgeted). A budgeted answer that was not cut short is as good as a full one.
  const answers = new Map<string, Promise<Answer>>();
  const budgeted = new Map<string, Promise<Answer>>();
  const answer = async (backend: LpBackend, budgetSeconds?: number): Promise<Answer> => {
    const full = answers.get(backend.id);
    if (full !== undefined) return full;
    const earlier = budgeted.get(backend.id);
    if (budgetSeconds !== undefined) {
      if (earlier !== undefined) return earlier;
      const pending = run(backend, budgetSeconds);
      budgeted.set(backend.id, pending);
      return pending;
    }
    if (earlier !== undefined) {
      const settled = await earlier;
      if (settled.raw.status !== 'time-limit') return settled;
    }
    const pending = run(backend);
    answers.set(backend.id, pending);
    return pending;
  };
  const dualCertifier = (backend: LpBackend): LpBackend | undefined =>
    [...order, ...backends].find((b) => b.id !== backend.id && b.providesDuals);
  const crossChecker = (backend: LpBackend): LpBackend | undefined => order.find((b) => b.id !== backend.id);

  const judgeOptimal = async (backend: LpBackend, raw: RawLpResult): Promise<Verdict> => {
    if (raw.values === undefined || raw.values.length !== p.variableNames.length) {
      return { accept: false, reason: 'optimal status without a value for every variable' };
    }
    const primal = checkPrimal(p, raw.values);
    if (!feasible(primal, tolerance)) return { accept: false, reason: describePrimalFailure(primal, tolerance) };
    const scale = Math.max(1, Math.abs(primal.objective));
    const objectiveResidual =
      raw.objective === undefined ? 0 : Math.abs(raw.objective - primal.objective) / scale;
    if (!(objectiveResidual <= tolerance)) {
      return {
        accept: false,
        reason: `reported objective ${fmt(raw.objective ?? NaN)} differs from the recomputed ${fmt(primal.objective)}`,
      };
    }
    const base = {
      status: 'optimal' as const,
      ...withValues(p, raw.values),
      objective: primal.objective,
    };
    const primalPart = {
      tolerance,
      primalResidual: primal.primalResidual,
      objectiveResidual,
      ...(p.isMixedInteger ? { integralityResidual: primal.integralityResidual } : {}),
    };

    if (p.isMixedInteger) {
      let note: string | undefined;
      if (!backend.providesDuals) {
        const certifier = dualCertifier(backend);
        if (certifier !== undefined && certifier.supportsIntegers) {
          const other = (await answer(certifier)).raw;
          if (other.status === 'optimal' && other.values !== undefined) {
            const otherPrimal = checkPrimal(p, other.values);
            const better =
              p.sense === 'max' ? otherPrimal.objective - primal.objective : primal.objective - otherPrimal.objective;
            if (feasible(otherPrimal, tolerance) && better > tolerance * scale) {
              return {
                accept: false,
                reason: `not optimal: ${certifier.id} found a feasible point with objective ${fmt(otherPrimal.objective)}, better than ${fmt(primal.objective)}`,
              };
            }
            note = `objective compared with ${certifier.id}'s (${fmt(otherPrimal.objective)})`;
          }
        }
      }
      const certificate: LpCertificate = Object.freeze({
        checked: true,
        method: 'primal',
        ...primalPart,
        ...(note === undefined ? {} : { note }),
      });
      return { accept: true, solution: { ...base, certificate } };
    }

    let duals = raw.duals;
    let certifiedBy: string | undefined;
    if (duals === undefined) {
      const certifier = dualCertifier(backend);
      if (certifier === undefined) {
        return { accept: false, reason: 'no dual certificate: no registered backend provides duals' };
      }
      const other = (await answer(certifier)).raw;
      if (other.status !== 'optimal' || other.duals === undefined) {
        return {
          accept: false,
          reason: `no dual certificate: ${certifier.id}, asked for duals, reported ${other.status}${other.message ? ` (${other.message})` : ''}`,
        };
      }
      duals = other.duals;
      certifiedBy = certifier.id;
    }
    const bound = dualBound(p, duals);
    const gap = p.sense === 'min' ? primal.objective - bound.bound : bound.bound - primal.objective;
    if (!(bound.dualResidual <= tolerance) || !(Math.abs(gap) <= tolerance * scale)) {
      return {
        accept: false,
        reason:
          `LP-duality certificate failed${certifiedBy ? ` with ${certifiedBy}'s duals` : ''}: ` +
          `objective ${fmt(primal.objective)}, dual bound ${fmt(bound.bound)}, gap ${fmt(gap)}, dual residual ${fmt(bound.dualResidual)}`,
      };
    }
    const certificate: LpCertificate = Object.freeze({
      checked: true,
      method: certifiedBy === undefined ? 'lp-duality' : 'lp-duality-cross',
      ...primalPart,
      dualityGap: gap,
      dualBound: bound.bound,
      dualResidual: bound.dualResidual,
      ...(certifiedBy === undefined ? {} : { certifiedBy }),
    });
    return {
      accept: true,
      solution: {
        ...base,
        duals: freezeNumbers(duals),
        reducedCosts: freezeNumbers(bound.reducedCosts),
        certificate,
      },
    };
  };

  const unchecked = (status: 'infeasible' | 'unbounded', note: string): Verdict => ({
    accept: true,
    solution: {
      status,
      ...emptyValues(),
      objective: infiniteObjective(p, status),
      certificate: Object.freeze({ checked: false, method: 'none', tolerance, primalResidual: NaN, note }),
    },
  });
  const confirmed = (
    status: 'infeasible' | 'unbounded',
    method: 'farkas' | 'unbounded-ray' | 'cross-check',
    extra: Partial<LpCertificate>,
  ): Verdict => ({
    accept: true,
    solution: {
      status,
      ...emptyValues(),
      objective: infiniteObjective(p, status),
      certificate: Object.freeze({ checked: true, method, tolerance, primalResidual: NaN, ...extra }),
    },
  });
  const rayProof = (raw: RawLpResult): number | undefined => {
    if (raw.primalRay === undefined || raw.values === undefined) return undefined;
    if (!feasible(checkPrimal(p, raw.values), tolerance)) return undefined;
    const ray = checkUnboundedRay(p, raw.primalRay, tolerance);
    return ray.valid ? ray.improvement : undefined;
  };

  /** The cross-check budget for a claim that took `seconds` (MILPs only; see crossCheckBudget). */
  const budgetFor = (seconds: number): number | undefined => (p.isMixedInteger ? crossCheckBudget(seconds) : undefined);
  const inconclusive = (id: string, status: string, budget: number | undefined): string =>
    `re-solve by ${id} inconclusive (${status}${budget === undefined ? '' : `; cross-check budget ${fmt(budget)} s`})`;

  const judgeInfeasible = async (backend: LpBackend, raw: RawLpResult, seconds: number): Promise<Verdict> => {
    if (raw.farkasMultipliers !== undefined) {
      const farkas = checkFarkas(p, raw.farkasMultipliers, tolerance);
      if (farkas.valid) return confirmed('infeasible', 'farkas', { farkasSeparation: farkas.separation });
    }
    const other = crossChecker(backend);
    if (other === undefined) return unchecked('infeasible', 'no certificate and no other backend to re-solve');
    const budget = budgetFor(seconds);
    const o = (await answer(other, budget)).raw;
    if (o.status === 'infeasible') {
      if (o.farkasMultipliers !== undefined) {
        const farkas = checkFarkas(p, o.farkasMultipliers, tolerance);
        if (farkas.valid) {
          return confirmed('infeasible', 'farkas', { farkasSeparation: farkas.separation, certifiedBy: other.id });
        }
      }
      return confirmed('infeasible', 'cross-check', { certifiedBy: other.id });
    }
    if (o.values !== undefined && feasible(checkPrimal(p, o.values), tolerance)) {
      return { accept: false, reason: `claim refuted: ${other.id} found a feasible point (status ${o.status})` };
    }
    if (o.status === 'error' || o.status === 'time-limit') {
      return unchecked('infeasible', inconclusive(other.id, o.status, budget));
    }
    return { accept: false, reason: `backends disagree: ${other.id} reports ${o.status}` };
  };

  const judgeUnbounded = async (backend: LpBackend, raw: RawLpResult, seconds: number): Promise<Verdict> => {
    const own = rayProof(raw);
    if (own !== undefined) return confirmed('unbounded', 'unbounded-ray', { rayImprovement: own });
    const other = crossChecker(backend);
    if (other === undefined) return unchecked('unbounded', 'no certificate and no other backend to re-solve');
    const budget = budgetFor(seconds);
    const o = (await answer(other, budget)).raw;
    if (o.status === 'unbounded') {
      const theirs = rayProof(o);
      if (theirs !== undefined) {
        return confirmed('unbounded', 'unbounded-ray', { rayImprovement: theirs, certifiedBy: other.id });
      }
      return confirmed('unbounded', 'cross-check', { certifiedBy: other.id });
    }
    if (o.status === 'error' || o.status === 'time-limit') {
      return unchecked('unbounded', inconclusive(other.id, o.status, budget));
    }
    if (!p.isMixedInteger && o.status === 'optimal' && o.duals !== undefined) {
      const bound = dualBound(p, o.duals);
      if (bound.dualResidual <= tolerance) {
        return { accept: false, reason: `claim refuted: ${other.id}'s duals bound the objective by ${fmt(bound.bound)}` };
      }
    }
    return { accept: false, reason: `backends disagree: ${other.id} reports ${o.status}` };
  };

  const judgeTimeLimit = (raw: RawLpResult): Verdict => {
    if (raw.values !== undefined && raw.values.length === p.variableNames.length) {
      const primal = checkPrimal(p, raw.values);
      if (feasible(primal, tolerance)) {
        return {
          accept: true,
          solution: {
            status: 'time-limit',
            ...withValues(p, raw.values),
            objective: primal.objective,
            certificate: Object.freeze({
              checked: true,
              method: 'primal',
              tolerance,
              primalResidual: primal.primalResidual,
              ...(p.isMixedInteger ? { integralityResidual: primal.integralityResidual } : {}),
              note: 'time limit reached: the values are feasible, optimality is not claimed',
            }),
          },
        };
      }
    }
    return {
      accept: true,
      solution: {
        status: 'time-limit',
        ...emptyValues(),
        objective: NaN,
        certificate: Object.freeze({
          checked: false,
          method: 'none',
          tolerance,
          primalResidual: NaN,
          note: 'time limit reached without a feasible point',
        }),
      },
    };
  };

  const attempts: LpAttempt[] = [];
  for (const backend of order) {
    const { raw, seconds } = await answer(backend);
    let verdict: Verdict;
    switch (raw.status) {
      case 'optimal':
        verdict = await judgeOptimal(backend, raw);
        break;
      case 'infeasible':
        verdict = await judgeInfeasible(backend, raw, seconds);
        break;
      case 'unbounded':
        verdict = await judgeUnbounded(backend, raw, seconds);
        break;
      case 'time-limit':
        verdict = judgeTimeLimit(raw);
        break;
      default:
        verdict = { accept: false, reason: raw.message ?? `backend error (${raw.backendStatus})` };
    }
    throwIfAborted(signal, 'solve');
    const base = { backend: backend.id, status: raw.status, backendStatus: raw.backendStatus, seconds };
    if (verdict.accept) {
      attempts.push(Object.freeze(base));
      return Object.freeze({ ...verdict.solution, backend: backend.id, attempts: Object.freeze(attempts) });
    }
    attempts.push(Object.freeze({ ...base, rejected: verdict.reason }));
  }
  const summary = attempts.map((a) => `${a.backend}: ${a.status} — ${a.rejected ?? ''}`).join('; ');
  const answered = attempts.some((a) => a.status !== 'error');
  // A backend that failed (e.g. HiGHS not loadable in a browser) also leaves the others' LP answers
  // without dual certificates, so point at it rather than at the program's numbers.
  const failed = attempts.filter((a) => a.status === 'error').map((a) => a.backend);
  const highsHint = failed.includes('highs')
    ? " (in a browser pass locateFile or highsLoader so HiGHS can load; the other backends' LP answers are certified with HiGHS's duals)"
    : '';
  const repairBackends = failed.length === 0 ? '' : `Make ${failed.join(' and ')} work first${highsHint}. `;
  throw new SolverError(
    answered
      ? `no backend's answer passed the certificate check (${summary}).`
      : `no backend could solve the program (${summary}).`,
    {
      code: answered ? 'certificate-failed' : 'solver-failed',
      where: 'solve',
      cause: Object.freeze({ attempts: Object.freeze(attempts) }),
      fix: answered
        ? `${repairBackends}Check the program for very large or very small coefficients (rescale), or loosen options.tolerance.`
        : 'In a browser pass locateFile or highsLoader so HiGHS can load; otherwise report the program as a bug.',
    },
  );
}

