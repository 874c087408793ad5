import path from 'node:path';
import { ValidationError } from '@plural/core';
import { describe, expect, it } from 'vitest';
import { parseArguments, USAGE } from '../../src/cli/arguments.js';

describe('parseArguments', () => {
  it('defaults to the full run into the default directory', () => {
    expect(parseArguments([], 'results')).toEqual({ quick: false, clock: 'cpu', out: 'results' });
  });

  it('reads --quick, --voters, --clock and --out (resolved), in any order, skipping --', () => {
    expect(parseArguments(['--', '--out', 'tmp/x', '--quick', '--voters', '5000', '--clock', 'wall'], 'results')).toEqual({
      quick: true,
      voters: 5000,
      clock: 'wall',
      out: path.resolve('tmp/x'),
    });
    expect(parseArguments(['--clock', 'cpu'], 'r')).toMatchObject({ clock: 'cpu' });
  });

  it('answers help for --help and -h', () => {
    expect(parseArguments(['--help'], 'r')).toBe('help');
    expect(parseArguments(['--quick', '-h'], 'r')).toBe('help');
    expect(USAGE).toMatch(/--voters <n>.*--clock cpu\|wall/);
  });

  it('rejects unknown arguments, a missing --out directory and bad voter counts, naming the usage', () => {
    expect(() => parseArguments(['--fast'], 'r')).toThrow(ValidationError);
    expect(() => parseArguments(['--fast'], 'r')).toThrow(/unknown argument "--fast"/);
    expect(() => parseArguments(['--out'], 'r')).toThrow(/--out needs a directory/);
    expect(() => parseArguments(['--out', '--quick'], 'r')).toThrow(/--out needs a directory/);
    for (const bad of [[], ['gpu'], ['--quick']]) expect(() => parseArguments(['--clock', ...bad], 'r')).toThrow(/--clock must be cpu or wall/);
    for (const bad of [[], ['0'], ['-3'], ['1.5'], ['1e6'], ['many'], ['--quick']]) {
      expect(() => parseArguments(['--voters', ...bad], 'r')).toThrow(/--voters needs a whole number ≥ 1/);
    }
    try {
      parseArguments(['--nope'], 'r');
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).fix).toBe(USAGE);
    }
  });
});
