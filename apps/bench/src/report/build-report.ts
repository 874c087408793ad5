import { ValidationError } from '@plural/core';
import type { BenchReport, Environment, TargetResult, TimedWorkload, WorkloadResult } from './types.js';

/**
 * A performance target: the named workload's median over its floor's median (or over another floor's,
 * or over a measured workload's, `baseline`, such as the margins a voting rule is compared with) must be
 * at most `maxRatio`.
 */
export interface Target {
  readonly workload: string;
  /** The floor to divide by; default the workload's own floor. */
  readonly floor?: string;
  /** A measured workload to divide by instead of a floor (e.g. the margins of the same profile). */
  readonly baseline?: string;
  readonly maxRatio: number;
}

/**
 * Assembles the report: each row's ratio is its median time over its floor's median time (and, for a
 * voting rule, its `marginsRatio`: over the median of the margins timed in alternation with it, or else
 * of the margins row it names); targets are evaluated against those ratios. Throws a {@link ValidationError} when a row names a floor or margins row that was not
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
    let margins: { margins: string; marginsRatio: number; pairedMarginsMs?: number } | undefined;
    if (row.margins !== undefined) {
      const base = byName.get(row.margins);
      if (base === undefined || base.role !== 'workload') {
        throw new ValidationError(`workload ${row.name} names margins row ${JSON.stringify(row.margins)}, which was not measured as a workload.`, {
          where: `workloads.${row.name}.margins`,
        });
      }
      margins =
        row.pairedMarginsMs === undefined
          ? { margins: row.margins, marginsRatio: row.measurement.medianMs / base.measurement.medianMs }
          : { margins: row.margins, pairedMarginsMs: row.pairedMarginsMs, marginsRatio: row.measurement.medianMs / row.pairedMarginsMs };
    }
    let baseline: { baseline: string; baselineRatio: number } | undefined;
    if (row.baseline !== undefined) {
      const base = byName.get(row.baseline);
      if (base === undefined || base.role !== 'workload') {
        throw new ValidationError(`workload ${row.name} names baseline ${JSON.stringify(row.baseline)}, which was not measured as a workload.`, {
          where: `workloads.${row.name}.baseline`,
        });
      }
      baseline = { baseline: row.baseline, baselineRatio: row.measurement.medianMs / base.measurement.medianMs };
    }
    workloads[row.name] = Object.freeze({
      suite: row.suite,
      description: row.description,
      parameters: row.parameters,
      role: row.role,
      floor: row.floor,
      ...row.measurement,
      ratio: row.role === 'floor' ? 1 : row.measurement.medianMs / floor.measurement.medianMs,
      ...margins,
      ...baseline,
    });
  }
  const targetResults: TargetResult[] = targets.map((t) => {
    const row = workloads[t.workload];
    const divisor = t.baseline ?? t.floor ?? row?.floor ?? '';
    const by = workloads[divisor];
    if (row === undefined || by === undefined || by.role !== (t.baseline === undefined ? 'floor' : 'workload')) {
      throw new ValidationError(`target names workload ${JSON.stringify(t.workload)} or ${t.baseline === undefined ? 'floor' : 'baseline'} ${JSON.stringify(t.baseline ?? t.floor)}, which was not measured.`, {
        where: 'targets',
      });
    }
    // A rule divided by its own margins uses the margins timed in alternation with it, when they were.
    const ratio = t.baseline !== undefined && row.margins === t.baseline && row.marginsRatio !== undefined ? row.marginsRatio : row.medianMs / by.medianMs;
    return Object.freeze({ workload: t.workload, floor: divisor, maxRatio: t.maxRatio, ratio, met: ratio <= t.maxRatio });
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
