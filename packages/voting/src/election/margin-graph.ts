import { ValidationError, type Label, type MarginMatrix } from '@plural/core';
import { election, type ElectionOptions, type ProfileInput } from './election.js';
import { scaleWeights } from './weights.js';

/**
 * The weighted majority (margin) graph a margin-based rule reads: `margins[a][b] > 0` means a majority
 * prefers a to b by that (scaled, integer) amount. Antisymmetric with a zero diagonal.
 */
export interface MarginGraph {
  readonly candidates: readonly Label[];
  readonly margins: readonly (readonly number[])[];
  /** The positive integer margins were multiplied by (1 for integer margins). */
  readonly scale: number;
}

/** What margin-based rules accept: a profile, a prepared Election, or a margin matrix. */
export type MarginInput = ProfileInput | MarginMatrix;

/**
 * The margin graph of an input: the Election's cached margins, or a margin matrix checked for shape,
 * finiteness and antisymmetry (fractional margins are scaled to integers, see `scaleWeights`).
 *
 * Complexity: O(m²) for a matrix or a prepared Election; a profile pays for its margins, O(n·m²).
 *
 * @example
 * marginGraph(marginMatrix(profile)).margins;
 */
export function marginGraph(input: MarginInput, options: ElectionOptions = {}): MarginGraph {
  if (input !== null && typeof input === 'object' && input.kind === 'margins') return checkMarginMatrix(input);
  const e = election(input as ProfileInput, options);
  if (e.voters === 0) {
    throw new ValidationError('the profile has no voters.', { where: 'profile.ballots', fix: 'Give a profile with at least one ballot of positive weight.' });
  }
  if (e.candidates.length === 0) {
    throw new ValidationError('the profile has no candidates.', { where: 'profile.candidates', fix: 'Give a profile with candidates.' });
  }
  return { candidates: e.candidates, margins: e.margins(), scale: e.scale };
}

function checkMarginMatrix(input: MarginMatrix): MarginGraph {
  const m = input.candidates.length;
  const rows = input.margins;
  if (!Array.isArray(rows) || rows.length !== m) {
    throw new ValidationError(`the margin matrix has ${Array.isArray(rows) ? rows.length : 'no'} rows for ${m} candidates.`, {
      where: 'margins',
      fix: 'Give an m×m matrix, one row per candidate.',
    });
  }
  const flat: number[] = [];
  for (let a = 0; a < m; a++) {
    const row = rows[a];
    if (!Array.isArray(row) || row.length !== m) {
      throw new ValidationError(`row ${a} of the margin matrix does not have ${m} entries.`, { where: `margins[${a}]`, fix: 'Give an m×m matrix.' });
    }
    for (let b = 0; b < m; b++) flat.push(row[b]!);
  }
  const scaled = scaleWeights(flat, 'margins', true);
  const out: number[][] = [];
  for (let a = 0; a < m; a++) out.push(scaled.integers.slice(a * m, a * m + m) as number[]);
  for (let a = 0; a < m; a++) {
    if (out[a]![a] !== 0) throw new ValidationError(`the diagonal entry margins[${a}][${a}] is not 0.`, { where: `margins[${a}][${a}]`, fix: 'A candidate has margin 0 against itself.' });
    for (let b = a + 1; b < m; b++) {
      if (out[a]![b] !== -out[b]![a]!) {
        throw new ValidationError(`margins[${a}][${b}] = ${rows[a]![b]} but margins[${b}][${a}] = ${rows[b]![a]}.`, {
          where: `margins[${a}][${b}]`,
          fix: 'A margin matrix is antisymmetric: margins[a][b] = −margins[b][a].',
        });
      }
    }
  }
  return { candidates: input.candidates, margins: out, scale: scaled.scale };
}
