import { UnsupportedFormatError } from '../../errors/errors.js';
import type { Label } from '../../profiles/types.js';
import type { FormatData } from '../types.js';
import { parseErrorAt, type ReaderContext } from './reader-errors.js';
import type { CsvTable } from './rfc4180.js';

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A decimal number written in plain or exponent notation (`-1.5`, `2e-3`), or undefined. */
export function decimalCell(cell: string): number | undefined {
  const t = cell.trim();
  if (!DECIMAL.test(t)) return undefined;
  const value = Number(t);
  return Number.isFinite(value) ? value : undefined;
}

/** The trimmed, lower-cased form of a header cell, to recognise column keywords (`count`, `agent`, …). */
export function keyword(cell: string): string {
  return cell.trim().toLowerCase();
}

/** Reads the count/weight cell of a row: a positive finite number. */
export function countCell(context: ReaderContext, cell: string, line: number | undefined, column: string): number {
  const value = decimalCell(cell);
  if (value === undefined || value <= 0) {
    throw parseErrorAt(context, line, `the ${column} ${JSON.stringify(cell)} is not a positive number.`, `Write a positive number in the ${column} column (e.g. 1 or 2.5).`);
  }
  return value;
}

/** Checks header labels: non-empty and distinct. Returns them as the candidate labels (strings). */
export function headerLabels(context: ReaderContext, table: CsvTable, from: number, what: string): string[] {
  const labels = table.header.slice(from);
  const seen = new Map<string, number>();
  labels.forEach((label, j) => {
    if (label.length === 0) {
      throw parseErrorAt(context, table.headerLine, `header column ${from + j + 1} is empty: every ${what} needs a label.`, `Name the ${what} in the header row.`);
    }
    const previous = seen.get(label);
    if (previous !== undefined) {
      throw parseErrorAt(context, table.headerLine, `the ${what} ${JSON.stringify(label)} is in header columns ${from + previous + 1} and ${from + j + 1}.`, `Header labels must be unique; rename or remove one of the two columns.`);
    }
    seen.set(label, j);
  });
  return labels;
}

/**
 * The header cells for a list of labels (numbers written in decimal). Throws UnsupportedFormatError when
 * two labels print the same (e.g. `1` and `"1"`), since CSV could not tell them apart.
 */
export function labelCells(labels: readonly Label[], what: string): string[] {
  const cells = labels.map(String);
  const seen = new Set<string>();
  for (const c of cells) {
    if (seen.has(c)) {
      throw new UnsupportedFormatError(`two ${what}s are both written ${JSON.stringify(c)} in CSV.`, {
        where: what,
        fix: 'Give every label a distinct text (CSV labels are text).',
      });
    }
    seen.add(c);
  }
  return cells;
}

/** A number as CSV text, keeping the sign of −0 so that it reads back identically. */
export function numberCell(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/** Throws UnsupportedFormatError unless `data` is of the given kind. */
export function requireKind<K extends FormatData['kind']>(data: FormatData, kind: K, format: string): asserts data is Extract<FormatData, { kind: K }> {
  if (typeof data !== 'object' || data === null || data.kind !== kind) {
    const got = typeof data === 'object' && data !== null ? String((data as { kind?: unknown }).kind) : typeof data;
    throw new UnsupportedFormatError(`the ${format} format writes ${kind} data, not ${got} data.`, {
      where: 'data.kind',
      fix: `Convert the data to a ${kind} profile first, or choose a format that holds ${got} data.`,
    });
  }
}

/**
 * The order used for item lists built from records: numbers first (ascending), then strings by UTF-16
 * code units (locale-independent, so the same on every machine).
 */
export function compareLabels(x: Label, y: Label): number {
  if (typeof x === 'number') return typeof y === 'number' ? x - y : -1;
  if (typeof y === 'number') return 1;
  return x < y ? -1 : x > y ? 1 : 0;
}
