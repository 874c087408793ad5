import { ValidationError } from '@plural/core';
import { describe, expect, it } from 'vitest';
import * as timing from '../../src/measure/measure.js';

describe('measure', () => {
  it('runs warm-up and at least the planned samples, and keeps the result in the sink', () => {
    let calls = 0;
    const m = timing.measure('count', () => ++calls, { iterations: 5, timeMs: 0, warmupIterations: 2 });
    expect(m.samples).toBeGreaterThanOrEqual(5);
    expect(calls).toBeGreaterThanOrEqual(7);
    expect(timing.sink).toBe(calls);
    for (const key of ['meanMs', 'medianMs', 'p99Ms', 'minMs', 'maxMs', 'opsPerSecond'] as const) {
      expect(Number.isFinite(m[key]) && m[key] >= 0).toBe(true);
    }
    expect(m.minMs).toBeLessThanOrEqual(m.maxMs);
    expect(m.opsPerSecond).toBeCloseTo(1000 / m.meanMs);
  });

  it('reads CPU time by default and wall time on request; CPU time only grows', () => {
    const a = timing.cpuNow();
    let x = 0;
    for (let i = 0; i < 2e6; i++) x += i % 7;
    expect(x).toBeGreaterThan(0);
    expect(timing.cpuNow()).toBeGreaterThanOrEqual(a);
    for (const clock of ['cpu', 'wall'] as const) {
      const m = timing.measure(clock, () => 1, { iterations: 3, timeMs: 0, warmupIterations: 0 }, clock);
      expect(m.samples).toBeGreaterThanOrEqual(3);
    }
  });

  it('rejects impossible plans and reports errors of the timed function', () => {
    expect(() => timing.measure('x', () => 1, { iterations: 0, timeMs: 0, warmupIterations: 0 })).toThrow(ValidationError);
    expect(() => timing.measure('x', () => 1, { iterations: 1, timeMs: -1, warmupIterations: 0 })).toThrow(/sampling plan of x/);
    expect(() =>
      timing.measure('boom', () => {
        throw new Error('boom');
      }, { iterations: 1, timeMs: 0, warmupIterations: 0 }),
    ).toThrow();
  });
});
