import { ValidationError, type Rng } from '@plural/core';
import { checkShape } from './impartial-culture.js';

/**
 * Mallows model with dispersion φ ∈ [0, 1] around the reference ranking 0 ≻ 1 ≻ … ≻ m−1: a ranking at
 * Kendall-tau distance d from the reference has probability ∝ φ^d. Sampled by the repeated insertion
 * model (RIM): candidate i (i = 0…m−1) is inserted into the partial ranking of candidates 0…i−1 at
 * position j ∈ {0…i} with probability φ^(i−j) / (1 + φ + … + φ^i). φ = 1 is impartial culture, φ = 0
 * always gives the reference ranking.
 *
 * Source: C. L. Mallows, "Non-null ranking models. I", Biometrika 44, 1957, doi:10.1093/biomet/44.1-2.114;
 * J.-P. Doignon, A. Pekeč & M. Regenwetter, "The repeated insertion model for rankings", Psychometrika
 * 69(1), 2004, doi:10.1007/BF02295840.
 *
 * Complexity: O(voters·m²) time (array insertions), O(voters·m) space.
 *
 * @example
 * mallowsBallots(2, 4, 0, createRng(1)); // [[0,1,2,3],[0,1,2,3]]
 */
export function mallowsBallots(voters: number, m: number, phi: number, rng: Rng): number[][] {
  checkShape(voters, m);
  if (typeof phi !== 'number' || !Number.isFinite(phi) || phi < 0 || phi > 1) {
    throw new ValidationError(`phi must be a number in [0, 1], got ${String(phi)}.`, { where: 'phi', fix: 'Choose a dispersion such as 0.5.' });
  }
  const cumulative = insertionTables(m, phi);
  const ballots = new Array<number[]>(voters);
  for (let v = 0; v < voters; v++) {
    const ranking: number[] = [];
    for (let i = 0; i < m; i++) {
      const table = cumulative[i]!;
      const u = rng.float();
      let j = 0;
      while (j < i && u >= table[j]!) j++;
      ranking.splice(j, 0, i);
    }
    ballots[v] = ranking;
  }
  return ballots;
}

/** `tables[i][j]` = P(candidate i is inserted at a position ≤ j) under RIM with dispersion φ. */
function insertionTables(m: number, phi: number): Float64Array[] {
  const tables: Float64Array[] = [];
  for (let i = 0; i < m; i++) {
    const weights = Array.from({ length: i + 1 }, (_, j) => phi ** (i - j));
    const total = weights.reduce((s, w) => s + w, 0);
    const table = new Float64Array(i + 1);
    let acc = 0;
    for (let j = 0; j <= i; j++) {
      acc += weights[j]! / total;
      table[j] = acc;
    }
    table[i] = 1;
    tables.push(table);
  }
  return tables;
}
