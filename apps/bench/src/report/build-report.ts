import { ValidationError } from '@plural/core';
import type { BenchReport, Environment, TargetResult, TimedWorkload, WorkloadResult } from './types.js';

/** A performance target: the named workload's ratio to its floor must be at most `maxRatio`. */
export interface Target {
  readonly workload: string;
  /** The floor to divide by; default the workload's own floor. */
  readonly floor?: string;
  readonly maxRatio: number;
}

/**
 * Assembles the report: each row's ratio is its median time over its floor's median time; targets are
 * evaluated against those ratios. Throws a {@link ValidationError} when a row names a floor that was not
 * measured, a name repeats, or a target names no row.
 *
 * Complexity: O(rows + targets).
 *
 * @example
 * buildReport(rows, environment, 'full', [{ workload: 'margins.ic.marginMatrix(anonymous)', maxRatio: 3 }], 95.2, ['Floors read …']);
 */
export function buildReport(
  rows: readonly TimedWorkload[],
  environment: Environment,
  mode: BenchReport['mode'],
  targets: readonly Target[],
  durationSeconds: number,
  notes: readonly string[] = [],
  clock: BenchReport['clock'] = 'cpu',
): BenchReport {
  const byName = new Map<string, TimedWorkload>();
  for (const row of rows) {
    if (byName.has(row.name)) {
      throw new ValidationError(`workload name ${JSON.stringify(row.name)} appears twice.`, { where: 'workloads', fix: 'Give every workload a unique name.' });
    }
    byName.set(row.name, row);
  }
  const workloads: Record<string, WorkloadResult> = {};
  for (const row of rows) {
    const floor = byName.get(row.floor);
    if (floor === undefined || floor.role !== 'floor') {
      throw new ValidationError(`workload ${row.name} names floor ${JSON.stringify(row.floor)}, which was not measured as a floor.`, {
        where: `workloads.${row.name}.floor`,
      });
    }
    workloads[row.name] = Object.freeze({
      suite: row.suite,
      description: row.description,
      parameters: row.parameters,
      role: row.role,
      floor: row.floor,
      ...row.measurement,
      ratio: row.role === 'floor' ? 1 : row.measurement.medianMs / floor.measurement.medianMs,
    });
  }
  const targetResults: TargetResult[] = targets.map((t) => {
    const row = workloads[t.workload];
    const floor = workloads[t.floor ?? row?.floor ?? ''];
    if (row === undefined || floor === undefined || floor.role !== 'floor') {
      throw new ValidationError(`target names workload ${JSON.stringify(t.workload)} or floor ${JSON.stringify(t.floor)}, which was not measured.`, {
        where: 'targets',
      });
    }
    const ratio = row.medianMs / floor.medianMs;
    return Object.freeze({ workload: t.workload, floor: t.floor ?? row.floor, maxRatio: t.maxRatio, ratio, met: ratio <= t.maxRatio });
  });
  return Object.freeze({
    schema: 'plural-bench/1' as const,
    mode,
    clock,
    ratioBasis: 'median' as const,
    environment,
    workloads: Object.freeze(workloads),
    targets: Object.freeze(targetResults),
    notes: Object.freeze(notes.slice()),
    durationSeconds: Math.round(durationSeconds * 10) / 10,
  });
}
