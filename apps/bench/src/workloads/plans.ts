import { ValidationError } from '@plural/core';
import type { SamplingPlan } from '../measure/measure.js';

/** Sizes and sampling plans of one benchmark run. */
export interface BenchSizes {
  /** Voters of the generated profiles (workloads 1 and 2). */
  readonly voters: number;
  readonly candidates: number;
  /** Mallows dispersion of the duplicate-heavy profile. */
  readonly phi: number;
  /** k = 1…harmonicTerms in the harmonic sum of workload 3. */
  readonly harmonicTerms: number;
  /** Side of the square rational matrices multiplied in workload 3. */
  readonly matrixSize: number;
  /** Number of rational pairs compared in workload 3. */
  readonly comparisons: number;
  readonly seed: number;
  /** For calls that take around a second: few samples. */
  readonly heavy: SamplingPlan;
  /** For calls of milliseconds to tens of milliseconds: many samples. */
  readonly light: SamplingPlan;
}

/** The full run: 1,000,000 voters × 10 candidates; a few minutes on 2 cores. */
export const FULL_SIZES: BenchSizes = Object.freeze({
  voters: 1_000_000,
  candidates: 10,
  phi: 0.5,
  harmonicTerms: 2000,
  matrixSize: 50,
  comparisons: 100_000,
  seed: 20_240_601,
  heavy: Object.freeze({ iterations: 3, timeMs: 0, warmupIterations: 1 }),
  light: Object.freeze({ iterations: 20, timeMs: 1000, warmupIterations: 5 }),
});

/** `--quick`: the same workloads at small sizes, for smoke tests; a few seconds. */
export const QUICK_SIZES: BenchSizes = Object.freeze({
  voters: 20_000,
  candidates: 10,
  phi: 0.5,
  harmonicTerms: 300,
  matrixSize: 12,
  comparisons: 10_000,
  seed: 20_240_601,
  heavy: Object.freeze({ iterations: 3, timeMs: 0, warmupIterations: 1 }),
  light: Object.freeze({ iterations: 10, timeMs: 50, warmupIterations: 2 }),
});

/**
 * `sizes` with another number of voters (the `--voters` option); throws a {@link ValidationError} unless
 * it is a whole number ≥ 1.
 *
 * @example
 * withVoters(QUICK_SIZES, 2000).voters; // 2000
 */
export function withVoters(sizes: BenchSizes, voters: number): BenchSizes {
  if (!Number.isSafeInteger(voters) || voters < 1) {
    throw new ValidationError(`the number of voters must be a whole number ≥ 1, got ${voters}.`, { where: '--voters', fix: 'Pass e.g. --voters 100000.' });
  }
  return Object.freeze({ ...sizes, voters });
}

/** The smaller voter count of the voting-rule suites (the 10k × 10). */
export const SMALL_VOTING_VOTERS = 10_000;

/**
 * Voter counts of the voting-rule suites: 10,000 and the run's voters (the 10k × 10 and
 * 1M × 10 in a full run), the smaller capped at the run's voters and not repeated.
 *
 * @example
 * votingVoterCounts(FULL_SIZES); // [10000, 1000000]
 */
export function votingVoterCounts(sizes: BenchSizes): number[] {
  const small = Math.min(SMALL_VOTING_VOTERS, sizes.voters);
  return small === sizes.voters ? [small] : [small, sizes.voters];
}

/**
 * A voter count as it appears in workload names: 10k, 1M, 240.
 *
 * @example
 * votersLabel(1_000_000); // '1M'
 */
export function votersLabel(voters: number): string {
  if (voters >= 1_000_000 && voters % 100_000 === 0) return `${voters / 1_000_000}M`;
  if (voters >= 1000 && voters % 100 === 0) return `${voters / 1000}k`;
  return String(voters);
}
