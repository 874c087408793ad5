import { ParseError, ValidationError } from '../errors/errors.js';

/**
 * Shared helpers of the text readers: every reader takes a whole file as a string (the CLI does the
 * I/O), tolerates a UTF-8 byte-order mark and any of `\n`, `\r\n`, `\r` as line breaks, and reports
 * problems as {@link ParseError} at `source:line`.
 */

/** Throws unless `text` is a string (JavaScript callers may pass anything). */
export function requireText(text: unknown, source: string | undefined): asserts text is string {
  if (typeof text !== 'string') {
    throw new ValidationError(`expected the file contents as a string, got ${text === null ? 'null' : typeof text}.`, {
      where: source ?? 'text',
      fix: 'Read the file as UTF-8 text and pass the string.',
    });
  }
}

/** The text without a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The lines of a text (byte-order mark removed; `\n`, `\r\n` and `\r` all end a line). */
export function textLines(text: string): string[] {
  return stripBom(text).split(/\r\n|\r|\n/);
}

/** A {@link ParseError} at `source:line` (line is 1-based). */
export function parseError(message: string, line: number | undefined, source: string | undefined, fix?: string): ParseError {
  return new ParseError(message, {
    ...(line === undefined ? {} : { line }),
    ...(source === undefined ? {} : { source }),
    ...(fix === undefined ? {} : { fix }),
  });
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The finite number a plain decimal literal (`12`, `-3.5`, `1e6`) denotes, or `undefined` for anything else. */
export function decimalNumber(text: string): number | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value + 0 : undefined; // + 0 turns -0 into 0
}

/** The value of a string of decimal digits if it is a safe integer, else `undefined`. */
export function digitsNumber(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Short quoted excerpt of a line for error messages. */
export function excerpt(text: string, max = 40): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}
