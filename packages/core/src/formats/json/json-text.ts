import { ParseError } from '../../errors/errors.js';
import { requireText } from '../text.js';

/** File lines of the containers of a parsed JSON document and of their entries. */
export interface JsonLines {
  /** The line on which an object or array of the document starts. */
  lineOf(node: object): number | undefined;
  /** The line on which the entry `key` (object) or `index` (array) of a container starts. */
  entryLine(node: object, key: string | number): number | undefined;
}

/** A parsed JSON document with the file line of every container and entry. */
export interface JsonDocument {
  readonly value: unknown;
  readonly lines: JsonLines;
}

const MAX_DEPTH = 512;

/**
 * Parses JSON text (RFC 8259; Bray, 2017) and records the line of every object, array and entry, so
 * that readers can name `source:line` when a value is wrong. Syntax errors throw a ParseError naming
 * the line and column. Stricter than `JSON.parse` in one way: a key repeated in one object is an error
 * (RFC 8259 says keys SHOULD be unique; a repeat is almost always a mistake). A byte-order mark is
 * skipped; nesting deeper than 512 levels is refused. `firstLine` numbers the first line of `text`
 * (for one line of a JSON Lines file).
 *
 * Complexity: O(n) in the length of the text.
 *
 * @example
 * const doc = parseJsonDocument('{\n  "a": [1,\n 2]\n}');
 * doc.lines.entryLine(doc.value as object, 'a'); // 2
 */
export function parseJsonDocument(text: string, source?: string, firstLine = 1): JsonDocument {
  requireText(text, source);
  return new JsonParser(text, source, firstLine).document();
}

class JsonParser {
  private pos: number;
  private line: number;
  private lineStart: number;
  private readonly starts = new WeakMap<object, number>();
  private readonly entries = new WeakMap<object, Map<string | number, number>>();

  constructor(
    private readonly text: string,
    private readonly source: string | undefined,
    firstLine: number,
  ) {
    this.line = firstLine;
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.lineStart = this.pos;
  }

  document(): JsonDocument {
    this.skipSpace();
    if (this.pos >= this.text.length) this.fail('the text is empty: expected a JSON value.', 'Write a JSON document, e.g. {"type": "ranking", …}.');
    const value = this.value(0);
    this.skipSpace();
    if (this.pos < this.text.length) {
      this.fail(`unexpected ${this.describe()} after the end of the JSON value.`, 'Remove the extra text; a JSON file holds exactly one value (use .jsonl for one value per line).');
    }
    const starts = this.starts;
    const entries = this.entries;
    return {
      value,
      lines: {
        lineOf: (node) => starts.get(node),
        entryLine: (node, key) => entries.get(node)?.get(key),
      },
    };
  }

  private fail(message: string, fix: string): never {
    const column = this.pos - this.lineStart + 1;
    throw new ParseError(`${message} (column ${column})`, {
      line: this.line,
      ...(this.source === undefined ? {} : { source: this.source }),
      fix,
    });
  }

  private describe(): string {
    if (this.pos >= this.text.length) return 'end of text';
    return `character ${JSON.stringify(this.text[this.pos])}`;
  }

  private skipSpace(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9) this.pos++;
      else if (c === 10) {
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else if (c === 13) {
        this.pos += t.charCodeAt(this.pos + 1) === 10 ? 2 : 1;
        this.line++;
        this.lineStart = this.pos;
      } else return;
    }
  }

  private value(depth: number): unknown {
    if (depth > MAX_DEPTH) this.fail(`the document is nested more than ${MAX_DEPTH} levels deep.`, 'Flatten the document.');
    const c = this.text.charCodeAt(this.pos);
    switch (c) {
      case 123 /* { */:
        return this.object(depth);
      case 91 /* [ */:
        return this.array(depth);
      case 34 /* " */:
        return this.string();
      case 116 /* t */:
        return this.literal('true', true);
      case 102 /* f */:
        return this.literal('false', false);
      case 110 /* n */:
        return this.literal('null', null);
      default:
        if (c === 45 || (c >= 48 && c <= 57)) return this.number();
        return this.fail(`unexpected ${this.describe()}: expected a JSON value.`, 'Write a string in double quotes, a number, true, false, null, an object {…} or an array […].');
    }
  }

  private literal<T>(word: string, value: T): T {
    if (this.text.startsWith(word, this.pos)) {
      this.pos += word.length;
      return value;
    }
    return this.fail(`unexpected ${this.describe()}: expected a JSON value.`, 'Write true, false or null in lower case; put strings in double quotes.');
  }

  private number(): number {
    const re = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m) return this.fail(`malformed number.`, 'Write numbers like 3, -1.5 or 2e-3 (no leading zeros, no trailing dot).');
    const next = this.text.charCodeAt(this.pos + m[0].length);
    if ((next >= 48 && next <= 57) || next === 46 || next === 101 || next === 69) {
      this.pos += m[0].length;
      return this.fail('malformed number.', 'Write numbers like 3, -1.5 or 2e-3 (no leading zeros, no trailing dot).');
    }
    this.pos += m[0].length;
    return Number(m[0]);
  }

  private string(): string {
    const t = this.text;
    this.pos++; // opening quote
    let out = '';
    let chunk = this.pos;
    for (;;) {
      if (this.pos >= t.length) return this.fail('a string is not closed before the end of the text.', 'Close the string with a double quote.');
      const c = t.charCodeAt(this.pos);
      if (c === 34) {
        out += t.slice(chunk, this.pos);
        this.pos++;
        return out;
      }
      if (c < 0x20) return this.fail('a control character (such as a line break) inside a string.', 'Write line breaks and tabs inside strings as \\n and \\t.');
      if (c === 92 /* \ */) {
        out += t.slice(chunk, this.pos);
        const e = t[this.pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          this.pos += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(this.pos + 2, this.pos + 6))) {
          out += String.fromCharCode(parseInt(t.slice(this.pos + 2, this.pos + 6), 16));
          this.pos += 6;
        } else {
          this.pos++;
          return this.fail('an invalid escape sequence in a string.', 'Use only the JSON escapes \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.');
        }
        chunk = this.pos;
        continue;
      }
      this.pos++;
    }
  }

  private array(depth: number): unknown[] {
    const out: unknown[] = [];
    const lines = new Map<number, number>();
    this.starts.set(out, this.line);
    this.entries.set(out, lines);
    this.pos++;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 93) {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      lines.set(out.length, this.line);
      out.push(this.value(depth + 1));
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        this.skipSpace();
        if (this.text.charCodeAt(this.pos) === 93) this.fail('a comma before "]".', 'Remove the trailing comma.');
        continue;
      }
      if (c === 93) {
        this.pos++;
        return out;
      }
      return this.fail(`unexpected ${this.describe()} in an array: expected "," or "]".`, 'Separate array entries with commas and close the array with "]".');
    }
  }

  private object(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const lines = new Map<string, number>();
    this.starts.set(out, this.line);
    this.entries.set(out, lines);
    this.pos++;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 125) {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== 34) {
        this.fail(`unexpected ${this.describe()}: expected a key in double quotes.`, 'Write object keys as strings in double quotes, and no comma before "}".');
      }
      const keyLine = this.line;
      const key = this.string();
      if (lines.has(key)) this.fail(`the key ${JSON.stringify(key)} appears twice in one object.`, 'Keep one entry per key.');
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== 58) this.fail(`unexpected ${this.describe()}: expected ":" after a key.`, 'Write "key": value.');
      this.pos++;
      this.skipSpace();
      lines.set(key, keyLine);
      out[key] = this.value(depth + 1);
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        continue;
      }
      if (c === 125) {
        this.pos++;
        return out;
      }
      return this.fail(`unexpected ${this.describe()} in an object: expected "," or "}".`, 'Separate entries with commas and close the object with "}".');
    }
  }
}
