import type { MarginMatrix } from '@plural/core';
import { solve, type LpSolution } from '@plural/lp';

/**
 * The LP of the symmetric zero-sum game of a margin matrix (Fishburn 1984; Brandt 2017): maximise v
 * subject to Σ_a p_a·M[a][b] ≥ v for every b, Σ p = 1, p ≥ 0. Its optimal p is a maximal lottery and
 * its value is 0. Used here only to exercise core → lp end to end; the rule itself belongs to
 * @plural/voting.
 */
export async function maximalLotteryLp(margins: MarginMatrix): Promise<LpSolution> {
  const m = margins.candidates.length;
  const p = (a: number) => `p${a}`;
  return solve({
    variables: [...Array.from({ length: m }, (_, a) => ({ name: p(a), lower: 0 })), { name: 'v', lower: -Infinity }],
    objective: { sense: 'max', coefficients: [['v', 1]] },
    constraints: [
      { name: 'sum', coefficients: Array.from({ length: m }, (_, a) => [p(a), 1] as const), lower: 1, upper: 1 },
      ...Array.from({ length: m }, (_, b) => ({
        name: `column ${b}`,
        coefficients: [
          ...Array.from({ length: m }, (_, a) => [p(a), margins.margins[a]![b]!] as const).filter(([, c]) => c !== 0),
          ['v', -1] as const,
        ],
        lower: 0,
      })),
    ],
  });
}
