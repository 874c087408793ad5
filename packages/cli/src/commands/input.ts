/** What every command shares to read its input: arguments, options, and a data file in any registered format. */
import {
  formatRegistry,
  readFormat,
  throwIfAborted,
  UnsupportedFormatError,
  ValidationError,
  type FormatData,
  type FormatSpec,
} from '@plural/core';
import { readInput, STDIN_PATH } from '../io/files.js';
import type { CommandContext } from './types.js';

const STDIN_SOURCE = 'stdin';

export function formatIds(formats: readonly FormatSpec[]): string {
  return formats.map((f) => f.id).join(', ');
}

/** The registered format with this id (case-insensitive), or an `unsupported-format` error naming the option. */
export function formatOption(id: string, option: string): FormatSpec {
  const wanted = id.trim().toLowerCase().replace(/^\./, '');
  const found = formatRegistry.find((f) => f.id === wanted);
  if (found === undefined) {
    throw new UnsupportedFormatError(`unknown format ${JSON.stringify(id)}.`, {
      where: option,
      fix: `Use one of: ${formatIds(formatRegistry)} (plural formats --list describes them).`,
    });
  }
  return found;
}

/** The formats that write data of this kind. */
export function writersOf(kind: FormatData['kind']): readonly FormatSpec[] {
  return formatRegistry.filter((f) => f.write !== undefined && f.kinds.includes(kind));
}

export function optionalString(context: CommandContext, name: string): string | undefined {
  const value = context.options[name];
  return typeof value === 'string' ? value : undefined;
}

export function requiredArgument(context: CommandContext, index: number, name: string): string {
  const value = context.args[index];
  if (value === undefined) {
    throw new ValidationError(`missing required argument '${name}'.`, {
      where: name,
      fix: `Run plural ${context.command} --help for the arguments it takes.`,
    });
  }
  return value;
}

/**
 * Reads the profile file `path` (or standard input for `-`) in the format of `--format`, else the one
 * its extension names.
 */
export async function readData(path: string, context: CommandContext): Promise<{ format: string; data: FormatData }> {
  const formatFlag = optionalString(context, 'format');
  if (path === STDIN_PATH && formatFlag === undefined) {
    throw new ValidationError('standard input has no file name to tell its format from.', {
      where: '--format',
      fix: `Add --format <id>, one of: ${formatIds(formatRegistry)}.`,
    });
  }
  const format = formatFlag === undefined ? undefined : formatOption(formatFlag, '--format');
  const text = await readInput(path, context.io);
  throwIfAborted(context.signal, context.command);
  return readFormat(text, {
    ...(format === undefined ? {} : { format: format.id }),
    ...(path === STDIN_PATH ? {} : { fileName: path }),
    source: path === STDIN_PATH ? STDIN_SOURCE : path,
  });
}
