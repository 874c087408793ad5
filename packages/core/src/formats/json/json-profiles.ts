import { UnsupportedFormatError } from '../../errors/errors.js';
import { kwiseData, pairwiseData } from '../../pairwise/pairwise-data.js';
import { approvalProfile, cardinalProfile, categoricalProfile } from '../../profiles/approval.js';
import { anonymousProfile } from '../../profiles/ranking-profiles.js';
import type {
  AnonymousProfile,
  ApprovalProfile,
  CardinalProfile,
  CategoricalProfile,
  KwiseData,
  KwiseRecord,
  Label,
  PairwiseData,
  PairwiseOutcome,
  PairwiseRecord,
  ProfileMetadata,
  Ranking,
} from '../../profiles/types.js';
import { compareLabels } from '../csv/cells.js';
import { asParseErrors } from '../csv/reader-errors.js';
import type { FormatData, FormatSpec, ReadOptions } from '../types.js';
import { JsonReader, type JsonAt } from './json-reader.js';
import { parseJsonDocument } from './json-text.js';

/** The data kinds a Plural JSON document holds. */
export type JsonProfileData = AnonymousProfile | ApprovalProfile | CategoricalProfile | CardinalProfile | PairwiseData | KwiseData;

/** The `"type"` values of a Plural JSON document. */
export const JSON_DOCUMENT_TYPES = Object.freeze(['ranking', 'approval', 'categorical', 'cardinal', 'pairwise', 'kwise'] as const);

const FIX_TYPE = `Set "type" to one of ${JSON_DOCUMENT_TYPES.map((t) => `"${t}"`).join(', ')}.`;

/**
 * Reads a Plural JSON document, one JSON object discriminated by its `"type"`:
 * - `{"type":"ranking","candidates":[…],"ballots":[{"ranking":[label | [labels…]],"count":n}]}` (a ballot
 *   may also be a bare array of labels, count 1; an inner array is a tie) → AnonymousProfile;
 * - `{"type":"approval","candidates":[…],"ballots":[{"approved":[labels],"count":n}]}` → ApprovalProfile;
 * - `{"type":"categorical","candidates":[…],"categories":[names],"ballots":[{"categories":[[labels]…],"count":n}]}`;
 * - `{"type":"cardinal","candidates":[…],"agents":[…],"utilities":[[…]]}` → CardinalProfile;
 * - `{"type":"pairwise","items":[…],"comparisons":[{"a","b","winner":"a"|"b"|"tie","weight"?,"annotator"?,"group"?}]}`;
 * - `{"type":"kwise","items":[…],"rankings":[{"ranking":[…],"weight"?,"annotator"?,"group"?}]}`.
 * Ballots name candidates by label (string or number, typed: `1` ≠ `"1"`). Profiles may carry
 * `"metadata": {"fields": [["name","value"]…], "candidateNames": […]}`. Counts default to 1; `items`
 * default to the sorted distinct labels of the records. Unknown keys, unknown labels, invalid JSON →
 * ParseError at `source:line` (with the column for syntax errors).
 *
 * Complexity: O(n) in the length of the text plus the cost of the profile constructor.
 *
 * @example
 * readJson('{"type":"ranking","candidates":["a","b"],"ballots":[["b","a"]]}').ballots; // [[1, 0]]
 */
export function readJson(text: string, options: ReadOptions = {}): JsonProfileData {
  const source = options.source;
  const r: JsonReader = new JsonReader(parseJsonDocument(text, source), source);
  const root = r.object(r.root(), 'the document');
  const typeAt = r.required(root, 'type', FIX_TYPE);
  const type = r.string(typeAt, 'the document type');
  switch (type) {
    case 'ranking':
      return readRanking(r, r.object(root, 'a ranking document', ['type', 'candidates', 'ballots', 'metadata']), source);
    case 'approval':
      return readApproval(r, r.object(root, 'an approval document', ['type', 'candidates', 'ballots', 'metadata']), source);
    case 'categorical':
      return readCategorical(r, r.object(root, 'a categorical document', ['type', 'candidates', 'categories', 'ballots', 'metadata']), source);
    case 'cardinal':
      return readCardinal(r, r.object(root, 'a cardinal document', ['type', 'candidates', 'agents', 'utilities', 'metadata']), source);
    case 'pairwise':
      return readPairwise(r, r.object(root, 'a pairwise document', ['type', 'items', 'comparisons']), source);
    case 'kwise':
      return readKwise(r, r.object(root, 'a kwise document', ['type', 'items', 'rankings']), source);
    default:
      return r.fail(typeAt, `unknown document type ${JSON.stringify(type)}.`, FIX_TYPE);
  }
}

type Obj = JsonAt<Record<string, unknown>>;

function lineList(r: JsonReader, entries: readonly JsonAt[]): number[] {
  return entries.map((e) => r.line(e) ?? 1);
}

/** Reads a ranking (labels, inner arrays are ties) into index form, rejecting repeats. */
function readRankingValue(r: JsonReader, at: JsonAt, index: (at: JsonAt) => number, m: number): number[][] {
  const list = r.array(at, 'a ranking');
  const seen = new Uint8Array(m);
  return r.entries(list).map((entry) => {
    const group = Array.isArray(entry.value) ? r.entries(r.array(entry, 'a tie group')) : [entry];
    if (group.length === 0) r.fail(entry, 'an empty tie group.', 'Remove the empty [] from the ranking.');
    return group.map((g) => {
      const c = index(g);
      if (seen[c]) r.fail(g, `${JSON.stringify(g.value)} appears twice in one ranking.`, 'List each candidate at most once per ranking; put tied candidates in one inner array.');
      seen[c] = 1;
      return c;
    });
  });
}

function readCandidates(r: JsonReader, root: Obj, key: string, what: string): Label[] {
  return r.labels(r.required(root, key, `Give the ${what}s as "${key}": [label, …].`), what);
}

function readCount(r: JsonReader, ballot: Obj): number {
  const c = r.child(ballot, 'count');
  return c === undefined ? 1 : r.positive(c, 'the count');
}

function readRanking(r: JsonReader, root: Obj, source: string | undefined): AnonymousProfile {
  const candidates = readCandidates(r, root, 'candidates', 'candidate');
  const index = r.lookup(candidates, 'candidate');
  const metadata = r.metadata(r.child(root, 'metadata'));
  const entries = r.entries(r.array(r.required(root, 'ballots', 'Give the ballots as "ballots": [{"ranking": […], "count": n}, …].'), 'the ballots'));
  const ballots: number[][][] = [];
  const counts: number[] = [];
  for (const e of entries) {
    if (Array.isArray(e.value)) {
      ballots.push(readRankingValue(r, e, index, candidates.length));
      counts.push(1);
    } else {
      const b = r.object(e, 'a ballot', ['ranking', 'count']);
      ballots.push(readRankingValue(r, r.required(b, 'ranking', 'Write a ballot as {"ranking": […], "count": n}.'), index, candidates.length));
      counts.push(readCount(r, b));
    }
  }
  const lines = lineList(r, entries);
  return asParseErrors({ source }, { ballots: lines, counts: lines }, r.line(root), () =>
    anonymousProfile({ candidates, ballots, counts, ...(metadata === undefined ? {} : { metadata }) }),
  );
}

function readSet(r: JsonReader, at: JsonAt, index: (at: JsonAt) => number, m: number, what: string): number[] {
  const seen = new Uint8Array(m);
  return r.entries(r.array(at, what)).map((e) => {
    const c = index(e);
    if (seen[c]) r.fail(e, `${JSON.stringify(e.value)} is listed twice.`, 'List each candidate once.');
    seen[c] = 1;
    return c;
  });
}

function readApproval(r: JsonReader, root: Obj, source: string | undefined): ApprovalProfile {
  const candidates = readCandidates(r, root, 'candidates', 'candidate');
  const index = r.lookup(candidates, 'candidate');
  const metadata = r.metadata(r.child(root, 'metadata'));
  const entries = r.entries(r.array(r.required(root, 'ballots', 'Give the ballots as "ballots": [{"approved": […], "count": n}, …].'), 'the ballots'));
  const ballots: number[][] = [];
  const counts: number[] = [];
  for (const e of entries) {
    if (Array.isArray(e.value)) {
      ballots.push(readSet(r, e, index, candidates.length, 'an approval set'));
      counts.push(1);
    } else {
      const b = r.object(e, 'a ballot', ['approved', 'count']);
      ballots.push(readSet(r, r.required(b, 'approved', 'Write a ballot as {"approved": […], "count": n}.'), index, candidates.length, 'an approval set'));
      counts.push(readCount(r, b));
    }
  }
  const lines = lineList(r, entries);
  return asParseErrors({ source }, { ballots: lines, counts: lines }, r.line(root), () =>
    approvalProfile({ candidates, ballots, counts, ...(metadata === undefined ? {} : { metadata }) }),
  );
}

function readCategorical(r: JsonReader, root: Obj, source: string | undefined): CategoricalProfile {
  const candidates = readCandidates(r, root, 'candidates', 'candidate');
  const index = r.lookup(candidates, 'candidate');
  const m = candidates.length;
  const categoriesAt = r.array(r.required(root, 'categories', 'Name the categories, e.g. "categories": ["yes", "no"].'), 'the category names');
  const categories = r.entries(categoriesAt).map((e) => r.string(e, 'a category name'));
  if (categories.length === 0) r.fail(categoriesAt, 'a categorical profile needs at least one category.', 'Name the categories, e.g. ["yes", "no"].');
  const metadata = r.metadata(r.child(root, 'metadata'));
  const entries = r.entries(r.array(r.required(root, 'ballots', 'Give the ballots as "ballots": [{"categories": [[…], …], "count": n}, …].'), 'the ballots'));
  const ballots: number[][][] = [];
  const counts: number[] = [];
  for (const e of entries) {
    let setsAt: JsonAt;
    if (Array.isArray(e.value)) {
      setsAt = e;
      counts.push(1);
    } else {
      const b = r.object(e, 'a ballot', ['categories', 'count']);
      setsAt = r.required(b, 'categories', 'Write a ballot as {"categories": [[…] per category], "count": n}.');
      counts.push(readCount(r, b));
    }
    const sets = r.entries(r.array(setsAt, 'the sets of a ballot'));
    if (sets.length !== categories.length) {
      r.fail(setsAt, `expected ${categories.length} candidate sets (one per category), got ${sets.length}.`, 'Give one (possibly empty) list of candidates per category, in the order of "categories".');
    }
    const used = new Uint8Array(m);
    ballots.push(
      sets.map((s) => {
        const set = readSet(r, s, index, m, 'a category set');
        set.forEach((c, j) => {
          if (used[c]) r.fail({ value: (s.value as unknown[])[j], path: `${s.path}[${j}]`, parent: s.value as object, key: j }, `${JSON.stringify(candidates[c])} is in two categories of one ballot.`, 'Put each candidate in at most one category.');
          used[c] = 1;
        });
        return set;
      }),
    );
  }
  const lines = lineList(r, entries);
  return asParseErrors({ source }, { ballots: lines, counts: lines }, r.line(root), () =>
    categoricalProfile({ candidates, categories, ballots, counts, ...(metadata === undefined ? {} : { metadata }) }),
  );
}

function readCardinal(r: JsonReader, root: Obj, source: string | undefined): CardinalProfile {
  const candidates = readCandidates(r, root, 'candidates', 'candidate');
  const agentsAt = r.child(root, 'agents');
  const agents = agentsAt === undefined ? undefined : r.labels(agentsAt, 'agent');
  const metadata = r.metadata(r.child(root, 'metadata'));
  const rowsAt = r.array(r.required(root, 'utilities', 'Give "utilities": [[value per candidate], …] with one row per agent.'), 'the utilities');
  const rows = r.entries(rowsAt);
  if (agents !== undefined && agents.length !== rows.length) {
    r.fail(rowsAt, `${agents.length} agents but ${rows.length} utility rows.`, 'Give one row of utilities per agent.');
  }
  const utilities = rows.map((row) => {
    const cells = r.entries(r.array(row, 'a utility row'));
    if (cells.length !== candidates.length) r.fail(row, `expected ${candidates.length} utilities (one per candidate), got ${cells.length}.`, 'Give one value per candidate, in the order of "candidates".');
    return cells.map((c) => r.finite(c, 'a utility'));
  });
  const lines = lineList(r, rows);
  return asParseErrors({ source }, { utilities: lines, agents: lines }, r.line(root), () =>
    cardinalProfile({ candidates, utilities, ...(agents === undefined ? {} : { agents }), ...(metadata === undefined ? {} : { metadata }) }),
  );
}

function readTag(r: JsonReader, obj: Obj, key: 'annotator' | 'group'): { annotator?: string; group?: string } {
  const at = r.child(obj, key);
  return at === undefined ? {} : { [key]: r.string(at, `the ${key}`) };
}

function readWeight(r: JsonReader, obj: Obj): { weight?: number } {
  const at = r.child(obj, 'weight');
  return at === undefined ? {} : { weight: r.positive(at, 'the weight') };
}

/** Items given, or the sorted distinct labels found in records. */
function itemsOf(r: JsonReader, root: Obj, found: () => Label[]): { items: Label[]; given: boolean } {
  const at = r.child(root, 'items');
  if (at !== undefined) return { items: r.labels(at, 'item'), given: true };
  const seen = new Map<string, Label>();
  for (const label of found()) seen.set(`${typeof label}:${label}`, label);
  return { items: [...seen.values()].sort(compareLabels), given: false };
}

function readPairwise(r: JsonReader, root: Obj, source: string | undefined): PairwiseData {
  const entries = r.entries(r.array(r.required(root, 'comparisons', 'Give "comparisons": [{"a": …, "b": …, "winner": "a"|"b"|"tie"}, …].'), 'the comparisons'));
  const objects = entries.map((e) => r.object(e, 'a comparison', ['a', 'b', 'winner', 'weight', 'annotator', 'group']));
  const { items } = itemsOf(r, root, () =>
    objects.flatMap((o) => [r.label(r.required(o, 'a', 'Name item "a".'), 'item a'), r.label(r.required(o, 'b', 'Name item "b".'), 'item b')]),
  );
  const index = r.lookup(items, 'item');
  const records: PairwiseRecord[] = objects.map((o) => {
    const a = index(r.required(o, 'a', 'Name item "a".'));
    const bAt = r.required(o, 'b', 'Name item "b".');
    const b = index(bAt);
    if (a === b) r.fail(bAt, `item ${JSON.stringify(items[a])} is compared with itself.`, 'Remove the comparison, or correct one of the two items.');
    const winnerAt = r.required(o, 'winner', 'Say who won: "winner": "a", "b" or "tie".');
    const winner = r.string(winnerAt, 'the winner');
    if (winner !== 'a' && winner !== 'b' && winner !== 'tie') r.fail(winnerAt, `the winner ${JSON.stringify(winner)} is not "a", "b" or "tie".`, 'Write "a" when item a won, "b" when item b won, "tie" for a tie.');
    return { a, b, outcome: winner as PairwiseOutcome, ...readWeight(r, o), ...readTag(r, o, 'annotator'), ...readTag(r, o, 'group') };
  });
  return asParseErrors({ source }, { records: lineList(r, entries) }, r.line(root), () => pairwiseData({ items, records }));
}

function readKwise(r: JsonReader, root: Obj, source: string | undefined): KwiseData {
  const entries = r.entries(r.array(r.required(root, 'rankings', 'Give "rankings": [{"ranking": […]}, …].'), 'the rankings'));
  const rankingAt = entries.map((e) => {
    if (Array.isArray(e.value)) return { at: e, obj: undefined };
    const obj = r.object(e, 'a K-wise ranking', ['ranking', 'weight', 'annotator', 'group']);
    return { at: r.required(obj, 'ranking', 'Write {"ranking": […], "weight"?: w}.'), obj };
  });
  const { items } = itemsOf(r, root, () =>
    rankingAt.flatMap(({ at }) => r.entries(r.array(at, 'a ranking')).flatMap((e) => (Array.isArray(e.value) ? r.entries(r.array(e, 'a tie group')) : [e]).map((g) => r.label(g, 'an item')))),
  );
  const index = r.lookup(items, 'item');
  const records: KwiseRecord[] = rankingAt.map(({ at, obj }) => {
    const ranking = readRankingValue(r, at, index, items.length) as Ranking;
    const size = (ranking as readonly (readonly number[])[]).reduce((s, g) => s + g.length, 0);
    if (size < 2) r.fail(at, 'a K-wise ranking must rank at least two items.', 'Rank two or more items, or drop the record.');
    return { ranking, ...(obj === undefined ? {} : { ...readWeight(r, obj), ...readTag(r, obj, 'annotator'), ...readTag(r, obj, 'group') }) };
  });
  return asParseErrors({ source }, { records: lineList(r, entries) }, r.line(root), () => kwiseData({ items, records }));
}

// ---------------------------------------------------------------------------------------------- writer

/** A number as JSON text; keeps −0 (valid JSON) so that it reads back identically. */
function num(value: number): string {
  return Object.is(value, -0) ? '-0' : JSON.stringify(value);
}

function labelJson(label: Label): string {
  return typeof label === 'number' ? num(label) : JSON.stringify(label);
}

function labelsJson(labels: readonly Label[]): string {
  return `[${labels.map(labelJson).join(', ')}]`;
}

function rankingJson(ranking: Ranking, labels: readonly Label[]): string {
  return `[${ranking.map((e) => (typeof e === 'number' ? labelJson(labels[e]!) : labelsJson(e.map((c) => labels[c]!)))).join(', ')}]`;
}

function lines(items: readonly string[]): string {
  return items.length === 0 ? '[]' : `[\n${items.map((s) => `    ${s}`).join(',\n')}\n  ]`;
}

function jsonObject(entries: readonly (readonly [string, string])[]): string {
  return `{\n${entries.map(([k, v]) => `  ${JSON.stringify(k)}: ${v}`).join(',\n')}\n}\n`;
}

function metadataEntry(metadata: ProfileMetadata | undefined): [string, string][] {
  if (metadata === undefined) return [];
  const parts: string[] = [];
  if (metadata.fields !== undefined) parts.push(`"fields": [${metadata.fields.map((f) => `[${JSON.stringify(f[0])}, ${JSON.stringify(f[1])}]`).join(', ')}]`);
  if (metadata.candidateNames !== undefined) parts.push(`"candidateNames": [${metadata.candidateNames.map((n) => JSON.stringify(n)).join(', ')}]`);
  return [['metadata', `{${parts.join(', ')}}`]];
}

function tagsJson(r: { weight?: number; annotator?: string; group?: string }): string {
  return `${r.weight === undefined ? '' : `, "weight": ${num(r.weight)}`}${r.annotator === undefined ? '' : `, "annotator": ${JSON.stringify(r.annotator)}`}${r.group === undefined ? '' : `, "group": ${JSON.stringify(r.group)}`}`;
}

/**
 * Writes data as a Plural JSON document (see {@link readJson}), one ballot, row or record per line, so
 * that it reads back to equal data (metadata included). PB and abcvoting instances are refused
 * (UnsupportedFormatError): write them in their own formats.
 *
 * Complexity: O(size of the data).
 *
 * @example
 * writeJson(approvalProfile({ candidates: ['a', 'b'], ballots: [[0]] }));
 * // '{\n  "type": "approval",\n  "candidates": ["a", "b"],\n  "ballots": [\n    {"approved": ["a"], "count": 1}\n  ]\n}\n'
 */
export function writeJson(input: FormatData): string {
  const data = input as JsonProfileData;
  switch (data.kind) {
    case 'anonymous':
      return jsonObject([
        ['type', '"ranking"'],
        ['candidates', labelsJson(data.candidates)],
        ['ballots', lines(data.ballots.map((b, i) => `{"ranking": ${rankingJson(b, data.candidates)}, "count": ${num(data.counts[i]!)}}`))],
        ...metadataEntry(data.metadata),
      ]);
    case 'approval':
      return jsonObject([
        ['type', '"approval"'],
        ['candidates', labelsJson(data.candidates)],
        ['ballots', lines(data.ballots.map((b, i) => `{"approved": ${labelsJson(b.map((c) => data.candidates[c]!))}, "count": ${num(data.counts[i]!)}}`))],
        ...metadataEntry(data.metadata),
      ]);
    case 'categorical':
      return jsonObject([
        ['type', '"categorical"'],
        ['candidates', labelsJson(data.candidates)],
        ['categories', `[${data.categories.map((c) => JSON.stringify(c)).join(', ')}]`],
        ['ballots', lines(data.ballots.map((b, i) => `{"categories": [${b.map((set) => labelsJson(set.map((c) => data.candidates[c]!))).join(', ')}], "count": ${num(data.counts[i]!)}}`))],
        ...metadataEntry(data.metadata),
      ]);
    case 'cardinal':
      return jsonObject([
        ['type', '"cardinal"'],
        ['candidates', labelsJson(data.candidates)],
        ['agents', labelsJson(data.agents)],
        ['utilities', lines(data.utilities.map((row) => `[${row.map(num).join(', ')}]`))],
        ...metadataEntry(data.metadata),
      ]);
    case 'pairwise':
      return jsonObject([
        ['type', '"pairwise"'],
        ['items', labelsJson(data.items)],
        ['comparisons', lines(data.records.map((r) => `{"a": ${labelJson(data.items[r.a]!)}, "b": ${labelJson(data.items[r.b]!)}, "winner": "${r.outcome}"${tagsJson(r)}}`))],
      ]);
    case 'kwise':
      return jsonObject([
        ['type', '"kwise"'],
        ['items', labelsJson(data.items)],
        ['rankings', lines(data.records.map((r) => `{"ranking": ${rankingJson(r.ranking, data.items)}${tagsJson(r)}}`))],
      ]);
    default:
      throw new UnsupportedFormatError(`the JSON format does not hold ${String((input as { kind?: unknown }).kind)} data.`, {
        where: 'data.kind',
        fix: 'Write PB instances as .pb and abcvoting instances as .abc.yaml; JSON holds rankings, approvals, categorical, cardinal, pairwise and K-wise data.',
      });
  }
}

/** The Plural JSON format (extension `.json`), discriminated by `"type"`. */
export const jsonFormat: FormatSpec<JsonProfileData> = Object.freeze({
  id: 'json',
  name: 'Plural JSON (ranking, approval, categorical, cardinal, pairwise, kwise)',
  extensions: Object.freeze(['.json']),
  kinds: Object.freeze(['anonymous', 'approval', 'categorical', 'cardinal', 'pairwise', 'kwise'] as const),
  reference: 'RFC 8259 (JSON); Plural documentation, formats: JSON',
  read: readJson,
  write: writeJson,
});
