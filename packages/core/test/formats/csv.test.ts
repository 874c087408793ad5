import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anonymousProfile,
  approvalProfile,
  cardinalProfile,
  pairwiseData,
  UnsupportedFormatError,
  type Label,
  type PairwiseRecord,
} from '../../src/index.js';
import {
  csvApprovalsFormat,
  csvField,
  csvFormat,
  csvPairwiseFormat,
  csvRankingsFormat,
  csvUtilitiesFormat,
  formatCsvTable,
  isPairwiseCsvHeader,
  parseCsvTable,
  readApprovalCsv,
  readCsv,
  readPairwiseCsv,
  readRankingCsv,
  readUtilityCsv,
  sniffCsvKind,
  writeApprovalCsv,
  writeCsv,
  writePairwiseCsv,
  writeRankingCsv,
  writeUtilityCsv,
} from '../../src/formats/csv/index.js';
import { expectParseErrorAt, ownFixture } from './conformance-helpers.js';
import {
  anonymousProfileArb,
  anyCount,
  anyText,
  distinctLabels,
  mutated,
  readsOrParseError,
} from './format-arbitraries.js';

const textLabels = distinctLabels(anyText, 0, 6) as fc.Arbitrary<string[]>;

describe('RFC 4180 tables', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, and a BOM', () => {
    const table = parseCsvTable('\uFEFFa,"b ""q"", c"\r\n"x\r\ny",2\n3,""\n', 't.csv');
    expect(table.header).toEqual(['a', 'b "q", c']);
    expect(table.rows).toEqual([['x\r\ny', '2'], ['3', '']]);
    expect(table.lines).toEqual([2, 4]);
  });

  it('writes what it reads (quoting only when needed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }).chain((w) => fc.array(fc.array(fc.string({ unit: 'binary-ascii' }), { minLength: w, maxLength: w }), { minLength: 1, maxLength: 5 })), (rows) => {
        fc.pre(!(rows[0]!.length === 1 && rows[0]![0] === ''));
        // a trailing row of one empty field is a trailing empty line, which readers skip
        fc.pre(!(rows.length > 1 && rows[rows.length - 1]!.length === 1 && rows[rows.length - 1]![0] === ''));
        const table = parseCsvTable(formatCsvTable(rows));
        expect([table.header, ...table.rows]).toEqual(rows);
      }),
    );
    expect(formatCsvTable([['a', 'b'], ['1', 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('reports malformed CSV at source:line with a fix', () => {
    expectParseErrorAt(() => parseCsvTable('a,b\r\n1,2,3\r\n', 'f.csv'), 'f.csv:2', /3 fields but the header has 2/);
    expectParseErrorAt(() => parseCsvTable('a,b\r\n"1,2\r\n3,4\r\n', 'f.csv'), 'f.csv:2', /not closed/);
    expectParseErrorAt(() => parseCsvTable('a,b\r\n1,x"y\r\n', 'f.csv'), 'f.csv:2', /double quote inside an unquoted field/);
    expectParseErrorAt(() => parseCsvTable('a,b\r\n"1"x,2\r\n', 'f.csv'), 'f.csv:2', /after a closing quote/);
    expectParseErrorAt(() => parseCsvTable('', 'f.csv'), 'f.csv:1', /empty/);
    expectParseErrorAt(() => parseCsvTable('a,b\r\n\r\n1,2\r\n', 'f.csv'), 'f.csv:2');
    // trailing empty lines are not rows
    expect(parseCsvTable('a,b\r\n1,2\r\n\r\n\n').rows).toEqual([['1', '2']]);
  });
});

describe('ranking CSV', () => {
  it('reads the hand-written fixture (count column, quoted label, ties, unranked, BOM)', () => {
    const p = readRankingCsv(ownFixture('csv/rankings.csv'), { source: 'rankings.csv' });
    expect(p).toEqual({
      kind: 'anonymous',
      candidates: ['Alice', 'Bob, Jr.', 'Carol'],
      ballots: [[0, 1], [[1, 2], 0], []],
      counts: [3, 2, 1],
    });
    expect(Object.isFrozen(p)).toBe(true);
  });

  it('reads rows without a count column as one voter each, and merges identical ballots', () => {
    const p = readRankingCsv('x,y\n1,2\n2,1\n1,2\n5,9\n');
    expect(p.ballots).toEqual([[0, 1], [1, 0]]);
    expect(p.counts).toEqual([3, 1]);
  });

  it('round-trips arbitrary profiles (any labels, fractional counts)', () => {
    fc.assert(
      fc.property(anonymousProfileArb({ labels: textLabels, counts: anyCount }), (p) => {
        expect(readRankingCsv(writeRankingCsv(p))).toEqual(p);
        expect(readCsv(writeCsv(p))).toEqual(p);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects bad cells with the line and a fix, hinting at csv-approvals for 0/1 files', () => {
    const e = expectParseErrorAt(() => readRankingCsv('a,b\r\n1,0\r\n', { source: 'r.csv' }), 'r.csv:2', /not a rank/);
    expect(e.fix).toMatch(/csv-approvals/);
    expectParseErrorAt(() => readRankingCsv('a,b\r\n1,1.5\r\n', { source: 'r.csv' }), 'r.csv:2', /not a rank/);
    expectParseErrorAt(() => readRankingCsv('count,a,b\r\n1,1,2\r\n0,1,2\r\n', { source: 'r.csv' }), 'r.csv:3', /count "0" is not a positive number/);
    expectParseErrorAt(() => readRankingCsv('a,,b\r\n1,2,3\r\n', { source: 'r.csv' }), 'r.csv:1', /header column 2 is empty/);
    expectParseErrorAt(() => readRankingCsv('a,b,a\r\n1,2,3\r\n', { source: 'r.csv' }), 'r.csv:1', /header columns 1 and 3/);
  });

  it('refuses labels that print alike and data of another kind', () => {
    const p = readJsonLike([1, '1']);
    expect(() => writeRankingCsv(p)).toThrow(UnsupportedFormatError);
    expect(() => csvRankingsFormat.write!(approvalProfile({ candidates: ['a'], ballots: [[0]] }))).toThrow(UnsupportedFormatError);
  });
});

/** A one-ballot profile over the given labels (helper for writer refusals). */
function readJsonLike(candidates: Label[]) {
  return { kind: 'anonymous' as const, candidates, ballots: [[0]], counts: [1] };
}

describe('approval CSV', () => {
  it('reads the fixture (weight column, 1/0, x, true/false, blanks)', () => {
    const p = readApprovalCsv(ownFixture('csv/approvals.csv'));
    expect(p).toEqual({ kind: 'approval', candidates: ['a', 'b', 'c'], ballots: [[0, 2], [0]], counts: [1.5, 1] });
  });

  it('round-trips arbitrary approval profiles', () => {
    const arb = textLabels.chain((candidates) =>
      fc.array(fc.tuple(fc.subarray(candidates.map((_, i) => i)), anyCount), { maxLength: 8 }).map((rows) =>
        approvalProfile({ candidates, ballots: rows.map((r) => r[0]), counts: rows.map((r) => r[1]) }),
      ),
    );
    fc.assert(
      fc.property(arb, (p) => {
        expect(readApprovalCsv(writeApprovalCsv(p))).toEqual(p);
      }),
      { numRuns: 150 },
    );
  });

  it('is chosen explicitly: the generic csv format reads such files as rankings and refuses to write approvals', () => {
    const text = writeApprovalCsv(approvalProfile({ candidates: ['a', 'b'], ballots: [[0, 1]] }));
    expect(readCsv(text).kind).toBe('anonymous');
    expect(() => writeCsv(approvalProfile({ candidates: ['a'], ballots: [] }))).toThrow(/csv-approvals/);
    expect(csvApprovalsFormat.read(text).kind).toBe('approval');
  });

  it('rejects cells that are not approval marks', () => {
    expectParseErrorAt(() => readApprovalCsv('a,b\r\n1,2\r\n', { source: 'ap.csv' }), 'ap.csv:2', /not an approval mark/);
  });
});

describe('utility CSV', () => {
  it('reads the fixture (quoted agent, exponent, leading dot, -0)', () => {
    const p = readUtilityCsv(ownFixture('csv/utilities.csv'));
    expect(p.candidates).toEqual(['x', 'y', 'z']);
    expect(p.agents).toEqual(['ann', 'bob "the" builder']);
    expect(p.utilities).toEqual([[1, -2.5, 0], [1000, 0.5, -0]]);
    expect(Object.is(p.utilities[1]![2], -0)).toBe(true);
  });

  it('round-trips arbitrary cardinal profiles (signed values)', () => {
    const arb = fc.tuple(textLabels, distinctLabels(anyText, 0, 5) as fc.Arbitrary<string[]>).chain(([candidates, agents]) =>
      fc
        .array(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: candidates.length, maxLength: candidates.length }), {
          minLength: agents.length,
          maxLength: agents.length,
        })
        .map((utilities) => cardinalProfile({ candidates, agents, utilities })),
    );
    fc.assert(
      fc.property(arb, (p) => {
        expect(readUtilityCsv(writeUtilityCsv(p))).toEqual(p);
        expect(readCsv(writeCsv(p))).toEqual(p);
      }),
      { numRuns: 150 },
    );
  });

  it('rejects non-numbers, infinities and empty agents', () => {
    expectParseErrorAt(() => readUtilityCsv('agent,x\r\nann,abc\r\n', { source: 'u.csv' }), 'u.csv:2', /not a finite number/);
    expectParseErrorAt(() => readUtilityCsv('agent,x\r\nann,1e999\r\n', { source: 'u.csv' }), 'u.csv:2', /not a finite number/);
    expectParseErrorAt(() => readUtilityCsv('agent,x\r\nann,\r\n', { source: 'u.csv' }), 'u.csv:2', /not a finite number/);
    expectParseErrorAt(() => readUtilityCsv('agent,x\r\n,1\r\n', { source: 'u.csv' }), 'u.csv:2', /agent cell is empty/);
    expectParseErrorAt(() => readUtilityCsv('agent,x\r\nann,1\r\nann,2\r\n', { source: 'u.csv' }), 'u.csv:3', /listed twice/);
    expectParseErrorAt(() => readUtilityCsv('who,x\r\nann,1\r\n', { source: 'u.csv' }), 'u.csv:1', /agent/);
  });
});

describe('pairwise CSV', () => {
  it('reads the fixture: items sorted, optional columns', () => {
    const d = readPairwiseCsv(ownFixture('csv/pairwise.csv'));
    expect(d).toEqual({
      kind: 'pairwise',
      items: ['claude', 'gpt-4', 'llama'],
      records: [
        { a: 1, b: 0, outcome: 'b', annotator: 'r1' },
        { a: 0, b: 2, outcome: 'a', weight: 2 },
        { a: 2, b: 1, outcome: 'tie', annotator: 'r2' },
      ],
    });
  });

  it('round-trips arbitrary comparison data (items = sorted labels used)', () => {
    const arb = distinctLabels(anyText, 2, 6).chain((labels) =>
      fc
        .array(
          fc.record(
            {
              a: fc.constantFrom(...labels),
              b: fc.constantFrom(...labels),
              outcome: fc.constantFrom('a' as const, 'b' as const, 'tie' as const),
              weight: anyCount,
              annotator: anyText,
              group: anyText,
            },
            { requiredKeys: ['a', 'b', 'outcome'] },
          ),
          { maxLength: 10 },
        )
        .map((rows) => {
          const kept = rows.filter((r) => r.a !== r.b);
          const items = [...new Set(kept.flatMap((r) => [r.a as string, r.b as string]))].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
          const records: PairwiseRecord[] = kept.map((r) => ({ ...r, a: items.indexOf(r.a as string), b: items.indexOf(r.b as string) }));
          return pairwiseData({ items, records });
        }),
    );
    fc.assert(
      fc.property(arb, (d) => {
        expect(readPairwiseCsv(writePairwiseCsv(d))).toEqual(d);
        expect(readCsv(writeCsv(d))).toEqual(d);
      }),
      { numRuns: 150 },
    );
  });

  it('rejects bad winners, self-comparisons, unknown columns', () => {
    expectParseErrorAt(() => readPairwiseCsv('a,b,winner\r\nx,y,c\r\n', { source: 'p.csv' }), 'p.csv:2', /not "a", "b" or "tie"/);
    expectParseErrorAt(() => readPairwiseCsv('a,b,winner\r\nx,x,a\r\n', { source: 'p.csv' }), 'p.csv:2', /compared with itself/);
    expectParseErrorAt(() => readPairwiseCsv('a,b,winner,prompt\r\nx,y,a,hi\r\n', { source: 'p.csv' }), 'p.csv:1', /unknown column "prompt"/);
    expectParseErrorAt(() => readPairwiseCsv('a,b\r\nx,y\r\n', { source: 'p.csv' }), 'p.csv:1', /"winner"/);
    expectParseErrorAt(() => readPairwiseCsv('a,b,winner,weight\r\nx,y,a,-1\r\n', { source: 'p.csv' }), 'p.csv:2', /weight/);
  });
});

describe('generic csv format', () => {
  it('sniffs the header', () => {
    expect(sniffCsvKind(['a', 'b', 'winner'])).toBe('pairwise');
    expect(sniffCsvKind(['Winner', 'B', 'A', 'weight', 'group'])).toBe('pairwise');
    expect(sniffCsvKind(['agent', 'x', 'y'])).toBe('utilities');
    expect(sniffCsvKind(['count', 'a', 'b', 'winner'])).toBe('rankings');
    expect(sniffCsvKind(['x', 'y'])).toBe('rankings');
    expect(readCsv(ownFixture('csv/pairwise.csv')).kind).toBe('pairwise');
    expect(readCsv(ownFixture('csv/utilities.csv')).kind).toBe('cardinal');
    expect(readCsv(ownFixture('csv/rankings.csv')).kind).toBe('anonymous');
  });

  it('registers one .csv entry and four explicit ids', () => {
    expect(csvFormat.extensions).toEqual(['.csv']);
    expect([csvRankingsFormat, csvApprovalsFormat, csvUtilitiesFormat, csvPairwiseFormat].map((f) => f.id)).toEqual([
      'csv-rankings',
      'csv-approvals',
      'csv-utilities',
      'csv-pairwise',
    ]);
    for (const f of [csvRankingsFormat, csvApprovalsFormat, csvUtilitiesFormat, csvPairwiseFormat]) expect(f.extensions).toEqual([]);
  });

  it('never throws anything but a ParseError on arbitrary or mutated text', () => {
    const readers = [readCsv, readRankingCsv, readApprovalCsv, readUtilityCsv, readPairwiseCsv];
    const seeds = ['csv/rankings.csv', 'csv/approvals.csv', 'csv/utilities.csv', 'csv/pairwise.csv'].map(ownFixture);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary-ascii', maxLength: 40 }), ...seeds.map((s) => mutated(s, ',"\r\n01x-.e a'))), (text) => {
        for (const read of readers) readsOrParseError(read, text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('doc comment examples', () => {
  it('hold', () => {
    expect(parseCsvTable('a,"b, c"\r\n1,2\r\n').rows).toEqual([['1', '2']]);
    expect(csvField('say "hi", Bob')).toBe('"say ""hi"", Bob"');
    expect(readRankingCsv('count,a,b,c\r\n2,1,2,\r\n1,2,1,1\r\n').ballots).toEqual([[0, 1], [[1, 2], 0]]);
    expect(writeRankingCsv(anonymousProfile({ candidates: ['a', 'b'], ballots: [[1, 0]] }))).toBe('count,a,b\r\n1,2,1\r\n');
    expect(readApprovalCsv('a,b,c\r\n1,0,1\r\nx,,\r\n').ballots).toEqual([[0, 2], [0]]);
    expect(writeApprovalCsv(approvalProfile({ candidates: ['a', 'b'], ballots: [[1]] }))).toBe('count,a,b\r\n1,0,1\r\n');
    expect(readUtilityCsv('agent,x,y\r\nann,1,-2.5\r\n').utilities).toEqual([[1, -2.5]]);
    expect(writeUtilityCsv(cardinalProfile({ candidates: ['x'], agents: ['ann'], utilities: [[3]] }))).toBe('agent,x\r\nann,3\r\n');
    expect(readPairwiseCsv('a,b,winner\r\ngpt,claude,b\r\n').items).toEqual(['claude', 'gpt']);
    expect(writePairwiseCsv(pairwiseData({ items: ['x', 'y'], records: [{ a: 0, b: 1, outcome: 'tie' }] }))).toBe('a,b,winner\r\nx,y,tie\r\n');
    expect(isPairwiseCsvHeader(['a', 'b', 'winner', 'weight'])).toBe(true);
    expect(readCsv('agent,x\r\nann,2\r\n').kind).toBe('cardinal');
    expect(writeCsv(pairwiseData({ items: ['x', 'y'], records: [{ a: 0, b: 1, outcome: 'a' }] }))).toBe('a,b,winner\r\nx,y,a\r\n');
  });
});
