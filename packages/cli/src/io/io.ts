import process from 'node:process';

/** A stream the CLI writes text to (standard output or standard error). */
export interface CliOutput {
  write(chunk: string): unknown;
  /** True when the stream is a terminal; progress bars are drawn only then. */
  readonly isTTY?: boolean;
  /** Width of the terminal in characters, when known. */
  readonly columns?: number;
}

/**
 * Everything the CLI touches outside itself, so that {@link run} can be driven with fake streams in
 * tests: standard output and error, standard input, and the directory relative paths resolve against.
 */
export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  /** Reads the whole of standard input as UTF-8 text (called only for the input path `-`). */
  readStdin(): Promise<string>;
  /** Directory that relative file paths are resolved against. */
  readonly cwd: string;
}

/** Reads a Node readable stream to the end as UTF-8 text. */
async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The real process: `process.stdout`, `process.stderr`, `process.stdin` and `process.cwd()`.
 *
 * @example
 * await run(process.argv.slice(2), nodeIo());
 */
export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => readAll(process.stdin),
    cwd: process.cwd(),
  };
}
