import { ValidationError, type Rng } from '@plural/core';

/**
 * Impartial culture (IC): `voters` strict rankings of the candidates 0…m−1, each drawn independently and
 * uniformly from the m! permutations by a Fisher–Yates shuffle (`rng.shuffle`). The ballots are plain
 * mutable arrays of candidate indices — the in-memory representation the benchmarks time.
 *
 * Source: G.-Th. Guilbaud, Économie appliquée 5(4), 1952; R. A. Fisher & F. Yates, Statistical Tables,
 * 1938 (the shuffle, in Durstenfeld's in-place form, CACM 7(7), 1964, doi:10.1145/364520.364540).
 *
 * Complexity: O(voters·m) time and space.
 *
 * @example
 * impartialCultureBallots(3, 4, createRng(1)); // e.g. [[2,0,3,1],[1,3,0,2],[0,2,1,3]]
 */
export function impartialCultureBallots(voters: number, m: number, rng: Rng): number[][] {
  checkShape(voters, m);
  const identity = Array.from({ length: m }, (_, i) => i);
  const ballots = new Array<number[]>(voters);
  for (let v = 0; v < voters; v++) ballots[v] = rng.shuffle(identity);
  return ballots;
}

/** Throws a {@link ValidationError} unless `voters` ≥ 0 and 1 ≤ m ≤ 30 are whole numbers. */
export function checkShape(voters: number, m: number): void {
  if (!Number.isSafeInteger(voters) || voters < 0) {
    throw new ValidationError(`voters must be a whole number ≥ 0, got ${voters}.`, { where: 'voters', fix: 'Pass a voter count such as 1000000.' });
  }
  if (!Number.isSafeInteger(m) || m < 1 || m > 30) {
    throw new ValidationError(`the number of candidates must be a whole number in 1…30, got ${m}.`, {
      where: 'candidates',
      fix: 'Pass a candidate count such as 10.',
    });
  }
}
