import { requireText, stripBom } from '../text.js';
import { parseErrorAt, type ReaderContext } from './reader-errors.js';

/** A CSV table: the header row, the data rows, and the file line each data row starts on. */
export interface CsvTable {
  readonly header: readonly string[];
  /** File line of the header row: always 1, the header being the first record. */
  readonly headerLine: number;
  readonly rows: readonly (readonly string[])[];
  /** `lines[i]` is the file line on which `rows[i]` starts (quoted fields may span lines). */
  readonly lines: readonly number[];
}

/**
 * Parses CSV text as RFC 4180 (Shafranovich, 2005, RFC 4180): comma-separated fields, records ended
 * by CRLF (LF and lone CR are accepted too), fields containing commas, quotes or line breaks enclosed
 * in double quotes with inner quotes doubled. A byte-order mark is skipped. The first record is the
 * header; every record must have as many fields as the header. Trailing empty lines at the end of the
 * text are ignored; there are no comment lines. Malformed text throws a ParseError at `source:line`.
 *
 * Complexity: O(n) in the length of the text.
 *
 * @example
 * parseCsvTable('a,"b, c"\r\n1,2\r\n').rows; // [['1', '2']]
 */
export function parseCsvTable(text: string, source?: string): CsvTable {
  requireText(text, source);
  const context: ReaderContext = { source };
  const s = stripBom(text);
  const records: string[][] = [];
  const recordLines: number[] = [];
  const quotedEmpty: boolean[] = [];
  let line = 1;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const record: string[] = [];
    const startLine = line;
    let anyQuoted = false;
    for (;;) {
      let field = '';
      if (s.charCodeAt(i) === 34 /* " */) {
        anyQuoted = true;
        const fieldLine = line;
        i++;
        for (;;) {
          if (i >= n) {
            throw parseErrorAt(context, fieldLine, 'a quoted field is not closed before the end of the text.', 'Close the field with a double quote; write a quote inside a quoted field as "".');
          }
          const c = s.charCodeAt(i);
          if (c === 34) {
            if (s.charCodeAt(i + 1) === 34) {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === 13 || c === 10) {
            if (c === 13 && s.charCodeAt(i + 1) === 10) {
              field += '\r\n';
              i += 2;
            } else {
              field += s[i];
              i++;
            }
            line++;
            continue;
          }
          field += s[i];
          i++;
        }
        const next = s.charCodeAt(i);
        if (i < n && next !== 44 && next !== 13 && next !== 10) {
          throw parseErrorAt(context, line, `unexpected character ${JSON.stringify(s[i])} after a closing quote.`, 'Put a comma or a line break right after the closing quote, or quote the whole field.');
        }
      } else {
        const start = i;
        while (i < n) {
          const c = s.charCodeAt(i);
          if (c === 44 || c === 13 || c === 10) break;
          if (c === 34) {
            throw parseErrorAt(context, line, 'a double quote inside an unquoted field.', 'Enclose the field in double quotes and double the inner quote ("").');
          }
          i++;
        }
        field = s.slice(start, i);
      }
      record.push(field);
      if (i >= n) break;
      const c = s.charCodeAt(i);
      if (c === 44) {
        i++;
        continue;
      }
      // line break ends the record
      i += c === 13 && s.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      break;
    }
    records.push(record);
    recordLines.push(startLine);
    quotedEmpty.push(anyQuoted);
  }
  // Trailing empty lines (a record of one empty unquoted field) at the end are not records.
  while (records.length > 1 && records[records.length - 1]!.length === 1 && records[records.length - 1]![0] === '' && !quotedEmpty[records.length - 1]) {
    records.pop();
    recordLines.pop();
  }
  if (records.length === 0 || (records.length === 1 && records[0]!.length === 1 && records[0]![0] === '' && !quotedEmpty[0])) {
    throw parseErrorAt(context, 1, 'the CSV text is empty: a header row is required.', 'Start the file with a header row naming the columns.');
  }
  const header = records[0]!;
  for (let r = 1; r < records.length; r++) {
    const record = records[r]!;
    if (record.length !== header.length) {
      throw parseErrorAt(
        context,
        recordLines[r],
        `this row has ${record.length} field${record.length === 1 ? '' : 's'} but the header has ${header.length}.`,
        'Give every row one field per header column (leave a field empty, not out); quote fields that contain commas.',
      );
    }
  }
  return {
    header,
    headerLine: recordLines[0]!,
    rows: records.slice(1),
    lines: recordLines.slice(1),
  };
}

/**
 * A field as RFC 4180 text: enclosed in double quotes (inner quotes doubled) when it contains a comma,
 * a double quote, CR or LF; as is otherwise. Complexity: O(length).
 *
 * @example
 * csvField('say "hi", Bob'); // '"say ""hi"", Bob"'
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes rows as RFC 4180 CSV: fields quoted when needed, records ended by CRLF (also after the last).
 * Complexity: O(total length).
 *
 * @example
 * formatCsvTable([['a', 'b'], ['1', 'x,y']]); // 'a,b\r\n1,"x,y"\r\n'
 */
export function formatCsvTable(rows: readonly (readonly string[])[]): string {
  let out = '';
  for (const row of rows) out += `${row.map(csvField).join(',')}\r\n`;
  return out;
}
