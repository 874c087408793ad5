import { createRng, Rational } from '@plural/core';
import { facilityMechanisms, giniOptimal, median, type LineProfile } from '@plural/facility-location';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { reportProblems } from '../../src/report/check-report.js';
import { reportMarkdown } from '../../src/report/markdown.js';
import { ratioChartSvg } from '../../src/report/svg.js';
import { facilityNames, facilityPositions, facilitySuite, scanPositions, skipByComplexity, SMALL_FACILITY_AGENTS } from '../../src/workloads/facility.js';
import { measureTask } from '../../src/workloads/task.js';
import { ENVIRONMENT } from '../fixtures.js';
import { TINY_SIZES } from '../fixtures.js';

describe('facility-location workloads', () => {
  it('draws positions uniform on {0, 0.001, …, 1}, the same for a seed, and the floor adds them once', () => {
    const xs = facilityPositions(500, createRng(3));
    expect(xs).toEqual(facilityPositions(500, createRng(3)));
    for (const x of xs) expect(Number.isInteger(x * 1000 + 1e-9 - ((x * 1000 + 1e-9) % 1)) && x >= 0 && x <= 1 && String(x).length <= 5).toBe(true);
    expect(scanPositions([0.25, 0.5, 1])).toBe(1.75);
  });

  it('leaves out mechanisms of cubic complexity above the small size, by their metadata', () => {
    expect(skipByComplexity(giniOptimal.info, SMALL_FACILITY_AGENTS + 1)).toMatch(/O\(n³ log n\)/);
    expect(skipByComplexity(giniOptimal.info, SMALL_FACILITY_AGENTS)).toBeUndefined();
    expect(skipByComplexity(median.info, 10 ** 6)).toBeUndefined();
    expect(skipByComplexity({ ...median.info, complexity: 'O(n^4)' }, 10 ** 6)).toMatch(/n\^4/);
  });

  it('times lineProfile and every registered mechanism on the prepared profile, each divided by the floor and by lineProfile', () => {
    const xs = facilityPositions(300, createRng(5));
    const skipped: string[] = [];
    const tasks = facilitySuite(xs, skipped);
    const names = facilityNames(300);
    expect(skipped).toEqual([`${names.mechanism('gini-optimal')} not timed: complexity O(n³ log n): timed at ${SMALL_FACILITY_AGENTS} agents only.`]);
    expect(tasks.map((t) => t.name)).toEqual([
      names.floor,
      names.profile,
      ...facilityMechanisms.filter((m) => m.info.id !== 'gini-optimal').map((m) => names.mechanism(m.info.id)),
    ]);
    const profile = tasks[1]!.run() as LineProfile;
    expect(profile.sorted.map(String)).toEqual(xs.map((x) => Rational.parse(String(x))).sort((a, b) => a.compare(b)).map(String));
    for (const task of tasks.slice(2)) {
      expect([task.floor, task.baseline]).toEqual([names.floor, names.profile]);
      expect(task.run()).toBeDefined();
    }
    // The rows go through the report: × baseline in the JSON, the table and the chart.
    const rows = tasks.slice(0, 4).map((t) => measureTask(t, TINY_SIZES));
    const report = buildReport(rows, ENVIRONMENT, 'custom', [], 1, ['A note.']);
    const mechanism = report.workloads[tasks[2]!.name]!;
    expect(mechanism.baseline).toBe(names.profile);
    expect(mechanism.baselineRatio).toBeCloseTo(mechanism.medianMs / report.workloads[names.profile]!.medianMs, 12);
    expect(reportProblems(JSON.parse(JSON.stringify(report)))).toEqual([]);
    expect(reportProblems(JSON.parse(JSON.stringify({ ...report, workloads: { ...report.workloads, [tasks[2]!.name]: { ...mechanism, baseline: 'nothing' } } })))).toEqual([
      `${tasks[2]!.name}: baseline "nothing" is not a workload`,
    ]);
    expect(reportMarkdown(report)).toContain('× baseline |');
    expect(ratioChartSvg(report)).toContain('× lineProfile)');
  });

  it('times the strategyproofness checker of median and Uniform Phantom on a small profile (both hold)', () => {
    const tasks = facilitySuite(facilityPositions(8, createRng(2)), [], { checks: true, only: () => false });
    expect(tasks.map((t) => t.name)).toEqual(['facility.8.floor(read positions)', 'facility.8.lineProfile', 'facility.8.checkStrategyproofness(median)', 'facility.8.checkStrategyproofness(uniform-phantom)']);
    for (const task of tasks.slice(2)) expect(task.run()).toMatchObject({ property: 'strategyproof', holds: true });
  });

  it('the small suite times only what it is asked to', () => {
    const tasks = facilitySuite(facilityPositions(20, createRng(1)), [], { only: (info) => info.id === 'gini-optimal' });
    expect(tasks.map((t) => t.name)).toEqual(['facility.20.floor(read positions)', 'facility.20.lineProfile', 'facility.20.gini-optimal']);
  });
});
