import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readFormat } from '@plural/core';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledData, cliBin } from './paths.js';

const work = mkdtempSync(join(tmpdir(), 'plural-integration-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const plural = (...args: string[]) => execFileSync(process.execPath, [cliBin, ...args], { encoding: 'utf8' });

describe('the built plural CLI end to end', () => {
  it('inspects the bundled PrefLib file', () => {
    const out = JSON.parse(plural('formats', 'inspect', resolve(bundledData, 'tennessee.soc'), '--json'));
    expect(out).toMatchObject({ format: 'soc', voters: 100, candidates: 4, unique: 4, complete: true, strict: true });
  });

  it('converts soc → json → soi and reads back the same profile', () => {
    const json = join(work, 't.json');
    const soi = join(work, 't.soi');
    expect(JSON.parse(plural('formats', 'convert', resolve(bundledData, 'tennessee.soc'), json, '--json'))).toEqual({ written: json, voters: 100, candidates: 4 });
    plural('formats', 'convert', json, soi, '--json');
    const original = readFormat(readFileSync(resolve(bundledData, 'tennessee.soc'), 'utf8'), { format: 'soc' }).data;
    const back = readFormat(readFileSync(soi, 'utf8'), { format: 'soi' }).data;
    expect(back.kind).toBe('anonymous');
    if (back.kind === 'anonymous' && original.kind === 'anonymous') {
      expect(back.ballots).toEqual(original.ballots);
      expect(back.counts).toEqual(original.counts);
    }
  });

  it('follows the error contract on a malformed file: exit 2, JSON error on stderr, nothing on stdout', () => {
    const r = spawnSync(process.execPath, [cliBin, 'formats', 'inspect', '-', '--format', 'soc', '--json'], {
      input: '# NUMBER ALTERNATIVES: 2\n1: 1,3\n',
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const err = JSON.parse(r.stderr).error;
    expect(err.code).toBe('parse-error');
    expect(typeof err.where).toBe('string');
  });
});
