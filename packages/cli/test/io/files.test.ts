import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ValidationError } from '@plural/core';
import { FileNotFoundError } from '../../src/errors/file-not-found.js';
import type { CliIo } from '../../src/io/io.js';
import { readInput, writeOutput } from '../../src/io/files.js';

const dir = mkdtempSync(join(tmpdir(), 'plural-cli-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(stdin = ''): CliIo {
  return { stdout: { write: () => true }, stderr: { write: () => true }, readStdin: async () => stdin, cwd: dir };
}

describe('readInput', () => {
  it('reads a file relative to the working directory, dropping a byte-order mark', async () => {
    writeFileSync(join(dir, 'a.soc'), '\uFEFF# NUMBER ALTERNATIVES: 2\n');
    expect(await readInput('a.soc', io())).toBe('# NUMBER ALTERNATIVES: 2\n');
  });

  it('reads standard input for -', async () => {
    expect(await readInput('-', io('1: 1,2\n'))).toBe('1: 1,2\n');
  });

  it('reports a missing file as FileNotFoundError naming the path', async () => {
    const error = await readInput('nope/missing.soc', io()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileNotFoundError);
    expect((error as FileNotFoundError).path).toBe('nope/missing.soc');
    expect((error as FileNotFoundError).where).toBe('nope/missing.soc');
    expect((error as FileNotFoundError).message).toMatch(/^nope\/missing\.soc: no such file\. Fix: /);
  });

  it('reports a directory as a validation error, not a missing file', async () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const error = await readInput('sub', io()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).not.toBeInstanceOf(FileNotFoundError);
    expect((error as ValidationError).message).toMatch(/is a directory/);
  });
});

describe('writeOutput', () => {
  it('writes (and replaces) a file', async () => {
    await writeOutput('out.toc', 'first', io());
    await writeOutput('out.toc', 'second', io());
    expect(readFileSync(join(dir, 'out.toc'), 'utf8')).toBe('second');
  });

  it('reports a missing directory as FileNotFoundError of an output', async () => {
    const error = await writeOutput('no/such/dir/out.toc', 'x', io()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileNotFoundError);
    expect((error as FileNotFoundError).message).toMatch(/directory does not exist/);
  });

  it('reports writing onto a directory as a validation error', async () => {
    mkdirSync(join(dir, 'target'), { recursive: true });
    const error = await writeOutput('target', 'x', io()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).where).toBe('target');
  });
});
