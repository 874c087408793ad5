import { marginMatrix, PluralError, rankingProfile, readFormat, voterCount } from '@plural/core';
import { socText } from '../preflib/soc-text.js';
import type { BenchTask } from './task.js';

/**
 * The floor of parsing: one pass over the text that only reads every character code, counting commas
 * and line breaks. A parser must at least do this.
 *
 * Complexity: O(text length).
 *
 * @example
 * scanText('1: 1,2\n'); // 1001 (1 line, 1 comma)
 */
export function scanText(text: string): number {
  let commas = 0;
  let lines = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) commas++;
    else if (c === 10) lines++;
  }
  return lines * 1000 + commas;
}

/**
 * Workload 1: parse a PrefLib `.soc` file of the given strict complete ballots with core's format
 * registry (`readFormat(text, { format: 'soc' })`), against the floor {@link scanText}. Checks once,
 * untimed, that the parsed profile has every voter and the same margins as the ballots.
 *
 * Complexity: O(text length) per call of each task.
 *
 * @example
 * parseSocSuite(ballots, 10).map((t) => t.name); // ['parse.soc.floor(scan text)', 'parse.soc.readFormat']
 */
export function parseSocSuite(ballots: readonly (readonly number[])[], m: number): BenchTask[] {
  const text = socText(ballots, m, `bench-ic-${ballots.length}`);
  const floorName = 'parse.soc.floor(scan text)';
  const uniqueOrders = text.split('\n').filter((l) => l.length > 0 && !l.startsWith('#')).length;
  const parameters = { voters: ballots.length, candidates: m, culture: 'impartial', uniqueOrders, megabytes: round(text.length / 2 ** 20) };

  const { data: parsed } = readFormat(text, { format: 'soc' });
  if (parsed.kind !== 'anonymous' || voterCount(parsed) !== ballots.length) {
    throw new PluralError('internal', `readFormat(soc) returned ${parsed.kind} data that does not hold the ${ballots.length} generated voters.`, {
      where: 'parse.soc',
    });
  }
  const expected = marginMatrix(rankingProfile({ candidates: m, rankings: ballots })).margins;
  const got = marginMatrix(parsed).margins;
  if (expected.some((row, a) => row.some((v, b) => got[a]![b] !== v))) {
    throw new PluralError('internal', 'the parsed .soc profile has different margins than the generated profile.', { where: 'parse.soc' });
  }

  return [
    {
      name: floorName,
      suite: 'parse',
      description: 'one pass over the .soc text reading each char code (counts commas and newlines)',
      parameters,
      role: 'floor',
      floor: floorName,
      plan: 'light',
      run: () => scanText(text),
    },
    {
      name: 'parse.soc.readFormat',
      suite: 'parse',
      description: "core readFormat(text, { format: 'soc' }) → anonymous profile",
      parameters,
      role: 'workload',
      floor: floorName,
      plan: 'heavy',
      run: () => readFormat(text, { format: 'soc' }).data,
    },
  ];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
