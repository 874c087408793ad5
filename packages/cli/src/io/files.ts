import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ValidationError } from '@plural/core';
import { FileNotFoundError } from '../errors/file-not-found.js';
import type { CliIo } from './io.js';

/** The input path that means standard input. */
export const STDIN_PATH = '-';

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/**
 * Reads an input given on the command line as UTF-8 text: the file at `path` (relative to `io.cwd`), or
 * standard input for `-`. A leading byte-order mark is dropped. A missing file is a
 * {@link FileNotFoundError}; a directory or an unreadable file a `ValidationError` naming the path.
 *
 * @example
 * const text = await readInput('election.soc', io);
 */
export async function readInput(path: string, io: CliIo): Promise<string> {
  let text: string;
  if (path === STDIN_PATH) {
    text = await io.readStdin();
  } else {
    try {
      text = await readFile(resolve(io.cwd, path), 'utf8');
    } catch (error) {
      const code = errnoCode(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new FileNotFoundError(path, { cause: error });
      if (code === 'EISDIR') {
        throw new ValidationError(`${JSON.stringify(path)} is a directory, not a file.`, {
          where: path,
          fix: 'Give the path of a file inside it.',
          cause: error,
        });
      }
      throw new ValidationError(`cannot read ${JSON.stringify(path)} (${code ?? 'unknown error'}).`, {
        where: path,
        fix: 'Check that the file exists and that you may read it.',
        cause: error,
      });
    }
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * Writes `text` to the file at `path` (relative to `io.cwd`), replacing it. A missing directory is a
 * {@link FileNotFoundError}; any other failure a `ValidationError` naming the path.
 *
 * @example
 * await writeOutput('election.toc', text, io);
 */
export async function writeOutput(path: string, text: string, io: CliIo): Promise<void> {
  try {
    await writeFile(resolve(io.cwd, path), text, 'utf8');
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new FileNotFoundError(path, { role: 'output', cause: error });
    throw new ValidationError(
      code === 'EISDIR'
        ? `cannot write ${JSON.stringify(path)}: it is a directory.`
        : `cannot write ${JSON.stringify(path)} (${code ?? 'unknown error'}).`,
      { where: path, fix: 'Give the path of a file you may write.', cause: error },
    );
  }
}
