/**
 * The one error hierarchy of Plural. Every error a Plural function throws on purpose is a
 * {@link PluralError}: it carries a stable `code`, the `where` (a field path such as
 * `ballots[3][2]`, or a file position such as `election.soc:12`), and a `fix` telling the user what
 * to do. Anything else escaping a Plural function is a bug.
 */

/** Machine-readable error codes, stable across versions (the CLI prints them). */
export type PluralErrorCode =
  | 'invalid-input'
  | 'invalid-number'
  | 'duplicate-candidate'
  | 'unknown-candidate'
  | 'not-a-permutation'
  | 'negative-value'
  | 'parse-error'
  | 'unsupported-format'
  | 'budget-exceeded'
  | 'aborted'
  | 'solver-failed'
  | 'certificate-failed'
  | 'division-by-zero'
  | 'internal';

export interface PluralErrorOptions {
  /** Where the problem is: a field path (`ballots[3]`) or a file position (`file.soc:12`). */
  readonly where?: string;
  /** What the user should do about it. */
  readonly fix?: string;
  readonly cause?: unknown;
}

/** Base class of every error Plural throws on purpose. */
export class PluralError extends Error {
  /** Spelled out so minified bundles keep it (class names get mangled). */
  override readonly name: string = 'PluralError';

  readonly code: PluralErrorCode;
  readonly where: string | undefined;
  readonly fix: string | undefined;

  constructor(code: PluralErrorCode, message: string, options: PluralErrorOptions = {}) {
    const parts = [options.where ? `${options.where}: ${message}` : message];
    if (options.fix) parts.push(`Fix: ${options.fix}`);
    super(parts.join(' '), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.where = options.where;
    this.fix = options.fix;
  }

  /** The plain form the CLI prints with `--json`: `{code, message, where}`. */
  toJSON(): { code: PluralErrorCode; message: string; where?: string; fix?: string } {
    return {
      code: this.code,
      message: this.message,
      ...(this.where === undefined ? {} : { where: this.where }),
      ...(this.fix === undefined ? {} : { fix: this.fix }),
    };
  }
}

/** Input that breaks a documented precondition (wrong shape, out of range, inconsistent sizes). */
export class ValidationError extends PluralError {
  override readonly name: string = 'ValidationError';

  constructor(message: string, options: PluralErrorOptions & { code?: PluralErrorCode } = {}) {
    super(options.code ?? 'invalid-input', message, options);
  }
}

/** NaN, ±Infinity, or a non-integer where an integer is required. */
export class InvalidNumberError extends ValidationError {
  override readonly name: string = 'InvalidNumberError';

  constructor(message: string, options: PluralErrorOptions = {}) {
    super(message, { ...options, code: 'invalid-number' });
  }
}

/** A candidate listed twice in one ballot or one candidate list. */
export class DuplicateCandidateError extends ValidationError {
  override readonly name: string = 'DuplicateCandidateError';

  constructor(message: string, options: PluralErrorOptions = {}) {
    super(message, { ...options, code: 'duplicate-candidate' });
  }
}

/** A ballot names a candidate that the profile does not have. */
export class UnknownCandidateError extends ValidationError {
  override readonly name: string = 'UnknownCandidateError';

  constructor(message: string, options: PluralErrorOptions = {}) {
    super(message, { ...options, code: 'unknown-candidate' });
  }
}

/** A ranking that must be complete and strict is not a permutation of the candidates. */
export class NotAPermutationError extends ValidationError {
  override readonly name: string = 'NotAPermutationError';

  constructor(message: string, options: PluralErrorOptions = {}) {
    super(message, { ...options, code: 'not-a-permutation' });
  }
}

/** A weight, count, cost or probability that must be non-negative is negative. */
export class NegativeValueError extends ValidationError {
  override readonly name: string = 'NegativeValueError';

  constructor(message: string, options: PluralErrorOptions = {}) {
    super(message, { ...options, code: 'negative-value' });
  }
}

/** A malformed file or text. `where` is `source:line`. */
export class ParseError extends PluralError {
  override readonly name: string = 'ParseError';

  readonly line: number | undefined;
  readonly source: string | undefined;

  constructor(
    message: string,
    options: PluralErrorOptions & { line?: number; source?: string } = {},
  ) {
    const where =
      options.where ??
      (options.line === undefined
        ? options.source
        : `${options.source ?? 'input'}:${options.line}`);
    super('parse-error', message, { ...options, ...(where === undefined ? {} : { where }) });
    this.line = options.line;
    this.source = options.source;
  }
}

/** The format of a file could not be told from its name, or is not supported for this operation. */
export class UnsupportedFormatError extends PluralError {
  override readonly name: string = 'UnsupportedFormatError';

  constructor(message: string, options: PluralErrorOptions = {}) {
    super('unsupported-format', message, options);
  }
}

/** An exponential method was asked to do more than its budget allows. */
export class BudgetExceededError extends PluralError {
  override readonly name: string = 'BudgetExceededError';

  constructor(message: string, options: PluralErrorOptions = {}) {
    super('budget-exceeded', message, options);
  }
}

/** A computation was stopped through its `AbortSignal`. */
export class AbortedError extends PluralError {
  override readonly name: string = 'AbortedError';

  constructor(message = 'The computation was aborted.', options: PluralErrorOptions = {}) {
    super('aborted', message, options);
  }
}

/** A numerical solver failed, or returned an answer that did not pass its certificate check. */
export class SolverError extends PluralError {
  override readonly name: string = 'SolverError';

  constructor(
    message: string,
    options: PluralErrorOptions & { code?: 'solver-failed' | 'certificate-failed' } = {},
  ) {
    super(options.code ?? 'solver-failed', message, options);
  }
}

/** True for every error Plural throws on purpose. */
export function isPluralError(error: unknown): error is PluralError {
  return error instanceof PluralError;
}

/** Throws {@link AbortedError} if the signal has been aborted. Call it inside long loops. */
export function throwIfAborted(signal: AbortSignal | undefined, where?: string): void {
  if (signal?.aborted) {
    throw new AbortedError('The computation was aborted through its AbortSignal.', {
      ...(where === undefined ? {} : { where }),
      cause: signal.reason,
    });
  }
}
