import type { Measurement } from '../measure/measure.js';

/** Parameters of a workload as they appear in the report. */
export type Parameters = Readonly<Record<string, number | string | boolean>>;

/** One timed function of a suite, before ratios are computed. */
export interface TimedWorkload {
  /** Unique dotted name, e.g. `margins.ic.marginMatrix(anonymous)`. */
  readonly name: string;
  readonly suite: string;
  readonly description: string;
  readonly parameters: Parameters;
  /** `floor` rows are the bare loops other rows are divided by. */
  readonly role: 'floor' | 'workload';
  /** Name of the floor row this row is divided by (a floor names itself). */
  readonly floor: string;
  /** Name of the margins row of the same profile, for voting rules: the row is also divided by it. */
  readonly margins?: string;
  /** Median time of the margins timed in alternation with this row (see `measurePaired`), when they were. */
  readonly pairedMarginsMs?: number;
  /** Name of another measured workload this row is also divided by (e.g. a facility mechanism by lineProfile). */
  readonly baseline?: string;
  readonly measurement: Measurement;
}

/** One row of the report: the measurement and its ratio to the floor. */
export interface WorkloadResult extends Measurement {
  readonly suite: string;
  readonly description: string;
  readonly parameters: Parameters;
  readonly role: 'floor' | 'workload';
  readonly floor: string;
  /** Median time divided by the floor's median time (1 for floors). */
  readonly ratio: number;
  /** For voting rules: the margins row of the same profile… */
  readonly margins?: string;
  /** …the median time of the margins timed in alternation with this row… */
  readonly pairedMarginsMs?: number;
  /** …and this row's median time divided by it (by the margins row's median when not paired). */
  readonly marginsRatio?: number;
  /** A measured workload this row is also divided by (e.g. a facility mechanism by the lineProfile of its input)… */
  readonly baseline?: string;
  /** …and this row's median time divided by that row's median time. */
  readonly baselineRatio?: number;
}

/** Where the numbers were measured. */
export interface Environment {
  readonly node: string;
  readonly v8: string;
  readonly platform: string;
  readonly arch: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  /** ISO 8601 date and time of the run. */
  readonly date: string;
  /** `git rev-parse HEAD`, or null outside a git checkout. */
  readonly commit: string | null;
  /** Uncommitted changes in the work tree when the run started (null when unknown). */
  readonly dirty: boolean | null;
  /** The 1-, 5- and 15-minute load averages when the run started (how busy the machine was). */
  readonly loadAverage: readonly [number, number, number];
}

/**
 * A stated performance target: `workload`'s median over the median of `floor` — a floor, or for the
 * voting rules the margins row of the same profile — must stay ≤ `maxRatio`.
 */
export interface TargetResult {
  readonly workload: string;
  /** The row divided by (a floor, or a margins row). */
  readonly floor: string;
  readonly maxRatio: number;
  readonly ratio: number;
  readonly met: boolean;
}

/** The whole of `results/latest.json`. */
export interface BenchReport {
  readonly schema: 'plural-bench/1';
  /** `full` (1M voters), `quick`, or `custom` sizes (`--voters`, tests). */
  readonly mode: 'full' | 'quick' | 'custom';
  /** The clock every time was read from: CPU time of the process, or wall time. */
  readonly clock: 'cpu' | 'wall';
  readonly ratioBasis: 'median';
  readonly environment: Environment;
  /** Rows keyed by workload name, in run order. */
  readonly workloads: Readonly<Record<string, WorkloadResult>>;
  readonly targets: readonly TargetResult[];
  /** What the floors are and why, in sentences (rendered under the tables). */
  readonly notes: readonly string[];
  readonly durationSeconds: number;
}
