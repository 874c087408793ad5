import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { AbortedError, BudgetExceededError, ParseError, PluralError, SolverError, UnsupportedFormatError, ValidationError } from '@plural/core';
import { FileNotFoundError } from '../../src/errors/file-not-found.js';
import { errorReport, renderErrorJson, renderErrorText } from '../../src/errors/report.js';

describe('errorReport', () => {
  it('exits 2 for bad input: validation, parse, format, budget and abort errors', () => {
    for (const error of [
      new ValidationError('bad.', { where: 'weights[0]' }),
      new ParseError('bad line.', { source: 'a.soc', line: 3 }),
      new UnsupportedFormatError('unknown extension.', { where: 'a.xyz' }),
      new BudgetExceededError('too many committees.'),
      new AbortedError(),
    ]) {
      const report = errorReport(error);
      expect(report.exitCode).toBe(2);
      expect(report.code).toBe(error.code);
      expect(report.message).toBe(error.message);
    }
    expect(errorReport(new ParseError('bad line.', { source: 'a.soc', line: 3 })).where).toBe('a.soc:3');
  });

  it('exits 1 for internal and solver failures', () => {
    expect(errorReport(new SolverError('no convergence.')).exitCode).toBe(1);
    expect(errorReport(new SolverError('bad certificate.', { code: 'certificate-failed' })).exitCode).toBe(1);
    expect(errorReport(new PluralError('internal', 'oops.')).exitCode).toBe(1);
  });

  it('reports a missing file as file-not-found with the path as where', () => {
    const report = errorReport(new FileNotFoundError('data/missing.soc'));
    expect(report).toMatchObject({ code: 'file-not-found', where: 'data/missing.soc', exitCode: 2 });
    expect(report.message).toContain('data/missing.soc');
  });

  it('turns argument-parser errors into invalid-input naming the word at fault, exit 2', () => {
    const report = errorReport(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--nope'"));
    expect(report).toMatchObject({ code: 'invalid-input', where: '--nope', exitCode: 2 });
    expect(report.message).toMatch(/^unknown option '--nope' Fix: /);
  });

  it('treats anything else as an internal error, exit 1, with the fallback where', () => {
    const report = errorReport(new TypeError('x is undefined'), 'formats inspect');
    expect(report).toMatchObject({ code: 'internal', where: 'formats inspect', exitCode: 1 });
    expect(report.message).toContain('x is undefined');
    expect(errorReport('a string').code).toBe('internal');
  });
});

describe('rendering', () => {
  const report = errorReport(new ParseError('expected "count: ranking".', { source: 'a.soc', line: 3, fix: 'Write 2: 1,2.' }));

  it('prints exactly {"error":{code,message,where}} with --json', () => {
    const text = renderErrorJson(report);
    expect(text.endsWith('\n')).toBe(true);
    const parsed = JSON.parse(text) as { error: Record<string, unknown> };
    expect(Object.keys(parsed)).toEqual(['error']);
    expect(Object.keys(parsed.error)).toEqual(['code', 'message', 'where']);
    expect(parsed.error).toEqual({ code: 'parse-error', message: report.message, where: 'a.soc:3' });
  });

  it('prints error: with the place and the fix otherwise', () => {
    expect(renderErrorText(report)).toBe('error: a.soc:3: expected "count: ranking". Fix: Write 2: 1,2.\n');
  });
});
