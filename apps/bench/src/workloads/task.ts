import { measure, measurePaired, type Clock } from '../measure/measure.js';
import type { Parameters, TimedWorkload } from '../report/types.js';
import type { BenchSizes } from './plans.js';

/**
 * One function to time, as a suite declares it: what it does, which floor it is divided by, and the
 * call itself. `run` returns the call's result, so that the tests can check every workload computes the
 * right thing at a small size; timing is {@link measureTask}'s job.
 */
export interface BenchTask {
  /** Unique dotted name, e.g. `margins.ic.marginMatrix(anonymous)`. */
  readonly name: string;
  readonly suite: string;
  readonly description: string;
  readonly parameters: Parameters;
  /** `floor` tasks are the bare loops other tasks are divided by. */
  readonly role: 'floor' | 'workload';
  /** Name of the floor this task is divided by (a floor names itself). */
  readonly floor: string;
  /** For a voting rule: the margins task of the same profile, which it is also divided by… */
  readonly margins?: string;
  /** A measured workload this one is also divided by (× baseline), e.g. the lineProfile a facility mechanism starts from. */
  readonly baseline?: string;
  /** …and the margins computation itself, timed in alternation with `run` (see `measurePaired`). */
  readonly runMargins?: () => unknown;
  /** Sampling plan: `heavy` for calls of about a second, `light` for shorter ones. */
  readonly plan: 'heavy' | 'light';
  readonly run: () => unknown;
}

/**
 * Times a task with the sampling plan its sizes give it, on `clock` (default CPU time); a voting rule
 * with `runMargins` is timed in alternation with its margins, whose median is kept with the row.
 *
 * Complexity: O(samples) calls of `task.run` (and of `task.runMargins`).
 *
 * @example
 * measureTask(task, QUICK_SIZES).measurement.medianMs;
 */
export function measureTask(task: BenchTask, sizes: BenchSizes, clock: Clock = 'cpu'): TimedWorkload {
  const row = {
    name: task.name,
    suite: task.suite,
    description: task.description,
    parameters: task.parameters,
    role: task.role,
    floor: task.floor,
    ...(task.margins === undefined ? {} : { margins: task.margins }),
    ...(task.baseline === undefined ? {} : { baseline: task.baseline }),
  };
  if (task.runMargins === undefined) return { ...row, measurement: measure(task.name, task.run, sizes[task.plan], clock) };
  const paired = measurePaired(task.name, task.run, task.runMargins, sizes[task.plan], clock);
  return { ...row, measurement: paired.measurement, pairedMarginsMs: paired.baseline.medianMs };
}
