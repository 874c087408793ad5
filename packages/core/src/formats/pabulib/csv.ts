import { parseError, stripBom } from '../text.js';

/** One `;`-separated record of a `.pb` file and the line it starts on. */
export interface SemicolonRecord {
  readonly fields: readonly string[];
  /** Which fields were written in double quotes (their text is kept exactly; unquoted fields are trimmed). */
  readonly quoted: readonly boolean[];
  readonly line: number;
}

const SEMICOLON = 59;
const QUOTE = 34;
const CR = 13;
const LF = 10;
const SPACE = 32;
const TAB = 9;

/**
 * Splits a `.pb` text into `;`-separated records, following the CSV conventions PabuLib uses
 * (pabulib.org/format): a field may be enclosed in double quotes, inside which `;`, line breaks and
 * doubled quotes `""` stand for themselves. Unquoted fields are trimmed. Blank lines are skipped.
 * A byte-order mark and `\r\n` / `\r` line ends are accepted.
 *
 * Complexity: O(length of the text).
 */
export function semicolonRecords(input: string, source: string | undefined): SemicolonRecord[] {
  const text = stripBom(input);
  const n = text.length;
  const records: SemicolonRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    const quoted: boolean[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      // one field
      let j = i;
      while (j < n && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB)) j++;
      if (j < n && text.charCodeAt(j) === QUOTE) {
        const openLine = line;
        let value = '';
        let k = j + 1;
        for (;;) {
          const close = text.indexOf('"', k);
          if (close < 0) {
            throw parseError('a quoted field is not closed.', openLine, source,
              'Close the field with a double quote; write a quote inside a quoted field as "".');
          }
          const chunk = text.slice(k, close);
          for (let c = 0; c < chunk.length; c++) {
            const code = chunk.charCodeAt(c);
            if (code === LF || (code === CR && chunk.charCodeAt(c + 1) !== LF)) line++;
          }
          value += chunk;
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            k = close + 2;
            continue;
          }
          k = close + 1;
          break;
        }
        while (k < n && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k++;
        const code = k < n ? text.charCodeAt(k) : -1;
        if (code !== -1 && code !== SEMICOLON && code !== LF && code !== CR) {
          throw parseError(`unexpected ${JSON.stringify(text[k])} after a closing quote.`, line, source,
            'A quoted field must end right before ; or the end of the line; write a quote inside it as "".');
        }
        fields.push(value);
        quoted.push(true);
        i = k;
      } else {
        let k = j;
        while (k < n) {
          const code = text.charCodeAt(k);
          if (code === SEMICOLON || code === LF || code === CR) break;
          k++;
        }
        fields.push(text.slice(j, k).trim());
        quoted.push(false);
        i = k;
      }
      if (i >= n) {
        endOfRecord = true;
      } else {
        const code = text.charCodeAt(i);
        if (code === SEMICOLON) i++;
        else {
          i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
          line++;
          endOfRecord = true;
        }
      }
    }
    if (fields.length === 1 && !quoted[0] && fields[0] === '') continue;
    records.push({ fields, quoted, line: startLine });
  }
  return records;
}

/** A field as `.pb` text: quoted when it holds `;`, a quote, a line break, or leading/trailing blanks. */
export function semicolonField(value: string): string {
  if (value === '' || !/[;"\r\n]|^[ \t]|[ \t]$/.test(value)) return value;
  return `"${value.replace(/"/g, '""')}"`;
}
