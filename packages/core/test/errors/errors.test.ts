import { describe, expect, it } from 'vitest';
import { AbortedError, isPluralError, ParseError, PluralError, throwIfAborted, ValidationError } from '../../src/index.js';

describe('error hierarchy', () => {
  it('carries code, where and fix, and prints them', () => {
    const e = new ValidationError('bad weight.', { where: 'weights[2]', fix: 'Use a positive number.' });
    expect(e).toBeInstanceOf(PluralError);
    expect(e.name).toBe('ValidationError');
    expect(e.message).toBe('weights[2]: bad weight. Fix: Use a positive number.');
    expect(e.toJSON()).toEqual({ code: 'invalid-input', message: e.message, where: 'weights[2]', fix: 'Use a positive number.' });
    expect(isPluralError(e)).toBe(true);
    expect(isPluralError(new Error('x'))).toBe(false);
  });

  it('ParseError builds source:line', () => {
    const e = new ParseError('unexpected token.', { source: 'a.soc', line: 12 });
    expect(e.where).toBe('a.soc:12');
    expect(e.line).toBe(12);
    expect(e.code).toBe('parse-error');
  });

  it('throwIfAborted throws AbortedError only when aborted', () => {
    const controller = new AbortController();
    expect(() => throwIfAborted(controller.signal)).not.toThrow();
    controller.abort('stop');
    expect(() => throwIfAborted(controller.signal, 'kemeny')).toThrow(AbortedError);
    expect(() => throwIfAborted(undefined)).not.toThrow();
  });
});
