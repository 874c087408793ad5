import type { YamlNode } from './yaml-tree.js';

/**
 * A fast reader for the plain subset of YAML that abcvoting and Plural write: a top-level block mapping
 * whose values are plain, double-quoted, single-quoted (one line) or `|-` scalars, flow lists and sets
 * (`[[0, 1], {2, 3}]`, over several lines), or a block list of one-level mappings (`compute:` entries).
 * It returns `undefined` for anything else (comments after values, anchors, tags, nested block
 * collections, tabs, odd characters, duplicate keys, syntax it does not know), and the caller then
 * parses with the full YAML parser, so the result is always the one a YAML 1.2 parser gives. Scalars
 * resolve as in the YAML 1.2 core schema (yaml.org/spec/1.2.2, section 10.3).
 *
 * Complexity: O(length of the text).
 *
 * @example
 * simpleYamlTree('num_cand: 3\nprofile: [[0], {1, 2}]\n'); // a map node; undefined for 'a: &x 1\n'
 */
export function simpleYamlTree(text: string): YamlNode | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Tabs, lone CR, control characters, non-characters, surrogates, NEL and U+2028/9: leave them to the full parser.
  if (/[\x00-\x08\t\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/.test(body)) return undefined;
  try {
    return new SimpleYaml(body.split(/\r?\n/)).document();
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}

/** Thrown (and caught above) when the text leaves the subset. */
const OUTSIDE = Symbol('outside the simple YAML subset');

function outside(): never {
  throw OUTSIDE;
}

/** Flow collections nested deeper than this are left to the full parser (which enforces the real limit). */
const MAX_FLOW_DEPTH = 8;

/** A plain scalar in flow context, without `:` (sticky: matched at a position, not on a copy of the rest of the line). */
const FLOW_PLAIN = /[A-Za-z0-9_.+~-]+(?: [A-Za-z0-9_.+~-]+)*/y;

const KEY_LINE = /^( *)([A-Za-z_][A-Za-z0-9_./()=+-]*):(?= |$)/;
const ITEM_LINE = /^( *)- /;
const NOT_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

/**
 * The value of a plain scalar in the YAML 1.2 core schema, as the `yaml` package resolves it: null,
 * booleans, decimal/octal/hex integers, floats (with .inf and .nan), else the string itself.
 */
export function resolvePlainScalar(s: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', v: '\v', a: '\x07', e: '\x1b', ' ': ' ' };

class SimpleYaml {
  private i = 0;

  constructor(private readonly lines: readonly string[]) {}

  /** The top-level block mapping at column 0. */
  document(): YamlNode {
    const pairs = this.mapping(0, this.nextContent());
    if (pairs.length === 0 || this.nextContent() < this.lines.length) outside();
    return { type: 'map', pairs, line: pairs[0]![0].line };
  }

  /** Index of the next line that is neither blank nor a whole-line comment (the current one if it is content). */
  private nextContent(): number {
    while (this.i < this.lines.length && /^ *(?:#.*)?$/.test(this.lines[this.i]!)) this.i++;
    return this.i;
  }

  /** Block mapping entries at exactly `indent`, starting on line `this.i`; the first key may follow "- " (column `indent`). */
  private mapping(indent: number, first: number, firstColumnOnItemLine = false): [YamlNode, YamlNode][] {
    const pairs: [YamlNode, YamlNode][] = [];
    const seen = new Set<string>();
    let onItemLine = firstColumnOnItemLine;
    for (;;) {
      const index = onItemLine ? first : this.nextContent();
      if (index >= this.lines.length) break;
      const text = this.lines[index]!;
      const line = onItemLine ? ' '.repeat(indent) + text.slice(indent) : text; // the "- " of the item counts as indentation
      const match = KEY_LINE.exec(line);
      if (!match || match[1]!.length !== indent) {
        if (!onItemLine && leadingSpaces(text) < indent) break;
        if (!onItemLine && leadingSpaces(text) === indent && ITEM_LINE.test(text)) break;
        if (!onItemLine && indent === 0 && ITEM_LINE.test(text)) break;
        outside();
      }
      onItemLine = false;
      const key = match[2]!;
      if (NOT_STRING.test(key) || seen.has(key)) outside();
      seen.add(key);
      this.i = index;
      const keyNode: YamlNode = { type: 'scalar', value: key, line: index + 1 };
      pairs.push([keyNode, this.value(index, match[0].length, indent, indent === 0)]);
    }
    return pairs;
  }

  /** The value after `key:` on line `index` from `column`; the key is at `keyColumn`. Leaves `this.i` after it. */
  private value(index: number, column: number, keyColumn: number, blockListAllowed: boolean): YamlNode {
    const text = this.lines[index]!;
    let at = column;
    while (text[at] === ' ') at++;
    const line = index + 1;
    if (at >= text.length) {
      this.i = index + 1;
      const next = this.nextContent();
      if (next < this.lines.length) {
        const nextText = this.lines[next]!;
        const indent = leadingSpaces(nextText);
        if (indent >= keyColumn && /^ *-(?: |$)/.test(nextText)) {
          if (blockListAllowed) return this.blockList(indent);
          outside(); // a block list inside a compute entry
        }
        if (indent > keyColumn) outside(); // a nested block mapping or a multi-line plain scalar
      }
      return { type: 'scalar', value: null, line };
    }
    const c = text[at]!;
    if (c === '[' || c === '{') {
      const flow = new FlowCursor(this.lines, index, at, keyColumn);
      const node = flow.collection(0);
      flow.endOfValue();
      this.i = flow.lineIndex + 1;
      this.noContinuation(keyColumn);
      return node;
    }
    if (c === '"') {
      const { value, lineIndex } = doubleQuoted(this.lines, index, at, keyColumn);
      this.i = lineIndex + 1;
      this.noContinuation(keyColumn);
      return { type: 'scalar', value, line };
    }
    if (c === "'") {
      const end = /^'((?:[^']|'')*)' *$/.exec(text.slice(at));
      if (!end) outside();
      this.i = index + 1;
      this.noContinuation(keyColumn);
      return { type: 'scalar', value: end[1]!.replace(/''/g, "'"), line };
    }
    if (c === '|') return this.literal(index, at, keyColumn);
    const plain = text.slice(at).replace(/ +$/, '');
    if (!isBlockPlain(plain)) outside();
    this.i = index + 1;
    this.noContinuation(keyColumn);
    return { type: 'scalar', value: resolvePlainScalar(plain), line };
  }

  /** After a value: the next content line must not be indented deeper than the key (no continuation). */
  private noContinuation(keyColumn: number): void {
    const next = this.nextContent();
    if (next < this.lines.length && leadingSpaces(this.lines[next]!) > keyColumn) outside();
  }

  /** A `|-` literal block scalar (no indentation indicator; the only literal form the writers produce). */
  private literal(index: number, at: number, keyColumn: number): YamlNode {
    if (this.lines[index]!.slice(at).replace(/ +$/, '') !== '|-') outside();
    const parts: string[] = [];
    let contentIndent = -1;
    let k = index + 1;
    for (; k < this.lines.length; k++) {
      const text = this.lines[k]!;
      if (text === '') {
        parts.push('');
        continue;
      }
      const indent = leadingSpaces(text);
      if (indent === text.length) outside(); // a line of spaces only: its meaning depends on its length
      if (indent <= keyColumn) break;
      if (contentIndent < 0) contentIndent = indent;
      if (indent < contentIndent) outside();
      parts.push(text.slice(contentIndent));
    }
    if (contentIndent < 0 || parts[0] === '') outside();
    while (parts[parts.length - 1] === '') parts.pop();
    this.i = k;
    return { type: 'scalar', value: parts.join('\n'), line: index + 1 };
  }

  /** A block list of `- key: value` mappings (or `- value`) at `indent`. */
  private blockList(indent: number): YamlNode {
    const items: YamlNode[] = [];
    const line = this.i + 1;
    for (;;) {
      const index = this.nextContent();
      if (index >= this.lines.length) break;
      const text = this.lines[index]!;
      const spaces = leadingSpaces(text);
      if (spaces < indent) break;
      if (spaces > indent || !ITEM_LINE.test(text)) {
        if (spaces === 0 && indent === 0 && KEY_LINE.test(text)) break;
        outside();
      }
      const column = indent + 2;
      if (KEY_LINE.test(' '.repeat(column) + text.slice(column))) {
        const pairs = this.mapping(column, index, true);
        items.push({ type: 'map', pairs, line: index + 1 });
      } else {
        const c = text[column];
        if (c === undefined || c === ' ' || c === '-' || c === '|') outside();
        items.push(this.value(index, column, indent, false));
      }
    }
    if (items.length === 0) outside();
    return { type: 'seq', items, line };
  }
}

function leadingSpaces(text: string): number {
  let n = 0;
  while (text.charCodeAt(n) === 32) n++;
  return n;
}

/** A plain scalar in block context that the subset accepts (no indicators, comments, or `: `). */
function isBlockPlain(s: string): boolean {
  if (s.length === 0) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) && !/^-[0-9.]/.test(s)) return false;
  return !/: | #|:$/.test(s);
}

/** A double-quoted scalar from `lines[index][at]` (the opening quote), folded over lines as YAML does. */
function doubleQuoted(lines: readonly string[], index: number, at: number, keyColumn: number): { value: string; lineIndex: number } {
  let out = '';
  let kept = 0; // out[0…kept) came from escapes or non-space characters: line folding does not trim it
  let k = index;
  let text = lines[k]!;
  let j = at + 1;
  for (;;) {
    if (j >= text.length) {
      // line folding: trailing spaces dropped, the break becomes one space, the next line's indentation dropped
      let end = out.length;
      while (end > kept && out[end - 1] === ' ') end--;
      if (end < out.length) out = out.slice(0, end);
      k++;
      if (k >= lines.length) outside();
      text = lines[k]!;
      const indent = leadingSpaces(text);
      if (indent === text.length || indent <= keyColumn) outside(); // blank lines and dedents: leave to the full parser
      out += ' ';
      j = indent;
      continue;
    }
    const c = text[j]!;
    if (c === '"') {
      if (!/^ *$/.test(text.slice(j + 1))) outside();
      return { value: out, lineIndex: k };
    }
    if (c === '\\') {
      const e = text[j + 1];
      if (e === undefined) outside(); // an escaped line break
      if (e === 'x' || e === 'u' || e === 'U') {
        const digits = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = text.slice(j + 2, j + 2 + digits);
        if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) outside();
        const code = parseInt(hex, 16);
        if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) outside();
        out += String.fromCodePoint(code);
        kept = out.length;
        j += 2 + digits;
        continue;
      }
      const escaped = ESCAPES[e];
      if (escaped === undefined) outside();
      out += escaped;
      kept = out.length;
      j += 2;
      continue;
    }
    out += c;
    if (c !== ' ') kept = out.length;
    j++;
  }
}

/** A cursor over flow collections (`[…]`, `{…}`) that may continue over lines indented deeper than the key. */
class FlowCursor {
  private text: string;

  constructor(
    private readonly lines: readonly string[],
    public lineIndex: number,
    private column: number,
    private readonly keyColumn: number,
  ) {
    this.text = lines[lineIndex]!;
  }

  /** Skips spaces and line breaks (continuation lines must be indented deeper than the key, and not blank). */
  private skip(): void {
    for (;;) {
      while (this.text.charCodeAt(this.column) === 32) this.column++;
      if (this.column < this.text.length) return;
      this.lineIndex++;
      if (this.lineIndex >= this.lines.length) outside();
      this.text = this.lines[this.lineIndex]!;
      const indent = leadingSpaces(this.text);
      if (indent === this.text.length || indent <= this.keyColumn) outside();
      this.column = indent;
    }
  }

  collection(depth: number): YamlNode {
    if (depth > MAX_FLOW_DEPTH) outside();
    const isSeq = this.text.charCodeAt(this.column) === 91; // [
    const close = isSeq ? 93 : 125; // ] or }
    const line = this.lineIndex + 1;
    this.column++;
    const items: YamlNode[] = [];
    const keys = isSeq ? undefined : new Set<unknown>();
    const values: YamlNode[] = [];
    this.skip();
    if (this.text.charCodeAt(this.column) !== close) {
      for (;;) {
        this.skip();
        const c = this.text.charCodeAt(this.column);
        if (c === 91 || c === 123) {
          if (!isSeq) outside(); // a collection as a key
          items.push(this.collection(depth + 1));
        } else {
          const scalar = this.plain();
          if (keys !== undefined) {
            if (keys.has(scalar.value) || scalar.value === null) outside(); // duplicate (or null) keys
            keys.add(scalar.value);
            values.push(this.mapValue(depth, scalar.line));
          }
          items.push(scalar);
        }
        this.skip();
        const next = this.text.charCodeAt(this.column);
        if (next === 44) { // ,
          this.column++;
          this.skip();
          const after = this.text.charCodeAt(this.column);
          if (after === 44 || after === close) outside(); // empty entries and trailing commas
          continue;
        }
        if (next === close) break;
        outside();
      }
    }
    this.column++;
    if (isSeq) return { type: 'seq', items, line };
    return { type: 'map', pairs: items.map((key, i) => [key, values[i]!] as const), line };
  }

  /** After a key in `{…}`: `: value`, or nothing (a set member, whose value is null). */
  private mapValue(depth: number, keyLine: number): YamlNode {
    if (this.text.charCodeAt(this.column) !== 58) return { type: 'scalar', value: null, line: keyLine }; // no ':'
    if (this.text.charCodeAt(this.column + 1) !== 32) outside(); // "a:b" is one scalar; "a:" at a line end, leave it
    this.column += 2;
    this.skip();
    const c = this.text.charCodeAt(this.column);
    if (c === 91 || c === 123) return this.collection(depth + 1);
    if (c === 44 || c === 125) outside(); // "{a: }": an empty value, leave it
    return this.plain();
  }

  /** A plain scalar in flow context: letters, digits and `_ . + - ~`, with single inner spaces. */
  private plain(): { type: 'scalar'; value: unknown; line: number } {
    const text = this.text;
    const start = this.column;
    // fast lane: a short run of digits followed by a delimiter is a decimal integer
    let j = start;
    let value = 0;
    for (let code = text.charCodeAt(j); code >= 48 && code <= 57 && j - start < 15; code = text.charCodeAt(++j)) value = value * 10 + (code - 48);
    const after = text.charCodeAt(j);
    if (j > start && (j === text.length || after === 44 || after === 93 || after === 125 || after === 32) && !/^ [A-Za-z0-9_.+~-]/.test(text.slice(j, j + 2))) {
      this.column = j;
      return { type: 'scalar', value, line: this.lineIndex + 1 };
    }
    FLOW_PLAIN.lastIndex = start;
    const match = FLOW_PLAIN.exec(text);
    if (!match || (match[0].startsWith('-') && !/^-[0-9.]/.test(match[0]))) outside();
    this.column += match[0].length;
    return { type: 'scalar', value: resolvePlainScalar(match[0]), line: this.lineIndex + 1 };
  }

  /** After the outermost collection: only spaces may follow on its line. */
  endOfValue(): void {
    for (let j = this.column; j < this.text.length; j++) if (this.text.charCodeAt(j) !== 32) outside();
  }
}
