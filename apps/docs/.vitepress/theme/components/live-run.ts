/**
 * The state behind a live example's Run button, shared by the demos: the last result or error report,
 * and whether a run is under way.
 */
import { ref, shallowRef } from 'vue';
import { errorReport, type ErrorReport } from '../lib/display';

/**
 * `run(compute)` clears the result and the error, marks the example busy, then keeps what `compute`
 * returns — or the report of what it throws (or rejects with) — and clears `busy`. A synchronous
 * `compute` settles before `run` returns.
 */
export function useLiveRun<R>() {
  const result = shallowRef<R | undefined>();
  const error = shallowRef<ErrorReport | undefined>();
  const busy = ref(false);
  const settle = (value: R): void => {
    result.value = value;
  };
  const fail = (e: unknown): void => {
    error.value = errorReport(e);
  };
  function run(compute: () => R | Promise<R>): Promise<void> {
    result.value = undefined;
    error.value = undefined;
    busy.value = true;
    try {
      const value = compute();
      if (value instanceof Promise) {
        return value.then(settle, fail).finally(() => {
          busy.value = false;
        });
      }
      settle(value);
    } catch (e) {
      fail(e);
    }
    busy.value = false;
    return Promise.resolve();
  }
  return { result, error, busy, run };
}
