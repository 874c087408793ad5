import { ValidationError } from '../../errors/errors.js';
import { pairwiseData } from '../../pairwise/pairwise-data.js';
import type { Label, PairwiseData, PairwiseRecord } from '../../profiles/types.js';
import {
  arrayParameter,
  candidatesParameter,
  checkBudget,
  countParameter,
  finiteNumbers,
  optionsObject,
  seedRng,
  type SeedOption,
} from '../parameters.js';

/** Options of {@link bradleyTerry}. */
export interface BradleyTerryOptions extends SeedOption {
  /** Log-strengths θ, one finite real per item: P(i beats j) = e^{θ_i}/(e^{θ_i} + e^{θ_j}). */
  readonly strengths: readonly number[];
  /** Number of comparisons to draw (≥ 0). */
  readonly comparisons: number;
  /**
   * Which pairs are compared: `'uniform'` (default) draws each comparison's ordered pair (a, b), a ≠ b,
   * uniformly; an explicit list of `[a, b]` index pairs is cycled through in order (comparison t uses
   * `pairs[t mod length]`), so `comparisons = r · pairs.length` compares each listed pair r times.
   */
  readonly pairs?: 'uniform' | readonly (readonly [number, number])[];
}

/** P(i beats j) under Bradley–Terry with log-strengths θ_i, θ_j: the logistic function of θ_i − θ_j. */
export function bradleyTerryProbability(thetaI: number, thetaJ: number): number {
  const z = thetaI - thetaJ;
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function pairsParameter(value: unknown, k: number): readonly (readonly [number, number])[] | undefined {
  if (value === undefined || value === 'uniform') return undefined;
  const list = arrayParameter(value, 'pairs');
  if (list.length === 0) {
    throw new ValidationError('the list of pairs is empty.', { where: 'pairs', fix: 'List at least one pair [a, b], or use pairs: "uniform".' });
  }
  return list.map((pair, t) => {
    const at = `pairs[${t}]`;
    const [a, b] = arrayParameter(pair, at, 2, 'two item indices');
    for (const [x, where] of [[a, `${at}[0]`], [b, `${at}[1]`]] as const) {
      if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x >= k) {
        throw new ValidationError(`${JSON.stringify(x)} is not an item index in 0…${k - 1}.`, { where, code: 'unknown-candidate' });
      }
    }
    if (a === b) throw new ValidationError('an item cannot be compared with itself.', { where: at, fix: 'Use two different items.' });
    return [a as number, b as number] as const;
  });
}

/**
 * Bradley–Terry model: each comparison of items a and b is won by a with probability
 * e^{θ_a}/(e^{θ_a} + e^{θ_b}) (θ the log-strengths; the strengths of the original paper are e^θ),
 * independently. Returns the comparisons as pairwise records with outcome `'a'` or `'b'`.
 *
 * Source: R. A. Bradley & M. E. Terry, "Rank analysis of incomplete block designs: I. The method of
 * paired comparisons", Biometrika 39, 1952, doi:10.2307/2334029.
 *
 * Complexity: O(comparisons + items).
 *
 * @example
 * const data = bradleyTerry(['gpt', 'claude', 'gemini'], { strengths: [0, 0.5, -0.2], comparisons: 300, seed: 1 });
 */
export function bradleyTerry(items: number | readonly Label[], options: BradleyTerryOptions): PairwiseData {
  const opts = optionsObject(options);
  const labels = candidatesParameter(items, 'items', 2);
  const k = labels.length;
  const theta = finiteNumbers(opts.strengths, 'strengths', k, 'one per item');
  const count = countParameter(opts.comparisons, 'comparisons');
  const pairs = pairsParameter(opts.pairs, k);
  checkBudget(count, 1, 'comparisons');
  const rng = seedRng(opts.seed);
  const records: PairwiseRecord[] = new Array(count);
  for (let t = 0; t < count; t++) {
    let a: number;
    let b: number;
    if (pairs === undefined) {
      a = rng.int(k);
      b = rng.int(k - 1);
      if (b >= a) b++;
    } else {
      [a, b] = pairs[t % pairs.length]!;
    }
    records[t] = { a, b, outcome: rng.float() < bradleyTerryProbability(theta[a]!, theta[b]!) ? 'a' : 'b' };
  }
  return pairwiseData({ items: labels, records });
}
