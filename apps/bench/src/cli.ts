#!/usr/bin/env node
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PluralError } from '@plural/core';
import { parseArguments, USAGE, type BenchArguments } from './cli/arguments.js';
import { reportMarkdown } from './report/markdown.js';
import { writeResults } from './report/write-results.js';
import { runBenchmarks } from './run/run-benchmarks.js';
import { FULL_SIZES, QUICK_SIZES, withVoters } from './workloads/plans.js';

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function main(): void {
  let args: BenchArguments | 'help';
  try {
    args = parseArguments(process.argv.slice(2), path.join(packageRoot, 'results'));
  } catch (error) {
    process.stderr.write(`${error instanceof PluralError ? error.message : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const base = args.quick ? QUICK_SIZES : FULL_SIZES;
  const report = runBenchmarks({
    quick: args.quick,
    ...(args.voters === undefined ? {} : { sizes: withVoters(base, args.voters) }),
    cwd: packageRoot,
    clock: args.clock,
    log: (line) => process.stderr.write(`[bench] ${line}\n`),
  });
  const files = writeResults(report, args.out);
  process.stdout.write(reportMarkdown(report));
  process.stderr.write(`[bench] wrote ${path.relative(process.cwd(), files.json)}, ${path.relative(process.cwd(), files.markdown)}, ${path.relative(process.cwd(), files.svg)}\n`);
}

main();
