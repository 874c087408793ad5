import { createRng, type Rng } from '@plural/core';
import { impartialCultureBallots } from '../generators/impartial-culture.js';
import { mallowsBallots } from '../generators/mallows.js';
import { buildReport, type Target } from '../report/build-report.js';
import type { Clock } from '../measure/measure.js';
import { describeEnvironment } from '../report/environment.js';
import type { BenchReport, TimedWorkload } from '../report/types.js';
import { FACILITY_NOTES, facilityPositions, facilitySuite, skipByComplexity, SMALL_FACILITY_AGENTS, STRATEGYPROOFNESS_AGENTS } from '../workloads/facility.js';
import { floorNames, profileSuite } from '../workloads/margins.js';
import { parseSocSuite } from '../workloads/parse-soc.js';
import { FULL_SIZES, QUICK_SIZES, votingVoterCounts, type BenchSizes } from '../workloads/plans.js';
import { rationalSuite } from '../workloads/rationals.js';
import { measureTask, type BenchTask } from '../workloads/task.js';
import { marginsTasks, ruleTasks, timedRules, votingInput, votingNames, type VotingInput } from '../workloads/voting.js';

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

/** The issue's target: computing the margin matrix costs at most 3× a bare read of the same ballots. */
export const MARGIN_TARGET_RATIO = 3;

/** The issue's target for voting rules: each polynomial rule, from the profile, costs at most 5× the margins. */
export const RULE_TARGET_RATIO = 5;

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
 * culture and on Mallows φ, exact rationals (core vs fraction.js), then the voting rules at 10k voters
 * and at the run's voters, each culture in three suites (margins and margin rules, iterative rules,
 * positional rules), then facility location (see {@link facilitySuites}) — with inputs drawn from
 * `createRng(sizes.seed)`, so deterministic for a seed. Each suite's inputs are generated when it is
 * built, so only one profile is alive at a time. Facility mechanisms left out at a size are pushed onto
 * `skipped`, with the reason, when their suite is built.
 *
 * Complexity: O(1); building a suite is O(its input size).
 *
 * @example
 * benchmarkSuites(QUICK_SIZES).map((s) => s.label);
 */
export function benchmarkSuites(sizes: BenchSizes, skipped: string[] = []): BenchSuite[] {
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
    ...votingSuites(sizes, rng),
    ...facilitySuites(sizes, rng.split(), skipped),
  ];
}

/**
 * Workload 5, facility location: at 10,000 agents and at the run's voter count (1M in a full run), the
 * exact line profile and every registered line mechanism cheap enough at that size; at
 * {@link SMALL_FACILITY_AGENTS} agents the mechanisms of cubic complexity; at
 * {@link STRATEGYPROOFNESS_AGENTS} agents the strategyproofness checker. Positions uniform on [0, 1]
 * with 3 decimals, from splits of `rng`.
 */
export function facilitySuites(sizes: BenchSizes, rng: Rng, skipped: string[] = []): BenchSuite[] {
  const suites: BenchSuite[] = votingVoterCounts(sizes).map((n) => {
    const inputRng = rng.split();
    return { label: `workload 5: facility location, ${n} agents`, build: () => facilitySuite(facilityPositions(n, inputRng), skipped) };
  });
  const smallRng = rng.split();
  const checkRng = rng.split();
  suites.push(
    {
      label: `workload 5: facility location, ${SMALL_FACILITY_AGENTS} agents (mechanisms of cubic complexity)`,
      build: () => facilitySuite(facilityPositions(SMALL_FACILITY_AGENTS, smallRng), skipped, { only: (info) => skipByComplexity(info, Number.POSITIVE_INFINITY) !== undefined }),
    },
    {
      label: `workload 5: facility location, ${STRATEGYPROOFNESS_AGENTS} agents (strategyproofness checker)`,
      build: () => facilitySuite(facilityPositions(STRATEGYPROOFNESS_AGENTS, checkRng), skipped, { checks: true, only: () => false }),
    },
  );
  return suites;
}

/**
 * Workload 4, the voting rules: for each voter count (10k and the run's) and culture, the margins and
 * the margin rules, the iterative rules, the positional rules — three suites sharing one profile, drawn
 * from its own split of `rng` when the first is built and dropped after the last.
 */
function votingSuites(sizes: BenchSizes, rng: Rng): BenchSuite[] {
  const m = sizes.candidates;
  const [icName, mallowsName] = cultures(sizes);
  const suites: BenchSuite[] = [];
  for (const voters of votingVoterCounts(sizes)) {
    for (const culture of [icName, mallowsName]) {
      const inputRng = rng.split();
      let input: VotingInput | undefined;
      const profile = (): VotingInput =>
        (input ??= votingInput(culture, culture === icName ? impartialCultureBallots(voters, m, inputRng) : mallowsBallots(voters, m, sizes.phi, inputRng), m));
      const label = `workload 4: voting rules, ${culture === icName ? 'impartial culture' : `Mallows phi = ${sizes.phi}`}, ${voters} voters`;
      suites.push(
        { label: `${label}: margins and margin rules`, build: () => [...marginsTasks(profile()), ...ruleTasks(profile(), 'margin rules')] },
        { label: `${label}: iterative rules`, build: () => ruleTasks(profile(), 'iterative rules') },
        {
          label: `${label}: positional rules`,
          build: () => {
            const tasks = ruleTasks(profile(), 'positional rules');
            input = undefined;
            return tasks;
          },
        },
      );
    }
  }
  return suites;
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

/**
 * The voting targets, for each voter count and culture: the margins within 3× of the floor, and every
 * timed rule (from the profile, end to end) within 5× of the margins.
 */
export function votingTargets(sizes: BenchSizes): Target[] {
  const rules = timedRules();
  return votingVoterCounts(sizes).flatMap((voters) =>
    cultures(sizes).flatMap((culture) => {
      const names = votingNames(culture, voters);
      return [
        { workload: names.margins, floor: names.floor, maxRatio: MARGIN_TARGET_RATIO },
        ...rules.map(({ id }) => ({ workload: names.rule(id), baseline: names.margins, maxRatio: RULE_TARGET_RATIO })),
      ];
    }),
  );
}

/** What the voting rows time and why, as the report states it. */
export const VOTING_NOTES: readonly string[] = Object.freeze([
  "The voting rows (workload 4) call each rule as a user does, on the anonymous profile core builds from the generated voters, end to end. A rule first prepares an Election: it checks every ballot and packs ballots and integer counts into typed arrays (the Election's `packed`), because Node 20's V8 reads the frozen arrays of core's profiles 5–10× slower than typed arrays. A deeply frozen profile cannot change, so its packed copy is kept with it (a WeakMap, as core keeps its own private packed copy): the first call on a profile pays the check and the packing, shown as the `election(first call)` row; the timed calls find the copy and go straight to the rule. Rules that read only margins compute them (core marginMatrix) in every call, so their rows are margins + rule; rules that read ballots (Instant Runoff, Plurality, Borda) run their loops on the packed copy and never compute margins.",
  "Each voting row is divided by the floor (a bare read of the same packed distinct ballots, what marginMatrix reads) and by the margins of the same profile (× margins). For × margins the margins are timed again in alternation with the rule, one call of each per sample, so that both are measured on the same machine at the same moments: on a shared machine two rows timed a minute apart can differ by half just from the load (a margin rule is the margins plus microseconds, and ratios of separately timed rows put it anywhere from 1.0× to 1.6×). The targets are the issue's: the margins within 3× of the floor, every polynomial rule within 5× of the margins. The first call on a profile (`election(first call)`) has no target: it reads the public frozen arrays once, which costs several times the packed floor (see the frozen-array floors of workload 2); core keeps a packed copy of every profile it builds but does not export it, so the voting package cannot skip this read.",
]);

/** What the floors are and why, as the report states it. */
export const FLOOR_NOTES: readonly string[] = Object.freeze([
  'The floor of a workload is "a bare loop that only reads the ballots once". For the profile workloads it reads the profile\'s ballots as core stores them for its own loops: next to the public frozen arrays, every profile core builds keeps a private packed copy (one Uint8Array of candidate indices, an Int32Array of offsets, a Float64Array of counts), and that copy is what marginMatrix reads. The fair floor reads those same bytes (packed): workload and floor then read identical data, and it is the cheapest read of the ballots JavaScript allows, so it cannot flatter a ratio.',
  'Each margin target is also checked against a read of the same ballots as plain (unfrozen) arrays, the cheapest read of the public data shape; a target counts as met only against both floors. Floors are functions that take their data as arguments, as the workloads do, and add the entries as 32-bit integers (no floating-point chain, no per-ballot branch), so they are as cheap as a reading loop can be.',
  'The frozen-array floors read the public profile.ballots arrays as a caller would. They are shown for information and no target uses them: Node 20\'s V8 (11.3) does not inline element loads of frozen arrays in optimised code (each load is a KeyedLoadIC call), so they run several times slower than the other floors and a ratio to them flatters. Before core kept the packed copy, marginMatrix(anonymous) was 2.07× the frozen floor but 12.1× the plain-array floor (full run, wall clock, the earlier floating-point floors).',
  'anonymousProfile starts from plain arrays (as a caller or a parser hands them over) and is divided by a read of those arrays; it validates every ballot and must allocate one frozen array per distinct ballot (the public data shape), so its ratio is dominated by allocation. Parsing and the anonymous profile have no target.',
]);

/**
 * Runs the benchmark suites and returns the report, every row with its ratio to a bare-loop floor (and
 * the voting rules' ratio to the margins), the margin and voting targets evaluated. Deterministic inputs for a seed; the timings are what they are.
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
  const skipped: string[] = [];
  for (const suite of benchmarkSuites(sizes, skipped)) {
    log(suite.label);
    for (const task of suite.build()) rows.push(measureTask(task, sizes, clock));
  }
  return buildReport(rows, environment, mode, [...marginTargets(sizes), ...votingTargets(sizes)], (performance.now() - started) / 1000, [...FLOOR_NOTES, ...VOTING_NOTES, ...FACILITY_NOTES, ...skipped], clock);
}
