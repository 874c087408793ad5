import { ParseError, PluralError } from '../../errors/errors.js';

/**
 * Where a reader is in its input: the source name (file name) used in `source:line` positions.
 * Shared by the CSV, JSON and Condorcet readers.
 */
export interface ReaderContext {
  readonly source: string | undefined;
}

/** A {@link ParseError} at `source:line` with a fix. */
export function parseErrorAt(
  context: ReaderContext,
  line: number | undefined,
  message: string,
  fix: string,
): ParseError {
  return new ParseError(message, {
    ...(line === undefined ? {} : { line }),
    ...(context.source === undefined ? {} : { source: context.source }),
    fix,
  });
}

/**
 * Runs a core constructor (`anonymousProfile`, `pairwiseData`, …) on data a reader has assembled, and
 * turns the {@link PluralError} it may throw into a {@link ParseError} at the file line of the
 * offending entry. `lines` maps a field name (`ballots`, `records`, …) to the file line of each entry
 * of that field; `fallbackLine` is used for anything else (e.g. `candidates[2]` → the header line).
 */
export function asParseErrors<T>(
  context: ReaderContext,
  lines: Readonly<Record<string, readonly number[]>>,
  fallbackLine: number | undefined,
  build: () => T,
): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof ParseError) throw error;
    if (error instanceof PluralError) {
      let line = fallbackLine;
      const match = /^(\w+)\[(\d+)\]/.exec(error.where ?? '');
      if (match) {
        const at = lines[match[1]!]?.[Number(match[2])];
        if (at !== undefined) line = at;
      }
      throw new ParseError(error.message.replace(/ Fix: .*$/s, ''), {
        ...(line === undefined ? {} : { line }),
        ...(context.source === undefined ? {} : { source: context.source }),
        fix: error.fix ?? 'Correct the entry named in the message.',
        cause: error,
      });
    }
    throw new ParseError(`unexpected failure while reading: ${String(error)}`, {
      ...(fallbackLine === undefined ? {} : { line: fallbackLine }),
      ...(context.source === undefined ? {} : { source: context.source }),
      fix: 'Check the file against its format description.',
      cause: error,
    });
  }
}
