import { ParseError } from '../../errors/errors.js';
import type { Label, ProfileMetadata } from '../../profiles/types.js';
import type { JsonDocument } from './json-text.js';

/** A JSON value found at a path, with its container and key for positions. */
export interface JsonAt<T = unknown> {
  readonly value: T;
  readonly path: string;
  readonly parent: object | undefined;
  readonly key: string | number | undefined;
}

/**
 * Typed access to a parsed JSON document that throws a ParseError at `source:line` (the line of the
 * offending entry) with the JSON path and a fix. Internal helper of the JSON readers.
 */
export class JsonReader {
  constructor(
    private readonly doc: JsonDocument,
    private readonly source: string | undefined,
  ) {}

  root(): JsonAt {
    return { value: this.doc.value, path: '$', parent: undefined, key: undefined };
  }

  line(at: JsonAt): number | undefined {
    if (at.parent !== undefined && at.key !== undefined) {
      const line = this.doc.lines.entryLine(at.parent, at.key);
      if (line !== undefined) return line;
    }
    if (typeof at.value === 'object' && at.value !== null) return this.doc.lines.lineOf(at.value);
    return at.parent === undefined ? 1 : this.doc.lines.lineOf(at.parent);
  }

  fail(at: JsonAt, message: string, fix: string): never {
    const line = this.line(at);
    throw new ParseError(`${at.path}: ${message}`, {
      ...(line === undefined ? {} : { line }),
      ...(this.source === undefined ? {} : { source: this.source }),
      fix,
    });
  }

  child(at: JsonAt<Record<string, unknown>>, key: string): JsonAt | undefined {
    if (!Object.prototype.hasOwnProperty.call(at.value, key)) return undefined;
    return { value: at.value[key], path: `${at.path}.${key}`, parent: at.value, key };
  }

  required(at: JsonAt<Record<string, unknown>>, key: string, fix: string): JsonAt {
    const c = this.child(at, key);
    if (c === undefined) this.fail(at, `the key "${key}" is missing.`, fix);
    return c;
  }

  entries(at: JsonAt<readonly unknown[]>): JsonAt[] {
    return at.value.map((value, i) => ({ value, path: `${at.path}[${i}]`, parent: at.value, key: i }));
  }

  object(at: JsonAt, what: string, allowed?: readonly string[]): JsonAt<Record<string, unknown>> {
    if (typeof at.value !== 'object' || at.value === null || Array.isArray(at.value)) {
      this.fail(at, `expected ${what} (a JSON object), got ${kindOf(at.value)}.`, `Write ${what} as {…}.`);
    }
    const obj = at as JsonAt<Record<string, unknown>>;
    if (allowed) {
      for (const key of Object.keys(obj.value)) {
        if (!allowed.includes(key)) {
          const entry: JsonAt = { value: obj.value[key], path: `${at.path}.${key}`, parent: obj.value, key };
          this.fail(entry, `unknown key "${key}" in ${what}.`, `Use only the keys ${allowed.map((k) => `"${k}"`).join(', ')}.`);
        }
      }
    }
    return obj;
  }

  array(at: JsonAt, what: string): JsonAt<readonly unknown[]> {
    if (!Array.isArray(at.value)) this.fail(at, `expected ${what} (a JSON array), got ${kindOf(at.value)}.`, `Write ${what} as […].`);
    return at as JsonAt<readonly unknown[]>;
  }

  string(at: JsonAt, what: string): string {
    if (typeof at.value !== 'string') this.fail(at, `expected ${what} (a string), got ${kindOf(at.value)}.`, `Write ${what} in double quotes.`);
    return at.value;
  }

  positive(at: JsonAt, what: string): number {
    if (typeof at.value !== 'number' || !Number.isFinite(at.value) || at.value <= 0) {
      this.fail(at, `${what} must be a positive finite number, got ${kindOf(at.value)}.`, `Write ${what} as a number > 0, e.g. 1 or 2.5.`);
    }
    return at.value;
  }

  finite(at: JsonAt, what: string): number {
    if (typeof at.value !== 'number' || !Number.isFinite(at.value)) {
      this.fail(at, `${what} must be a finite number, got ${kindOf(at.value)}.`, `Write ${what} as a number (signed values are allowed).`);
    }
    return at.value;
  }

  label(at: JsonAt, what: string): Label {
    const v = at.value;
    if ((typeof v === 'string' && v.length > 0) || (typeof v === 'number' && Number.isFinite(v))) return v;
    return this.fail(at, `${what} must be a non-empty string or a finite number, got ${kindOf(v)}.`, 'Label candidates and items with strings or numbers.');
  }

  /** A list of distinct labels. */
  labels(at: JsonAt, what: string): Label[] {
    const list = this.array(at, `the ${what} list`);
    const seen = new Set<string>();
    return this.entries(list).map((e) => {
      const label = this.label(e, `a ${what} label`);
      const key = `${typeof label}:${label}`;
      if (seen.has(key)) this.fail(e, `the ${what} ${JSON.stringify(label)} is listed twice.`, `Labels must be unique; remove or rename the duplicate.`);
      seen.add(key);
      return label;
    });
  }

  /** A lookup from label to index that fails at the entry naming an unknown label. */
  lookup(labels: readonly Label[], what: string): (at: JsonAt) => number {
    const index = new Map<string, number>();
    labels.forEach((label, i) => index.set(`${typeof label}:${label}`, i));
    return (at) => {
      const label = this.label(at, `a ${what} label`);
      const i = index.get(`${typeof label}:${label}`);
      if (i !== undefined) return i;
      const other = typeof label === 'number' ? index.get(`string:${label}`) : Number.isFinite(Number(label)) ? index.get(`number:${Number(label)}`) : undefined;
      return this.fail(
        at,
        `${JSON.stringify(label)} is not one of the ${what}s.`,
        other === undefined
          ? `Use one of the labels of the ${what} list (${labels.slice(0, 8).map((l) => JSON.stringify(l)).join(', ')}${labels.length > 8 ? ', …' : ''}).`
          : `Labels are typed: the ${what} list has ${JSON.stringify(labels[other])}; write the label the same way (number or string).`,
      );
    };
  }

  metadata(at: JsonAt | undefined): ProfileMetadata | undefined {
    if (at === undefined) return undefined;
    const obj = this.object(at, 'the metadata', ['fields', 'candidateNames']);
    const fieldsAt = this.child(obj, 'fields');
    const namesAt = this.child(obj, 'candidateNames');
    const fields = fieldsAt === undefined
      ? undefined
      : this.entries(this.array(fieldsAt, 'the metadata fields')).map((e) => {
          const pair = this.array(e, 'a metadata field ["name", "value"]');
          if (pair.value.length !== 2) this.fail(e, 'a metadata field must be a pair ["name", "value"].', 'Write each field as ["name", "value"].');
          const [k, v] = this.entries(pair);
          return [this.string(k!, 'a field name'), this.string(v!, 'a field value')] as const;
        });
    const candidateNames = namesAt === undefined
      ? undefined
      : this.entries(this.array(namesAt, 'the candidate names')).map((e) => this.string(e, 'a candidate name'));
    return {
      ...(fields === undefined ? {} : { fields }),
      ...(candidateNames === undefined ? {} : { candidateNames }),
    };
  }
}

/** A short description of a JSON value's kind for error messages. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}
