import { createRng } from '@plural/core';
import { impartialCultureBallots } from '../generators/impartial-culture.js';
import { mallowsBallots } from '../generators/mallows.js';
import { buildReport, type Target } from '../report/build-report.js';
import type { Clock } from '../measure/measure.js';
import { describeEnvironment } from '../report/environment.js';
import type { BenchReport, TimedWorkload } from '../report/types.js';
import { floorNames, profileSuite } from '../workloads/margins.js';
import { parseSocSuite } from '../workloads/parse-soc.js';
import { FULL_SIZES, QUICK_SIZES, type BenchSizes } from '../workloads/plans.js';
import { rationalSuite } from '../workloads/rationals.js';
import { measureTask, type BenchTask } from '../workloads/task.js';

export interface RunOptions {
  /** Small sizes (`--quick`). Ignored when `sizes` is given. */
  readonly quick?: boolean;
  /** Explicit sizes, e.g. even smaller ones for a test; the report's mode is then `custom`. */
  readonly sizes?: BenchSizes;
  /** Directory whose git commit is reported; default the current directory. */
  readonly cwd?: string;
  /** Progress lines (default: none). */
  readonly log?: (line: string) => void;
  /** The clock to time with; default CPU time of the process. */
  readonly clock?: Clock;
}

/** The target: computing the margin matrix costs at most 3× a bare read of the same ballots. */
export const MARGIN_TARGET_RATIO = 3;

/** One suite of the run: built (inputs generated, results checked once) just before it is measured. */
export interface BenchSuite {
  readonly label: string;
  readonly build: () => BenchTask[];
}

/** The two cultures of workload 2: impartial culture and Mallows with dispersion `sizes.phi`. */
export function cultures(sizes: BenchSizes): readonly [string, string] {
  return ['ic', `mallows${sizes.phi}`];
}

/**
 * The suites of a run, in order — PrefLib `.soc` parsing, anonymous profile and margins on impartial
 * culture and on Mallows φ, exact rationals (core vs fraction.js) — with inputs drawn from
 * `createRng(sizes.seed)`, so deterministic for a seed. Each suite's inputs are generated when it is
 * built, so only one suite's data is alive at a time.
 *
 * Complexity: O(1); building a suite is O(its input size).
 *
 * @example
 * benchmarkSuites(QUICK_SIZES).map((s) => s.label);
 */
export function benchmarkSuites(sizes: BenchSizes): BenchSuite[] {
  const rng = createRng(sizes.seed);
  const icRng = rng.split();
  const mallowsRng = rng.split();
  const rationalRng = rng.split();
  const m = sizes.candidates;
  const [icName, mallowsName] = cultures(sizes);
  let ic: number[][] | undefined;
  const icBallots = (): number[][] => (ic ??= impartialCultureBallots(sizes.voters, m, icRng));
  return [
    { label: `workload 1: parsing .soc (${sizes.voters} impartial-culture ballots, ${m} candidates)`, build: () => parseSocSuite(icBallots(), m) },
    {
      label: 'workload 2: anonymous profile and margins, impartial culture',
      build: () => {
        const tasks = profileSuite(icName, icBallots(), m);
        ic = undefined;
        return tasks;
      },
    },
    {
      label: `workload 2: anonymous profile and margins, Mallows phi = ${sizes.phi}`,
      build: () => profileSuite(mallowsName, mallowsBallots(sizes.voters, m, sizes.phi, mallowsRng), m),
    },
    { label: 'workload 3: exact rationals', build: () => rationalSuite(sizes, rationalRng) },
  ];
}

/**
 * The margin targets: `marginMatrix` of the voter and of the anonymous profile, each against the packed
 * read of the ballots it consumes (the fair floor, see {@link FLOOR_NOTES}) and against a read of the
 * same ballots as plain arrays.
 */
export function marginTargets(sizes: BenchSizes): Target[] {
  return cultures(sizes).flatMap((culture) => {
    const floors = floorNames(culture);
    return [
      { workload: `margins.${culture}.marginMatrix(voters)`, floor: floors.voters, maxRatio: MARGIN_TARGET_RATIO },
      { workload: `margins.${culture}.marginMatrix(voters)`, floor: floors.plainVoters, maxRatio: MARGIN_TARGET_RATIO },
      { workload: `margins.${culture}.marginMatrix(anonymous)`, floor: floors.anonymous, maxRatio: MARGIN_TARGET_RATIO },
      { workload: `margins.${culture}.marginMatrix(anonymous)`, floor: floors.plainAnonymous, maxRatio: MARGIN_TARGET_RATIO },
    ];
  });
}

/** What the floors are and why, as the report states it. */
export const FLOOR_NOTES: readonly string[] = Object.freeze([
  'The floor of a workload is "a bare loop that only reads the ballots once". For the profile workloads it reads the profile\'s ballots as core stores them for its own loops: next to the public frozen arrays, every profile core builds keeps a private packed copy (one Uint8Array of candidate indices, an Int32Array of offsets, a Float64Array of counts), and that copy is what marginMatrix reads. The fair floor reads those same bytes (packed): workload and floor then read identical data, and it is the cheapest read of the ballots JavaScript allows, so it cannot flatter a ratio.',
  'Each margin target is also checked against a read of the same ballots as plain (unfrozen) arrays, the cheapest read of the public data shape; a target counts as met only against both floors. Floors are functions that take their data as arguments, as the workloads do, and add the entries as 32-bit integers (no floating-point chain, no per-ballot branch), so they are as cheap as a reading loop can be.',
  'The frozen-array floors read the public profile.ballots arrays as a caller would. They are shown for information and no target uses them: Node 20\'s V8 (11.3) does not inline element loads of frozen arrays in optimised code (each load is a KeyedLoadIC call), so they run several times slower than the other floors and a ratio to them flatters. Before core kept the packed copy, marginMatrix(anonymous) was 2.07× the frozen floor but 12.1× the plain-array floor (full run, wall clock, the earlier floating-point floors).',
  'anonymousProfile starts from plain arrays (as a caller or a parser hands them over) and is divided by a read of those arrays; it validates every ballot and must allocate one frozen array per distinct ballot (the public data shape), so its ratio is dominated by allocation. Parsing and the anonymous profile have no target.',
]);

/**
 * Runs the benchmark suites and returns the report, every row with its ratio to a bare-loop floor and
 * the margin targets evaluated. Deterministic inputs for a seed; the timings are what they are.
 *
 * Complexity: O(sizes) — a full run takes a few minutes on 2 cores, `quick` several seconds.
 *
 * @example
 * const report = runBenchmarks({ quick: true });
 * report.workloads['margins.ic.marginMatrix(anonymous)'].ratio;
 */
export function runBenchmarks(options: RunOptions = {}): BenchReport {
  const started = performance.now();
  const sizes = options.sizes ?? (options.quick ? QUICK_SIZES : FULL_SIZES);
  const mode = options.sizes !== undefined ? 'custom' : options.quick ? 'quick' : 'full';
  const log = options.log ?? (() => undefined);
  const clock = options.clock ?? 'cpu';
  const environment = describeEnvironment(options.cwd ?? process.cwd());
  const rows: TimedWorkload[] = [];
  for (const suite of benchmarkSuites(sizes)) {
    log(suite.label);
    for (const task of suite.build()) rows.push(measureTask(task, sizes, clock));
  }
  return buildReport(rows, environment, mode, marginTargets(sizes), (performance.now() - started) / 1000, FLOOR_NOTES, clock);
}
