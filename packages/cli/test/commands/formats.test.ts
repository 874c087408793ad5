import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatRegistry, readFormat } from '@plural/core';
import { cli, debianSoi, debianToc, fixtures, hasDebian, jsonError, oneJson } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'plural-cli-formats-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixture = (name: string): string => readFileSync(join(fixtures, name), 'utf8');
/** The data of a file as core reads it, without the metadata (headers differ between formats). */
const dataOf = (path: string): unknown => {
  const { data } = readFormat(readFileSync(path, 'utf8'), { fileName: path });
  const { metadata: _metadata, ...rest } = data as { metadata?: unknown };
  return rest;
};

const INSPECTED = {
  'tiny.soc': { format: 'soc', voters: 5, candidates: 3, unique: 3, complete: true, strict: true },
  'tiny.soi': { format: 'soi', voters: 6, candidates: 4, unique: 3, complete: false, strict: true },
  'tiny.toc': { format: 'toc', voters: 4, candidates: 3, unique: 2, complete: true, strict: false },
  'tiny.cat': { format: 'cat', voters: 3, candidates: 4, unique: 2, complete: true, strict: true, categories: 2 },
  'tiny.pb': {
    format: 'pb',
    voters: 4,
    candidates: 3,
    unique: 4,
    complete: false,
    strict: true,
    budget: 100,
    projects: 3,
    voteType: 'approval',
  },
  'tiny.csv': { format: 'csv', voters: 4, candidates: 3, unique: 3, complete: false, strict: true },
  'tiny.json': { format: 'json', voters: 4, candidates: 3, unique: 3, complete: false, strict: false },
} as const;

describe('plural formats --list', () => {
  it('lists every format core registers, with extensions, kinds and whether it writes', async () => {
    const result = await cli(['formats', '--list', '--json']);
    expect(result.code).toBe(0);
    const { formats } = oneJson(result.stdout) as { formats: Record<string, unknown>[] };
    expect(formats).toEqual(
      formatRegistry.map((f) => ({
        id: f.id,
        name: f.name,
        extensions: [...f.extensions],
        kinds: [...f.kinds],
        writable: f.write !== undefined,
        reference: f.reference,
      })),
    );
    for (const id of ['soc', 'soi', 'toc', 'cat', 'pb', 'csv', 'json']) expect(formats.map((f) => f.id)).toContain(id);
  });
});

describe('plural formats inspect', () => {
  it.each(Object.entries(INSPECTED))('%s', async (name, expected) => {
    const result = await cli(['formats', 'inspect', name, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = oneJson(result.stdout) as Record<string, unknown>;
    expect(json).toEqual(expected);
    expect(Object.keys(json).slice(0, 6)).toEqual(['format', 'voters', 'candidates', 'unique', 'complete', 'strict']);
    expect(typeof json['complete']).toBe('boolean');
    expect(typeof json['strict']).toBe('boolean');
  });

  it('prints exactly the six fields for a PrefLib ordinal file', async () => {
    const result = await cli(['formats', 'inspect', 'tiny.soc', '--json']);
    expect(result.stdout).toBe('{"format":"soc","voters":5,"candidates":3,"unique":3,"complete":true,"strict":true}\n');
  });

  it('prints a readable table without --json', async () => {
    const result = await cli(['formats', 'inspect', 'tiny.soi']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^file\s+tiny\.soi\n/);
    expect(result.stdout).toMatch(/\nformat\s+soi \(/);
    expect(result.stdout).toMatch(/\nvoters\s+6\n/);
    expect(result.stdout).toMatch(/\ncomplete\s+no\n/);
    expect(result.stdout).toMatch(/\nstrict\s+yes\n/);
  });

  it('reads standard input for - with --format', async () => {
    const fromFile = await cli(['formats', 'inspect', 'tiny.toc', '--json']);
    const fromStdin = await cli(['formats', 'inspect', '-', '--format', 'toc', '--json'], { stdin: fixture('tiny.toc') });
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('lets --format override the extension', async () => {
    writeFileSync(join(work, 'ballots.txt'), fixture('tiny.soc'));
    const result = await cli(['formats', 'inspect', 'ballots.txt', '--format', 'soc', '--json'], { cwd: work });
    expect(result.code).toBe(0);
    expect(oneJson(result.stdout)).toEqual(INSPECTED['tiny.soc']);
  });

  it.skipIf(!hasDebian)('the Debian 2010 leader election (PrefLib 00002-00000006.soi)', async () => {
    const result = await cli(['formats', 'inspect', debianSoi, '--json']);
    expect(result.code).toBe(0);
    expect(oneJson(result.stdout)).toEqual({ format: 'soi', voters: 436, candidates: 5, unique: 101, complete: false, strict: true });
  });
  if (!hasDebian) console.log('corpus absent: /work/shared/corpora/preflib-data not found, skipping the Debian inspect/convert tests');
});

describe('plural formats convert', () => {
  it('soi → toi → read back gives the same data', async () => {
    const out = join(work, 'tiny.toi');
    const result = await cli(['formats', 'convert', 'tiny.soi', out, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${JSON.stringify({ written: out, voters: 6, candidates: 4 })}\n`);
    const back = await cli(['formats', 'inspect', out, '--json']);
    expect(oneJson(back.stdout)).toEqual({ format: 'toi', voters: 6, candidates: 4, unique: 3, complete: false, strict: true });
    expect(dataOf(out)).toEqual(dataOf(join(fixtures, 'tiny.soi')));
  });

  it('soi → toc refuses truncated ballots (exit 2, nothing written) unless --imbue ties the unranked at the bottom', async () => {
    const out = join(work, 'tiny.toc');
    const refused = await cli(['formats', 'convert', 'tiny.soi', out, '--json']);
    expect(refused.code).toBe(2);
    expect(jsonError(refused).code).toBe('unsupported-format');
    expect(() => readFileSync(out)).toThrow();

    const result = await cli(['formats', 'convert', 'tiny.soi', out, '--imbue', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${JSON.stringify({ written: out, voters: 6, candidates: 4 })}\n`);
    const back = await cli(['formats', 'inspect', out, '--json']);
    expect(oneJson(back.stdout)).toEqual({ format: 'toc', voters: 6, candidates: 4, unique: 3, complete: true, strict: false });
    // 2: East, North, then South ~ West; 1: West, then the other three tied.
    expect(readFormat(readFileSync(out, 'utf8'), { format: 'toc' }).data).toMatchObject({
      ballots: [[0, 1, 2, 3], [1, 0, [2, 3]], [3, [0, 1, 2]]],
      counts: [3, 2, 1],
    });
  });

  it('--imbue on data that is not rankings is an error naming the option', async () => {
    const result = await cli(['formats', 'convert', 'tiny.pb', join(work, 'x.pb'), '--imbue', '--json']);
    expect(result.code).toBe(2);
    expect(jsonError(result)).toMatchObject({ code: 'invalid-input', where: '--imbue' });
  });

  it.skipIf(!hasDebian)("Debian .soi → .toc --imbue gives the ballots of PrefLib's own .toc", async () => {
    const out = join(work, 'debian.toc');
    const result = await cli(['formats', 'convert', debianSoi, out, '--imbue', '--json']);
    expect(result.code).toBe(0);
    expect(oneJson(result.stdout)).toEqual({ written: out, voters: 436, candidates: 5 });
    const ballots = (path: string): string[] => {
      const data = readFormat(readFileSync(path, 'utf8'), { fileName: path }).data as unknown as { ballots: unknown[]; counts: number[] };
      return data.ballots.map((b, i) => `${data.counts[i]}: ${JSON.stringify(b)}`).sort();
    };
    expect(ballots(out)).toEqual(ballots(debianToc));
    const inspected = await cli(['formats', 'inspect', out, '--json']);
    expect(oneJson(inspected.stdout)).toMatchObject({ format: 'toc', voters: 436, candidates: 5, complete: true });
  });

  it.each(['tiny.soc', 'tiny.toc', 'tiny.soi', 'tiny.csv'])('%s → json → back gives the same data', async (name) => {
    const extension = name.slice(name.lastIndexOf('.'));
    const json = join(work, `${name}.json`);
    const back = join(work, `back-${name}`);
    expect((await cli(['formats', 'convert', name, json])).code).toBe(0);
    const document = JSON.parse(readFileSync(json, 'utf8')) as { type: string };
    expect(document.type).toBe('ranking');
    const result = await cli(['formats', 'convert', json, back, '--json']);
    expect(result.code).toBe(0);
    expect(oneJson(result.stdout)).toMatchObject({ written: back, voters: INSPECTED[name as keyof typeof INSPECTED].voters });
    expect(dataOf(back)).toEqual(dataOf(join(fixtures, name)));
    expect(extension).toBe(back.slice(back.lastIndexOf('.')));
  });

  it('--to overrides the extension of <out>, and - with --to prints the file', async () => {
    const out = join(work, 'as-toc.dat');
    const result = await cli(['formats', 'convert', 'tiny.soc', out, '--to', 'toc', '--json']);
    expect(result.code).toBe(0);
    const printed = await cli(['formats', 'convert', 'tiny.soc', '-', '--to', 'toc']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(readFileSync(out, 'utf8'));
    expect(readFormat(printed.stdout, { format: 'toc' }).data).toMatchObject({ counts: [2, 2, 1] });
  });

  it('converts standard input with --format', async () => {
    const out = join(work, 'from-stdin.soc');
    const result = await cli(['formats', 'convert', '-', out, '--format', 'csv', '--to', 'json', '--json'], { stdin: fixture('tiny.csv') });
    expect(result.code).toBe(0);
    expect(oneJson(result.stdout)).toEqual({ written: out, voters: 4, candidates: 3 });
  });

  it('prints a readable line without --json', async () => {
    const out = join(work, 'readable.toc');
    const result = await cli(['formats', 'convert', 'tiny.soc', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^wrote .*readable\.toc \(toc .*\): 5 voters, 3 candidates\n$/);
  });
});

describe('plural formats errors (exit 2, JSON on stderr, nothing on stdout)', () => {
  it('a missing file is file-not-found naming the path', async () => {
    const result = await cli(['formats', 'inspect', 'missing/nowhere.soc', '--json']);
    expect(result.code).toBe(2);
    const error = jsonError(result);
    expect(error).toMatchObject({ code: 'file-not-found', where: 'missing/nowhere.soc' });
    expect(error.message).toContain('missing/nowhere.soc');
    const text = await cli(['formats', 'convert', 'missing/nowhere.soc', 'out.toc']);
    expect(text.code).toBe(2);
    expect(text.stdout).toBe('');
    expect(text.stderr).toMatch(/^error: missing\/nowhere\.soc: no such file\. Fix: /);
  });

  it('a malformed file is a parse-error at file:line', async () => {
    const result = await cli(['formats', 'inspect', 'bad.soc', '--json']);
    expect(result.code).toBe(2);
    const error = jsonError(result);
    expect(error.code).toBe('parse-error');
    expect(error.where).toBe('bad.soc:7');
    const text = await cli(['formats', 'inspect', 'bad.soc']);
    expect(text.stderr).toMatch(/^error: bad\.soc:7: .* Fix: /);
  });

  it('malformed standard input names stdin:line', async () => {
    const result = await cli(['formats', 'inspect', '-', '--format', 'soc', '--json'], { stdin: fixture('bad.soc') });
    expect(result.code).toBe(2);
    expect(jsonError(result)).toMatchObject({ code: 'parse-error', where: 'stdin:7' });
  });

  it('standard input without --format asks for it', async () => {
    const result = await cli(['formats', 'inspect', '-', '--json'], { stdin: fixture('tiny.soc') });
    expect(result.code).toBe(2);
    const error = jsonError(result);
    expect(error).toMatchObject({ code: 'invalid-input', where: '--format' });
    expect(error.message).toMatch(/Add --format <id>/);
  });

  it('an unknown --format or --to is unsupported-format listing the ids', async () => {
    const format = await cli(['formats', 'inspect', 'tiny.soc', '--format', 'docx', '--json']);
    expect(format.code).toBe(2);
    expect(jsonError(format)).toMatchObject({ code: 'unsupported-format', where: '--format' });
    const to = await cli(['formats', 'convert', 'tiny.soc', join(work, 'x.out'), '--to', 'docx', '--json']);
    expect(to.code).toBe(2);
    const error = jsonError(to);
    expect(error).toMatchObject({ code: 'unsupported-format', where: '--to' });
    expect(error.message).toContain('soc');
  });

  it('an unknown extension is unsupported-format', async () => {
    writeFileSync(join(work, 'ballots.docx'), 'x');
    const result = await cli(['formats', 'inspect', 'ballots.docx', '--json'], { cwd: work });
    expect(result.code).toBe(2);
    expect(jsonError(result).code).toBe('unsupported-format');
  });

  it('data the output format cannot hold is an error and writes nothing', async () => {
    const out = join(work, 'ties.soc');
    const result = await cli(['formats', 'convert', 'tiny.toc', out, '--json']);
    expect(result.code).toBe(2);
    expect(jsonError(result)).toMatchObject({ code: 'unsupported-format', where: 'ballots[0]' });
    expect(() => readFileSync(out)).toThrow();
    const budget = join(work, 'budget.soc');
    const kind = await cli(['formats', 'convert', 'tiny.pb', budget, '--json']);
    expect(kind.code).toBe(2);
    const error = jsonError(kind);
    expect(error).toMatchObject({ code: 'unsupported-format', where: budget });
    expect(error.message).toMatch(/cannot hold pb data .* Fix: Convert it to one of: pb\./);
    expect(() => readFileSync(budget)).toThrow();
  });

  it('an output in a missing directory is file-not-found', async () => {
    const result = await cli(['formats', 'convert', 'tiny.soc', join(work, 'no/such/dir/out.toc'), '--json']);
    expect(result.code).toBe(2);
    expect(jsonError(result).code).toBe('file-not-found');
  });

  it('- as output together with --json is refused', async () => {
    const result = await cli(['formats', 'convert', 'tiny.soc', '-', '--to', 'toc', '--json']);
    expect(result.code).toBe(2);
    expect(jsonError(result)).toMatchObject({ code: 'invalid-input', where: 'out' });
  });
});
