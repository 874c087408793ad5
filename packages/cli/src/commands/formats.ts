import {
  detectFormat,
  formatRegistry,
  summarizeData,
  throwIfAborted,
  UnsupportedFormatError,
  ValidationError,
  withImplicitRanking,
  writeFormat,
  type FormatData,
  type FormatSpec,
  type FormatSummary,
} from '@plural/core';
import { STDIN_PATH, writeOutput } from '../io/files.js';
import { formatIds, formatOption, optionalString, readData, requiredArgument, writersOf } from './input.js';
import { formatValue } from '../io/json.js';
import { renderPairs } from '../io/table.js';
import type { CommandContext, CommandOutput, CommandSpec, ListEntry } from './types.js';

function summaryJson(format: string, summary: FormatSummary): Record<string, unknown> {
  const { voters, candidates, unique, complete, strict, ...extra } = summary;
  return { format, voters, candidates, unique, complete, strict, ...extra };
}

function formatName(id: string): string {
  const spec = formatRegistry.find((f) => f.id === id);
  return spec === undefined ? id : `${id} (${spec.name})`;
}

async function inspect(context: CommandContext): Promise<CommandOutput> {
  const path = requiredArgument(context, 0, 'in');
  const { format, data } = await readData(path, context);
  const json = summaryJson(format, summarizeData(data));
  const rows: [string, string][] = [['file', path === STDIN_PATH ? '(standard input)' : path]];
  for (const [key, value] of Object.entries(json)) {
    rows.push([key, key === 'format' ? formatName(format) : formatValue(value)]);
  }
  return { json, text: renderPairs(rows) };
}

/** The format `out` is written in: `--to`, else the one the extension of `out` names. */
function outputFormat(out: string, context: CommandContext): FormatSpec {
  const to = optionalString(context, 'to');
  if (to !== undefined) return formatOption(to, '--to');
  if (out === STDIN_PATH) {
    throw new ValidationError('standard output has no file name to tell the output format from.', {
      where: '--to',
      fix: `Add --to <id>, one of: ${formatIds(formatRegistry.filter((f) => f.write !== undefined))}.`,
    });
  }
  return detectFormat(out);
}

/**
 * `--imbue`: every ranking gets its unranked candidates as one last tie group (PrefLib's imbuing of
 * `.soi` into `.toc`; core's `withImplicitRanking`), so truncated rankings fit a format of complete
 * orders.
 */
function imbue(data: FormatData): FormatData {
  if (data.kind !== 'anonymous') {
    throw new ValidationError(`--imbue completes rankings, but the input holds ${data.kind} data.`, {
      where: '--imbue',
      fix: 'Leave out --imbue for data that is not rankings.',
    });
  }
  return withImplicitRanking(data);
}

async function convert(context: CommandContext): Promise<CommandOutput> {
  const input = requiredArgument(context, 0, 'in');
  const out = requiredArgument(context, 1, 'out');
  if (out === STDIN_PATH && context.json) {
    throw new ValidationError('cannot write the converted file to standard output together with --json.', {
      where: 'out',
      fix: 'Give an output file name, or leave out --json to print the converted file.',
    });
  }
  const target = outputFormat(out, context);
  if (target.write === undefined) {
    throw new UnsupportedFormatError(`Plural reads the format ${target.id} but does not write it.`, {
      where: out === STDIN_PATH ? '--to' : out,
      fix: `Convert to one of: ${formatIds(formatRegistry.filter((f) => f.write !== undefined))}.`,
    });
  }
  const read = await readData(input, context);
  const { format } = read;
  const data = context.options['imbue'] === true ? imbue(read.data) : read.data;
  if (!target.kinds.includes(data.kind)) {
    const able = writersOf(data.kind);
    throw new UnsupportedFormatError(`the format ${target.id} cannot hold ${data.kind} data (read from ${input} as ${format}).`, {
      where: out === STDIN_PATH || optionalString(context, 'to') !== undefined ? '--to' : out,
      fix: able.length > 0 ? `Convert it to one of: ${formatIds(able)}.` : 'No registered format writes this kind of data.',
    });
  }
  const text = writeFormat(data, target.id);
  throwIfAborted(context.signal, context.command);
  const summary = summarizeData(data);
  if (out === STDIN_PATH) return { json: null, text };
  await writeOutput(out, text, context.io);
  return {
    json: { written: out, voters: summary.voters, candidates: summary.candidates },
    text: `wrote ${out} (${formatName(target.id)}): ${summary.voters} voters, ${summary.candidates} candidates\n`,
  };
}

function listFormats(): readonly ListEntry[] {
  return formatRegistry.map((f) => ({
    id: f.id,
    name: f.name,
    extensions: f.extensions,
    kinds: f.kinds,
    writable: f.write !== undefined,
    reference: f.reference,
  }));
}

const FORMAT_OPTION = {
  flags: '--format <id>',
  description: 'format of the input (default: from its extension; required for -)',
} as const;

/** `plural formats`: inspect and convert preference files in every format core registers. */
export const formatsCommand: CommandSpec = {
  id: 'formats',
  summary: 'inspect and convert preference files (PrefLib, PabuLib, CSV, JSON, …)',
  description:
    'Inspect and convert preference files in every format Plural reads. The format of a file is told from its extension, or given with --format; `-` reads standard input.',
  list: {
    key: 'formats',
    entries: listFormats,
    columns: [
      { header: 'id', field: 'id' },
      { header: 'extensions', field: 'extensions' },
      { header: 'reads into', field: 'kinds' },
      { header: 'writes', field: 'writable' },
      { header: 'name', field: 'name' },
      { header: 'reference', field: 'reference' },
    ],
  },
  examples: ['plural formats --list', 'plural formats inspect election.soi', 'plural formats convert election.soi election.toc --imbue'],
  subcommands: [
    {
      id: 'inspect',
      summary: 'summarise a profile file: format, voters, candidates, unique ballots, completeness',
      description:
        'Reads a profile file and prints its format and the number of voters, candidates and unique ballots, and whether every ballot is complete and strict.',
      arguments: [{ name: 'in', description: 'input file, or - for standard input (then --format is required)' }],
      options: [FORMAT_OPTION],
      examples: [
        'plural formats inspect election.soc',
        'plural formats inspect election.soi --json',
        'cat election.toc | plural formats inspect - --format toc',
      ],
      run: inspect,
    },
    {
      id: 'convert',
      summary: 'convert a profile file from one format to another',
      description:
        'Reads <in> and writes the same data to <out> in the format of --to, or the one the extension of <out> names. Data a format cannot hold (e.g. ties in .soc) is an error, never silently changed.',
      arguments: [
        { name: 'in', description: 'input file, or - for standard input (then --format is required)' },
        { name: 'out', description: 'output file (replaced), or - to print it (then --to is required)' },
      ],
      options: [
        FORMAT_OPTION,
        { flags: '--to <id>', description: 'format of the output (default: from its extension)' },
        {
          flags: '--imbue',
          description:
            "tie each ballot's unranked candidates at the bottom (PrefLib's imbuing), so truncated rankings (.soi, .toi) can be written as complete ones (.toc)",
        },
      ],
      examples: [
        'plural formats convert election.soi election.toi',
        'plural formats convert election.soi election.toc --imbue',
        'plural formats convert votes.csv votes.json --json',
      ],
      run: convert,
    },
  ],
};
