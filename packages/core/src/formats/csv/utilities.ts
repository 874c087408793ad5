import { cardinalProfile } from '../../profiles/approval.js';
import type { CardinalProfile } from '../../profiles/types.js';
import type { FormatData, FormatSpec, ReadOptions } from '../types.js';
import { decimalCell, headerLabels, keyword, labelCells, numberCell, requireKind } from './cells.js';
import { asParseErrors, parseErrorAt, type ReaderContext } from './reader-errors.js';
import { formatCsvTable, parseCsvTable, type CsvTable } from './rfc4180.js';

/** Utility CSV from an already parsed table (see {@link readUtilityCsv}). */
export function utilitiesFromCsvTable(table: CsvTable, source?: string): CardinalProfile {
  const context: ReaderContext = { source };
  if (table.header.length === 0 || keyword(table.header[0]!) !== 'agent') {
    throw parseErrorAt(context, table.headerLine, 'a utility CSV must start with a column named "agent".', 'Make the header `agent,<candidate>,<candidate>,…`.');
  }
  const candidates = headerLabels(context, table, 1, 'candidate');
  const agents: string[] = [];
  const utilities: number[][] = [];
  table.rows.forEach((row, r) => {
    const line = table.lines[r];
    const agent = row[0]!;
    if (agent.length === 0) {
      throw parseErrorAt(context, line, 'the agent cell is empty.', 'Name every agent in the first column.');
    }
    agents.push(agent);
    const values = candidates.map((label, j) => {
      const value = decimalCell(row[1 + j]!);
      if (value === undefined) {
        throw parseErrorAt(context, line, `the utility of agent ${JSON.stringify(agent)} for ${JSON.stringify(label)} is ${JSON.stringify(row[1 + j])}, not a finite number.`, 'Write a finite decimal number (signed values are allowed) in every cell.');
      }
      return value;
    });
    utilities.push(values);
  });
  return asParseErrors(context, { utilities: table.lines, agents: table.lines }, table.headerLine, () =>
    cardinalProfile({ candidates, agents, utilities }),
  );
}

/**
 * Reads a utility (cardinal) CSV: header `agent,<candidates…>`, then one row per agent with its name and
 * its value for each candidate (signed finite decimal numbers). Labels are strings.
 *
 * Complexity: O(cells).
 *
 * @example
 * readUtilityCsv('agent,x,y\r\nann,1,-2.5\r\n').utilities; // [[1, -2.5]]
 */
export function readUtilityCsv(text: string, options: ReadOptions = {}): CardinalProfile {
  return utilitiesFromCsvTable(parseCsvTable(text, options.source), options.source);
}

/**
 * Writes a cardinal profile as a utility CSV (`agent` column, then one column per candidate). Numbers
 * are written so that they read back identically (−0 included).
 *
 * Complexity: O(n·m) for n agents and m candidates.
 *
 * @example
 * writeUtilityCsv(cardinalProfile({ candidates: ['x'], agents: ['ann'], utilities: [[3]] })); // 'agent,x\r\nann,3\r\n'
 */
export function writeUtilityCsv(profile: CardinalProfile): string {
  requireKind(profile as FormatData, 'cardinal', 'csv-utilities');
  const agents = labelCells(profile.agents, 'agent');
  const rows: string[][] = [['agent', ...labelCells(profile.candidates, 'candidate')]];
  profile.utilities.forEach((row, i) => rows.push([agents[i]!, ...row.map(numberCell)]));
  return formatCsvTable(rows);
}

/** The utility CSV format (`--format csv-utilities`). */
export const csvUtilitiesFormat: FormatSpec<CardinalProfile> = Object.freeze({
  id: 'csv-utilities',
  name: 'Utility CSV (agent column, one column of values per candidate)',
  extensions: Object.freeze([]) as readonly string[],
  kinds: Object.freeze(['cardinal'] as const),
  reference: 'RFC 4180 (CSV); Plural documentation, formats: utility CSV',
  read: readUtilityCsv,
  write: (data: FormatData) => {
    requireKind(data, 'cardinal', 'csv-utilities');
    return writeUtilityCsv(data);
  },
});
