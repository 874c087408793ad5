import { createRng, rankingProfile, type RankingProfile } from '@plural/core';
import { impartialCultureBallots } from '../generators/impartial-culture.js';
import { mallowsBallots } from '../generators/mallows.js';
import { buildReport, type Target } from '../report/build-report.js';
import { describeEnvironment } from '../report/environment.js';
import type { BenchReport, TimedWorkload } from '../report/types.js';
import { floorNames, profileSuite } from '../workloads/margins.js';
import { parseSocSuite } from '../workloads/parse-soc.js';
import { FULL_SIZES, QUICK_SIZES, type BenchSizes } from '../workloads/plans.js';
import { rationalSuite } from '../workloads/rationals.js';

export interface RunOptions {
  /** Small sizes (`--quick`). Ignored when `sizes` is given. */
  readonly quick?: boolean;
  /** Explicit sizes, e.g. even smaller ones for a test. */
  readonly sizes?: BenchSizes;
  /** Directory whose git commit is reported; default the current directory. */
  readonly cwd?: string;
  /** Progress lines (default: none). */
  readonly log?: (line: string) => void;
}

/** The target: computing the margin matrix costs at most 3× a bare read of the same ballots. */
export const MARGIN_TARGET_RATIO = 3;

function timedProfile(voters: number, m: number, ballots: (v: number, m: number) => number[][]): RankingProfile {
  return rankingProfile({ candidates: m, rankings: ballots(voters, m) });
}

/**
 * Runs the three workloads — PrefLib `.soc` parsing, anonymous profile and margin matrix on impartial
 * culture and on Mallows φ, exact rationals (core vs fraction.js) — and returns the report, every row
 * with its ratio to a bare-loop floor. Deterministic inputs for a seed; the timings are what they are.
 *
 * Complexity: O(sizes) — a full run takes 1–2 minutes on 2 cores, `quick` a few seconds.
 *
 * @example
 * const report = runBenchmarks({ quick: true });
 * report.workloads['margins.ic.marginMatrix(anonymous)'].ratio;
 */
export function runBenchmarks(options: RunOptions = {}): BenchReport {
  const started = performance.now();
  const sizes = options.sizes ?? (options.quick ? QUICK_SIZES : FULL_SIZES);
  const mode = options.sizes === undefined && !options.quick ? 'full' : 'quick';
  const log = options.log ?? (() => undefined);
  const environment = describeEnvironment(options.cwd ?? process.cwd());
  const rng = createRng(sizes.seed);
  const icRng = rng.split();
  const mallowsRng = rng.split();
  const rationalRng = rng.split();
  const m = sizes.candidates;
  const rows: TimedWorkload[] = [];

  log(`generating ${sizes.voters} impartial-culture ballots over ${m} candidates`);
  let ic: RankingProfile | undefined = timedProfile(sizes.voters, m, (n, k) => impartialCultureBallots(n, k, icRng));
  log('workload 1: parsing .soc');
  rows.push(...parseSocSuite(ic, sizes));
  log('workload 2: anonymous profile and margins, impartial culture');
  const cultures = ['ic', `mallows${sizes.phi}`] as const;
  rows.push(...profileSuite(cultures[0], ic, sizes));
  ic = undefined;

  log(`generating ${sizes.voters} Mallows ballots (phi = ${sizes.phi})`);
  const mallows = timedProfile(sizes.voters, m, (n, k) => mallowsBallots(n, k, sizes.phi, mallowsRng));
  log(`workload 2: anonymous profile and margins, Mallows phi = ${sizes.phi}`);
  rows.push(...profileSuite(cultures[1], mallows, sizes));

  log('workload 3: exact rationals');
  rows.push(...rationalSuite(sizes, rationalRng));

  // marginMatrix(anon) against a read of the same (frozen) arrays, and against a read of plain arrays.
  const targets: Target[] = cultures.flatMap((culture) => {
    const workload = `margins.${culture}.marginMatrix(anonymous)`;
    const floors = floorNames(culture);
    return [
      { workload, floor: floors.anonymous, maxRatio: MARGIN_TARGET_RATIO },
      { workload, floor: floors.plainAnonymous, maxRatio: MARGIN_TARGET_RATIO },
    ];
  });
  return buildReport(rows, environment, mode, targets, (performance.now() - started) / 1000);
}
