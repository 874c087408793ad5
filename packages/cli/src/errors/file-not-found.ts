import { ValidationError } from '@plural/core';

/**
 * A path given on the command line names no file (or, for an output, no existing directory). The CLI
 * reports it with the error code `file-not-found` and the path as `where`; as a core error it is an
 * `invalid-input` {@link ValidationError}, since core's code list has no file system codes.
 *
 * @example
 * throw new FileNotFoundError('election.soc');
 */
export class FileNotFoundError extends ValidationError {
  /** The path as the user gave it. */
  readonly path: string;

  constructor(path: string, options: { readonly role?: 'input' | 'output'; readonly cause?: unknown } = {}) {
    const output = options.role === 'output';
    super(
      output
        ? 'cannot write the file: its directory does not exist.'
        : 'no such file.',
      {
        where: path,
        fix: output
          ? 'Create the directory first, or write to a path in an existing directory.'
          : 'Check the path (relative paths start from the current directory), or give - to read standard input with --format.',
        ...(options.cause === undefined ? {} : { cause: options.cause }),
      },
    );
    this.path = path;
  }
}
