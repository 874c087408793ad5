import { UnsupportedFormatError } from '../../errors/errors.js';
import type { AnonymousProfile, ApprovalProfile, CardinalProfile, PairwiseData } from '../../profiles/types.js';
import type { FormatData, FormatSpec, ReadOptions } from '../types.js';
import { keyword } from './cells.js';
import { isPairwiseCsvHeader, pairwiseFromCsvTable, writePairwiseCsv } from './pairwise.js';
import { rankingsFromCsvTable, writeRankingCsv } from './rankings.js';
import { parseCsvTable } from './rfc4180.js';
import { utilitiesFromCsvTable, writeUtilityCsv } from './utilities.js';

/** What the generic `csv` format reads a CSV as, decided by its header alone. */
export type CsvKind = 'rankings' | 'utilities' | 'pairwise';

/**
 * Decides the kind of a CSV from its header row:
 * 1. `pairwise` when the header has the columns `a`, `b` and `winner` and no columns other than
 *    `a, b, winner, weight, annotator, group`;
 * 2. `utilities` when the first column is named `agent`;
 * 3. otherwise `rankings`.
 * Approval CSVs cannot be told from ranking CSVs by their header: read them with the `csv-approvals`
 * format. Column names are compared trimmed and case-insensitively.
 *
 * Complexity: O(columns).
 *
 * @example
 * sniffCsvKind(['a', 'b', 'winner']); // 'pairwise'
 */
export function sniffCsvKind(header: readonly string[]): CsvKind {
  if (isPairwiseCsvHeader(header)) return 'pairwise';
  if (header.length > 0 && keyword(header[0]!) === 'agent') return 'utilities';
  return 'rankings';
}

/**
 * Reads any CSV form the generic `csv` format knows, dispatching on the header (see
 * {@link sniffCsvKind}): a pairwise CSV gives PairwiseData, a utility CSV a CardinalProfile, anything
 * else is read as a ranking CSV (AnonymousProfile).
 *
 * Complexity: that of the chosen reader, O(cells) up to sorting.
 *
 * @example
 * readCsv('agent,x\r\nann,2\r\n').kind; // 'cardinal'
 */
export function readCsv(text: string, options: ReadOptions = {}): AnonymousProfile | CardinalProfile | PairwiseData {
  const table = parseCsvTable(text, options.source);
  switch (sniffCsvKind(table.header)) {
    case 'pairwise':
      return pairwiseFromCsvTable(table, options.source);
    case 'utilities':
      return utilitiesFromCsvTable(table, options.source);
    default:
      return rankingsFromCsvTable(table, options.source);
  }
}

/**
 * Writes anonymous ranking profiles, cardinal profiles and pairwise data in the CSV form that
 * {@link readCsv} reads back to the same data. Approval profiles are refused (the generic reader would
 * read them back as rankings): write them with the `csv-approvals` format.
 *
 * Complexity: that of the chosen writer, O(cells).
 *
 * @example
 * writeCsv(pairwiseData({ items: ['x', 'y'], records: [{ a: 0, b: 1, outcome: 'a' }] })); // 'a,b,winner\r\nx,y,a\r\n'
 */
export function writeCsv(input: FormatData): string {
  const data = input as AnonymousProfile | CardinalProfile | PairwiseData | ApprovalProfile;
  switch (data.kind) {
    case 'anonymous':
      return writeRankingCsv(data);
    case 'cardinal':
      return writeUtilityCsv(data);
    case 'pairwise':
      return writePairwiseCsv(data);
    case 'approval':
      throw new UnsupportedFormatError('the generic csv format reads every approval CSV back as rankings, so it does not write approval profiles.', {
        where: 'data.kind',
        fix: 'Write approval profiles with the csv-approvals format (--format csv-approvals) and read them back with it.',
      });
    default:
      throw new UnsupportedFormatError(`the csv format cannot hold ${String((input as { kind?: unknown }).kind)} data.`, {
        where: 'data.kind',
        fix: 'Use CSV for rankings, approvals (csv-approvals), utilities or pairwise comparisons; use JSON for the other kinds.',
      });
  }
}

/** The generic CSV format (extension `.csv`): sniffs the header and dispatches. */
export const csvFormat: FormatSpec<AnonymousProfile | CardinalProfile | PairwiseData> = Object.freeze({
  id: 'csv',
  name: 'CSV (rankings, utilities or pairwise comparisons, told apart by the header)',
  extensions: Object.freeze(['.csv']),
  kinds: Object.freeze(['anonymous', 'cardinal', 'pairwise'] as const),
  reference: 'RFC 4180 (CSV); Plural documentation, formats: CSV',
  read: readCsv,
  write: writeCsv,
});
