import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '@plural/core';
import { MAX_TIMEOUT_SECONDS, parseTimeout, timeoutSignal } from '../../src/io/timeout.js';

describe('parseTimeout', () => {
  it('turns seconds into milliseconds, rounding up', () => {
    expect(parseTimeout('30')).toBe(30_000);
    expect(parseTimeout('2.5')).toBe(2500);
    expect(parseTimeout('.0001')).toBe(1);
    expect(parseTimeout('2120215.544')).toBe(2_120_215_544);
    expect(parseTimeout('1.0000')).toBe(1000);
    expect(parseTimeout(String(MAX_TIMEOUT_SECONDS))).toBe(MAX_TIMEOUT_SECONDS * 1000);
  });

  it.each(['0', '-1', 'abc', '', '.', '1e3', 'Infinity', 'NaN', '10s', '0.0', '1.2.3'])('rejects %j naming --timeout and the fix', (text) => {
    let caught: unknown;
    try {
      parseTimeout(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).where).toBe('--timeout');
    expect((caught as ValidationError).fix).toMatch(/seconds/);
  });

  it('rejects a timeout longer than a Node timer can hold', () => {
    expect(() => parseTimeout(String(MAX_TIMEOUT_SECONDS + 1))).toThrow(/longest/);
  });

  it('accepts every positive number of milliseconds in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_TIMEOUT_SECONDS * 1000 }), (ms) => {
        expect(parseTimeout((ms / 1000).toFixed(3))).toBe(ms);
      }),
    );
  });
});

describe('timeoutSignal', () => {
  it('is undefined without the option', () => {
    expect(timeoutSignal(undefined)).toBeUndefined();
  });

  it('aborts with a TimeoutError after the given time', async () => {
    const signal = timeoutSignal('0.02');
    expect(signal).toBeDefined();
    expect(signal!.aborted).toBe(false);
    await new Promise<void>((resolve) => signal!.addEventListener('abort', () => resolve()));
    expect(signal!.aborted).toBe(true);
    expect((signal!.reason as Error).name).toBe('TimeoutError');
  });

  it('throws for a malformed value instead of returning a signal', () => {
    expect(() => timeoutSignal('soon')).toThrow(ValidationError);
  });
});
