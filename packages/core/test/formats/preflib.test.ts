import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anonymousProfile,
  approvalProfile,
  categoricalProfile,
  majorityMatrix,
  UnsupportedFormatError,
  ValidationError,
  type AnonymousProfile,
} from '../../src/index.js';
import {
  catFormat,
  detectFormat,
  readPrefLibCategorical,
  readPrefLibOrdinal,
  socFormat,
  soiFormat,
  summarizeData,
  tocFormat,
  toiFormat,
  writePrefLibCategorical,
  writePrefLibOrdinal,
  type PrefLibOrdinalType,
} from '../../src/formats/index.js';
import { weakRanking } from '../profiles/arbitraries.js';
import {
  corpora,
  corpusFiles,
  describeCorpus,
  expectParseErrorAt,
  expectPluralError,
  expectRoundTrip,
  ownFixture,
  ownFixtures,
  readFile,
} from './conformance-helpers.js';

const HEADER = '# NUMBER ALTERNATIVES: 3\n# NUMBER VOTERS: 3\n# NUMBER UNIQUE ORDERS: 2\n';

describe('PrefLib ordinal files (hand-written fixtures)', () => {
  it('reads council.soc: ids as labels, names, fields in order without the derived ones', () => {
    const p = readPrefLibOrdinal(ownFixture('preflib/council.soc'), 'soc', { source: 'council.soc' });
    expect(p.kind).toBe('anonymous');
    expect(p.candidates).toEqual([1, 2, 3, 4]);
    expect(p.ballots).toEqual([[0, 1, 2, 3], [1, 2, 0, 3], [3, 2, 1, 0]]);
    expect(p.counts).toEqual([5, 3, 2]);
    expect(p.metadata?.candidateNames).toEqual(['Ada', 'Brook', 'Cyd', 'Dee']);
    expect(p.metadata?.fields).toEqual([
      ['FILE NAME', 'council.soc'],
      ['TITLE', 'Hand-written council vote'],
      ['DESCRIPTION', 'Four candidates, strict complete orders'],
      ['MODIFICATION TYPE', 'synthetic'],
      ['RELATES TO', ''],
      ['RELATED FILES', ''],
      ['PUBLICATION DATE', '2024-01-01'],
      ['MODIFICATION DATE', '2024-01-01'],
    ]);
    expect(Object.isFrozen(p) && Object.isFrozen(p.ballots) && Object.isFrozen(p.metadata)).toBe(true);
    expect(summarizeData(p)).toEqual({ voters: 10, candidates: 4, unique: 3, complete: true, strict: true });
  });

  it('reads ties, spaces in groups and tie groups in any order (tasting.toi)', () => {
    const p = readPrefLibOrdinal(ownFixture('preflib/tasting.toi'), 'toi');
    expect(p.ballots).toEqual([[[0, 1], 2], [4, [2, 3], 0], [1], [[0, 1, 2, 3, 4]]]);
    expect(p.metadata?.candidateNames?.[2]).toBe('Rosé');
    expect(summarizeData(p)).toEqual({ voters: 7, candidates: 5, unique: 4, complete: false, strict: false });
  });

  it('every own fixture round-trips through its own format, byte-stable after one write', () => {
    for (const [name, text] of ownFixtures('preflib')) {
      const spec = detectFormat(name);
      expectRoundTrip(spec, text, name);
    }
  });

  it('writes the header in the PrefLib order with DATA TYPE and computed counts', () => {
    const text = ownFixture('preflib/council.soc');
    expect(socFormat.write!(socFormat.read(text))).toBe(text);
    const club = ownFixture('preflib/club.toc');
    expect(tocFormat.write!(tocFormat.read(club))).toBe(club);
  });

  it('the .toc of a .soi is the .soi with the unranked alternatives tied at the bottom', () => {
    const soi = readPrefLibOrdinal(ownFixture('preflib/club.soi'), 'soi');
    const toc = readPrefLibOrdinal(ownFixture('preflib/club.toc'), 'toc');
    expect(majorityMatrix(soi, { unranked: 'bottom' })).toEqual(majorityMatrix(toc));
    expect(majorityMatrix(soi, { unranked: 'ignore' })).not.toEqual(majorityMatrix(toc));
  });

  it('reads a file without names: no candidateNames, and writes none back', () => {
    const p = readPrefLibOrdinal(`${HEADER}2: 1,2,3\n1: 3,2,1\n`, 'soc');
    expect(p.metadata?.candidateNames).toBeUndefined();
    expect(p.metadata?.fields).toEqual([]);
    const again = readPrefLibOrdinal(writePrefLibOrdinal(p, 'soc'), 'soc');
    expect(again).toEqual(p);
  });

  it('tolerates CRLF, a byte-order mark, blank lines, a trailing comma and spaces', () => {
    const plain = readPrefLibOrdinal(`${HEADER}2: 1,2,3\n1: 3,{1,2}\n`, 'toc');
    const messy = readPrefLibOrdinal(`\uFEFF${HEADER.replace(/\n/g, '\r\n')}\r\n2 :  1 , 2 ,3,\r\n\r\n1: 3, { 2 , 1 }\r\n`, 'toc');
    expect(messy).toEqual(plain);
  });

  it('takes the named ids as the alternatives when a file numbers them other than 1…m', () => {
    const text = '# NUMBER ALTERNATIVES: 3\n# NUMBER VOTERS: 1\n# NUMBER UNIQUE ORDERS: 1\n# ALTERNATIVE NAME 1: a\n# ALTERNATIVE NAME 2: b\n# ALTERNATIVE NAME 7: g\n1: 7,1,2\n';
    const p = readPrefLibOrdinal(text, 'soc');
    expect(p.candidates).toEqual([1, 2, 7]);
    expect(p.ballots).toEqual([[2, 0, 1]]);
    expect(readPrefLibOrdinal(writePrefLibOrdinal(p, 'soc'), 'soc')).toEqual(p);
  });
});

describe('PrefLib ordinal files: every malformation is a ParseError at its line with a fix', () => {
  const read = (text: string, type: PrefLibOrdinalType = 'toi') => () => readPrefLibOrdinal(text, type, { source: 'x' });
  it('header counts must match the data', () => {
    expectParseErrorAt(read('# NUMBER ALTERNATIVES: 3\n# NUMBER VOTERS: 4\n# NUMBER UNIQUE ORDERS: 2\n2: 1,2,3\n1: 3,2,1\n'), 'x:2', /NUMBER VOTERS is 4.*add up to 3/);
    expectParseErrorAt(read('# NUMBER ALTERNATIVES: 3\n# NUMBER VOTERS: 3\n# NUMBER UNIQUE ORDERS: 3\n2: 1,2,3\n1: 3,2,1\n'), 'x:3', /3 unique ballots.*2 preference lines/);
    expectParseErrorAt(read('# NUMBER VOTERS: 1\n1: 1\n'), 'x', /no NUMBER ALTERNATIVES/);
    expectParseErrorAt(read('# NUMBER ALTERNATIVES: many\n1: 1\n'), 'x:1', /whole number/);
    expectParseErrorAt(read('# NUMBER ALTERNATIVES: 3\n# NUMBER ALTERNATIVES: 3\n1: 1\n'), 'x:2', /twice/);
  });
  it('ids must be declared alternatives, once per line', () => {
    expectParseErrorAt(read(`${HEADER}2: 1,2,3\n1: 4,2,1\n`), 'x:5', /alternative 4 is not one of the declared alternatives \(1…3\)/);
    expectParseErrorAt(read(`${HEADER}2: 1,2,3\n1: 3,{2,3}\n`), 'x:5', /alternative 3 appears twice/);
    expectParseErrorAt(read('# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: a\n# ALTERNATIVE NAME 5: e\n# ALTERNATIVE NAME 6: f\n1: 1\n'), 'x:3', /alternative 5 is named, but NUMBER ALTERNATIVES is 2/);
    expectParseErrorAt(read('# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 0: zero\n1: 1\n'), 'x:2', /out of range/);
    expectParseErrorAt(read('# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: a\n# ALTERNATIVE NAME 1: b\n1: 1\n'), 'x:3', /named twice/);
  });
  it('the type decides what an order may be', () => {
    expectParseErrorAt(read(`${HEADER}2: 1,{2,3}\n1: 3,2,1\n`, 'soc'), 'x:4', /tie \{2,3\}.*strict complete/);
    expectParseErrorAt(read(`${HEADER}2: 1,{2,3}\n1: 3,2\n`, 'soi'), 'x:4', /tie/);
    expectParseErrorAt(read(`${HEADER}2: 1,2,3\n1: 3,2\n`, 'soc'), 'x:5', /ranks 2 of the 3 alternatives/);
    expectParseErrorAt(read(`${HEADER}2: 1,2,3\n1: {3,2}\n`, 'toc'), 'x:5', /ranks 2 of the 3/);
    expectParseErrorAt(read(`${HEADER}2: 1,{},3\n1: 3\n`), 'x:4', /empty tie group/);
  });
  it('syntax errors name the line and the column', () => {
    expectParseErrorAt(read(`${HEADER}2 1,2,3\n`), 'x:4', /expected `count: preference`/);
    expectParseErrorAt(read(`${HEADER}0: 1,2,3\n`), 'x:4', /whole number ≥ 1/);
    expectParseErrorAt(read(`${HEADER}1.5: 1,2,3\n`), 'x:4', /whole number ≥ 1/);
    expectParseErrorAt(read(`${HEADER}2: 1,{2,3\n`), 'x:4', /not closed/);
    expectParseErrorAt(read(`${HEADER}2: 1,,2\n`), 'x:4', /unexpected ","/);
    expectParseErrorAt(read(`${HEADER}2: 1 2\n`), 'x:4', /expected a comma but found "2" at column 6/);
    expectParseErrorAt(read(`${HEADER}2: a,b\n`), 'x:4', /unexpected "a"/);
    expectParseErrorAt(read(`${HEADER}2: 1,2,3\n# TITLE: late\n`), 'x:5', /after the preference lines/);
    expectParseErrorAt(read('# just a comment\n'), 'x:1', /no colon/);
    expectParseErrorAt(read(`${HEADER}2: 1,2,3\n2: 1,2,3\n`), 'x:5', /already appears on line 4/);
    expectParseErrorAt(read(`${HEADER}1: 99999999999999999\n`), 'x:4', /too large/);
  });
  it('DATA TYPE must be one the reader can hold; the legacy format is named as such', () => {
    expectParseErrorAt(read(`# DATA TYPE: toc\n${HEADER}2: 1,2,3\n1: 3,2,1\n`, 'soi'), 'x:1', /DATA TYPE "toc".*cannot hold/);
    expect(readPrefLibOrdinal(`# DATA TYPE: soc\n${HEADER}2: 1,2,3\n1: 3,2,1\n`, 'toi').ballots).toHaveLength(2);
    expectParseErrorAt(read('3\n1,a\n2,b\n3,c\n1,1,1\n1,1,2,3\n'), 'x:1', /legacy PrefLib format/);
  });
  it('lenient reading lets the data win over the header', () => {
    const text = '# NUMBER ALTERNATIVES: 2\n# NUMBER VOTERS: 9\n# NUMBER UNIQUE ORDERS: 9\n# ALTERNATIVE NAME 1: a\n# ALTERNATIVE NAME 2: b\n1: 1,3\n2: 1,3\n';
    expectParseErrorAt(read(text, 'soi'), 'x:6', /alternative 3 is not one of/);
    const p = readPrefLibOrdinal(text, 'soi', { lenient: true });
    expect(p.candidates).toEqual([1, 2, 3]);
    expect(p.metadata?.candidateNames).toEqual(['a', 'b', '3']);
    expect(p.ballots).toEqual([[0, 2]]);
    expect(p.counts).toEqual([3]);
    expect(readPrefLibOrdinal(writePrefLibOrdinal(p, 'soi'), 'soi')).toEqual(p);
  });
  it('rejects what is not text', () => {
    expectPluralError(() => readPrefLibOrdinal(42 as unknown as string, 'soc'), ValidationError, /as a string/);
  });
});

describe('PrefLib ordinal writers', () => {
  const tied = anonymousProfile({ candidates: [1, 2, 3], ballots: [[0, [1, 2]]], counts: [2] });
  const truncated = anonymousProfile({ candidates: [1, 2, 3], ballots: [[0, 1]], counts: [2] });
  it('refuse a profile the type cannot hold, with a typed error naming the ballot', () => {
    expectPluralError(() => writePrefLibOrdinal(tied, 'soc'), UnsupportedFormatError, /ballot 0 has a tie.*strict complete/);
    expectPluralError(() => writePrefLibOrdinal(tied, 'soi'), UnsupportedFormatError, /tie/);
    expectPluralError(() => writePrefLibOrdinal(truncated, 'toc'), UnsupportedFormatError, /ranks 2 of the 3/);
    expectPluralError(() => writePrefLibOrdinal(anonymousProfile({ candidates: 2, ballots: [[0, 1]], counts: [1.5] }), 'soc'), UnsupportedFormatError, /not a whole number/);
    expectPluralError(() => writePrefLibOrdinal(approvalProfile({ candidates: 2, ballots: [[0]] }) as never, 'soc'), UnsupportedFormatError, /not approval data/);
    expect(writePrefLibOrdinal(tied, 'toc')).toContain('2: 1,{2,3}');
    expect(writePrefLibOrdinal(truncated, 'soi')).toContain('2: 1,2');
  });
  it('write labels that are not 1…m as ids 1…m named by the labels, and merge repeated ballots', () => {
    const p = anonymousProfile({ candidates: ['alice', 'bob', 0], ballots: [[2, 0, 1]], counts: [4] });
    const text = writePrefLibOrdinal(p, 'soc');
    expect(text).toContain('# ALTERNATIVE NAME 1: alice\n# ALTERNATIVE NAME 2: bob\n# ALTERNATIVE NAME 3: 0\n4: 3,1,2\n');
    const back = readPrefLibOrdinal(text, 'soc');
    expect(back.candidates).toEqual([1, 2, 3]);
    expect(back.metadata?.candidateNames).toEqual(['alice', 'bob', '0']);
    const repeated: AnonymousProfile = { kind: 'anonymous', candidates: [1, 2], ballots: [[0, 1], [0, 1]], counts: [1, 2] };
    expect(writePrefLibOrdinal(repeated, 'soc')).toMatch(/# NUMBER VOTERS: 3\n# NUMBER UNIQUE ORDERS: 1\n3: 1,2\n$/);
    expectPluralError(() => writePrefLibOrdinal(anonymousProfile({ candidates: ['a\nb'], ballots: [[0]] }), 'soc'), UnsupportedFormatError, /line break/);
    expectPluralError(() => writePrefLibOrdinal({ ...truncated, metadata: { fields: [['NUMBER VOTERS', '7']] } }, 'toi'), UnsupportedFormatError, /computes it/);
  });

  it('property: any profile with whole counts round-trips through the most general type that holds it', () => {
    const profiles = fc.integer({ min: 1, max: 6 }).chain((m) =>
      fc.record({
        m: fc.constant(m),
        labels: fc.oneof(
          fc.constant(Array.from({ length: m }, (_, i) => i + 1)),
          fc.uniqueArray(fc.integer({ min: 1, max: 50 }), { minLength: m, maxLength: m }).map((a) => a.sort((x, y) => x - y)),
        ),
        ballots: fc.array(weakRanking(m), { minLength: 1, maxLength: 8 }),
        counts: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 8, maxLength: 8 }),
        names: fc.option(fc.array(fc.string({ maxLength: 6 }).map((s) => s.replace(/[\r\n]/g, ' ').trim()), { minLength: m, maxLength: m }), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(profiles, ({ labels, ballots, counts, names }) => {
        const p = anonymousProfile({
          candidates: labels,
          ballots,
          counts: counts.slice(0, ballots.length),
          ...(names === undefined ? {} : { metadata: { candidateNames: names, fields: [['TITLE', 'random']] } }),
        });
        const shape = summarizeData(p);
        const type: PrefLibOrdinalType = shape.strict ? (shape.complete ? 'soc' : 'soi') : shape.complete ? 'toc' : 'toi';
        const back = readPrefLibOrdinal(writePrefLibOrdinal(p, type), type);
        expect(back.candidates).toEqual(p.candidates);
        expect(back.ballots).toEqual(p.ballots);
        expect(back.counts).toEqual(p.counts);
        if (names !== undefined) expect(back.metadata?.candidateNames).toEqual(names);
        for (const other of ['soc', 'soi', 'toc', 'toi'] as const) {
          const fits = (!['soc', 'soi'].includes(other) || shape.strict) && (!['soc', 'toc'].includes(other) || shape.complete);
          if (fits) expect(readPrefLibOrdinal(writePrefLibOrdinal(p, other), other).ballots).toEqual(p.ballots);
          else expect(() => writePrefLibOrdinal(p, other)).toThrow(UnsupportedFormatError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('PrefLib categorical files', () => {
  it('reads outing.cat: categories, empty categories, short lines padded', () => {
    const p = readPrefLibCategorical(ownFixture('preflib/outing.cat'), { source: 'outing.cat' });
    expect(p.categories).toEqual(['Yes', 'Maybe', 'No']);
    expect(p.candidates).toEqual([1, 2, 3, 4, 5]);
    expect(p.ballots).toEqual([
      [[0, 1], [2], [3, 4]],
      [[4], [], [0, 1, 2, 3]],
      [[], [0, 1, 2, 3, 4], []],
      [[3], [], []],
    ]);
    expect(p.counts).toEqual([4, 3, 2, 2]);
    expect(summarizeData(p)).toEqual({ voters: 11, candidates: 5, unique: 4, complete: false, strict: true, categories: 3 });
    expect(catFormat.write!(p)).toContain('2: 4, {}, {}\n');
  });
  it('checks categories, alternatives and counts', () => {
    const head = '# NUMBER ALTERNATIVES: 3\n# NUMBER VOTERS: 1\n# NUMBER UNIQUE PREFERENCES: 1\n# NUMBER CATEGORIES: 2\n';
    const read = (text: string) => () => readPrefLibCategorical(text, { source: 'c.cat' });
    expectParseErrorAt(read(`${head}1: 1, 2, 3\n`), 'c.cat:5', /lists 3 categories, but there are 2/);
    expectParseErrorAt(read(`${head}1: {1, 2}, {2}\n`), 'c.cat:5', /alternative 2 appears twice/);
    expectParseErrorAt(read(`${head}1: 4\n`), 'c.cat:5', /alternative 4 is not one/);
    expectParseErrorAt(read(`${head}# CATEGORY NAME 3: extra\n1: 1\n`), 'c.cat:5', /category 3 is named, but NUMBER CATEGORIES is 2/);
    expectParseErrorAt(read('# NUMBER ALTERNATIVES: 3\n1: 1\n'), 'c.cat', /no categories/);
    expectParseErrorAt(read(`${head}1: 1\n1: 1, {}\n`), 'c.cat:6', /already appears on line 5/);
    expectParseErrorAt(read(head.replace('VOTERS: 1', 'VOTERS: 2') + '1: 1\n'), 'c.cat:2', /NUMBER VOTERS is 2/);
    expectParseErrorAt(read(`# DATA TYPE: soi\n${head}1: 1\n`), 'c.cat:1', /cannot hold/);
  });
  it('writes approval profiles as Approved / Not approved, and categorical profiles as they are', () => {
    const a = approvalProfile({ candidates: ['x', 'y', 'z'], ballots: [[0], [1, 2], [0]], counts: [1, 2, 3] });
    const text = writePrefLibCategorical(a);
    expect(text).toContain('# CATEGORY NAME 1: Approved\n# CATEGORY NAME 2: Not approved\n');
    expect(text).toMatch(/4: 1, \{2, 3\}\n2: \{2, 3\}, 1\n$/);
    const c = categoricalProfile({ candidates: [1, 2], categories: ['good', 'bad'], ballots: [[[0], []]] });
    expect(readPrefLibCategorical(writePrefLibCategorical(c))).toMatchObject({ categories: ['good', 'bad'], ballots: [[[0], []]] });
    expectPluralError(() => writePrefLibCategorical(categoricalProfile({ candidates: 1, categories: ['a'], ballots: [[[0]]], counts: [0.5] })), UnsupportedFormatError, /whole number/);
  });
});

describeCorpus('preflib-data', 'PrefLib corpora: every file parses, round-trips, and matches known facts', () => {
  const ordinalAndCat = ['.soc', '.soi', '.toc', '.toi', '.cat'];
  const files = [
    ...corpusFiles('preflib-data', ordinalAndCat),
    ...corpusFiles('preflib-00034-cities-population', ordinalAndCat),
    ...corpusFiles('abcvoting/tests/data', ordinalAndCat),
  ];
  /** abcvoting's test2.soi uses alternative 6 with NUMBER ALTERNATIVES 5: it is read leniently (see below). */
  const lenientOnly = new Set(['test2.soi']);

  it('finds the corpus files', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of files) {
    const name = path.basename(file);
    it(`${path.relative(corpora, file)} round-trips`, () => {
      const spec = detectFormat(name);
      expectRoundTrip(spec, readFile(file), name, lenientOnly.has(name));
    });
  }

  it('debian 00002-00000006: 436 voters, 101 / 82 unique orders; the .toc is the .soi imbued', () => {
    const dir = path.join(corpora, 'preflib-data/datasets/00002 - debian');
    const soi = readPrefLibOrdinal(readFile(path.join(dir, '00002-00000006.soi')), 'soi');
    const toc = readPrefLibOrdinal(readFile(path.join(dir, '00002-00000006.toc')), 'toc');
    expect(summarizeData(soi)).toEqual({ voters: 436, candidates: 5, unique: 101, complete: false, strict: true });
    expect(summarizeData(toc)).toEqual({ voters: 436, candidates: 5, unique: 82, complete: true, strict: false });
    expect(soi.metadata?.candidateNames?.[0]).toBe('Stefano Zacchiroli');
    expect(soi.ballots[0]).toEqual([0, 1, 3, 4, 2]);
    expect(soi.counts[0]).toBe(39);
    expect(majorityMatrix(soi, { unranked: 'bottom' })).toEqual(majorityMatrix(toc));
  });

  it('cities 00034-00000002: 392 voters, 371 unique orders of 6 among 48 countries', () => {
    const p = readPrefLibOrdinal(readFile(path.join(corpora, 'preflib-00034-cities-population/00034-00000002.soi')), 'soi');
    expect(summarizeData(p)).toEqual({ voters: 392, candidates: 48, unique: 371, complete: false, strict: true });
    expect(p.ballots.every((b) => b.length === 6)).toBe(true);
    expect(p.metadata?.candidateNames?.[47]).toBe('Bulgaria');
  });

  it("abcvoting's fixtures: test1.toi, test3.toc (alternatives 1, 2, 3, 6), test4/test5.cat", () => {
    const dir = path.join(corpora, 'abcvoting/tests/data');
    const toi = readPrefLibOrdinal(readFile(path.join(dir, 'test1.toi')), 'toi');
    expect(summarizeData(toi)).toMatchObject({ voters: 5, candidates: 6, unique: 4 });
    expect(toi.ballots[1]).toEqual([1, [0, 3]]);
    const toc = readPrefLibOrdinal(readFile(path.join(dir, 'test3.toc')), 'toc');
    expect(toc.candidates).toEqual([1, 2, 3, 6]);
    expect(toc.metadata?.candidateNames).toEqual(['a', 'b', 'c', 'd']);
    const cat4 = readPrefLibCategorical(readFile(path.join(dir, 'test4.cat')));
    expect(cat4.categories).toEqual(['CAT1', 'CAT2', 'CAT3', 'CAT4']);
    expect(cat4.ballots[1]).toEqual([[1], [], [], []]);
    const cat5 = readPrefLibCategorical(readFile(path.join(dir, 'test5.cat')));
    expect(cat5.categories).toEqual(['Approved', 'Not approved']);
    expect(summarizeData(cat5)).toMatchObject({ voters: 8, candidates: 6, unique: 8, complete: true });
  });

  it("abcvoting's test2.soi names alternatives 1…5 but ranks 6: rejected strictly at that line, read leniently", () => {
    const text = readFile(path.join(corpora, 'abcvoting/tests/data/test2.soi'));
    expectParseErrorAt(() => soiFormat.read(text, { source: 'test2.soi' }), 'test2.soi:20', /alternative 6 is not one of the declared alternatives \(1…5\)/);
    const p = readPrefLibOrdinal(text, 'soi', { lenient: true });
    expect(p.candidates).toEqual([1, 2, 3, 4, 5, 6]);
    expect(summarizeData(p)).toMatchObject({ voters: 5, unique: 3 });
  });
});

describeCorpus('abcvoting/tests/data-fail', "abcvoting's malformed PrefLib files are rejected at their line", () => {
  const files = corpusFiles('abcvoting/tests/data-fail', ['.soi', '.toi', '.toc']);
  it('finds the six malformed files', () => {
    expect(files.map((f) => path.basename(f))).toEqual(['test1.toi', 'test2.soi', 'test3.toc', 'test6.soi', 'test7.toi', 'test8.soi']);
  });
  for (const file of files) {
    const name = path.basename(file);
    it(`${name} is rejected`, () => {
      // All six are in the legacy (pre-2022) layout and are malformed even there (a missing count,
      // an alternative listed twice, an unclosed brace, name lists that disagree with the count).
      const spec = detectFormat(name);
      expectParseErrorAt(() => spec.read(readFile(file), { source: name }), `${name}:1`, /legacy PrefLib format/);
      expectParseErrorAt(() => spec.read(readFile(file), { source: name, lenient: true }), `${name}:1`, /legacy/);
    });
  }
});

describe('PrefLib format specs', () => {
  it('register one id and extension per type, all writable', () => {
    expect([socFormat, soiFormat, tocFormat, toiFormat, catFormat].map((f) => [f.id, f.extensions, typeof f.write])).toEqual([
      ['soc', ['.soc'], 'function'],
      ['soi', ['.soi'], 'function'],
      ['toc', ['.toc'], 'function'],
      ['toi', ['.toi'], 'function'],
      ['cat', ['.cat'], 'function'],
    ]);
    expect(socFormat.reference).toMatch(/Mattei & Walsh.*10\.1007\/978-3-642-41575-3_20/);
  });
});
