import { PluralError, ValidationError, type CandidateIndex } from '@plural/core';
import { election, type Election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import type { Citation, VotingOptions } from '../registry/types.js';
import { argmin, rankingByScore, votingResult } from '../result/result.js';
import { ballotTiers, positiveBudget, requireIntegerWeights } from './ballot-order.js';
import { solveMultiCover, type CoverType } from './multi-cover.js';

/** Which Condorcet winner the swaps must produce. */
export type CondorcetWinnerVariant = 'strict' | 'weak';

export interface DodgsonOptions extends VotingOptions {
  /**
   * `'strict'` (default): the candidate must beat every rival by a strict majority (Dodgson 1876;
   * Bartholdi, Tovey & Trick 1989); `'weak'`: it must beat or tie every rival.
   */
  readonly variant?: CondorcetWinnerVariant;
  /** Maximum number of state updates of the exact search, over all candidates (default 2^28). */
  readonly budget?: number;
  /**
   * Compute the exact score of every candidate and report `scores` and `ranking`. By default (false) only
   * the candidates that can still win are scored exactly — candidates are taken by increasing lower bound
   * (the sum of their deficits) and skipped once it exceeds the best score found — which is enough for
   * the winners and far faster; `scores` is then omitted.
   */
  readonly allScores?: boolean;
}

export const DEFAULT_DODGSON_BUDGET = 2 ** 28;

/** One group of voters in a Dodgson witness: in `voters` copies of ballot `ballot`, the candidate moves up `moves` places. */
export interface DodgsonMove {
  readonly ballot: number;
  readonly moves: number;
  readonly voters: number;
}

export interface DodgsonScore {
  readonly candidate: CandidateIndex;
  /** The minimum number of adjacent swaps. */
  readonly score: number;
  /** Voters needed against each rival (0 when none are). */
  readonly deficits: readonly number[];
  /** An optimal set of moves, replayed and checked, when the search kept it (small instances). */
  readonly moves?: readonly DodgsonMove[];
}

/** Votes the candidate must gain against each rival: strict needs margin > 0, weak margin ≥ 0. */
export function dodgsonDeficits(margins: readonly (readonly number[])[], a: CandidateIndex, variant: CondorcetWinnerVariant): number[] {
  return margins.map((row, b) => {
    if (b === a) return 0;
    const against = row[a]!; // margin(b, a)
    if (variant === 'strict') return against >= 0 ? Math.floor(against / 2) + 1 : 0;
    return against > 0 ? Math.ceil(against / 2) : 0;
  });
}

/**
 * The Dodgson score of candidate `a`: the fewest swaps of adjacent candidates in the ballots that make
 * `a` a Condorcet winner. Only moves of `a` upwards help, so each voter moves `a` up past some prefix of
 * the candidates above it; the problem is a bounded multi-cover over the rivals `a` trails (each rival
 * b needs `deficits[b]` voters that move `a` past b), solved exactly by dynamic programming over the
 * residual deficits (Bartholdi, Tovey & Trick 1989 give the equivalent integer program).
 * Needs strict complete ballots and integer voter counts.
 *
 * Complexity: O(Π(d_b+1) · Σ min(count, max d) · m) for deficits d; exponential, bounded by `budget`.
 */
export function dodgsonScore(e: Election, a: CandidateIndex, options: { variant?: CondorcetWinnerVariant; budget?: number; signal?: AbortSignal | undefined } = {}): DodgsonScore & { work: number } {
  const m = e.candidates.length;
  const variant = options.variant ?? 'strict';
  const deficits = dodgsonDeficits(e.margins(), a, variant);
  const rivals = deficits.map((d, b) => (d > 0 ? b : -1)).filter((b) => b >= 0);
  if (rivals.length === 0) return { candidate: a, score: 0, deficits, moves: [], work: 0 };
  const dim = new Int32Array(m).fill(-1);
  rivals.forEach((b, t) => (dim[b] = t));
  const maxNeed = Math.max(...rivals.map((b) => deficits[b]!));
  // Group ballots by what moving a up offers: the rivals passed, in order, and the cost of each level.
  const groups = new Map<string, { ballots: number[]; options: { cost: number; take: number[] }[]; count: number }>();
  e.ballots.forEach((ballot, v) => {
    const tier = ballotTiers(ballot, m);
    const pa = tier[a]!;
    const take = new Array<number>(rivals.length).fill(0);
    const options: { cost: number; take: number[] }[] = [];
    const order: string[] = [];
    for (let p = pa - 1; p >= 0; p--) {
      const x = ballot[p] as CandidateIndex;
      const t = dim[x]!;
      if (t < 0) continue;
      take[t] = 1;
      options.push({ cost: pa - p, take: take.slice() });
      order.push(`${t}:${pa - p}`);
    }
    if (options.length === 0) return;
    const key = order.join(',');
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { ballots: [v], options, count: e.counts[v]! });
    else {
      g.ballots.push(v);
      g.count += e.counts[v]!;
    }
  });
  const list = [...groups.values()];
  const types: CoverType[] = list.map((g) => ({ count: Math.min(g.count, maxNeed), options: g.options }));
  const budget = options.budget ?? DEFAULT_DODGSON_BUDGET;
  const solution = solveMultiCover(
    { need: rivals.map((b) => deficits[b]!), types },
    {
      budget,
      signal: options.signal,
      method: 'dodgson',
      fix: 'Raise options.budget, leave options.allScores off (only candidates that can win are scored), use the asynchronous dodgsonScoreIlp (HiGHS through @plural/lp), or an approximation: dodgson-quick or dodgson-tideman.',
    },
  );
  if (solution.cost === Infinity) throw new PluralError('internal', `dodgson: no set of swaps makes candidate ${a} a Condorcet winner.`, { where: 'dodgson' });
  if (solution.witness === undefined) return { candidate: a, score: solution.cost, deficits, work: solution.work };
  // Spread each group's moves over its ballots, then replay them and check the result.
  const moves: DodgsonMove[] = [];
  list.forEach((g, gi) => {
    const perOption = solution.witness![gi]!;
    let ballotIndex = 0;
    let left = e.counts[g.ballots[0]!]!;
    perOption.forEach((voters, o) => {
      let rest = voters;
      while (rest > 0) {
        while (left === 0) left = e.counts[g.ballots[++ballotIndex]!]!;
        const take = Math.min(rest, left);
        moves.push({ ballot: g.ballots[ballotIndex]!, moves: g.options[o]!.cost, voters: take });
        rest -= take;
        left -= take;
      }
    });
  });
  verifyDodgsonMoves(e, a, variant, moves, solution.cost);
  return { candidate: a, score: solution.cost, deficits, moves, work: solution.work };
}

/**
 * Replays Dodgson moves on the ballots and checks that the candidate becomes a (strict or weak)
 * Condorcet winner with exactly `score` swaps; throws an internal error otherwise.
 */
export function verifyDodgsonMoves(e: Election, a: CandidateIndex, variant: CondorcetWinnerVariant, moves: readonly DodgsonMove[], score: number): void {
  const m = e.candidates.length;
  const margin = e.margins()[a]!.slice();
  let swaps = 0;
  const used = new Map<number, number>();
  for (const mv of moves) {
    const tier = ballotTiers(e.ballots[mv.ballot]!, m);
    const pa = tier[a]!;
    if (mv.moves > pa) throw new PluralError('internal', `dodgson: a move lifts candidate ${a} above the top of ballot ${mv.ballot}.`);
    used.set(mv.ballot, (used.get(mv.ballot) ?? 0) + mv.voters);
    for (let b = 0; b < m; b++) if (b !== a && tier[b]! >= pa - mv.moves && tier[b]! < pa) margin[b]! += 2 * mv.voters;
    swaps += mv.moves * mv.voters;
  }
  for (const [ballot, voters] of used) if (voters > e.counts[ballot]!) throw new PluralError('internal', `dodgson: more voters moved in ballot ${ballot} than it has.`);
  const ok = margin.every((v, b) => b === a || (variant === 'strict' ? v > 0 : v >= 0));
  if (!ok || swaps !== score) throw new PluralError('internal', `dodgson: the witness for candidate ${a} does not check (${swaps} swaps, score ${score}).`);
}

const dodgson1876: Citation = {
  authors: 'C. L. Dodgson',
  year: 1876,
  title: 'A method of taking votes on more than two issues (reprinted in D. Black, The Theory of Committees and Elections, 1958)',
  url: 'https://archive.org/details/theoryofcommitte0000blac',
};
const bartholdiToveyTrick1989: Citation = { authors: 'J. Bartholdi III, C. A. Tovey, M. A. Trick', year: 1989, title: 'Voting schemes for which it can be difficult to tell who won the election', doi: '10.1007/BF00303169' };
const hemaspaandra1997: Citation = { authors: 'E. Hemaspaandra, L. A. Hemaspaandra, J. Rothe', year: 1997, title: "Exact analysis of Dodgson elections: Lewis Carroll's 1876 voting system is complete for parallel access to NP", doi: '10.1145/268999.269002' };

/**
 * Dodgson: a candidate's score is the fewest swaps of adjacent candidates in the ballots that make it a
 * Condorcet winner; the lowest scores win. Condorcet consistent (a Condorcet winner scores 0), but not
 * Smith-consistent and it can elect the Condorcet loser (Fishburn 1977).
 *
 * Sources: C. L. Dodgson, "A method of taking votes on more than two issues" (1876); J. Bartholdi III,
 * C. A. Tovey, M. A. Trick, "Voting schemes for which it can be difficult to tell who won the election",
 * Social Choice and Welfare 6 (1989) 157–165, doi:10.1007/BF00303169; E. Hemaspaandra,
 * L. A. Hemaspaandra, J. Rothe, J. ACM 44(6) (1997), doi:10.1145/268999.269002 (Θ₂ᵖ-complete).
 *
 * Algorithm: exact, by dynamic programming over the residual deficits (see `dodgsonScore`), each score
 * verified by replaying an optimal set of moves when the instance is small enough to keep one. Only the
 * candidates that can still win are scored unless `allScores` is set (then `scores` and `ranking` are
 * reported).
 * Complexity: exponential in the deficits; bounded by `budget`; honours `signal`.
 * Ballots: strict and complete; integer voter counts. Ties: irresolute.
 *
 * @example
 * dodgson(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners; // [0]: one swap (in a 'cab' ballot) makes a win
 * dodgson(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2]), { allScores: true }).scores; // [1, 2, 2]
 */
export const dodgson = defineVotingMethod<ProfileInput, DodgsonOptions>(
  {
    id: 'dodgson',
    name: 'Dodgson',
    aliases: ['Dodgson', 'dodgson-exact', "Lewis Carroll's method", 'carroll'],
    family: 'optimization',
    description: 'The winners need the fewest swaps of adjacent candidates in the ballots to become the Condorcet winner.',
    citations: [dodgson1876, bartholdiToveyTrick1989, hemaspaandra1997],
    complexity: 'exponential: O(Π(d_b+1) · n · m) per candidate for deficits d (Θ₂ᵖ-complete)',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'irresolute: all candidates with the lowest Dodgson score',
    properties: { 'condorcet-winner': true, 'condorcet-loser': false, 'positive-involvement': false },
    exponential: true,
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'dodgson', dodgson.info.ballots);
    requireIntegerWeights(e, 'dodgson');
    const variant = options.variant ?? 'strict';
    if (variant !== 'strict' && variant !== 'weak') {
      throw new ValidationError(`unknown Dodgson variant ${JSON.stringify(variant)}.`, { where: 'options.variant', fix: 'Use "strict" or "weak".' });
    }
    let budget = positiveBudget(options.budget, DEFAULT_DODGSON_BUDGET);
    const m = e.candidates.length;
    const scores = new Float64Array(m).fill(Infinity);
    const lowerBounds = Array.from({ length: m }, (_, a) => dodgsonDeficits(e.margins(), a, variant).reduce((s, d) => s + d, 0));
    const order = Array.from({ length: m }, (_, a) => a).sort((x, y) => lowerBounds[x]! - lowerBounds[y]! || x - y);
    let best = Infinity;
    let verified = 0;
    let computed = 0;
    for (const a of order) {
      if (options.allScores !== true && lowerBounds[a]! > best) continue;
      const result = dodgsonScore(e, a, { variant, budget, signal: options.signal });
      budget = Math.max(1, budget - result.work);
      scores[a] = result.score;
      computed++;
      if (result.moves !== undefined) verified++;
      if (result.score < best) best = result.score;
    }
    const winners = argmin(scores);
    const notes = [`Dodgson score = fewest adjacent swaps to become a ${variant} Condorcet winner; ${verified} of ${computed} scores computed were replayed and checked.`];
    if (options.allScores !== true) return votingResult({ method: 'dodgson', candidates: e.candidates, winners, notes });
    return votingResult({ method: 'dodgson', candidates: e.candidates, winners, scores: Array.from(scores), ranking: rankingByScore(scores, true), notes });
  },
);
