import { PluralError } from '@plural/core';

/** A value that can be written as JSON as it is. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

function hasToJSON(value: object): value is { toJSON(): unknown } {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/**
 * Turns a result into plain JSON following the CLI contract for exact numbers: a core `Rational` becomes
 * an integer when it is one (and safe) and the string `"p/q"` otherwise (through its `toJSON`); a
 * `bigint` becomes a number when safe and a decimal string otherwise; floats stay numbers; `Map`s become
 * objects and `Set`s arrays; `undefined` fields are left out. A non-finite number has no JSON form and
 * is reported as an internal error naming its path.
 *
 * Complexity: linear in the size of the value.
 *
 * @example
 * toJsonValue({ share: Rational.of(1, 3), votes: 4 }); // { share: "1/3", votes: 4 }
 */
export function toJsonValue(value: unknown, path = 'result'): JsonValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new PluralError('internal', `the result holds the non-finite number ${value}, which JSON cannot carry.`, {
        where: path,
        fix: 'This is a bug in Plural; please report it with the command you ran.',
      });
    }
    return Object.is(value, -0) ? 0 : value;
  }
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (Array.isArray(value)) return value.map((item, i) => toJsonValue(item, `${path}[${i}]`));
  if (value instanceof Set) return [...value].map((item, i) => toJsonValue(item, `${path}[${i}]`));
  if (value instanceof Map) {
    const out: Record<string, JsonValue> = {};
    for (const [key, item] of value) {
      if (item !== undefined) out[String(key)] = toJsonValue(item, `${path}.${String(key)}`);
    }
    return out;
  }
  if (typeof value === 'object') {
    if (hasToJSON(value)) return toJsonValue(value.toJSON(), path);
    const out: Record<string, JsonValue> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) out[key] = toJsonValue(item, `${path}.${key}`);
    }
    return out;
  }
  throw new PluralError('internal', `the result holds a value of type ${typeof value}, which JSON cannot carry.`, {
    where: path,
    fix: 'This is a bug in Plural; please report it with the command you ran.',
  });
}

/**
 * The one JSON document a command prints with `--json`: {@link toJsonValue} of the result on a single
 * line, followed by a newline.
 *
 * @example
 * formatJson({ written: 'out.toc', voters: 3 }); // '{"written":"out.toc","voters":3}\n'
 */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(toJsonValue(value))}\n`;
}

/**
 * A value as a person reads it in a table: `Rational`s and bigints in exact form (`1/3`), booleans as
 * `yes`/`no`, arrays comma-separated, objects as compact JSON.
 *
 * @example
 * formatValue(Rational.of(2, 4)); // "1/2"
 */
export function formatValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (typeof value === 'object' && hasToJSON(value)) return formatValue(value.toJSON());
  return JSON.stringify(toJsonValue(value));
}
