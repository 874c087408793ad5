import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { Environment } from './types.js';

function git(args: string[], cwd: string): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
  } catch {
    return null;
  }
}

/**
 * The machine and code the benchmark ran on: Node and V8 versions, CPU model and count, memory, the
 * load average, the date, and the git commit of `cwd` (null when git or the repository is unavailable).
 *
 * Complexity: two short git calls.
 *
 * @example
 * describeEnvironment(process.cwd()).node; // "v20.20.2"
 */
export function describeEnvironment(cwd: string, date = new Date()): Environment {
  const cpus = os.cpus();
  const commit = git(['rev-parse', 'HEAD'], cwd);
  const status = commit === null ? null : git(['status', '--porcelain', '--untracked-files=no'], cwd);
  return Object.freeze({
    node: process.version,
    v8: process.versions.v8,
    platform: process.platform,
    arch: process.arch,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    date: date.toISOString(),
    commit,
    dirty: status === null ? null : status.length > 0,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100) as [number, number, number],
  });
}
