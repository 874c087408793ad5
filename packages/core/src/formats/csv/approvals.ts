import { approvalProfile } from '../../profiles/approval.js';
import type { ApprovalProfile } from '../../profiles/types.js';
import type { FormatData, FormatSpec, ReadOptions } from '../types.js';
import { countCell, headerLabels, keyword, labelCells, numberCell, requireKind } from './cells.js';
import { asParseErrors, parseErrorAt, type ReaderContext } from './reader-errors.js';
import { formatCsvTable, parseCsvTable, type CsvTable } from './rfc4180.js';

const APPROVED = new Set(['1', 'x', 'true']);
const NOT_APPROVED = new Set(['0', '', 'false']);

/** Approval CSV from an already parsed table (see {@link readApprovalCsv}). */
export function approvalsFromCsvTable(table: CsvTable, source?: string): ApprovalProfile {
  const context: ReaderContext = { source };
  const hasCount = table.header.length > 0 && ['count', 'weight'].includes(keyword(table.header[0]!));
  const countName = hasCount ? keyword(table.header[0]!) : 'count';
  const from = hasCount ? 1 : 0;
  const candidates = headerLabels(context, table, from, 'candidate');
  const ballots: number[][] = [];
  const counts: number[] = [];
  table.rows.forEach((row, r) => {
    const line = table.lines[r];
    counts.push(hasCount ? countCell(context, row[0]!, line, countName) : 1);
    const approved: number[] = [];
    for (let j = 0; j < candidates.length; j++) {
      const cell = keyword(row[from + j]!);
      if (APPROVED.has(cell)) approved.push(j);
      else if (!NOT_APPROVED.has(cell)) {
        throw parseErrorAt(
          context,
          line,
          `the cell of candidate ${JSON.stringify(candidates[j])} is ${JSON.stringify(row[from + j])}, not an approval mark.`,
          'Write 1, x or true for an approved candidate, and 0, false or nothing for a candidate not approved.',
        );
      }
    }
    ballots.push(approved);
  });
  return asParseErrors(context, { ballots: table.lines, counts: table.lines }, table.headerLine, () =>
    approvalProfile({ candidates, ballots, counts }),
  );
}

/**
 * Reads an approval CSV: the header names the candidates (labels as strings), optionally after a first
 * column named `count` or `weight`; each row is one ballot, a cell `1`, `x` or `true` approves the
 * candidate and `0`, `false` or an empty cell does not (case-insensitive). Ballots are kept in row
 * order, not merged. The generic `csv` format cannot tell such a file from a ranking CSV, so approval
 * CSVs are read with this format chosen explicitly (`--format csv-approvals`).
 *
 * Complexity: O(cells).
 *
 * @example
 * readApprovalCsv('a,b,c\r\n1,0,1\r\nx,,\r\n').ballots; // [[0, 2], [0]]
 */
export function readApprovalCsv(text: string, options: ReadOptions = {}): ApprovalProfile {
  return approvalsFromCsvTable(parseCsvTable(text, options.source), options.source);
}

/**
 * Writes an approval profile as an approval CSV: a `count` column and one `1`/`0` column per candidate.
 *
 * Complexity: O(b·m) for b ballots over m candidates.
 *
 * @example
 * writeApprovalCsv(approvalProfile({ candidates: ['a', 'b'], ballots: [[1]] })); // 'count,a,b\r\n1,0,1\r\n'
 */
export function writeApprovalCsv(profile: ApprovalProfile): string {
  requireKind(profile as FormatData, 'approval', 'csv-approvals');
  const m = profile.candidates.length;
  const rows: string[][] = [['count', ...labelCells(profile.candidates, 'candidate')]];
  profile.ballots.forEach((ballot, i) => {
    const cells = new Array<string>(m).fill('0');
    for (const c of ballot) cells[c] = '1';
    rows.push([numberCell(profile.counts[i]!), ...cells]);
  });
  return formatCsvTable(rows);
}

/** The approval CSV format (`--format csv-approvals`). */
export const csvApprovalsFormat: FormatSpec<ApprovalProfile> = Object.freeze({
  id: 'csv-approvals',
  name: 'Approval CSV (one column per candidate, cells 1/0)',
  extensions: Object.freeze([]) as readonly string[],
  kinds: Object.freeze(['approval'] as const),
  reference: 'RFC 4180 (CSV); Plural documentation, formats: approval CSV',
  read: readApprovalCsv,
  write: (data: FormatData) => {
    requireKind(data, 'approval', 'csv-approvals');
    return writeApprovalCsv(data);
  },
});
