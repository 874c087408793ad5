import { pairwiseData } from '../../pairwise/pairwise-data.js';
import type { Label, PairwiseData, PairwiseOutcome, PairwiseRecord } from '../../profiles/types.js';
import { compareLabels, requireKind } from '../csv/cells.js';
import { asParseErrors } from '../csv/reader-errors.js';
import { requireText, textLines } from '../text.js';
import type { FormatData, FormatSpec, ReadOptions } from '../types.js';
import { JsonReader, type JsonAt } from './json-reader.js';
import { parseJsonDocument } from './json-text.js';

const ARENA_WINNERS: Readonly<Record<string, PairwiseOutcome>> = Object.freeze({
  model_a: 'a',
  model_b: 'b',
  tie: 'tie',
  'tie (bothbad)': 'tie',
});

/**
 * Reads a JSON Lines log of pairwise comparisons: one JSON object per line (blank lines skipped), either
 * `{"a": label, "b": label, "winner": "a"|"b"|"tie", "weight"?, "annotator"?, "group"?}` or an arena
 * battle log `{"model_a": label, "model_b": label, "winner": "model_a"|"model_b"|"tie"|"tie (bothbad)"}`
 * (Chatbot Arena's format; Chiang et al., 2024, arXiv:2403.04132). Other keys of a line (question ids,
 * timestamps, judges…) are ignored. Items are the sorted distinct labels (numbers first, then strings
 * by UTF-16 order); records keep line order. Bad lines → ParseError at `source:line`.
 *
 * Complexity: O(n) in the length of the text plus O(k log k) for k items.
 *
 * @example
 * readPairwiseJsonl('{"model_a":"x","model_b":"y","winner":"tie (bothbad)"}\n').records; // [{a: 0, b: 1, outcome: 'tie'}]
 */
export function readPairwiseJsonl(text: string, options: ReadOptions = {}): PairwiseData {
  const source = options.source;
  requireText(text, source);
  const raw: { a: Label; b: Label; outcome: PairwiseOutcome; weight?: number; annotator?: string; group?: string }[] = [];
  const recordLines: number[] = [];
  textLines(text).forEach((content, i) => {
    if (content.trim() === '') return;
    const line = i + 1;
    const r: JsonReader = new JsonReader(parseJsonDocument(content, source, line), source);
    const obj = r.object(r.root(), 'a comparison (one JSON object per line)');
    const has = (key: string) => r.child(obj, key) !== undefined;
    const winnerAt = r.required(obj, 'winner', 'Say who won in "winner".');
    const winner = r.string(winnerAt, 'the winner');
    let aAt: JsonAt;
    let bAt: JsonAt;
    let outcome: PairwiseOutcome;
    if (has('a') || has('b')) {
      aAt = r.required(obj, 'a', 'Name both items: "a" and "b".');
      bAt = r.required(obj, 'b', 'Name both items: "a" and "b".');
      if (winner !== 'a' && winner !== 'b' && winner !== 'tie') r.fail(winnerAt, `the winner ${JSON.stringify(winner)} is not "a", "b" or "tie".`, 'Write "a" when item a won, "b" when item b won, "tie" for a tie.');
      outcome = winner;
    } else {
      aAt = r.required(obj, 'model_a', 'Name the items as "a" and "b" (or "model_a" and "model_b" in arena logs).');
      bAt = r.required(obj, 'model_b', 'Name the items as "a" and "b" (or "model_a" and "model_b" in arena logs).');
      const mapped = ARENA_WINNERS[winner];
      if (mapped === undefined) r.fail(winnerAt, `the winner ${JSON.stringify(winner)} is not "model_a", "model_b", "tie" or "tie (bothbad)".`, 'Use the winner values of arena battle logs.');
      outcome = mapped;
    }
    const a = r.label(aAt, 'item a');
    const b = r.label(bAt, 'item b');
    if (typeof a === typeof b && a === b) r.fail(bAt, `item ${JSON.stringify(a)} is compared with itself.`, 'Remove the line, or correct one of the two items.');
    const weightAt = r.child(obj, 'weight');
    const annotatorAt = has('a') ? r.child(obj, 'annotator') : undefined;
    const groupAt = has('a') ? r.child(obj, 'group') : undefined;
    raw.push({
      a,
      b,
      outcome,
      ...(weightAt === undefined || !has('a') ? {} : { weight: r.positive(weightAt, 'the weight') }),
      ...(annotatorAt === undefined ? {} : { annotator: r.string(annotatorAt, 'the annotator') }),
      ...(groupAt === undefined ? {} : { group: r.string(groupAt, 'the group') }),
    });
    recordLines.push(line);
  });
  const distinct = new Map<string, Label>();
  for (const r of raw) {
    distinct.set(`${typeof r.a}:${r.a}`, r.a);
    distinct.set(`${typeof r.b}:${r.b}`, r.b);
  }
  const items = [...distinct.values()].sort(compareLabels);
  const index = new Map(items.map((label, i) => [`${typeof label}:${label}`, i]));
  const records: PairwiseRecord[] = raw.map((r) => ({ ...r, a: index.get(`${typeof r.a}:${r.a}`)!, b: index.get(`${typeof r.b}:${r.b}`)! }));
  return asParseErrors({ source }, { records: recordLines }, 1, () => pairwiseData({ items, records }));
}

/**
 * Writes pairwise data as JSON Lines, one `{"a", "b", "winner", "weight"?, "annotator"?, "group"?}`
 * object per record. Items that appear in no record are not written.
 *
 * Complexity: O(records).
 *
 * @example
 * writePairwiseJsonl(pairwiseData({ items: ['x', 'y'], records: [{ a: 0, b: 1, outcome: 'b' }] })); // '{"a":"x","b":"y","winner":"b"}\n'
 */
export function writePairwiseJsonl(data: PairwiseData): string {
  requireKind(data as FormatData, 'pairwise', 'jsonl-pairwise');
  let out = '';
  for (const r of data.records) {
    out += `${JSON.stringify({
      a: data.items[r.a],
      b: data.items[r.b],
      winner: r.outcome,
      ...(r.weight === undefined ? {} : { weight: r.weight }),
      ...(r.annotator === undefined ? {} : { annotator: r.annotator }),
      ...(r.group === undefined ? {} : { group: r.group }),
    })}\n`;
  }
  return out;
}

/** The JSON Lines pairwise format (extension `.jsonl`). */
export const jsonlPairwiseFormat: FormatSpec<PairwiseData> = Object.freeze({
  id: 'jsonl-pairwise',
  name: 'JSON Lines pairwise comparisons (a/b/winner, or arena battle logs)',
  extensions: Object.freeze(['.jsonl']),
  kinds: Object.freeze(['pairwise'] as const),
  reference: 'JSON Lines (jsonlines.org); Chatbot Arena battle logs (Chiang et al., 2024, arXiv:2403.04132)',
  read: readPairwiseJsonl,
  write: (data: FormatData) => {
    requireKind(data, 'pairwise', 'jsonl-pairwise');
    return writePairwiseJsonl(data);
  },
});
