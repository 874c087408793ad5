import { describe, expect, it } from 'vitest';
import { measureTask, type BenchTask } from '../../src/workloads/task.js';
import { TINY_SIZES } from '../fixtures.js';

describe('measureTask', () => {
  it('carries the task description over and samples with the plan the task names', () => {
    let calls = 0;
    const task: BenchTask = {
      name: 'x.work',
      suite: 'x',
      description: 'counts calls',
      parameters: { n: 1 },
      role: 'workload',
      floor: 'x.floor',
      plan: 'light',
      run: () => ++calls,
    };
    const row = measureTask(task, TINY_SIZES);
    expect({ ...row, measurement: undefined }).toEqual({ ...task, run: undefined, plan: undefined, measurement: undefined });
    expect(row.measurement.samples).toBeGreaterThanOrEqual(TINY_SIZES.light.iterations);
    const heavy = measureTask({ ...task, plan: 'heavy' }, { ...TINY_SIZES, heavy: { iterations: 4, timeMs: 0, warmupIterations: 0 } });
    expect(heavy.measurement.samples).toBeGreaterThanOrEqual(4);
    expect(calls).toBeGreaterThanOrEqual(TINY_SIZES.light.iterations + 4);
  });
});
