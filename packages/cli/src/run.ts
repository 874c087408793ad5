import { CommanderError } from 'commander';
import { ValidationError } from '@plural/core';
import { commandRegistry } from './commands/registry.js';
import type { CommandOutput, CommandSpec } from './commands/types.js';
import { EXIT_OK, errorReport, renderErrorJson, renderErrorText } from './errors/report.js';
import { type CliIo, nodeIo } from './io/io.js';
import { formatJson } from './io/json.js';
import { buildProgram } from './program.js';

/** True when `--json` appears among the options (before a `--` that ends them). */
function asksForJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/**
 * Runs the `plural` command line on `argv` (the words after the program name, as in
 * `process.argv.slice(2)`) and resolves to its exit code: 0 on success, 2 for bad input or arguments, 1
 * for an internal failure. It never calls `process.exit` and never throws. On success the result goes to
 * `io.stdout` (one JSON document with `--json`, else a readable table); on failure nothing goes to
 * standard output and the error goes to `io.stderr` — `{"error":{"code","message","where"}}` with
 * `--json`, else `error: <message>` with the fix. Missing parts of `io` default to the real process.
 *
 * @example
 * const code = await run(['formats', 'inspect', 'election.soc', '--json']);
 */
export async function run(argv: readonly string[], io: Partial<CliIo> = {}, registry: readonly CommandSpec[] = commandRegistry): Promise<number> {
  const fullIo: CliIo = { ...nodeIo(), ...io };
  const json = asksForJson(argv);
  const result: { output?: CommandOutput; command?: string } = {};
  try {
    const program = buildProgram(registry, fullIo, {
      json,
      started: (command) => {
        result.command = command;
      },
      emit: (output) => {
        result.output = output;
      },
    });
    try {
      await program.parseAsync([...argv], { from: 'user' });
    } catch (error) {
      if (error instanceof CommanderError) {
        // --help, `help <command>` and --version have been printed; they are successes.
        if (error.exitCode === 0 && ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code)) {
          return EXIT_OK;
        }
        // No command at all: commander has printed the help on standard error.
        if (error.code === 'commander.help') {
          throw new ValidationError('no command given.', { fix: 'Give a command, e.g. plural formats --list; plural --help lists them.' });
        }
      }
      throw error;
    }
    const { output } = result;
    if (output === undefined) return EXIT_OK;
    const text = json ? formatJson(output.json) : output.text;
    fullIo.stdout.write(text.length === 0 || text.endsWith('\n') ? text : `${text}\n`);
    return EXIT_OK;
  } catch (error) {
    const report = errorReport(error, result.command ?? 'plural');
    fullIo.stderr.write(json ? renderErrorJson(report) : renderErrorText(report));
    return report.exitCode;
  }
}
