/**
 * @plural/cli — the `plural` command line as a library: {@link run} drives the same shell as the `plural`
 * bin with any streams, and the helpers below are what its commands are built from.
 */
export { run } from './run.js';
export { VERSION } from './version.js';
export { commandRegistry } from './commands/registry.js';
export type { ArgumentSpec, CommandContext, CommandOutput, CommandSpec, ListEntry, ListSpec, OptionSpec } from './commands/types.js';
export { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, errorReport, renderErrorJson, renderErrorText, type ErrorReport } from './errors/report.js';
export { FileNotFoundError } from './errors/file-not-found.js';
export { nodeIo, type CliIo, type CliOutput } from './io/io.js';
export { readInput, writeOutput, STDIN_PATH } from './io/files.js';
export { formatJson, formatValue, toJsonValue, type JsonValue } from './io/json.js';
export { createProgressBar, type ProgressBar, type ProgressOptions } from './io/progress.js';
export { MAX_TIMEOUT_SECONDS, parseTimeout, timeoutSignal } from './io/timeout.js';
export { renderPairs, renderTable } from './io/table.js';
