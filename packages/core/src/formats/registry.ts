import { UnsupportedFormatError, ValidationError } from '../errors/errors.js';
import { abcvotingFormat } from './abcvoting/formats.js';
import { pabulibFormat } from './pabulib/formats.js';
import { describeKind } from './preflib/ordinal.js';
import { catFormat, socFormat, soiFormat, tocFormat, toiFormat } from './preflib/formats.js';
import type { FormatData, FormatSpec, ReadOptions } from './types.js';
import { condorcetElectionFormat, condorcetVotesFormat, davidHillFormat, debianTallyFormat } from './condorcet/index.js';
import { csvApprovalsFormat, csvFormat, csvPairwiseFormat, csvRankingsFormat, csvUtilitiesFormat } from './csv/index.js';
import { jsonFormat, jsonlPairwiseFormat } from './json/index.js';

export { summarizeData } from './summary.js';

/**
 * Every file format Plural reads, once each: id, file-name endings, data kinds, reference, reader and
 * writer. The CLI, the docs and the conformance and fuzz tests iterate over this list.
 */
export const formatRegistry: readonly FormatSpec[] = Object.freeze([
  socFormat,
  soiFormat,
  tocFormat,
  toiFormat,
  catFormat,
  pabulibFormat,
  abcvotingFormat,
  // other formats (csv, json, condorcet) are registered below
  csvFormat,
  csvRankingsFormat,
  csvApprovalsFormat,
  csvUtilitiesFormat,
  csvPairwiseFormat,
  jsonFormat,
  jsonlPairwiseFormat,
  condorcetElectionFormat,
  condorcetVotesFormat,
  davidHillFormat,
  debianTallyFormat,
]);

function knownExtensions(): string {
  return formatRegistry.flatMap((f) => f.extensions).join(', ');
}

function formatIds(): string {
  return formatRegistry.map((f) => f.id).join(', ');
}

/** The registered format with this id (`soc`, `pb`, …; a leading dot and case are ignored). */
export function formatById(id: string): FormatSpec {
  const wanted = typeof id === 'string' ? id.trim().toLowerCase().replace(/^\./, '') : '';
  const spec = formatRegistry.find((f) => f.id === wanted);
  if (spec === undefined) {
    throw new UnsupportedFormatError(`unknown format ${JSON.stringify(id)}.`, { where: 'format', fix: `Use one of: ${formatIds()}.` });
  }
  return spec;
}

/**
 * The format a file name denotes: the registered format whose extension is the longest ending of the
 * name (case-insensitive), so `votes.abc.yaml` is abcvoting's YAML even if `.yaml` were registered too.
 * Throws UnsupportedFormatError naming the file and listing the known extensions otherwise.
 *
 * Complexity: O(number of extensions).
 *
 * @example
 * detectFormat('data/00002-00000006.soi').id; // 'soi'
 */
export function detectFormat(fileName: string): FormatSpec {
  if (typeof fileName !== 'string') {
    throw new ValidationError('expected a file name.', { where: 'fileName' });
  }
  const base = fileName.split(/[\\/]/).pop()!.toLowerCase();
  let best: FormatSpec | undefined;
  let bestLength = 0;
  for (const spec of formatRegistry) {
    for (const ext of spec.extensions) {
      if (ext.length > bestLength && base.endsWith(ext) && base.length > ext.length) {
        best = spec;
        bestLength = ext.length;
      }
    }
  }
  if (best === undefined) {
    throw new UnsupportedFormatError(`cannot tell the format of ${JSON.stringify(fileName)} from its name.`, {
      where: fileName,
      fix: `Use one of the extensions ${knownExtensions()}, or name the format explicitly (one of ${formatIds()}).`,
    });
  }
  return best;
}

/** Where {@link readFormat} takes the format from, and how errors name the source. */
export interface ReadFormatOptions extends ReadOptions {
  /** A format id; wins over the file name. */
  readonly format?: string;
  /** The file name, to detect the format from its extension; also the default `source`. */
  readonly fileName?: string;
}

/**
 * Reads text in the format given by `options.format`, else the one `options.fileName` denotes.
 * Errors name `options.source` (default: the file name) and the line.
 *
 * @example
 * readFormat('# NUMBER ALTERNATIVES: 2\n1: 1,2\n', { fileName: 'tiny.soc' }).data.kind; // 'anonymous'
 */
export function readFormat(text: string, options: ReadFormatOptions = {}): { readonly format: string; readonly data: FormatData } {
  let spec: FormatSpec;
  if (options.format !== undefined) spec = formatById(options.format);
  else if (options.fileName !== undefined) spec = detectFormat(options.fileName);
  else {
    throw new UnsupportedFormatError('the format of the text is not known.', {
      where: 'format',
      fix: `Give a file name with one of the extensions ${knownExtensions()}, or a format id (${formatIds()}).`,
    });
  }
  const source = options.source ?? options.fileName;
  const data = spec.read(text, {
    ...(source === undefined ? {} : { source }),
    ...(options.lenient === undefined ? {} : { lenient: options.lenient }),
  });
  return Object.freeze({ format: spec.id, data });
}

/**
 * Writes data in the format with id `formatId`. Throws UnsupportedFormatError when the format is
 * read-only or cannot hold this kind of data (naming the formats that can), and the format's own
 * UnsupportedFormatError when the data does not fit it (e.g. ties into `.soc`).
 *
 * @example
 * writeFormat(profile, 'toc'); // PrefLib .toc text
 */
export function writeFormat(data: FormatData, formatId: string): string {
  const spec = formatById(formatId);
  if (spec.write === undefined) {
    throw new UnsupportedFormatError(`Plural reads the format ${spec.id} but does not write it.`, {
      where: 'format',
      fix: `Write one of: ${formatRegistry.filter((f) => f.write !== undefined).map((f) => f.id).join(', ')}.`,
    });
  }
  const kind = (data as { kind?: unknown } | null)?.kind;
  if (!spec.kinds.includes(kind as FormatData['kind'])) {
    const able = formatRegistry.filter((f) => f.write !== undefined && f.kinds.includes(kind as FormatData['kind'])).map((f) => f.id);
    throw new UnsupportedFormatError(`the format ${spec.id} cannot hold ${describeKind(data)}.`, {
      where: 'format',
      fix: able.length > 0 ? `Write it as one of: ${able.join(', ')}.` : 'No registered format writes this kind of data.',
    });
  }
  return spec.write(data);
}
