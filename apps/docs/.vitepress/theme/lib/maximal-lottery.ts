/**
 * The maximal lottery of a margin matrix as the optimal strategy of the symmetric zero-sum game whose
 * payoff matrix is the margin matrix (Kreweras 1965; Fishburn 1984; Brandt 2017):
 *
 *     maximise v  subject to  Σ_a p_a · M[a][b] ≥ v  for every candidate b,  Σ_a p_a = 1,  p ≥ 0.
 *
 * The game is symmetric, so its value is 0 and an optimal p is a lottery that no candidate beats in
 * expectation. Built with the fluent `lp()` builder of @plural/lp and solved with its certificate check.
 * (The voting rule itself, with exact rational answers, belongs to @plural/voting.)
 */
import type { MarginMatrix } from '@plural/core';
import { linearSum, lp, type LpSolution, type SolveOptions } from '@plural/lp';

export interface MaximalLotteryAnswer {
  /** Probability of each candidate, by index. */
  readonly probabilities: readonly number[];
  /** The value of the game (0 up to rounding). */
  readonly value: number;
  readonly solution: LpSolution;
}

export async function maximalLottery(margins: MarginMatrix, options: SolveOptions = {}): Promise<MaximalLotteryAnswer> {
  const model = lp();
  const p = margins.candidates.map((_, a) => model.variable(`p${a}`)); // 0 ≤ p_a by default
  const v = model.variable('v', { lower: -Infinity });
  model.equal(linearSum(p), 1, 'probabilities');
  margins.candidates.forEach((_, b) => {
    const payoff = linearSum(p.map((pa, a) => pa.times(margins.margins[a]?.[b] ?? 0)));
    model.greaterEqual(payoff, v, `against ${b}`);
  });
  model.maximize(v);
  const solution = await model.solve(options);
  return {
    probabilities: p.map((pa) => solution.values[pa.index] ?? NaN),
    value: solution.values[v.index] ?? NaN,
    solution,
  };
}
