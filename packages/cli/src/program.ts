import { Command } from 'commander';
import { ValidationError } from '@plural/core';
import type { CliIo } from './io/io.js';
import { createProgressBar, type ProgressBar } from './io/progress.js';
import { renderTable } from './io/table.js';
import { formatValue } from './io/json.js';
import { timeoutSignal } from './io/timeout.js';
import type { CommandOutput, CommandSpec, ListSpec } from './commands/types.js';
import { VERSION } from './version.js';

const JSON_FLAG_DESCRIPTION = 'print exactly one JSON document on standard output (errors as JSON on standard error)';

function listOutput(list: ListSpec): CommandOutput {
  const entries = list.entries();
  return {
    json: { [list.key]: entries },
    text: renderTable(
      list.columns.map((c) => c.header),
      entries.map((entry) => list.columns.map((c) => formatValue(entry[c.field]))),
    ),
  };
}

function examplesText(examples: readonly string[] | undefined): string {
  return examples === undefined || examples.length === 0 ? '' : `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`;
}

/** Adds one registered command (and its subcommands) to the parser. */
function addCommand(parent: Command, spec: CommandSpec, io: CliIo, path: readonly string[], hooks: ProgramHooks): void {
  const commandPath = [...path, spec.id];
  const name = commandPath.join(' ');
  const command = parent.command(spec.id).summary(spec.summary).description(spec.description ?? spec.summary);
  const args = spec.arguments ?? [];
  // With --list the positional arguments may be left out, so the parser takes them as optional and the
  // handler's context reports the missing ones.
  for (const arg of args) command.argument(spec.list === undefined ? `<${arg.name}>` : `[${arg.name}]`, arg.description);
  for (const option of spec.options ?? []) command.option(option.flags, option.description);
  if (spec.list !== undefined) command.option('--list', `list the registered ${spec.list.key} and exit`);
  command.option('--json', JSON_FLAG_DESCRIPTION);
  if (spec.run !== undefined) command.option('--timeout <seconds>', 'stop with an error after this many seconds');
  const subcommands = spec.subcommands ?? [];
  // A group takes unknown words so that it can name them; a leaf refuses extra arguments (the setting is
  // inherited from the parent, so it is set on every command).
  command.allowExcessArguments(subcommands.length > 0);
  // Commander adds `help [command]` only to groups without an action; ours have one (for --list).
  if (subcommands.length > 0) command.helpCommand(true);
  for (const sub of subcommands) addCommand(command, sub, io, commandPath, hooks);
  const examples = examplesText(spec.examples);
  if (examples !== '') command.addHelpText('after', examples);

  command.action(async (...params: unknown[]) => {
    const self = params[params.length - 1] as Command;
    const options = self.optsWithGlobals() as Record<string, unknown>;
    hooks.started(name);
    if (options['list'] === true && spec.list !== undefined) {
      hooks.emit(listOutput(spec.list));
      return;
    }
    if (spec.run !== undefined) {
      const signal = timeoutSignal(typeof options['timeout'] === 'string' ? options['timeout'] : undefined);
      // Bars are erased however the command ends, so that an error message starts on a clean line.
      const bars: ProgressBar[] = [];
      try {
        const output = await spec.run({
          command: name,
          args: self.processedArgs.slice(0, args.length) as (string | undefined)[],
          options,
          json: options['json'] === true,
          io,
          signal,
          progress: (total, label) => {
            const bar = createProgressBar({ stream: io.stderr, total, ...(label === undefined ? {} : { label }) });
            bars.push(bar);
            return bar;
          },
        });
        hooks.emit(output);
      } finally {
        for (const bar of bars) bar.finish();
      }
      return;
    }
    const names = subcommands.map((s) => s.id);
    const fix = `Use one of: ${names.join(', ')} (see plural ${name} --help).`;
    const unknown = self.args[0];
    if (unknown !== undefined) {
      throw new ValidationError(`unknown command '${name} ${unknown}'.`, { where: unknown, fix });
    }
    throw new ValidationError(`'plural ${name}' needs a command.`, { where: name, fix });
  });
}

/** How the parser reports back to {@link run}. */
export interface ProgramHooks {
  /** The `--json` flag as seen in argv: keeps commander's own output off standard error. */
  readonly json: boolean;
  /** Called with the command path (`formats inspect`) when its action starts: the default `where` of errors. */
  started(command: string): void;
  /** Receives the result of the command. */
  emit(output: CommandOutput): void;
}

/**
 * Builds the argument parser of `plural` from the command registry. Parser errors are thrown (never
 * printed, never `process.exit`): the caller reports them by the error contract. Help and the version go
 * to `io.stdout`.
 */
export function buildProgram(
  registry: readonly CommandSpec[],
  io: CliIo,
  hooks: ProgramHooks,
): Command {
  const program = new Command('plural')
    .description('Plural: collective decisions, for people and for AI — computational social choice on the command line.')
    .version(VERSION, '-V, --version', 'print the version of plural')
    .helpOption('-h, --help', 'show help for a command')
    .option('--json', JSON_FLAG_DESCRIPTION)
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      // Commander writes to standard error only the help shown after a usage error; with --json standard
      // error carries the JSON error alone.
      writeErr: (text) => void (hooks.json ? undefined : io.stderr.write(text)),
      outputError: () => {},
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    });
  program.addHelpText(
    'after',
    `\nEvery command takes a file path or - for standard input, prints a readable table or, with --json,\none JSON document; \`plural <command> --list\` lists what it has registered.\nExit codes: 0 success, 2 bad input or arguments, 1 internal failure.\n${examplesText(['plural formats --list', 'plural formats inspect election.soi --json'])}`,
  );
  for (const spec of registry) addCommand(program, spec, io, [], hooks);
  return program;
}
