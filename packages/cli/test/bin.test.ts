import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtures, jsonError, oneJson, packageDir } from './helpers/cli.js';

const bin = join(packageDir, 'dist/cli.js');

/** Runs the built `plural` bin as a child process. */
function plural(args: readonly string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: fixtures,
    encoding: 'utf8',
    ...(input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  // `pnpm test` builds first (`tsup && vitest run`); a bare `vitest run` builds only when dist is missing.
  if (!existsSync(bin)) execFileSync('npx', ['tsup'], { cwd: packageDir, stdio: 'ignore' });
}, 120_000);

describe('the built plural bin', () => {
  it('starts with the node shebang and is executable', () => {
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(() => accessSync(bin, constants.X_OK)).not.toThrow();
    const direct = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(direct.status).toBe(0);
    expect(direct.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('--help and --version exit 0 on stdout', () => {
    const help = plural(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: plural');
    expect(help.stdout).toContain('formats');
    const version = plural(['--version']);
    const { version: expected } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
    expect(version).toEqual({ code: 0, stdout: `${expected}\n`, stderr: '' });
  });

  it('formats inspect --json prints one JSON document', () => {
    const result = plural(['formats', 'inspect', 'tiny.soc', '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(oneJson(result.stdout)).toEqual({ format: 'soc', voters: 5, candidates: 3, unique: 3, complete: true, strict: true });
  });

  it('reads standard input for - with --format', () => {
    const result = plural(['formats', 'inspect', '-', '--format', 'soi', '--json'], readFileSync(join(fixtures, 'tiny.soi'), 'utf8'));
    expect(result.code).toBe(0);
    expect(oneJson(result.stdout)).toMatchObject({ format: 'soi', voters: 6 });
  });

  it.each([
    [['frobnicate', '--json'], 'invalid-input'],
    [['formats', 'inspect', 'tiny.soc', '--bogus', '--json'], 'invalid-input'],
    [['formats', 'inspect', 'absent.soc', '--json'], 'file-not-found'],
    [['formats', 'inspect', 'bad.soc', '--json'], 'parse-error'],
  ])('%j exits 2 with a JSON error on stderr and nothing on stdout', (args, code) => {
    const result = plural(args);
    expect(result.code).toBe(2);
    expect(jsonError({ code: 2, stdout: result.stdout, stderr: result.stderr }).code).toBe(code);
  });

  it('a readable error without --json', () => {
    const result = plural(['formats', 'inspect', 'absent.soc']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: absent\.soc: no such file\. Fix: .+\n$/);
  });
});
