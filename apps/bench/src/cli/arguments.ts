import path from 'node:path';
import { ValidationError } from '@plural/core';

/** The command-line usage line. */
export const USAGE = 'usage: bench [--quick] [--voters <n>] [--clock cpu|wall] [--out <directory>]   (default: CPU time, into apps/bench/results)';

/** Parsed command line of the bench. */
export interface BenchArguments {
  readonly quick: boolean;
  /** `--voters <n>`: voters of the generated profiles instead of the full or quick size. */
  readonly voters?: number;
  /** `--clock`: CPU time of the process (default) or wall time. */
  readonly clock: 'cpu' | 'wall';
  readonly out: string;
}

/**
 * Parses `--quick`, `--voters <n>`, `--clock cpu|wall`, `--out <dir>` and `--help` (`defaultOut` when no
 * `--out`); throws a {@link ValidationError} naming an unknown argument, a missing value, an unknown clock
 * or a voter count that is not a whole number ≥ 1, with the usage.
 *
 * @example
 * parseArguments(['--quick'], 'results'); // { quick: true, clock: 'cpu', out: 'results' }
 */
export function parseArguments(argv: readonly string[], defaultOut: string): BenchArguments | 'help' {
  let quick = false;
  let voters: number | undefined;
  let clock: 'cpu' | 'wall' = 'cpu';
  let out = defaultOut;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--quick') quick = true;
    else if (arg === '--out') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new ValidationError('--out needs a directory.', { where: '--out', fix: USAGE });
      out = path.resolve(value);
    } else if (arg === '--clock') {
      const value = argv[++i];
      if (value !== 'cpu' && value !== 'wall') {
        throw new ValidationError(`--clock must be cpu or wall, got ${JSON.stringify(value ?? '')}.`, { where: '--clock', fix: USAGE });
      }
      clock = value;
    } else if (arg === '--voters') {
      const value = argv[++i];
      const n = value !== undefined && /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
      if (!Number.isSafeInteger(n) || n < 1) {
        throw new ValidationError(`--voters needs a whole number ≥ 1, got ${JSON.stringify(value ?? '')}.`, { where: '--voters', fix: USAGE });
      }
      voters = n;
    } else throw new ValidationError(`unknown argument ${JSON.stringify(arg)}.`, { where: `argv[${i}]`, fix: USAGE });
  }
  return voters === undefined ? { quick, clock, out } : { quick, voters, clock, out };
}
