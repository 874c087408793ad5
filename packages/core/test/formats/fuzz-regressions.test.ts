import { describe, expect, it } from 'vitest';
import {
  catFormat,
  condorcetElectionFormat,
  davidHillFormat,
  MAX_HIL_REPEAT,
  readDavidHill,
  readPrefLibCategorical,
  readPrefLibOrdinal,
  socFormat,
  soiFormat,
  tocFormat,
  toiFormat,
  writeDavidHill,
} from '../../src/formats/index.js';
import { anonymousProfile } from '../../src/index.js';
import { expectParseErrorAt } from './conformance-helpers.js';

/**
 * Parser bugs the fuzz test (fuzz.test.ts) found, each with its minimal input. Each test fails on the
 * code before the fix.
 */

describe('fuzz regressions: PrefLib', () => {
  it('alternative 0 is refused with its line and column, also when lenient (it was read as a candidate 0 that the writer renumbered)', () => {
    for (const spec of [socFormat, soiFormat, tocFormat, toiFormat, catFormat]) {
      const header = spec === catFormat ? '# NUMBER ALTERNATIVES: 1\n# NUMBER CATEGORIES: 1\n' : '# NUMBER ALTERNATIVES: 1\n';
      const line = spec === catFormat ? 3 : 2;
      for (const lenient of [false, true]) {
        const e = expectParseErrorAt(() => spec.read(`${header}1: 0\n`, { source: 'x', lenient }), `x:${line}`, /alternative 0 at column 4 of "1: 0": PrefLib numbers alternatives from 1/);
        expect(e.fix).toMatch(/Renumber the alternatives 1…m/);
      }
    }
  });

  it('a lenient read refuses more than 10⁶ alternatives instead of silently reading 10⁶ of them', () => {
    expectParseErrorAt(() => readPrefLibOrdinal('# NUMBER ALTERNATIVES: 4294967296\n', 'soi', { source: 'x', lenient: true }), 'x:1', /more than 1000000 alternatives/);
    expect(readPrefLibOrdinal('# NUMBER ALTERNATIVES: 3\n', 'soi', { lenient: true }).candidates).toEqual([1, 2, 3]);
  });

  it('lenient ids that are not 1…m get names (their ids), as the written file must name them (reading it back added names)', () => {
    const p = readPrefLibOrdinal('# NUMBER ALTERNATIVES: 1\n1: 3\n', 'soi', { lenient: true });
    expect(p.candidates).toEqual([1, 3]);
    expect(p.metadata?.candidateNames).toEqual(['1', '3']);
    expect(soiFormat.read(soiFormat.write!(p))).toEqual(p);
    const c = readPrefLibCategorical('# NUMBER ALTERNATIVES: 1\n# NUMBER CATEGORIES: 3\n2: 4, {}, {}\n', { lenient: true });
    expect(c.candidates).toEqual([1, 4]);
    expect(c.metadata?.candidateNames).toEqual(['1', '4']);
    expect(catFormat.read(catFormat.write!(c))).toEqual(c);
    // ids 1…m stay without names, as before
    expect(readPrefLibOrdinal('# NUMBER ALTERNATIVES: 1\n1: 2\n', 'soi', { lenient: true }).metadata?.candidateNames).toBeUndefined();
  });
});

describe('fuzz regressions: Condorcet Election Format', () => {
  it('a U+2028 inside a name is text: the parameter line the writer makes of it reads back (it was "a malformed parameter line")', () => {
    const p = condorcetElectionFormat.read('A\u2028B\n');
    expect(p.candidates).toEqual(['A\u2028B']);
    const written = condorcetElectionFormat.write!(p);
    expect(written.startsWith('#/Candidates: A\u2028B\n')).toBe(true);
    expect(condorcetElectionFormat.read(written)).toEqual(p);
  });
});

describe('fuzz regressions: Condorcet Election Format parameters', () => {
  it('a parameter name starting with "/" is refused (it was read, and then the writer refused to write it back)', () => {
    const e = expectParseErrorAt(() => condorcetElectionFormat.read('#//:A', { source: 'x' }), 'x:1', /the parameter name "\/" starts with "\/"/);
    expect(e.fix).toMatch(/one slash/);
    expectParseErrorAt(() => condorcetElectionFormat.read('#///github.com/x: y\nA > B\n', { source: 'x' }), 'x:1', /starts with "\/"/);
    expect(condorcetElectionFormat.read('#/Source: //github.com/x\nA > B\n').metadata?.fields).toEqual([['Source', '//github.com/x']]);
  });
});

describe('fuzz regressions: David Hill', () => {
  it('a huge number of candidates on the first line is a ParseError, not a RangeError from allocating per ballot line', () => {
    expectParseErrorAt(() => readDavidHill('9999999999 1\n1 1 0\n', { source: 'x' }), 'x:2', /ends without the line "0"/);
    const started = performance.now();
    expectParseErrorAt(() => readDavidHill(`100000000 1\n${'1 1 0\n'.repeat(50)}0\n"a"\n`, { source: 'x' }), 'x:53', /1 quoted names for 100000000 candidates/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it(`a whole count above ${MAX_HIL_REPEAT} is written as one weighted line (20,000,000 took 120 MB; 10⁸ crashed the process)`, () => {
    const p = readDavidHill('1 1\n20000000 1 0\n0\n"a" "t"\n');
    const written = davidHillFormat.write!(p);
    expect(written).toBe('1 1\n20000000 1 0\n0\n"a" "t"\n');
    expect(readDavidHill(written)).toEqual(p);
    const at = (count: number) => writeDavidHill(anonymousProfile({ candidates: ['a'], ballots: [[0]], counts: [count] })).split('\n').length;
    expect(at(MAX_HIL_REPEAT)).toBe(MAX_HIL_REPEAT + 4); // header, the lines, "0", names, final empty string
    expect(at(MAX_HIL_REPEAT + 1)).toBe(5);
  });
});
