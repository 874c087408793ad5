/**
 * Reads a linear program typed as JSON in a live example. JSON has no infinity, so the strings
 * `"Infinity"` and `"-Infinity"` stand for the numbers (e.g. `"lower": "-Infinity"` for a free
 * variable); everything else is checked by @plural/lp itself when the program is solved.
 */
import type { LinearProgram } from '@plural/lp';

export function parseProgram(text: string): LinearProgram {
  return JSON.parse(text, (_key, value: unknown) =>
    value === 'Infinity' ? Infinity : value === '-Infinity' ? -Infinity : value,
  ) as LinearProgram;
}
