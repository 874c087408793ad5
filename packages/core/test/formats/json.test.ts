import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  approvalProfile,
  cardinalProfile,
  categoricalProfile,
  kwiseData,
  pairwiseData,
  UnsupportedFormatError,
  type Label,
  type ProfileMetadata,
} from '../../src/index.js';
import {
  jsonFormat,
  jsonlPairwiseFormat,
  parseJsonDocument,
  readJson,
  readPairwiseJsonl,
  writeJson,
  writePairwiseJsonl,
} from '../../src/formats/json/index.js';
import { weakRanking } from '../profiles/arbitraries.js';
import { expectParseErrorAt, ownFixture } from './conformance-helpers.js';
import {
  anonymousProfileArb,
  anyCount,
  anyText,
  distinctLabels,
  mutated,
  readsOrParseError,
} from './format-arbitraries.js';

/** Labels of both types: numbers (including −0 and fractions) and any strings. */
const mixedLabel: fc.Arbitrary<Label> = fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constant(-0), fc.double({ noNaN: true, noDefaultInfinity: true }), anyText);
const mixedLabels = (min: number, max: number) => distinctLabels(mixedLabel, min, max);
const metadataArb: fc.Arbitrary<ProfileMetadata | undefined> = fc.option(
  fc.record({ fields: fc.array(fc.tuple(anyText, fc.string({ unit: 'grapheme' }))) }, { requiredKeys: [] }),
  { nil: undefined },
);
const tags = { weight: anyCount, annotator: fc.string({ unit: 'grapheme' }), group: fc.string({ unit: 'grapheme' }) };

describe('JSON text with lines', () => {
  it('records the line of containers and entries', () => {
    const doc = parseJsonDocument('{\n  "a": [1,\n    2],\n  "b": {"c": null}\n}');
    const root = doc.value as Record<string, unknown>;
    expect(doc.lines.entryLine(root, 'a')).toBe(2);
    expect(doc.lines.entryLine(root.a as object, 1)).toBe(3);
    expect(doc.lines.lineOf(root.b as object)).toBe(4);
  });

  it('parses what JSON.parse parses, to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(JSON.parse(JSON.stringify(parseJsonDocument(text).value))).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('reports syntax errors with line and column', () => {
    expectParseErrorAt(() => parseJsonDocument('{\n  "a": 1,\n  "b": }\n', 'x.json'), 'x.json:3', /column 8/);
    expectParseErrorAt(() => parseJsonDocument('{"a": 1, "a": 2}', 'x.json'), 'x.json:1', /appears twice/);
    expectParseErrorAt(() => parseJsonDocument('[1, 2,]', 'x.json'), 'x.json:1', /comma before/);
    expectParseErrorAt(() => parseJsonDocument('[01]', 'x.json'), 'x.json:1', /malformed number/);
    expectParseErrorAt(() => parseJsonDocument('"a\nb"', 'x.json'), 'x.json:1', /control character/);
    expectParseErrorAt(() => parseJsonDocument('{} {}', 'x.json'), 'x.json:1', /after the end/);
    expectParseErrorAt(() => parseJsonDocument('', 'x.json'), 'x.json:1', /empty/);
    expectParseErrorAt(() => parseJsonDocument('['.repeat(600), 'x.json'), 'x.json:1', /nested/);
  });

  it('never throws anything but a ParseError on arbitrary or mutated text', () => {
    const seed = ownFixture('json/ranking.json');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary-ascii', maxLength: 30 }), mutated(seed, '{}[]",:0123456789-.eE \n\\tu')), (text) => {
        readsOrParseError(readJson, text);
        readsOrParseError(readPairwiseJsonl, text);
      }),
      { numRuns: 400 },
    );
  });
});

describe('JSON documents', () => {
  it('reads the ranking fixture (typed labels, bare ballots, ties, metadata)', () => {
    const p = readJson(ownFixture('json/ranking.json'));
    expect(p).toEqual({
      kind: 'anonymous',
      candidates: ['Alice', 'Bob', 3],
      ballots: [[0, [1, 2]], [1, 0], [2]],
      counts: [4.5, 1, 1],
      metadata: { fields: [['TITLE', 'Hand-written example']], candidateNames: ['Alice A.', 'Bob B.', 'Three'] },
    });
  });

  it('reads the other fixtures', () => {
    expect(readJson(ownFixture('json/approval.json'))).toEqual({ kind: 'approval', candidates: ['a', 'b', 'c', 'd'], ballots: [[0, 2], [3], []], counts: [2, 1, 1] });
    expect(readJson(ownFixture('json/categorical.json'))).toEqual({
      kind: 'categorical',
      candidates: ['a', 'b', 'c'],
      categories: ['yes', 'maybe', 'no'],
      ballots: [[[0], [], [1, 2]], [[2], [0], []]],
      counts: [3, 1],
    });
    expect(readJson(ownFixture('json/cardinal.json'))).toEqual({
      kind: 'cardinal',
      candidates: ['x', 'y'],
      agents: ['ann', 'bob', 'cid'],
      utilities: [[1, -2], [0.5, 300], [-0.25, 0]],
    });
    expect(readJson(ownFixture('json/pairwise.json'))).toEqual({
      kind: 'pairwise',
      items: ['claude', 'gpt-4', 'llama', 'mistral'],
      records: [
        { a: 1, b: 0, outcome: 'b', annotator: 'r1' },
        { a: 0, b: 2, outcome: 'a', weight: 2, group: 'math' },
        { a: 2, b: 1, outcome: 'tie' },
      ],
    });
    expect(readJson(ownFixture('json/kwise.json'))).toEqual({
      kind: 'kwise',
      items: ['m1', 'm2', 'm3', 'm4'],
      records: [{ ranking: [2, [0, 3]], weight: 1.5, annotator: 'u7' }, { ranking: [1, 0] }],
    });
  });

  it('defaults items to the sorted labels of the records and agents to 0…n−1', () => {
    const d = readJson('{"type":"pairwise","comparisons":[{"a":"z","b":2,"winner":"a"},{"a":"b","b":"z","winner":"tie"}]}');
    expect(d).toEqual({ kind: 'pairwise', items: [2, 'b', 'z'], records: [{ a: 2, b: 0, outcome: 'a' }, { a: 1, b: 2, outcome: 'tie' }] });
    const c = readJson('{"type":"cardinal","candidates":["x"],"utilities":[[1],[2]]}');
    expect(c.kind === 'cardinal' && c.agents).toEqual([0, 1]);
  });

  it('round-trips arbitrary data of every kind (metadata, −0, typed labels included)', () => {
    const ranking = anonymousProfileArb({ labels: mixedLabels(0, 6), counts: anyCount, metadata: metadataArb });
    const approval = mixedLabels(0, 6).chain((candidates) =>
      fc.tuple(fc.array(fc.tuple(fc.subarray(candidates.map((_, i) => i)), anyCount), { maxLength: 6 }), metadataArb).map(([rows, metadata]) =>
        approvalProfile({ candidates, ballots: rows.map((r) => r[0]), counts: rows.map((r) => r[1]), ...(metadata ? { metadata } : {}) }),
      ),
    );
    const categorical = fc.tuple(mixedLabels(0, 6), fc.integer({ min: 1, max: 3 })).chain(([candidates, k]) =>
      fc
        .array(fc.tuple(fc.array(fc.integer({ min: -1, max: k - 1 }), { minLength: candidates.length, maxLength: candidates.length }), anyCount), { maxLength: 6 })
        .map((rows) =>
          categoricalProfile({
            candidates,
            categories: Array.from({ length: k }, (_, i) => `cat ${i}`),
            ballots: rows.map(([cats]) => Array.from({ length: k }, (_, j) => cats.flatMap((cat, c) => (cat === j ? [c] : [])))),
            counts: rows.map((r) => r[1]),
          }),
        ),
    );
    const cardinal = fc.tuple(mixedLabels(0, 5), mixedLabels(0, 5)).chain(([candidates, agents]) =>
      fc
        .array(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: candidates.length, maxLength: candidates.length }), { minLength: agents.length, maxLength: agents.length })
        .map((utilities) => cardinalProfile({ candidates, agents, utilities })),
    );
    const pairwise = mixedLabels(2, 6).chain((items) =>
      fc
        .array(fc.record({ a: fc.nat(items.length - 1), b: fc.nat(items.length - 1), outcome: fc.constantFrom('a' as const, 'b' as const, 'tie' as const), ...tags }, { requiredKeys: ['a', 'b', 'outcome'] }), { maxLength: 8 })
        .map((records) => pairwiseData({ items, records: records.filter((r) => r.a !== r.b) })),
    );
    const kwise = mixedLabels(2, 6).chain((items) =>
      fc
        .array(fc.record({ ranking: weakRanking(items.length), ...tags }, { requiredKeys: ['ranking'] }), { maxLength: 6 })
        .map((records) => kwiseData({ items, records: records.filter((r) => r.ranking.flat().length >= 2) })),
    );
    fc.assert(
      fc.property(fc.oneof(ranking, approval, categorical, cardinal, pairwise, kwise), (data) => {
        expect(readJson(writeJson(data))).toEqual(data);
      }),
      { numRuns: 400 },
    );
  });

  it('reports wrong documents at the line of the offending entry, with a fix', () => {
    const text = '{\n  "type": "ranking",\n  "candidates": ["a", "b"],\n  "ballots": [\n    ["a"],\n    ["b", "c"]\n  ]\n}\n';
    expectParseErrorAt(() => readJson(text, { source: 'r.json' }), 'r.json:6', /\$\.ballots\[1\]\[1\]: "c" is not one of the candidates/);
    const typed = expectParseErrorAt(() => readJson('{"type":"ranking","candidates":[1,2],"ballots":[["1"]]}', { source: 'r.json' }), 'r.json:1');
    expect(typed.fix).toMatch(/typed/);
    expectParseErrorAt(() => readJson('{"type":"ranking","candidates":["a"],\n"ballots":[["a","a"]]}', { source: 'r.json' }), 'r.json:2', /twice/);
    expectParseErrorAt(() => readJson('{"type":"ranking","candidates":["a"],"ballots":[{"ranking":["a"],"count":0}]}', { source: 'r.json' }), 'r.json:1', /positive/);
    expectParseErrorAt(() => readJson('{"type":"ranking","candidates":["a"],"ballots":[],"extra":1}', { source: 'r.json' }), 'r.json:1', /unknown key "extra"/);
    expectParseErrorAt(() => readJson('{"type":"vote"}', { source: 'r.json' }), 'r.json:1', /unknown document type/);
    expectParseErrorAt(() => readJson('[1]', { source: 'r.json' }), 'r.json:1', /JSON object/);
    expectParseErrorAt(() => readJson('{"candidates":[]}', { source: 'r.json' }), 'r.json:1', /"type" is missing/);
    expectParseErrorAt(() => readJson('{"type":"approval","candidates":["a","a"],"ballots":[]}', { source: 'r.json' }), 'r.json:1', /listed twice/);
    expectParseErrorAt(() => readJson('{"type":"cardinal","candidates":["x"],\n"utilities":[[1],\n[1e999]]}', { source: 'r.json' }), 'r.json:3', /finite/);
    expectParseErrorAt(() => readJson('{"type":"categorical","candidates":["a"],"categories":["y","n"],\n"ballots":[[["a"],["a"]]]}', { source: 'r.json' }), 'r.json:2', /two categories/);
    expectParseErrorAt(() => readJson('{"type":"pairwise","comparisons":[\n{"a":"x","b":"x","winner":"a"}]}', { source: 'r.json' }), 'r.json:2', /itself/);
    expectParseErrorAt(() => readJson('{"type":"kwise","rankings":[\n["x"]]}', { source: 'r.json' }), 'r.json:2', /at least two/);
  });

  it('refuses data it cannot hold', () => {
    expect(() => writeJson({ kind: 'pb' } as never)).toThrow(UnsupportedFormatError);
    expect(jsonFormat.extensions).toEqual(['.json']);
  });
});

describe('JSON Lines pairwise logs', () => {
  it('reads an arena battle log (ties and extra keys, blank lines)', () => {
    const d = readPairwiseJsonl(ownFixture('json/arena.jsonl'));
    expect(d).toEqual({
      kind: 'pairwise',
      items: ['alpaca-13b', 'koala-13b', 'vicuna-13b'],
      records: [
        { a: 2, b: 0, outcome: 'a' },
        { a: 0, b: 1, outcome: 'tie' },
        { a: 1, b: 2, outcome: 'b' },
        { a: 2, b: 1, outcome: 'tie' },
      ],
    });
  });

  it('round-trips a/b/winner logs (items = sorted labels used)', () => {
    const arb = mixedLabels(2, 6).chain((labels) =>
      fc
        .array(fc.record({ a: fc.constantFrom(...labels), b: fc.constantFrom(...labels), outcome: fc.constantFrom('a' as const, 'b' as const, 'tie' as const), ...tags }, { requiredKeys: ['a', 'b', 'outcome'] }), { maxLength: 8 })
        .map((rows) => {
          const kept = rows.filter((r) => !Object.is(r.a, r.b) && !(r.a === r.b));
          const text = kept.map((r) => JSON.stringify({ ...r, winner: r.outcome, outcome: undefined })).join('\n');
          return readPairwiseJsonl(text);
        }),
    );
    fc.assert(
      fc.property(arb, (d) => {
        expect(readPairwiseJsonl(writePairwiseJsonl(d))).toEqual(d);
        expect(jsonlPairwiseFormat.read(jsonlPairwiseFormat.write!(d))).toEqual(d);
      }),
      { numRuns: 200 },
    );
  });

  it('reports bad lines with their line number', () => {
    expectParseErrorAt(() => readPairwiseJsonl('{"a":"x","b":"y","winner":"a"}\n\n{"a":"x","b":"y","winner":"model_a"}\n', { source: 'l.jsonl' }), 'l.jsonl:3', /not "a", "b" or "tie"/);
    expectParseErrorAt(() => readPairwiseJsonl('{"a":"x","b":"y","winner":"a"}\n{"a":"x", "b":}\n', { source: 'l.jsonl' }), 'l.jsonl:2', /column 15/);
    expectParseErrorAt(() => readPairwiseJsonl('{"model_a":"x","model_b":"y","winner":"a"}\n', { source: 'l.jsonl' }), 'l.jsonl:1', /model_a/);
    expectParseErrorAt(() => readPairwiseJsonl('{"model_a":"x","winner":"tie"}\n', { source: 'l.jsonl' }), 'l.jsonl:1', /"model_b" is missing/);
    expectParseErrorAt(() => readPairwiseJsonl('[1]\n', { source: 'l.jsonl' }), 'l.jsonl:1', /JSON object/);
  });
});

describe('doc comment examples', () => {
  it('hold', () => {
    const doc = parseJsonDocument('{\n  "a": [1,\n 2]\n}');
    expect(doc.lines.entryLine(doc.value as object, 'a')).toBe(2);
    expect((readJson('{"type":"ranking","candidates":["a","b"],"ballots":[["b","a"]]}') as { ballots: unknown }).ballots).toEqual([[1, 0]]);
    expect(writeJson(approvalProfile({ candidates: ['a', 'b'], ballots: [[0]] }))).toBe('{\n  "type": "approval",\n  "candidates": ["a", "b"],\n  "ballots": [\n    {"approved": ["a"], "count": 1}\n  ]\n}\n');
    expect(readPairwiseJsonl('{"model_a":"x","model_b":"y","winner":"tie (bothbad)"}\n').records).toEqual([{ a: 0, b: 1, outcome: 'tie' }]);
    expect(writePairwiseJsonl(pairwiseData({ items: ['x', 'y'], records: [{ a: 0, b: 1, outcome: 'b' }] }))).toBe('{"a":"x","b":"y","winner":"b"}\n');
  });
});
