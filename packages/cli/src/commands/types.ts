import type { CliIo } from '../io/io.js';
import type { ProgressBar } from '../io/progress.js';

/** A positional argument of a command. */
export interface ArgumentSpec {
  readonly name: string;
  readonly description: string;
}

/** An option of a command, in the argument parser's notation (`--format <id>`, `--force`). */
export interface OptionSpec {
  readonly flags: string;
  readonly description: string;
}

/** One row of `plural <command> --list`: a registered rule, format, model… */
export interface ListEntry {
  readonly id: string;
  readonly [field: string]: unknown;
}

/** What `--list` prints: the entries under `key` in JSON, and the columns of the readable table. */
export interface ListSpec {
  /** JSON key of the list, e.g. `formats` → `{"formats":[…]}`. */
  readonly key: string;
  entries(): readonly ListEntry[];
  /** Table columns: a header and the entry field shown under it. */
  readonly columns: readonly { readonly header: string; readonly field: string }[];
}

/** What a command handler receives. */
export interface CommandContext {
  /** The command path, e.g. `formats inspect` (used as the default `where` of errors). */
  readonly command: string;
  /** Values of the declared positional arguments, in order. */
  readonly args: readonly (string | undefined)[];
  /** Parsed option values by camel-cased name (`--to` → `to`), including the parents' options. */
  readonly options: Readonly<Record<string, unknown>>;
  /** True with `--json`. */
  readonly json: boolean;
  readonly io: CliIo;
  /** Aborts after `--timeout <seconds>`; undefined without it. Hand it to long computations. */
  readonly signal: AbortSignal | undefined;
  /** A progress bar on standard error, drawn only when it is a terminal. */
  progress(total: number, label?: string): ProgressBar;
}

/**
 * The result of a successful command, in both forms: the runner prints `json` (through `formatJson`) with
 * `--json` and `text` otherwise. Handlers print nothing themselves, so that nothing reaches standard
 * output when they fail.
 */
export interface CommandOutput {
  readonly json: unknown;
  readonly text: string;
}

/**
 * A command of the `plural` shell, as data: the registry of these specs is what builds the argument
 * parser, the help and `--list`. A spec with `subcommands` and no `run` is a group (`formats`).
 */
export interface CommandSpec {
  readonly id: string;
  /** One line, shown in the list of commands. */
  readonly summary: string;
  /** Longer text for the command's own `--help`; defaults to the summary. */
  readonly description?: string;
  readonly arguments?: readonly ArgumentSpec[];
  readonly options?: readonly OptionSpec[];
  /** Example command lines shown at the end of `--help`. */
  readonly examples?: readonly string[];
  /** Makes `--list` print the registered entries of this command. */
  readonly list?: ListSpec;
  readonly subcommands?: readonly CommandSpec[];
  run?(context: CommandContext): Promise<CommandOutput>;
}
