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

  it('times a function and its baseline in alternation, each as often, and says which is slower', () => {
    const order: string[] = [];
    const slow = () => {
      order.push('f');
      let x = 0;
      for (let i = 0; i < 3e5; i++) x += i % 3;
      return x;
    };
    const fast = () => {
      order.push('b');
      return 1;
    };
    const p = timing.measurePaired('pair', slow, fast, { iterations: 6, timeMs: 0, warmupIterations: 1 }, 'wall');
    expect([p.measurement.samples, p.baseline.samples]).toEqual([6, 6]);
    expect(order.join('')).toBe('fb' + 'fbbffbbffbbf');
    expect(p.measurement.medianMs).toBeGreaterThan(p.baseline.medianMs);
    expect(() => timing.measurePaired('x', slow, fast, { iterations: 0, timeMs: 0, warmupIterations: 0 })).toThrow(/sampling plan of x/);
  });

  it('computes the statistics of samples: quantiles by interpolation, the margin of error of the mean', () => {
    const s = timing.statistics([4, 1, 3, 2]);
    expect([s.minMs, s.maxMs, s.meanMs, s.medianMs, s.samples]).toEqual([1, 4, 2.5, 2.5, 4]);
    expect(s.p99Ms).toBeCloseTo(3.97, 10);
    expect(s.rmePercent).toBeCloseTo((196 * Math.sqrt(5 / 3 / 4)) / 2.5, 10);
    expect(s.opsPerSecond).toBe(400);
    expect(timing.statistics([7])).toMatchObject({ medianMs: 7, p99Ms: 7, rmePercent: 0 });
  });
});
