import path from 'node:path';
import { ValidationError } from '@plural/core';

/** The command-line usage line. */
export const USAGE = 'usage: bench [--quick] [--out <directory>]   (default directory: apps/bench/results)';

/** Parsed command line of the bench. */
export interface BenchArguments {
  readonly quick: boolean;
  readonly out: string;
}

/**
 * Parses `--quick`, `--out <dir>` and `--help` (`defaultOut` when no `--out`); throws a {@link ValidationError} naming an unknown
 * argument and the usage.
 *
 * @example
 * parseArguments(['--quick'], 'results'); // { quick: true, out: 'results' }
 */
export function parseArguments(argv: readonly string[], defaultOut: string): BenchArguments | 'help' {
  let quick = false;
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
    } else throw new ValidationError(`unknown argument ${JSON.stringify(arg)}.`, { where: `argv[${i}]`, fix: USAGE });
  }
  return { quick, out };
}
