import { ValidationError } from '@plural/core';

/** The longest timeout a Node timer can hold: 2³¹ − 1 milliseconds (about 24.8 days). */
export const MAX_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/**
 * Parses the value of `--timeout <seconds>`: a positive, finite decimal number of seconds (fractions
 * allowed) of at most {@link MAX_TIMEOUT_SECONDS}. Returns milliseconds, rounded up.
 *
 * Complexity: O(length of the text).
 *
 * @example
 * parseTimeout('2.5'); // 2500
 */
export function parseTimeout(text: string, where = '--timeout'): number {
  const trimmed = text.trim();
  const match = /^(\d*)(?:\.(\d*))?$/.exec(trimmed);
  // Exact decimal arithmetic on the digits: 2120215.544 s is 2120215544 ms, not one more.
  const whole = match?.[1] ?? '';
  const fraction = match?.[2] ?? '';
  const valid = match !== null && (whole !== '' || fraction !== '');
  const milliseconds = valid
    ? Number(whole === '' ? '0' : whole) * 1000 +
      Number(fraction.slice(0, 3).padEnd(3, '0')) +
      (/[1-9]/.test(fraction.slice(3)) ? 1 : 0)
    : Number.NaN;
  if (!Number.isFinite(milliseconds) || milliseconds <= 0) {
    throw new ValidationError(`${JSON.stringify(text)} is not a positive number of seconds.`, {
      where,
      fix: 'Give the time limit in seconds, e.g. --timeout 30 or --timeout 0.5.',
    });
  }
  if (milliseconds > MAX_TIMEOUT_SECONDS * 1000) {
    throw new ValidationError(`a timeout of ${trimmed} seconds is longer than the longest one supported.`, {
      where,
      fix: `Use at most ${MAX_TIMEOUT_SECONDS} seconds, or leave --timeout out for no limit.`,
    });
  }
  return milliseconds;
}

/**
 * The AbortSignal a command receives for `--timeout <seconds>`: one that aborts after that time
 * (`AbortSignal.timeout`, which does not keep the process alive), or `undefined` without the option.
 * Commands hand it to core's long computations, which then throw `AbortedError`.
 *
 * @example
 * const signal = timeoutSignal('30'); // aborts 30 s from now
 */
export function timeoutSignal(seconds: string | undefined, where = '--timeout'): AbortSignal | undefined {
  return seconds === undefined ? undefined : AbortSignal.timeout(parseTimeout(seconds, where));
}
