import { pairwiseData } from '../../pairwise/pairwise-data.js';
import type { PairwiseData, PairwiseOutcome, PairwiseRecord } from '../../profiles/types.js';
import type { FormatData, FormatSpec, ReadOptions } from '../types.js';
import { compareLabels, countCell, keyword, labelCells, numberCell, requireKind } from './cells.js';
import { asParseErrors, parseErrorAt, type ReaderContext } from './reader-errors.js';
import { formatCsvTable, parseCsvTable, type CsvTable } from './rfc4180.js';

/** The columns a pairwise CSV may have; `a`, `b` and `winner` are required. */
export const PAIRWISE_CSV_COLUMNS = Object.freeze(['a', 'b', 'winner', 'weight', 'annotator', 'group'] as const);

type PairwiseColumn = (typeof PAIRWISE_CSV_COLUMNS)[number];

/**
 * True when a CSV header is that of a pairwise CSV: it has the columns `a`, `b` and `winner`, and no
 * column outside {@link PAIRWISE_CSV_COLUMNS} (names trimmed, case-insensitive). Complexity: O(columns).
 *
 * @example
 * isPairwiseCsvHeader(['a', 'b', 'winner', 'weight']); // true
 */
export function isPairwiseCsvHeader(header: readonly string[]): boolean {
  const names = header.map(keyword);
  return (
    names.includes('a') &&
    names.includes('b') &&
    names.includes('winner') &&
    names.every((n) => (PAIRWISE_CSV_COLUMNS as readonly string[]).includes(n))
  );
}

/** Pairwise CSV from an already parsed table (see {@link readPairwiseCsv}). */
export function pairwiseFromCsvTable(table: CsvTable, source?: string): PairwiseData {
  const context: ReaderContext = { source };
  const column = new Map<PairwiseColumn, number>();
  table.header.forEach((cell, j) => {
    const name = keyword(cell);
    if (!(PAIRWISE_CSV_COLUMNS as readonly string[]).includes(name)) {
      throw parseErrorAt(context, table.headerLine, `unknown column ${JSON.stringify(cell)} in a pairwise CSV.`, `Use only the columns ${PAIRWISE_CSV_COLUMNS.join(', ')} (a, b and winner are required).`);
    }
    if (column.has(name as PairwiseColumn)) {
      throw parseErrorAt(context, table.headerLine, `the column ${JSON.stringify(name)} appears twice.`, 'Keep one column of each name.');
    }
    column.set(name as PairwiseColumn, j);
  });
  for (const required of ['a', 'b', 'winner'] as const) {
    if (!column.has(required)) {
      throw parseErrorAt(context, table.headerLine, `a pairwise CSV needs a column named "${required}".`, 'Make the header `a,b,winner` (optionally with weight, annotator, group).');
    }
  }
  const at = (row: readonly string[], name: PairwiseColumn): string | undefined => {
    const j = column.get(name);
    return j === undefined ? undefined : row[j];
  };
  const raw: { a: string; b: string; outcome: PairwiseOutcome; weight?: number; annotator?: string; group?: string }[] = [];
  const labels = new Set<string>();
  table.rows.forEach((row, r) => {
    const line = table.lines[r];
    const a = at(row, 'a')!;
    const b = at(row, 'b')!;
    for (const [name, value] of [['a', a], ['b', b]] as const) {
      if (value.length === 0) throw parseErrorAt(context, line, `the "${name}" cell is empty.`, 'Name both compared items in every row.');
    }
    if (a === b) throw parseErrorAt(context, line, `item ${JSON.stringify(a)} is compared with itself.`, 'Remove the row, or correct one of the two items.');
    const winner = keyword(at(row, 'winner')!);
    if (winner !== 'a' && winner !== 'b' && winner !== 'tie') {
      throw parseErrorAt(context, line, `the winner ${JSON.stringify(at(row, 'winner'))} is not "a", "b" or "tie".`, 'Write a when item a won, b when item b won, tie for a tie.');
    }
    const weightCell = at(row, 'weight');
    const annotator = at(row, 'annotator');
    const group = at(row, 'group');
    raw.push({
      a,
      b,
      outcome: winner,
      ...(weightCell === undefined || weightCell.trim() === '' ? {} : { weight: countCell(context, weightCell, line, 'weight') }),
      ...(annotator === undefined || annotator === '' ? {} : { annotator }),
      ...(group === undefined || group === '' ? {} : { group }),
    });
    labels.add(a);
    labels.add(b);
  });
  const items = [...labels].sort(compareLabels);
  const index = new Map(items.map((label, i) => [label, i]));
  const records: PairwiseRecord[] = raw.map((r) => ({ ...r, a: index.get(r.a)!, b: index.get(r.b)! }));
  return asParseErrors(context, { records: table.lines }, table.headerLine, () => pairwiseData({ items, records }));
}

/**
 * Reads a pairwise-comparison CSV (RLHF preference pairs, arena battles): columns `a`, `b`, `winner`
 * (`a`, `b` or `tie`), optional `weight` (positive), `annotator` and `group`; other columns are an
 * error. Items are the distinct labels of `a` and `b`, sorted (UTF-16 order); records keep row order.
 *
 * Complexity: O(cells + n log n) for n distinct items.
 *
 * @example
 * readPairwiseCsv('a,b,winner\r\ngpt,claude,b\r\n').items; // ['claude', 'gpt']
 */
export function readPairwiseCsv(text: string, options: ReadOptions = {}): PairwiseData {
  return pairwiseFromCsvTable(parseCsvTable(text, options.source), options.source);
}

/**
 * Writes pairwise data as a pairwise CSV (`a,b,winner` plus the weight, annotator and group columns
 * when some record has them). Items that appear in no record are not written.
 *
 * Complexity: O(records).
 *
 * @example
 * writePairwiseCsv(pairwiseData({ items: ['x', 'y'], records: [{ a: 0, b: 1, outcome: 'tie' }] })); // 'a,b,winner\r\nx,y,tie\r\n'
 */
export function writePairwiseCsv(data: PairwiseData): string {
  requireKind(data as FormatData, 'pairwise', 'csv-pairwise');
  const items = labelCells(data.items, 'item');
  const hasWeight = data.records.some((r) => r.weight !== undefined);
  const hasAnnotator = data.records.some((r) => r.annotator !== undefined);
  const hasGroup = data.records.some((r) => r.group !== undefined);
  const rows: string[][] = [['a', 'b', 'winner', ...(hasWeight ? ['weight'] : []), ...(hasAnnotator ? ['annotator'] : []), ...(hasGroup ? ['group'] : [])]];
  for (const r of data.records) {
    rows.push([
      items[r.a]!,
      items[r.b]!,
      r.outcome,
      ...(hasWeight ? [r.weight === undefined ? '' : numberCell(r.weight)] : []),
      ...(hasAnnotator ? [r.annotator ?? ''] : []),
      ...(hasGroup ? [r.group ?? ''] : []),
    ]);
  }
  return formatCsvTable(rows);
}

/** The pairwise CSV format (`--format csv-pairwise`). */
export const csvPairwiseFormat: FormatSpec<PairwiseData> = Object.freeze({
  id: 'csv-pairwise',
  name: 'Pairwise comparison CSV (a,b,winner)',
  extensions: Object.freeze([]) as readonly string[],
  kinds: Object.freeze(['pairwise'] as const),
  reference: 'RFC 4180 (CSV); Plural documentation, formats: pairwise CSV',
  read: readPairwiseCsv,
  write: (data: FormatData) => {
    requireKind(data, 'pairwise', 'csv-pairwise');
    return writePairwiseCsv(data);
  },
});
