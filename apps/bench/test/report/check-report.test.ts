import { describe, expect, it } from 'vitest';
import { reportProblems } from '../../src/report/check-report.js';
import { syntheticReport, votingReport } from '../fixtures.js';

/** The synthetic report as parsed JSON, changed by `edit`. */
function edited(edit: (r: Record<string, any>) => void): unknown {
  const r = JSON.parse(JSON.stringify(syntheticReport())) as Record<string, any>;
  edit(r);
  return r;
}

describe('reportProblems', () => {
  it('finds nothing wrong with a well-formed report', () => {
    expect(reportProblems(JSON.parse(JSON.stringify(syntheticReport())))).toEqual([]);
  });

  it('names each kind of problem', () => {
    const cases: [(r: Record<string, any>) => void, RegExp][] = [
      [(r) => (r.schema = 'plural-bench/0'), /schema is "plural-bench\/0"/],
      [(r) => (r.mode = 'fast'), /mode must be/],
      [(r) => (r.clock = 'sundial'), /clock must be "cpu" or "wall"/],
      [(r) => (r.environment.loadAverage = [1, 2]), /environment\.loadAverage must be three numbers/],
      [(r) => (r.environment.loadAverage = [1, -2, 3]), /environment\.loadAverage must be three numbers/],
      [(r) => (r.notes = 'one note'), /notes must be an array/],
      [(r) => (r.notes = ['']), /notes must be an array of sentences/],
      [(r) => delete r.environment, /environment is missing/],
      [(r) => (r.environment.cpu = ''), /environment\.cpu must be a non-empty string/],
      [(r) => (r.environment.date = 'yesterday'), /environment\.date is not a date/],
      [(r) => (r.environment.commit = 'abc'), /environment\.commit must be a 40-hex commit or null/],
      [(r) => (r.workloads['fast.a'].floor = 'nowhere'), /fast\.a: floor "nowhere" is not a workload/],
      [(r) => (r.workloads['fast.a'].role = 'other'), /fast\.a: role must be/],
      [(r) => (r.workloads['fast.a'].samples = 0), /fast\.a: samples must be a positive whole number/],
      [(r) => (r.workloads['fast.a'].medianMs = -1), /fast\.a: medianMs must be finite and positive/],
      [(r) => (r.workloads['fast.a'].ratio = null), /fast\.a: ratio must be finite and positive/],
      [(r) => delete r.workloads['fast.a'].parameters, /fast\.a: parameters missing/],
      [(r) => (r.workloads['floor.a'].ratio = 2), /floor\.a: a floor's ratio must be 1/],
      [(r) => (r.targets = {}), /targets must be an array/],
      [(r) => (r.targets[0].workload = 'gone'), /targets\[0\]: unknown workload "gone"/],
      [(r) => (r.targets[0].floor = 'gone'), /targets\[0\]: unknown floor "gone"/],
      [(r) => (r.targets[1].ratio = 0), /targets\[1\]: ratio must be finite and positive/],
      [(r) => (r.targets[1].met = true), /targets\[1\]: met must say whether ratio ≤ maxRatio/],
    ];
    for (const [edit, problem] of cases) {
      const problems = reportProblems(edited(edit));
      expect(problems.some((p) => problem.test(p)), `${problem} in ${JSON.stringify(problems)}`).toBe(true);
    }
    expect(reportProblems(edited((r) => (r.workloads = {})))).toContain('workloads must be a non-empty object');
    expect(reportProblems([])).toEqual(['the report is not a JSON object']);
  });
});

describe('reportProblems on voting rows', () => {
  const json = (): Record<string, any> => JSON.parse(JSON.stringify(votingReport())) as Record<string, any>;

  it('accepts rules divided by their margins, and names a broken margins link', () => {
    expect(reportProblems(json())).toEqual([]);
    const missing = json();
    missing.workloads['v.beat-path'].margins = 'v.floor';
    expect(reportProblems(missing)).toContain('v.beat-path: margins "v.floor" is not a workload');
    const ratio = json();
    ratio.workloads['v.beat-path'].marginsRatio = -1;
    expect(reportProblems(ratio)).toContain('v.beat-path: marginsRatio must be finite and positive');
    const paired = json();
    paired.workloads['v.beat-path'].pairedMarginsMs = 0;
    expect(reportProblems(paired)).toContain('v.beat-path: pairedMarginsMs must be finite and positive');
  });
});
