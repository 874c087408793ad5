import { describe, expect, it } from 'vitest';
import { formatNumber, reportMarkdown, targetVerdict } from '../../src/report/markdown.js';
import { buildReport } from '../../src/report/build-report.js';
import { ENVIRONMENT, row, syntheticReport, votingReport } from '../fixtures.js';

describe('formatNumber', () => {
  it('keeps three significant digits and groups thousands', () => {
    expect([0.001234, 0.5, 1.234, 12.34, 123.4, 1234.5, 1_234_567].map(formatNumber)).toEqual([
      '0.00123',
      '0.500',
      '1.23',
      '12.3',
      '123',
      '1,235',
      '1,234,567',
    ]);
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });
});

describe('reportMarkdown', () => {
  const md = reportMarkdown(syntheticReport());
  const lines = md.split('\n');

  it('has a heading, the environment and one table row per workload, floors in italics', () => {
    expect(lines[0]).toBe('# Plural benchmarks (full)');
    expect(md).toContain('Node v20.0.0 (V8 11.3) · Test CPU × 2 · 8 GiB · linux/x64 · load average 0.5 / 0.25 / 0.125 · commit 0123456789ab · run took 12.3 s');
    expect(md).toContain('Floors are in italics. Times are CPU time of the bench process');
    const wall = reportMarkdown(buildReport([row('f', 1)], ENVIRONMENT, 'full', [], 1, [], 'wall'));
    expect(wall).toContain('Times are wall-clock time');
    expect(wall).not.toContain('CPU time');
    expect(lines.filter((l) => l.startsWith('| _floor.a_ |'))).toHaveLength(1);
    const slow = lines.find((l) => l.startsWith('| `slow.a` |'))!;
    expect(slow.split(' | ')).toEqual(['| `slow.a`', 'voters=1,000, culture=ic', '50.0', '55.0', '100', '10', '18.2', '5.00× |']);
    expect(lines.find((l) => l.startsWith('| _floor.b_ |'))).toMatch(/\| 1 \|$/);
  });

  it('escapes pipes inside cells', () => {
    expect(md).toContain('| `parse <a\\|b> & c` |');
  });

  it('says plainly which targets are met, at the top and above the targets table', () => {
    const verdict = '**1 of 2 targets are met; not met: `slow.a` at 5.00× (limit 3×) of _floor.a_.**';
    expect(lines[2]).toBe(verdict);
    expect(md).toContain(`## Targets\n\n${verdict}\n\n| Target | Divided by | Ratio | Limit | Met |`);
    expect(md).toContain('| `fast.a` | _floor.a_ | 2.00× | 3× | yes |');
    expect(md).toContain('| `slow.a` | _floor.a_ | 5.00× | 3× | **no** |');
  });

  it('writes the notes on the floors and what each row times', () => {
    expect(md).toContain('## Notes\n\nFloors read the ballots once.\n\nA second note.\n\nWhat each row times:');
    expect(md).toContain('- `fast.a`: times fast.a.');
    expect(md.endsWith('\n')).toBe(true);
  });
});

describe('targetVerdict', () => {
  it('says when all targets are met, and reminds that targets are set for the full run', () => {
    const met = syntheticReport([{ workload: 'fast.a', maxRatio: 3 }]);
    expect(targetVerdict(met)).toBe('**All 1 targets are met.**');
    const quick = buildReport([row('f', 1), row('w', 2, 'f')], ENVIRONMENT, 'quick', [{ workload: 'w', maxRatio: 3 }], 1);
    expect(targetVerdict(quick)).toMatch(/^\*\*All 1 targets are met\.\*\* \(The targets are set for the full run of 1M ballots; this is a quick run/);
  });

  it('leaves the verdict out of a report without targets', () => {
    const none = buildReport([row('f', 1)], ENVIRONMENT, 'full', [], 1);
    expect(reportMarkdown(none)).not.toMatch(/targets are|## Targets|## Notes|× margins/);
  });
});

describe('reportMarkdown with voting rules', () => {
  const md = reportMarkdown(votingReport());
  const lines = md.split('\n');

  it('adds a "× margins" column, filled for the rules', () => {
    expect(md).toContain('| Workload | Parameters | Median ms | Mean ms | p99 ms | Samples | ops/s | × floor | × margins |');
    expect(md).toContain('× margins = median time / median time of the margins');
    expect(lines.find((l) => l.startsWith('| `v.beat-path` |'))!.endsWith('| 6.00× | 3.00× |')).toBe(true);
    expect(lines.find((l) => l.startsWith('| `v.margins` |'))!.endsWith('| 2.00× |  |')).toBe(true);
  });

  it('names the margins a rule target divides by, as a workload', () => {
    expect(md).toContain('| `v.beat-path` | `v.margins` | 3.00× | 5× | yes |');
    expect(md).toContain('| `v.margins` | _v.floor_ | 2.00× | 3× | yes |');
    expect(lines[2]).toBe('**2 of 3 targets are met; not met: `v.instant-runoff` at 7.50× (limit 5×) of `v.margins`.**');
  });
});
