import type { CandidateIndex } from '@plural/core';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { defineProbabilisticRule, probabilisticResult } from './define.js';
import { maximalLotteryGame, type MaximalLotteryGameOptions, type MaximalLotteryRoute } from './maximal-lottery-game.js';
import type { ProbabilisticOptions, ProbabilisticResult } from './types.js';

export interface MaximalLotteryOptions extends ProbabilisticOptions, Omit<MaximalLotteryGameOptions, 'signal'> {}

/** A maximal lottery with what is known about the set of them. */
export interface MaximalLotteryResult extends ProbabilisticResult {
  /** True when this is the only maximal lottery (always so when all margins are odd, e.g. an odd number of strict voters). */
  readonly unique: boolean;
  /** Candidates with positive probability in some maximal lottery, ascending (⊆ the Smith set). */
  readonly essentialSet: readonly CandidateIndex[];
  /** How the lottery was computed. */
  readonly route: MaximalLotteryRoute;
  /** The game value the LP solver reported (≈ 0: the game is symmetric), when it ran. */
  readonly lpValue?: number;
}

const fishburn = { authors: 'P. C. Fishburn', year: 1984, title: 'Probabilistic social choice based on simple voting comparisons', doi: '10.2307/2297795' };
const brandt = { authors: 'F. Brandt', year: 2017, title: 'Rolling the dice: Recent results in probabilistic social choice, in U. Endriss (ed.), Trends in Computational Social Choice (AI Access), 3–26' };
const leBreton = { authors: 'M. Le Breton', year: 2005, title: 'On the uniqueness of equilibrium in symmetric two-player zero-sum games with integer payoffs', doi: '10.4000/economiepublique.2655' };

async function compute(method: string, input: MarginInput, options: MaximalLotteryOptions, transform: (margin: number) => number): Promise<MaximalLotteryResult> {
  const graph = marginGraph(input, options);
  const game = graph.margins.map((row) => row.map(transform));
  const result = await maximalLotteryGame(game, {
    ...(options.solver ? { solver: options.solver } : {}),
    ...(options.lp ? { lp: options.lp } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return probabilisticResult(method, graph.candidates, result.probabilities, {
    unique: result.unique,
    essentialSet: Object.freeze([...result.essentialSet]),
    route: result.route,
    ...(result.lpValue === undefined ? {} : { lpValue: result.lpValue }),
    ...(result.notes.length > 0 ? { notes: Object.freeze([...result.notes]) } : {}),
  });
}

/**
 * Maximal lotteries (Fishburn 1984; Kreweras 1965): the lotteries p over candidates that no other lottery
 * beats in expectation on the margins, pᵀM ≥ 0 — the optimal mixed strategies of the symmetric zero-sum
 * game M. Condorcet consistent; the support lies in the Smith set. Unique when all margins are odd
 * (Le Breton 2005); otherwise the set is a polytope: the result is the only maximal lottery when
 * `unique`, else the leximin one — the most even maximal lottery, a neutral and deterministic choice
 * (see `maximalLotteryGame`) — and `essentialSet` lists every candidate some maximal lottery can pick.
 *
 * Exact: the LP answer of HiGHS (through @plural/lp, certified) gives the support; the probabilities are
 * then solved in Rationals and checked exactly (pᵀM ≥ 0, Σp = 1), with an exact simplex as fallback.
 * Returns a Promise (the LP solver loads WebAssembly).
 *
 * Complexity: one LP with m+1 variables and m+1 rows, plus O(m³) exact operations.
 *
 * @example
 * // margins a>b by 3, b>c by 1, c>a by 1: the maximal lottery is ∝ (1, 1, 3)
 * (await maximalLottery(profileOf(3, ['abc', 'bca', 'cab'], [2, 1, 2]))).probabilities.map(String); // ['1/5', '1/5', '3/5']
 */
export const maximalLottery = defineProbabilisticRule<MarginInput, MaximalLotteryOptions, Promise<MaximalLotteryResult>>(
  {
    id: 'maximal-lottery',
    name: 'Maximal Lotteries',
    aliases: ['Maximal Lottery', 'maximal_lottery', 'maximal-lotteries', 'Fishburn', 'von-neumann-winner', 'game-theory-method', 'GT'],
    family: 'probabilistic',
    description: 'The lotteries p with pᵀM ≥ 0 for the margin matrix M: no lottery is preferred to p by a majority in expectation.',
    citations: [fishburn, brandt, leBreton],
    complexity: 'one LP (m+1 variables) + O(m³) exact operations',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    async: true,
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true },
  },
  (input, options) => compute('maximal-lottery', input, options, (v) => v),
);

/**
 * C1 maximal lotteries: the maximal lotteries of the majority relation, i.e. of the game sign(M) (each
 * majority win counts 1 whatever its size). For an odd number of strict voters the majority relation is a
 * tournament and its maximal lottery is unique, supported on the bipartisan set (Laffond, Laslier &
 * Le Breton 1993). pref_voting's `c1_maximal_lottery`.
 *
 * Complexity: as `maximalLottery`.
 *
 * @example
 * (await c1MaximalLottery(profileOf(3, ['abc', 'bca', 'cab'], [2, 1, 2]))).probabilities.map(String); // ['1/3', '1/3', '1/3']
 */
export const c1MaximalLottery = defineProbabilisticRule<MarginInput, MaximalLotteryOptions, Promise<MaximalLotteryResult>>(
  {
    id: 'c1-maximal-lottery',
    name: 'C1 Maximal Lotteries',
    aliases: ['C1 Maximal Lottery', 'c1_maximal_lottery', 'c1-maximal-lotteries', 'majority-maximal-lottery', 'bipartisan-set-lottery'],
    family: 'probabilistic',
    description: 'The maximal lotteries of the majority relation: lotteries p with pᵀ·sign(M) ≥ 0.',
    citations: [fishburn, brandt, { authors: 'G. Laffond, J.-F. Laslier and M. Le Breton', year: 1993, title: 'The bipartisan set of a tournament game, Games and Economic Behavior 5(1), 182–201' }],
    complexity: 'one LP (m+1 variables) + O(m³) exact operations',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    async: true,
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true },
  },
  (input, options) => compute('c1-maximal-lottery', input, options, Math.sign),
);
