import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeEnvironment } from '../../src/report/environment.js';
import { reportProblems } from '../../src/report/check-report.js';
import { reportMarkdown } from '../../src/report/markdown.js';
import { ratioChartSvg } from '../../src/report/svg.js';
import { writeResults } from '../../src/report/write-results.js';
import { syntheticReport } from '../fixtures.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'plural-bench-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('writeResults', () => {
  it('writes latest.json, latest.md and latest.svg into a new directory', () => {
    const report = syntheticReport();
    const dir = path.join(scratch, 'nested', 'results');
    const files = writeResults(report, dir);
    expect(files).toEqual({ json: path.join(dir, 'latest.json'), markdown: path.join(dir, 'latest.md'), svg: path.join(dir, 'latest.svg') });
    const json: unknown = JSON.parse(readFileSync(files.json, 'utf8'));
    expect(json).toEqual(JSON.parse(JSON.stringify(report)));
    expect(reportProblems(json)).toEqual([]);
    expect(readFileSync(files.markdown, 'utf8')).toBe(reportMarkdown(report));
    expect(readFileSync(files.svg, 'utf8')).toBe(ratioChartSvg(report));
  });
});

describe('describeEnvironment', () => {
  it('describes the machine, and gives no commit outside a git checkout', () => {
    const env = describeEnvironment(scratch, new Date('2026-05-06T07:08:09Z'));
    expect(env.node).toBe(process.version);
    expect(env.cores).toBeGreaterThan(0);
    expect(env.date).toBe('2026-05-06T07:08:09.000Z');
    expect(env.commit).toBeNull();
    expect(env.dirty).toBeNull();
    expect(env.loadAverage).toHaveLength(3);
  });

  it('gives the 40-hex commit inside this repository', () => {
    const env = describeEnvironment(process.cwd());
    expect(env.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(typeof env.dirty).toBe('boolean');
  });
});
