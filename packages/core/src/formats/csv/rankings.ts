import { anonymousProfile } from '../../profiles/ranking-profiles.js';
import type { AnonymousProfile } from '../../profiles/types.js';
import type { FormatData, FormatSpec, ReadOptions } from '../types.js';
import { countCell, headerLabels, keyword, labelCells, numberCell, requireKind } from './cells.js';
import { asParseErrors, parseErrorAt, type ReaderContext } from './reader-errors.js';
import { formatCsvTable, parseCsvTable, type CsvTable } from './rfc4180.js';

const APPROVAL_LIKE = new Set(['0', 'x', 'true', 'false']);

/** Ranking CSV from an already parsed table (see {@link readRankingCsv}). */
export function rankingsFromCsvTable(table: CsvTable, source?: string): AnonymousProfile {
  const context: ReaderContext = { source };
  const hasCount = table.header.length > 0 && ['count', 'weight'].includes(keyword(table.header[0]!));
  const countName = hasCount ? keyword(table.header[0]!) : 'count';
  const from = hasCount ? 1 : 0;
  const candidates = headerLabels(context, table, from, 'candidate');
  const m = candidates.length;
  const ballots: number[][][] = [];
  const counts: number[] = [];
  table.rows.forEach((row, r) => {
    const line = table.lines[r];
    counts.push(hasCount ? countCell(context, row[0]!, line, countName) : 1);
    const byRank = new Map<number, number[]>();
    for (let j = 0; j < m; j++) {
      const cell = row[from + j]!.trim();
      if (cell === '') continue;
      if (!/^\d+$/.test(cell) || Number(cell) < 1 || !Number.isSafeInteger(Number(cell))) {
        const approval = APPROVAL_LIKE.has(cell.toLowerCase());
        throw parseErrorAt(
          context,
          line,
          `the cell of candidate ${JSON.stringify(candidates[j])} is ${JSON.stringify(row[from + j])}, not a rank (a whole number ≥ 1).`,
          approval
            ? 'This looks like an approval CSV (cells 1/0, x, true/false): read it with the csv-approvals format (--format csv-approvals).'
            : 'Write each candidate\'s rank (1 = best, equal numbers for a tie) or leave the cell empty for an unranked candidate.',
        );
      }
      const rank = Number(cell);
      const group = byRank.get(rank);
      if (group) group.push(j);
      else byRank.set(rank, [j]);
    }
    ballots.push([...byRank.entries()].sort((x, y) => x[0] - y[0]).map((e) => e[1]));
  });
  return asParseErrors(context, { ballots: table.lines, counts: table.lines }, table.headerLine, () =>
    anonymousProfile({ candidates, ballots, counts }),
  );
}

/**
 * Reads a ranking CSV: the header names the candidates (their labels, as strings), optionally after a
 * first column named `count` or `weight`; each row is one ballot (times its count), each cell the rank
 * of that candidate (1 = best; equal numbers are a tie; an empty cell leaves the candidate unranked).
 * Identical ballots are merged. Malformed text throws a ParseError at `source:line`.
 *
 * Complexity: O(cells + b·m log m) for b rows and m candidates.
 *
 * @example
 * readRankingCsv('count,a,b,c\r\n2,1,2,\r\n1,2,1,1\r\n').ballots; // [[0, 1], [[1, 2], 0]]
 */
export function readRankingCsv(text: string, options: ReadOptions = {}): AnonymousProfile {
  return rankingsFromCsvTable(parseCsvTable(text, options.source), options.source);
}

/**
 * Writes an anonymous ranking profile as a ranking CSV: a `count` column, then one column per
 * candidate; each ballot on one row with the rank of each ranked candidate (ties share a rank, unranked
 * cells are empty). Metadata is not written (CSV has no place for it).
 *
 * Complexity: O(b·m) for b ballots over m candidates.
 *
 * @example
 * writeRankingCsv(anonymousProfile({ candidates: ['a', 'b'], ballots: [[1, 0]] })); // 'count,a,b\r\n1,2,1\r\n'
 */
export function writeRankingCsv(profile: AnonymousProfile): string {
  requireKind(profile as FormatData, 'anonymous', 'csv-rankings');
  const rows: string[][] = [['count', ...labelCells(profile.candidates, 'candidate')]];
  const m = profile.candidates.length;
  profile.ballots.forEach((ballot, i) => {
    const cells = new Array<string>(m).fill('');
    ballot.forEach((entry, k) => {
      for (const c of typeof entry === 'number' ? [entry] : entry) cells[c] = String(k + 1);
    });
    rows.push([numberCell(profile.counts[i]!), ...cells]);
  });
  return formatCsvTable(rows);
}

/** The ranking CSV format (`--format csv-rankings`). */
export const csvRankingsFormat: FormatSpec<AnonymousProfile> = Object.freeze({
  id: 'csv-rankings',
  name: 'Ranking CSV (one column per candidate, cells are ranks)',
  extensions: Object.freeze([]) as readonly string[],
  kinds: Object.freeze(['anonymous'] as const),
  reference: 'RFC 4180 (CSV); Plural documentation, formats: ranking CSV',
  read: readRankingCsv,
  write: (data: FormatData) => {
    requireKind(data, 'anonymous', 'csv-rankings');
    return writeRankingCsv(data);
  },
});
