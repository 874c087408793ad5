import { PluralError, type Rng } from '@plural/core';
import { checkStrategyproofness, facilityMechanism, facilityMechanisms, lineProfile, type LineMechanism, type LineProfile } from '@plural/facility-location';
import { cpuNow } from '../measure/measure.js';
import { votersLabel } from './plans.js';
import type { BenchTask } from './task.js';

/** Agents of the small profiles: mechanisms of cubic complexity, and the strategyproofness checks. */
export const SMALL_FACILITY_AGENTS = 200;

/** Agents of the profile the strategyproofness checker is timed on (one mechanism call per agent and misreport). */
export const STRATEGYPROOFNESS_AGENTS = 50;

/** The mechanisms whose strategyproofness check is timed: both strategyproof, so the search never stops early. */
export const CHECKED_MECHANISMS: readonly string[] = Object.freeze(['median', 'uniform-phantom']);

/** A mechanism whose first (untimed) call takes longer than this is not timed at that size. */
export const PROBE_LIMIT_MS = 10_000;

/**
 * n positions drawn uniformly from {0, 0.001, …, 1} (uniform on [0, 1] with 3 decimals) from `rng`.
 *
 * Complexity: O(n).
 *
 * @example
 * facilityPositions(3, createRng(1)); // e.g. [0.412, 0.007, 0.93]
 */
export function facilityPositions(n: number, rng: Rng): number[] {
  return Array.from({ length: n }, () => rng.int(1001) / 1000);
}

/**
 * Floor of the facility workloads: a bare loop that reads every position once and adds them up (as
 * doubles, so the loop cannot be removed).
 *
 * Complexity: O(n).
 *
 * @example
 * scanPositions([0.25, 0.5]); // 0.75
 */
export function scanPositions(positions: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < positions.length; i++) sum += positions[i]!;
  return sum;
}

/**
 * Whether the bench times a mechanism at n agents, judged from its registry metadata before any call:
 * a complexity with n³ (or a higher power) only at {@link SMALL_FACILITY_AGENTS} agents or fewer.
 * Returns the reason when it does not.
 *
 * @example
 * skipByComplexity(giniOptimal.info, 10_000); // 'complexity O(n³ log n): timed at 200 agents only'
 */
export function skipByComplexity(info: LineMechanism['info'], n: number): string | undefined {
  const power = /n\s*(?:\^\s*(\d+)|([²³⁴⁵]))/.exec(info.complexity);
  const exponent = power === null ? 1 : power[1] !== undefined ? Number(power[1]) : '  ²³⁴⁵'.indexOf(power[2]!);
  if (exponent >= 3 && n > SMALL_FACILITY_AGENTS) return `complexity ${info.complexity}: timed at ${SMALL_FACILITY_AGENTS} agents only`;
  return undefined;
}

/** Names of the rows of one profile size: `facility.<n>.…`. */
export function facilityNames(n: number): { floor: string; profile: string; mechanism: (id: string) => string; check: (id: string) => string } {
  const prefix = `facility.${votersLabel(n)}`;
  return {
    floor: `${prefix}.floor(read positions)`,
    profile: `${prefix}.lineProfile`,
    mechanism: (id) => `${prefix}.${id}`,
    check: (id) => `${prefix}.checkStrategyproofness(${id})`,
  };
}

/**
 * The facility-location suite at n agents, positions uniform on [0, 1] with 3 decimals: the floor (a
 * bare read of the numbers), `lineProfile` (read every number exactly and sort), and every registered
 * line mechanism on the prepared profile, divided by the floor and by `lineProfile` (the mechanism's
 * `baseline`). A mechanism is left out, with its reason pushed onto `skipped`, when its complexity is
 * cubic or worse (see {@link skipByComplexity}) or when its first call, untimed, takes more than
 * {@link PROBE_LIMIT_MS}. That first call also checks that each mechanism returns an outcome with its id.
 * With `checks`, also `checkStrategyproofness` of {@link CHECKED_MECHANISMS} (on this profile: use it
 * at a small n).
 *
 * Complexity: O(n log n) for the profile, then each mechanism's own.
 */
export function facilitySuite(positions: readonly number[], skipped: string[], options: { checks?: boolean; only?: (info: LineMechanism['info']) => boolean } = {}): BenchTask[] {
  const n = positions.length;
  const names = facilityNames(n);
  const profile: LineProfile = lineProfile(positions);
  const parameters = { agents: n, distinctPositions: new Set(positions).size, decimals: 3, domain: '[0, 1]' };
  const plan = n >= 100_000 ? ('heavy' as const) : ('light' as const);
  const tasks: BenchTask[] = [
    {
      name: names.floor,
      suite: 'facility location',
      description: `bare loop reading the ${n} positions (plain numbers) once and adding them up`,
      parameters,
      role: 'floor',
      floor: names.floor,
      plan: 'light',
      run: () => scanPositions(positions),
    },
    {
      name: names.profile,
      suite: 'facility location',
      description: 'lineProfile(positions): read every number exactly as the decimal it prints as, check the domain, sort (the prepared profile every mechanism starts from)',
      parameters,
      role: 'workload',
      floor: names.floor,
      plan,
      run: () => lineProfile(positions),
    },
  ];
  for (const mechanism of facilityMechanisms) {
    const { info } = mechanism;
    if (options.only !== undefined && !options.only(info)) continue;
    const reason = skipByComplexity(info, n);
    if (reason !== undefined) {
      skipped.push(`${names.mechanism(info.id)} not timed: ${reason}.`);
      continue;
    }
    const started = cpuNow();
    const outcome = mechanism(profile);
    const probeMs = cpuNow() - started;
    if (outcome.mechanism !== info.id) {
      throw new PluralError('internal', `${info.id} returned an outcome of ${outcome.mechanism}.`, { where: names.mechanism(info.id) });
    }
    if (probeMs > PROBE_LIMIT_MS) {
      skipped.push(`${names.mechanism(info.id)} not timed: its first call took ${Math.round(probeMs / 1000)} s (limit ${PROBE_LIMIT_MS / 1000} s).`);
      continue;
    }
    tasks.push({
      name: names.mechanism(info.id),
      suite: 'facility location',
      description: `${info.name} on the prepared profile (${info.complexity}${info.randomized ? ', an exact lottery' : ''}): ${info.description}`,
      parameters,
      role: 'workload',
      floor: names.floor,
      baseline: names.profile,
      plan: probeMs > 100 ? 'heavy' : 'light',
      run: () => mechanism(profile),
    });
  }
  if (options.checks === true) {
    for (const id of CHECKED_MECHANISMS) {
      const mechanism = facilityMechanism(id);
      const check = checkStrategyproofness(mechanism, profile);
      if (!check.holds) throw new PluralError('internal', `checkStrategyproofness found a misreport for ${id}, which is strategyproof.`, { where: names.check(id) });
      tasks.push({
        name: names.check(id),
        suite: 'facility location',
        description: `checkStrategyproofness(${id}, profile): every distinct agent × every misreport of the grid (q = max(4n, 20)), the reports and their midpoints, one mechanism call each; ${check.explanation}`,
        parameters,
        role: 'workload',
        floor: names.floor,
        baseline: names.profile,
        plan: 'heavy',
        run: () => checkStrategyproofness(mechanism, profile),
      });
    }
  }
  return tasks;
}

/** What the facility rows time and why, as the report states it. */
export const FACILITY_NOTES: readonly string[] = Object.freeze([
  'The facility-location rows (@plural/facility-location) draw positions uniformly from {0, 0.001, …, 1} (seeded). lineProfile reads every number exactly, as the decimal it prints as (0.1 is 1/10), and sorts; its floor is a bare loop adding the numbers once. Each registered line mechanism then runs on the prepared profile and is divided by the floor and by lineProfile (× baseline): the exact work a caller pays once per profile. Mechanisms of cubic complexity (by their registry metadata) are timed on a small profile only; a mechanism whose first call exceeds 10 s is not timed at that size. Both are listed below when they happen.',
]);
