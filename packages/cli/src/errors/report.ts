import { CommanderError } from 'commander';
import { isPluralError } from '@plural/core';
import { FileNotFoundError } from './file-not-found.js';

/** Exit codes of the `plural` command. */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

/** Core error codes that mean Plural itself failed rather than the input being wrong. */
const INTERNAL_CODES: ReadonlySet<string> = new Set(['internal', 'solver-failed', 'certificate-failed']);

/** What the CLI prints about a failure, and the exit code it returns. */
export interface ErrorReport {
  readonly code: string;
  readonly message: string;
  /** The file line, field, option or argument at fault. */
  readonly where: string;
  /** What to do about it. */
  readonly fix: string | undefined;
  readonly exitCode: number;
}

/**
 * The word at fault in a commander message: the text between its first pair of single quotes, without
 * an option's value placeholder (`option '--format <id>' argument missing` → `--format`).
 */
function quoted(message: string): string | undefined {
  return /'([^']+)'/.exec(message)?.[1]?.split(' ')[0];
}

const COMMANDER_FIX: Readonly<Record<string, string>> = {
  'commander.unknownCommand': 'Run plural --help for the list of commands.',
  'commander.unknownOption': 'Run the command with --help for its options.',
  'commander.missingArgument': 'Run the command with --help for the arguments it takes.',
  'commander.excessArguments': 'Run the command with --help for the arguments it takes.',
  'commander.optionMissingArgument': 'Give the option a value, e.g. --format soc.',
  'commander.missingMandatoryOptionValue': 'Run the command with --help for its options.',
  'commander.invalidArgument': 'Run the command with --help for the values it accepts.',
  'commander.conflictingOption': 'Use only one of the two options.',
};

/**
 * Classifies any failure by the CLI's error contract: a core `PluralError` keeps its code and `where`
 * and exits 2 (bad input), except `internal`, `solver-failed` and `certificate-failed`, which exit 1;
 * a {@link FileNotFoundError} is reported as `file-not-found`; an argument-parser error (unknown command or
 * option, missing argument) is `invalid-input` naming the word at fault and exits 2; anything else is a
 * bug: `internal`, exit 1.
 *
 * @example
 * errorReport(new ParseError('bad line.', { source: 'a.soc', line: 3 })).exitCode; // 2
 */
export function errorReport(error: unknown, fallbackWhere = 'plural'): ErrorReport {
  if (error instanceof FileNotFoundError) {
    return { code: 'file-not-found', message: error.message, where: error.path, fix: error.fix, exitCode: EXIT_BAD_INPUT };
  }
  if (isPluralError(error)) {
    return {
      code: error.code,
      message: error.message,
      where: error.where ?? fallbackWhere,
      fix: error.fix,
      exitCode: INTERNAL_CODES.has(error.code) ? EXIT_INTERNAL : EXIT_BAD_INPUT,
    };
  }
  if (error instanceof CommanderError) {
    const message = error.message.replace(/^error:\s*/, '');
    const fix = COMMANDER_FIX[error.code] ?? 'Run plural --help.';
    return {
      code: 'invalid-input',
      message: `${message} Fix: ${fix}`,
      where: quoted(message) ?? fallbackWhere,
      fix,
      exitCode: EXIT_BAD_INPUT,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  const fix = 'This is a bug in Plural; please report it with the command you ran.';
  return { code: 'internal', message: `internal error: ${detail} Fix: ${fix}`, where: fallbackWhere, fix, exitCode: EXIT_INTERNAL };
}

/**
 * The error as `--json` prints it on standard error: `{"error":{"code","message","where"}}` and a
 * newline.
 *
 * @example
 * renderErrorJson(errorReport(error)); // '{"error":{"code":"parse-error","message":"…","where":"a.soc:3"}}\n'
 */
export function renderErrorJson(report: ErrorReport): string {
  return `${JSON.stringify({ error: { code: report.code, message: report.message, where: report.where } })}\n`;
}

/**
 * The error as printed without `--json`: `error: <message>` (the message names the place and the fix).
 *
 * @example
 * renderErrorText(errorReport(error)); // "error: a.soc:3: … Fix: …\n"
 */
export function renderErrorText(report: ErrorReport): string {
  return `error: ${report.message}\n`;
}
