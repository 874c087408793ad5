import { PluralError, ValidationError } from '@plural/core';
import { Bench } from 'tinybench';

/** How long to sample one task: at least `iterations` samples and at least `timeMs` of measured time. */
export interface SamplingPlan {
  readonly iterations: number;
  readonly timeMs: number;
  /** Unmeasured runs first, so the JIT has compiled the code being timed. */
  readonly warmupIterations: number;
}

/** Latency statistics of one task, in milliseconds per call. */
export interface Measurement {
  readonly meanMs: number;
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** Relative margin of error of the mean, in percent (95 % confidence). */
  readonly rmePercent: number;
  readonly samples: number;
  /** Calls per second, 1000 / meanMs. */
  readonly opsPerSecond: number;
}

/** Results are written here so that no timed call can be optimised away as dead code. */
export let sink: unknown;

/**
 * Which clock a sample reads: `cpu` is the CPU time of this process (user + system, all threads, from
 * `process.cpuUsage()`), which other jobs on a shared machine disturb far less than `wall` time
 * (`performance.now()`), where every moment the process waits for a core counts.
 */
export type Clock = 'cpu' | 'wall';

/** Milliseconds of CPU time this process has used so far (user + system, all threads). */
export function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Times a synchronous function with tinybench on the given clock (default CPU time):
 * `plan.warmupIterations` unmeasured calls, then calls until both `plan.iterations` samples and
 * `plan.timeMs` of measured time are reached. Every call's result is stored in {@link sink}.
 *
 * Complexity: O(samples) calls of `fn`.
 *
 * @example
 * measure('sum', () => [1, 2, 3].reduce((a, b) => a + b), { iterations: 10, timeMs: 0, warmupIterations: 1 }).medianMs;
 */
export function measure(name: string, fn: () => unknown, plan: SamplingPlan, clock: Clock = 'cpu'): Measurement {
  if (!(plan.iterations >= 1) || !(plan.timeMs >= 0) || !(plan.warmupIterations >= 0)) {
    throw new ValidationError(`sampling plan of ${name} needs iterations ≥ 1, timeMs ≥ 0, warmupIterations ≥ 0.`, { where: 'plan' });
  }
  const bench = new Bench({
    iterations: plan.iterations,
    time: plan.timeMs,
    warmup: plan.warmupIterations > 0,
    warmupIterations: plan.warmupIterations,
    warmupTime: 0,
    throws: true,
    ...(clock === 'cpu' ? { now: cpuNow } : {}),
  });
  bench.add(name, () => {
    sink = fn();
  });
  const [task] = bench.runSync();
  const latency = task?.result?.latency;
  if (latency === undefined || task?.result?.error !== undefined) {
    throw new PluralError('internal', `tinybench returned no result for ${name}.`, { where: name, cause: task?.result?.error });
  }
  return Object.freeze({
    meanMs: latency.mean,
    medianMs: latency.p50 ?? latency.mean,
    p99Ms: latency.p99 ?? latency.max,
    minMs: latency.min,
    maxMs: latency.max,
    rmePercent: latency.rme,
    samples: latency.samples.length,
    opsPerSecond: 1000 / latency.mean,
  });
}
