import type { Measurement } from '../src/measure/measure.js';
import { buildReport, type Target } from '../src/report/build-report.js';
import type { BenchReport, Environment, TimedWorkload } from '../src/report/types.js';
import type { BenchSizes } from '../src/workloads/plans.js';

/** Sizes small enough for a test: every workload runs once, in milliseconds. */
export const TINY_SIZES: BenchSizes = Object.freeze({
  voters: 240,
  candidates: 5,
  phi: 0.5,
  harmonicTerms: 25,
  matrixSize: 3,
  comparisons: 40,
  seed: 7,
  heavy: Object.freeze({ iterations: 1, timeMs: 0, warmupIterations: 0 }),
  light: Object.freeze({ iterations: 2, timeMs: 0, warmupIterations: 0 }),
});

export const ENVIRONMENT: Environment = Object.freeze<Environment>({
  node: 'v20.0.0',
  v8: '11.3',
  platform: 'linux',
  arch: 'x64',
  cpu: 'Test CPU',
  cores: 2,
  memoryGiB: 8,
  date: '2026-01-02T03:04:05.000Z',
  commit: '0123456789abcdef0123456789abcdef01234567',
  dirty: false,
  loadAverage: [0.5, 0.25, 0.125] as const,
});

/** A measurement whose median is `medianMs` (the other statistics derived from it). */
export function measurement(medianMs: number): Measurement {
  return Object.freeze({
    meanMs: medianMs * 1.1,
    medianMs,
    p99Ms: medianMs * 2,
    minMs: medianMs * 0.9,
    maxMs: medianMs * 2.5,
    rmePercent: 1.5,
    samples: 10,
    opsPerSecond: 1000 / (medianMs * 1.1),
  });
}

/** A timed row: a floor names itself; a voting rule names the margins row it is also divided by. */
export function row(name: string, medianMs: number, floor = name, suite = 'profiles', margins?: string): TimedWorkload {
  return {
    name,
    suite,
    description: `times ${name}`,
    parameters: { voters: 1000, culture: 'ic' },
    role: floor === name ? 'floor' : 'workload',
    floor,
    ...(margins === undefined ? {} : { margins }),
    measurement: measurement(medianMs),
  };
}

/**
 * A small voting report: a floor of 2 ms, margins of 4 ms (2× the floor, target 3×), a rule at 12 ms
 * (3× the margins, target 5× met) and one at 30 ms (7.5×, missed).
 */
export function votingReport(): BenchReport {
  return buildReport(
    [
      row('v.floor', 2),
      row('v.margins', 4, 'v.floor', 'margin rules'),
      row('v.beat-path', 12, 'v.floor', 'margin rules', 'v.margins'),
      row('v.instant-runoff', 30, 'v.floor', 'iterative rules', 'v.margins'),
    ],
    ENVIRONMENT,
    'full',
    [
      { workload: 'v.margins', floor: 'v.floor', maxRatio: 3 },
      { workload: 'v.beat-path', baseline: 'v.margins', maxRatio: 5 },
      { workload: 'v.instant-runoff', baseline: 'v.margins', maxRatio: 5 },
    ],
    1,
    ['A note.'],
  );
}

/**
 * A small report: one floor of 10 ms, a workload at 2× (target met) and one at 5× (target missed), a
 * second floor of 4 ms, and a parse row whose name needs escaping in Markdown and XML.
 */
export function syntheticReport(targets?: readonly Target[]): BenchReport {
  return buildReport(
    [
      row('floor.a', 10),
      row('fast.a', 20, 'floor.a'),
      row('slow.a', 50, 'floor.a'),
      row('floor.b', 4, 'floor.b', 'parse'),
      row('parse <a|b> & c', 8, 'floor.b', 'parse'),
    ],
    ENVIRONMENT,
    'full',
    targets ?? [
      { workload: 'fast.a', maxRatio: 3 },
      { workload: 'slow.a', maxRatio: 3 },
    ],
    12.34,
    ['Floors read the ballots once.', 'A second note.'],
  );
}
