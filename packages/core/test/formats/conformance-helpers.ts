import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect } from 'vitest';
import { ParseError, PluralError } from '../../src/index.js';
import type { FormatData, FormatSpec } from '../../src/formats/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const repoRoot = path.resolve(here, '../../../..');
/** The shared conformance corpora, beside the repository. */
export const corpora = path.resolve(repoRoot, '../shared/corpora');
/** The hand-written fixtures of these tests. */
export const fixtures = path.resolve(here, '../fixtures/formats');

/** A hand-written fixture of these tests (e.g. `preflib/club.soi`). */
export function ownFixture(relative: string): string {
  return fs.readFileSync(path.join(fixtures, relative), 'utf8');
}

/** Every hand-written fixture of a family folder, as [file name, text]. */
export function ownFixtures(family: string): [string, string][] {
  const dir = path.join(fixtures, family);
  return fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]);
}

/** `describe` when the corpus folder exists, else `describe.skip` with one line saying so. */
export function describeCorpus(relative: string, name: string, body: () => void): void {
  const dir = path.join(corpora, relative);
  if (fs.existsSync(dir)) describe(name, body);
  else {
    console.log(`[formats] corpus ${dir} is absent: skipping "${name}".`);
    describe.skip(name, body);
  }
}

/** Files under a corpus folder (recursively) whose name ends with one of the extensions. */
export function corpusFiles(relative: string, extensions: readonly string[], recursive = true): string[] {
  const root = path.join(corpora, relative);
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (recursive) walk(full);
      } else if (extensions.some((e) => entry.name.toLowerCase().endsWith(e))) out.push(full);
    }
  };
  if (fs.existsSync(root)) walk(root);
  return out.sort();
}

export function readFile(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

/** Decodes a file as UTF-8, or as Latin-1 when it is not valid UTF-8 (old Debian tallies). */
export function readText(file: string): string {
  const bytes = fs.readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

/**
 * Structural equality of plain data: same keys, same array-ness, primitives compared with Object.is (so
 * −0 ≠ 0 and NaN = NaN). Many times faster than `toEqual` on large instances; tests call `toEqual` only
 * when this says no, to print the difference.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const plain = (o: object) => [Object.prototype, Array.prototype, null].includes(Object.getPrototypeOf(o));
  if (!plain(a) || !plain(b)) return false; // Maps, Sets, class instances: left to toEqual
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** Expects `actual` to equal `expected` (fast when it does; `toEqual`'s difference when it does not). */
export function expectSameData(actual: unknown, expected: unknown, message?: string): void {
  if (!sameData(actual, expected)) expect(actual, message).toEqual(expected);
}

/** Reads, writes back, reads again: the second read must equal the first. Returns the data. */
export function expectRoundTrip(spec: FormatSpec, text: string, source: string, lenient = false): FormatData {
  const data = spec.read(text, { source, ...(lenient ? { lenient: true } : {}) });
  const written = spec.write!(data);
  const again = spec.read(written, { source: `${source} (rewritten)` });
  expectSameData(again, data, source);
  expect(spec.write!(again)).toBe(written);
  return data;
}

/** Runs `run`, expecting a ParseError at `where` (`source:line`); returns it. */
export function expectParseErrorAt(run: () => unknown, where: string, message?: RegExp): ParseError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected a ParseError at ${where}`).toBeInstanceOf(ParseError);
  const error = caught as ParseError;
  expect(error.where).toBe(where);
  expect(error.fix, 'every parse error says how to fix it').toBeTruthy();
  if (message) expect(error.message).toMatch(message);
  return error;
}

/** Runs `run`, expecting a PluralError of the given class; returns it. */
export function expectPluralError<E extends PluralError>(run: () => unknown, type: new (...args: never[]) => E, message?: RegExp): E {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(type);
  if (message) expect((caught as Error).message).toMatch(message);
  return caught as E;
}
