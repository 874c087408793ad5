import { ValidationError } from '@plural/core';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { ENVIRONMENT, row, syntheticReport, votingReport } from '../fixtures.js';

describe('buildReport', () => {
  it('divides every median by its floor median; floors are 1', () => {
    const report = syntheticReport();
    expect(report.schema).toBe('plural-bench/1');
    expect(report.ratioBasis).toBe('median');
    expect(report.clock).toBe('cpu');
    expect(buildReport([row('f', 1)], ENVIRONMENT, 'quick', [], 1, [], 'wall').clock).toBe('wall');
    expect(Object.keys(report.workloads)).toEqual(['floor.a', 'fast.a', 'slow.a', 'floor.b', 'parse <a|b> & c']);
    expect(report.workloads['floor.a']!.ratio).toBe(1);
    expect(report.workloads['fast.a']!.ratio).toBe(2);
    expect(report.workloads['slow.a']!.ratio).toBe(5);
    expect(report.workloads['parse <a|b> & c']!.ratio).toBe(2);
    expect(report.workloads['slow.a']!.medianMs).toBe(50);
    expect(report.durationSeconds).toBe(12.3);
    expect(report.notes).toEqual(['Floors read the ballots once.', 'A second note.']);
    expect(Object.isFrozen(report) && Object.isFrozen(report.workloads) && Object.isFrozen(report.targets)).toBe(true);
  });

  it('evaluates targets against the row floor or a named floor', () => {
    const report = syntheticReport([
      { workload: 'fast.a', maxRatio: 3 },
      { workload: 'slow.a', maxRatio: 3 },
      { workload: 'slow.a', floor: 'floor.b', maxRatio: 20 },
      { workload: 'fast.a', maxRatio: 2 },
    ]);
    expect(report.targets).toEqual([
      { workload: 'fast.a', floor: 'floor.a', maxRatio: 3, ratio: 2, met: true },
      { workload: 'slow.a', floor: 'floor.a', maxRatio: 3, ratio: 5, met: false },
      { workload: 'slow.a', floor: 'floor.b', maxRatio: 20, ratio: 12.5, met: true },
      { workload: 'fast.a', floor: 'floor.a', maxRatio: 2, ratio: 2, met: true },
    ]);
  });

  it('rejects repeated names, unmeasured floors and targets naming nothing measured', () => {
    expect(() => buildReport([row('f', 1), row('f', 2)], ENVIRONMENT, 'full', [], 1)).toThrow(/appears twice/);
    expect(() => buildReport([row('w', 1, 'missing')], ENVIRONMENT, 'full', [], 1)).toThrow(/names floor "missing"/);
    // A workload cannot serve as a floor.
    expect(() => buildReport([row('f', 1), row('w', 2, 'f'), row('v', 3, 'w')], ENVIRONMENT, 'full', [], 1)).toThrow(ValidationError);
    expect(() => buildReport([row('f', 1)], ENVIRONMENT, 'full', [{ workload: 'nope', maxRatio: 3 }], 1)).toThrow(/target names workload "nope"/);
    expect(() => buildReport([row('f', 1), row('w', 2, 'f')], ENVIRONMENT, 'full', [{ workload: 'w', floor: 'w', maxRatio: 3 }], 1)).toThrow(
      /target names/,
    );
  });

  it('divides a voting rule by the margins of its profile too, and evaluates targets against them', () => {
    const report = votingReport();
    expect(report.workloads['v.beat-path']).toMatchObject({ ratio: 6, margins: 'v.margins', marginsRatio: 3 });
    expect(report.workloads['v.margins']!.marginsRatio).toBeUndefined();
    expect(report.targets).toEqual([
      { workload: 'v.margins', floor: 'v.floor', maxRatio: 3, ratio: 2, met: true },
      { workload: 'v.beat-path', floor: 'v.margins', maxRatio: 5, ratio: 3, met: true },
      { workload: 'v.instant-runoff', floor: 'v.margins', maxRatio: 5, ratio: 7.5, met: false },
    ]);
    // A margins row must be a measured workload; a baseline must not be a floor.
    expect(() => buildReport([row('f', 1), row('w', 2, 'f', 'x', 'nope')], ENVIRONMENT, 'full', [], 1)).toThrow(/names margins row "nope"/);
    expect(() => buildReport([row('f', 1), row('w', 2, 'f', 'x', 'f')], ENVIRONMENT, 'full', [], 1)).toThrow(/margins row "f"/);
    expect(() => buildReport([row('f', 1), row('w', 2, 'f')], ENVIRONMENT, 'full', [{ workload: 'w', baseline: 'f', maxRatio: 3 }], 1)).toThrow(/baseline "f"/);
  });

  it('divides a rule by the margins timed in alternation with it, when they were', () => {
    const paired = { ...row('r', 12, 'f', 'margin rules', 'm'), pairedMarginsMs: 10 };
    const report = buildReport([row('f', 2), row('m', 4, 'f', 'margin rules'), paired], ENVIRONMENT, 'full', [{ workload: 'r', baseline: 'm', maxRatio: 5 }], 1);
    expect(report.workloads['r']).toMatchObject({ margins: 'm', pairedMarginsMs: 10, marginsRatio: 1.2, ratio: 6 });
    expect(report.targets).toEqual([{ workload: 'r', floor: 'm', maxRatio: 5, ratio: 1.2, met: true }]);
  });
});
