import type { CliOutput } from './io.js';

/** A progress bar of a long run. */
export interface ProgressBar {
  /** Reports that `done` of the total steps are finished (clamped to 0…total). */
  update(done: number): void;
  /** Reports `steps` more finished steps (default 1). */
  tick(steps?: number): void;
  /** Erases the bar; call it before printing anything else. Idempotent. */
  finish(): void;
}

export interface ProgressOptions {
  /** Where to draw: standard error. Nothing is drawn unless `stream.isTTY` is true. */
  readonly stream: CliOutput;
  /** Number of steps of the whole run (positive). */
  readonly total: number;
  /** What is running, shown before the bar. */
  readonly label?: string;
  /** Width of the bar in characters (default 30). */
  readonly width?: number;
}

const NOOP: ProgressBar = Object.freeze({ update() {}, tick() {}, finish() {} });

/**
 * A one-line progress bar drawn on a terminal (`label [#####-----]  50% 5/10`), redrawn in place with a
 * carriage return only when the shown percentage changes, and erased by `finish`. When the stream is not
 * a TTY (a pipe, a file, CI logs) or the total is not a positive finite number it draws nothing, so
 * piped output stays clean.
 *
 * Complexity: O(width) per redraw, at most 101 redraws per run.
 *
 * @example
 * const bar = createProgressBar({ stream: process.stderr, total: samples, label: 'bootstrap' });
 * for (let i = 0; i < samples; i++) { step(); bar.tick(); }
 * bar.finish();
 */
export function createProgressBar(options: ProgressOptions): ProgressBar {
  const { stream, total } = options;
  if (stream.isTTY !== true || !Number.isFinite(total) || total <= 0) return NOOP;
  const width = Math.max(1, Math.floor(options.width ?? 30));
  const label = options.label === undefined ? '' : `${options.label} `;
  let done = 0;
  let shownPercent = -1;
  let drawn = false;
  let finished = false;

  const draw = (): void => {
    const percent = Math.floor((done / total) * 100);
    if (percent === shownPercent) return;
    shownPercent = percent;
    const filled = Math.round((done / total) * width);
    const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
    stream.write(`\r${label}[${bar}] ${String(percent).padStart(3)}% ${done}/${total}`);
    drawn = true;
  };

  return {
    update(value: number): void {
      if (finished || !Number.isFinite(value)) return;
      done = Math.min(total, Math.max(0, value));
      draw();
    },
    tick(steps = 1): void {
      this.update(done + steps);
    },
    finish(): void {
      if (finished) return;
      finished = true;
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
