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

/** Two measurements taken in alternation: the task and the baseline it is compared with. */
export interface PairedMeasurement {
  readonly measurement: Measurement;
  readonly baseline: Measurement;
}

/**
 * Latency statistics of samples in milliseconds: mean, median and 99th percentile (linear interpolation
 * between closest ranks), extremes, the relative margin of error of the mean (95 %, normal
 * approximation) and calls per second.
 *
 * Complexity: O(s log s) for s samples.
 *
 * @example
 * statistics([1, 2, 3]).medianMs; // 2
 */
export function statistics(samples: readonly number[]): Measurement {
  const sorted = [...samples].sort((a, b) => a - b);
  const s = sorted.length;
  const quantile = (q: number): number => {
    const at = (s - 1) * q;
    const lo = Math.floor(at);
    const hi = Math.min(s - 1, lo + 1);
    return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
  };
  const mean = sorted.reduce((a, b) => a + b, 0) / s;
  const variance = s > 1 ? sorted.reduce((a, b) => a + (b - mean) ** 2, 0) / (s - 1) : 0;
  return Object.freeze({
    meanMs: mean,
    medianMs: quantile(0.5),
    p99Ms: quantile(0.99),
    minMs: sorted[0]!,
    maxMs: sorted[s - 1]!,
    rmePercent: mean > 0 ? (196 * Math.sqrt(variance / s)) / mean : 0,
    samples: s,
    opsPerSecond: 1000 / mean,
  });
}

/**
 * Times a function and a baseline in alternation on the given clock (default CPU time): after
 * `plan.warmupIterations` unmeasured calls of each, every sample calls both — the function first in
 * even samples, the baseline first in odd ones — until both `plan.iterations` samples and `plan.timeMs`
 * of measured time are reached. Both see the same machine at the same moments, so their ratio does not
 * move when other jobs come and go, as the ratio of two rows timed minutes apart does. Results are
 * stored in {@link sink}.
 *
 * Complexity: O(samples) calls of each.
 *
 * @example
 * measurePaired('rule', () => rule(profile), () => marginMatrix(profile), plan).baseline.medianMs;
 */
export function measurePaired(name: string, fn: () => unknown, baseline: () => unknown, plan: SamplingPlan, clock: Clock = 'cpu'): PairedMeasurement {
  if (!(plan.iterations >= 1) || !(plan.timeMs >= 0) || !(plan.warmupIterations >= 0)) {
    throw new ValidationError(`sampling plan of ${name} needs iterations ≥ 1, timeMs ≥ 0, warmupIterations ≥ 0.`, { where: 'plan' });
  }
  const now = clock === 'cpu' ? cpuNow : () => performance.now();
  for (let i = 0; i < plan.warmupIterations; i++) {
    sink = fn();
    sink = baseline();
  }
  const own: number[] = [];
  const base: number[] = [];
  let total = 0;
  for (let k = 0; own.length < plan.iterations || total < plan.timeMs; k++) {
    const t0 = now();
    sink = k % 2 === 0 ? fn() : baseline();
    const t1 = now();
    sink = k % 2 === 0 ? baseline() : fn();
    const t2 = now();
    own.push(k % 2 === 0 ? t1 - t0 : t2 - t1);
    base.push(k % 2 === 0 ? t2 - t1 : t1 - t0);
    total += t2 - t0;
  }
  return Object.freeze({ measurement: statistics(own), baseline: statistics(base) });
}
