/** Freezes an array of arrays (one level deep inside), returning it. Internal helper for constructors. */
export function freezeRows<T extends readonly unknown[]>(rows: T[]): readonly T[] {
  for (const row of rows) Object.freeze(row);
  return Object.freeze(rows);
}

/** Freezes a ranking: its tie groups and itself. */
export function freezeRanking<T extends readonly (number | readonly number[])[]>(ranking: T): T {
  for (const entry of ranking) if (typeof entry !== 'number') Object.freeze(entry);
  return Object.freeze(ranking);
}
