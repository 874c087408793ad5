import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { CommandSpec } from '../../src/commands/types.js';
import { run } from '../../src/run.js';

export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = resolve(packageDir, '../..');
export const fixtures = resolve(packageDir, 'test/fixtures');
export const corpora = resolve(repoRoot, '../shared/corpora');
export const debianSoi = resolve(corpora, 'preflib-data/datasets/00002 - debian/00002-00000006.soi');
export const debianToc = resolve(corpora, 'preflib-data/datasets/00002 - debian/00002-00000006.toc');
export const hasDebian = existsSync(debianSoi);

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with fake streams; relative paths start from `cwd` (the fixtures by default). */
export async function cli(
  argv: readonly string[],
  options: { stdin?: string; cwd?: string; stderrIsTTY?: boolean; registry?: readonly CommandSpec[] } = {},
): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(
    argv,
    {
      stdout: { write: (chunk: string) => out.push(chunk) },
      stderr: { write: (chunk: string) => err.push(chunk), isTTY: options.stderrIsTTY ?? false },
      readStdin: async () => options.stdin ?? '',
      cwd: options.cwd ?? fixtures,
    },
    ...(options.registry === undefined ? [] : [options.registry]),
  );
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** Parses text that must be exactly one JSON document (one line, trailing newline). */
export function oneJson(text: string): unknown {
  expect(text.endsWith('\n'), `no trailing newline: ${JSON.stringify(text)}`).toBe(true);
  expect(text.trimEnd().includes('\n'), `more than one line: ${JSON.stringify(text)}`).toBe(false);
  return JSON.parse(text);
}

/** The `--json` error contract: exit code, empty stdout, exactly `{"error":{code,message,where}}` on stderr. */
export function jsonError(result: CliResult): { code: string; message: string; where: string } {
  expect(result.stdout).toBe('');
  const parsed = oneJson(result.stderr) as { error: { code: string; message: string; where: string } };
  expect(Object.keys(parsed)).toEqual(['error']);
  expect(Object.keys(parsed.error)).toEqual(['code', 'message', 'where']);
  expect(typeof parsed.error.message).toBe('string');
  expect(typeof parsed.error.where).toBe('string');
  return parsed.error;
}
