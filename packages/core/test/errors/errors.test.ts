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

describe('error names survive minification', () => {
  it('every error class names itself, even when its constructor is renamed as minifiers do', async () => {
    const errors = await import('../../src/errors/errors.js');
    const classes = Object.entries(errors).filter(([name, value]) => typeof value === 'function' && /^[A-Z]\w*Error$/.test(name));
    expect(classes.length).toBeGreaterThan(8);
    for (const [exported, value] of classes) {
      const ErrorClass = value as new (...args: unknown[]) => Error;
      const original = Object.getOwnPropertyDescriptor(ErrorClass, 'name')!;
      Object.defineProperty(ErrorClass, 'name', { value: 't', configurable: true });
      try {
        const error = exported === 'PluralError' ? new ErrorClass('internal', 'x') : new ErrorClass('x');
        expect(error.name, exported).toBe(exported);
      } finally {
        Object.defineProperty(ErrorClass, 'name', original);
      }
    }
  });
});
