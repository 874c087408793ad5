import { PluralError, ValidationError, type CandidateIndex } from '@plural/core';
import { election, type Election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import type { Citation, VotingOptions } from '../registry/types.js';
import { argmax, rankingByScore, votingResult } from '../result/result.js';
import { ballotPrefers, ballotTiers, positiveBudget, requireIntegerWeights } from './ballot-order.js';
import type { CondorcetWinnerVariant } from './dodgson.js';
import { solveMultiCover, type CoverType } from './multi-cover.js';

export interface YoungOptions extends VotingOptions {
  /**
   * `'weak'` (default, Young 1977): the candidate must become a weak Condorcet winner (beat or tie every
   * rival) of the remaining voters; `'strict'` ("strongYoung"): a Condorcet winner (beat every rival).
   */
  readonly variant?: CondorcetWinnerVariant;
  /** Maximum number of state updates of the exact search, over all candidates (default 2^28). */
  readonly budget?: number;
  /**
   * Compute the exact score of every candidate and report `scores` and `ranking`. By default (false) only
   * the candidates that can still win are scored exactly — candidates are taken by increasing lower bound
   * on deletions, max_b(t − margin(a, b)), and skipped once it exceeds the fewest deletions found — which
   * is enough for the winners and far faster; `scores` is then omitted.
   */
  readonly allScores?: boolean;
}

export const DEFAULT_YOUNG_BUDGET = 2 ** 28;

export interface YoungScore {
  readonly candidate: CandidateIndex;
  /** The Young score: the largest number of voters among whom the candidate is a Condorcet winner (0: none). */
  readonly kept: number;
  /** The fewest voters to delete (Infinity when no non-empty set of voters works). */
  readonly removed: number;
  /** How many voters of each ballot to delete, replayed and checked, when the search kept a witness. */
  readonly deletions?: readonly number[];
}

/**
 * The Young score of candidate `a`. Deleting a set R of X voters changes margin(a, b) by
 * −Σ_{v∈R} sign_v(a, b); write w_v(b) = 1 − sign_v(a, b) ∈ {0, 1, 2}. Then a is a (strict: t = 1; weak:
 * t = 0) Condorcet winner of the rest exactly when Σ_{v∈R} w_v(b) ≥ t − margin(a, b) + X for every b, a
 * multi-cover with needs growing in X; since extra voters only add coverage, X works exactly when the
 * fewest voters covering those needs, k(X), number at most X. The search tries X from
 * max_b(t − margin(a, b)) up to n − 1, solving each cover exactly by dynamic programming; k is
 * non-decreasing in X, so after k(X) > X it jumps to k(X), and a single-rival bound skips hopeless X.
 *
 * Complexity: exponential in the needs; bounded by `budget`.
 */
export function youngScore(e: Election, a: CandidateIndex, options: { variant?: CondorcetWinnerVariant; budget?: number; signal?: AbortSignal | undefined } = {}): YoungScore & { work: number } {
  const m = e.candidates.length;
  const n = e.voters;
  const t = (options.variant ?? 'weak') === 'strict' ? 1 : 0;
  const margins = e.margins();
  const delta = margins[a]!.map((v, b) => (b === a ? -Infinity : t - v));
  const tiers = e.ballots.map((ballot) => ballotTiers(ballot, m));
  const weight = tiers.map((tier) => Array.from({ length: m }, (_, b) => (b === a ? 0 : 1 - ballotPrefers(tier, a, b, e.unranked))));
  // Voters with weight 2 and 1 against each rival, for the single-rival bound.
  const twos = new Array<number>(m).fill(0);
  const ones = new Array<number>(m).fill(0);
  weight.forEach((w, v) => {
    for (let b = 0; b < m; b++) {
      if (w[b] === 2) twos[b]! += e.counts[v]!;
      else if (w[b] === 1) ones[b]! += e.counts[v]!;
    }
  });
  const start = Math.max(0, ...delta);
  let work = 0;
  const budget = options.budget ?? DEFAULT_YOUNG_BUDGET;
  for (let x = start; x <= n - 1; x++) {
    // (x is advanced past hopeless values below: the fewest covering voters only grow with x.)
    const rivals: CandidateIndex[] = [];
    for (let b = 0; b < m; b++) if (b !== a && delta[b]! + x > 0) rivals.push(b);
    const reachable = rivals.every((b) => {
      const two = Math.min(x, twos[b]!);
      return 2 * two + Math.min(x - two, ones[b]!) >= delta[b]! + x;
    });
    if (!reachable) continue;
    const need = rivals.map((b) => delta[b]! + x);
    const groups = new Map<string, { ballots: number[]; take: number[]; count: number }>();
    weight.forEach((w, v) => {
      const take = rivals.map((b) => w[b]!);
      if (take.every((u) => u === 0)) return;
      const key = take.join(',');
      const g = groups.get(key);
      if (g === undefined) groups.set(key, { ballots: [v], take, count: e.counts[v]! });
      else {
        g.ballots.push(v);
        g.count += e.counts[v]!;
      }
    });
    const list = [...groups.values()];
    const types: CoverType[] = list.map((g) => {
      let cap = 0;
      g.take.forEach((u, i) => {
        if (u > 0) cap = Math.max(cap, Math.ceil(need[i]! / u));
      });
      return { count: Math.min(g.count, cap), options: [{ cost: 1, take: g.take }] };
    });
    const solution = rivals.length === 0
      ? { cost: 0, witness: [] as number[][], work: 0 }
      : solveMultiCover(
          { need, types },
          {
            budget: Math.max(1, budget - work),
            signal: options.signal,
            method: 'young',
            fix: 'Raise options.budget, leave options.allScores off (only candidates that can win are scored), or use the asynchronous youngScoreIlp (HiGHS through @plural/lp).',
          },
        );
    work += solution.work;
    if (solution.cost > x) {
      // Every x' < cost is hopeless too (its needs are no larger, so it needs at least `cost` voters).
      x = Math.max(x, Math.min(solution.cost, n) - 1);
      continue;
    }
    if (solution.witness === undefined) return { candidate: a, kept: n - x, removed: x, work };
    // Spread the cover over its ballots, pad with any other voters up to x, replay and check.
    const deletions = new Array<number>(e.ballots.length).fill(0);
    list.forEach((g, gi) => {
      let rest = solution.witness![gi]![0]!;
      for (const v of g.ballots) {
        const take = Math.min(rest, e.counts[v]!);
        deletions[v]! += take;
        rest -= take;
      }
    });
    let pad = x - deletions.reduce((s, d) => s + d, 0);
    for (let v = 0; v < deletions.length && pad > 0; v++) {
      const take = Math.min(pad, e.counts[v]! - deletions[v]!);
      deletions[v]! += take;
      pad -= take;
    }
    verifyYoungDeletions(e, a, options.variant ?? 'weak', deletions, x);
    return { candidate: a, kept: n - x, removed: x, deletions, work };
  }
  return { candidate: a, kept: 0, removed: Infinity, work };
}

/** Recomputes the margins without the deleted voters and checks the candidate is a Condorcet winner of the rest. */
export function verifyYoungDeletions(e: Election, a: CandidateIndex, variant: CondorcetWinnerVariant, deletions: readonly number[], removed: number): void {
  const m = e.candidates.length;
  const margin = new Array<number>(m).fill(0);
  let kept = 0;
  let total = 0;
  e.ballots.forEach((ballot, v) => {
    const d = deletions[v]!;
    if (d < 0 || d > e.counts[v]!) throw new PluralError('internal', `young: ballot ${v} loses ${d} of its ${e.counts[v]} voters.`);
    total += d;
    const left = e.counts[v]! - d;
    kept += left;
    const tier = ballotTiers(ballot, m);
    for (let b = 0; b < m; b++) if (b !== a) margin[b]! += left * ballotPrefers(tier, a, b, e.unranked);
  });
  const ok = kept > 0 && margin.every((v, b) => b === a || (variant === 'strict' ? v > 0 : v >= 0));
  if (!ok || total !== removed) throw new PluralError('internal', `young: the deletions for candidate ${a} do not check (${total} deleted, ${removed} claimed).`);
}

const young1977: Citation = { authors: 'H. P. Young', year: 1977, title: "Extending Condorcet's rule", doi: '10.1016/0022-0531(77)90012-6' };
const fitzsimmonsHemaspaandra2018: Citation = { authors: 'Z. Fitzsimmons, E. Hemaspaandra', year: 2018, title: 'Election score can be harder than winner', url: 'https://deepai.org/publication/election-score-can-be-harder-than-winner' };

/**
 * Young: a candidate's Young score is the largest number of voters among whom it is a weak Condorcet
 * winner (beats or ties every rival) — equivalently, the fewest voters to delete to make it one; the
 * highest scores win. `variant: 'strict'` asks for a Condorcet winner instead ("strongYoung"). Scores are
 * the numbers of voters kept (0 when no non-empty set of voters works).
 *
 * Properties (default, weak variant): Condorcet consistent (a Condorcet winner keeps everyone; every
 * rival loses to it, so needs a deletion). Pareto efficient: a candidate x every voter ranks below y loses
 * to y among any non-empty set of voters, so it scores 0, while the top of any ballot is a weak Condorcet
 * winner of that voter alone and scores at least 1. (The strict variant is not: with two ballots
 * (y z) > x nobody is ever a strict Condorcet winner, all score 0 and x wins.) It can elect the
 * Condorcet loser.
 *
 * Sources: H. P. Young, "Extending Condorcet's rule", J. Economic Theory 16(2) (1977) 335–353,
 * doi:10.1016/0022-0531(77)90012-6; Z. Fitzsimmons, E. Hemaspaandra, "Election score can be harder than
 * winner" (2018) for the names Young (weak) and strongYoung; winner determination is Θ₂ᵖ-complete.
 *
 * Algorithm: exact, by a multi-cover dynamic program per number of deletions (see `youngScore`), each
 * score verified by replaying the deletions when the instance is small enough to keep them. Only the
 * candidates that can still win are scored unless `allScores` is set (then `scores` and `ranking` are
 * reported).
 * Complexity: exponential; bounded by `budget`; honours `signal`.
 * Ballots: weak orders and truncated ballots are read as the margins read them (`unranked`); integer
 * voter counts. Ties: irresolute.
 *
 * @example
 * young(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2]), { allScores: true }).scores; // [6, 4, 4]: deleting one 'bca' voter lets a tie c
 */
export const young = defineVotingMethod<ProfileInput, YoungOptions>(
  {
    id: 'young',
    name: 'Young',
    aliases: ['Young', "Young's rule", 'young-score'],
    family: 'optimization',
    description: 'The winners need the fewest voters deleted to become a weak Condorcet winner (beat or tie every rival) of the voters left.',
    citations: [young1977, fitzsimmonsHemaspaandra2018],
    complexity: 'exponential: O(n · Π_b(need_b + 1)) per candidate and number of deletions (Θ₂ᵖ-complete)',
    input: 'profile',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all candidates with the highest Young score',
    properties: { 'condorcet-winner': true, 'condorcet-loser': false, 'pareto-dominance': true },
    exponential: true,
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'young', young.info.ballots);
    requireIntegerWeights(e, 'young');
    const variant = options.variant ?? 'weak';
    if (variant !== 'strict' && variant !== 'weak') {
      throw new ValidationError(`unknown Young variant ${JSON.stringify(variant)}.`, { where: 'options.variant', fix: 'Use "strict" or "weak".' });
    }
    let budget = positiveBudget(options.budget, DEFAULT_YOUNG_BUDGET);
    const m = e.candidates.length;
    const kept = new Float64Array(m);
    const t = variant === 'strict' ? 1 : 0;
    const lowerBounds = e.margins().map((row, a) => Math.max(0, ...row.map((v, b) => (b === a ? 0 : t - v))));
    const order = Array.from({ length: m }, (_, a) => a).sort((x, y) => lowerBounds[x]! - lowerBounds[y]! || x - y);
    let fewest = Infinity;
    let verified = 0;
    let computed = 0;
    for (const a of order) {
      if (options.allScores !== true && lowerBounds[a]! > fewest) continue;
      const s = youngScore(e, a, { variant, budget, signal: options.signal });
      budget = Math.max(1, budget - s.work);
      kept[a] = s.kept;
      computed++;
      if (s.removed < fewest) fewest = s.removed;
      if (s.deletions !== undefined || s.removed === 0) verified++;
    }
    const note = `Young score = the most voters among whom the candidate is a ${variant} Condorcet winner; ${verified} of ${computed} scores computed were replayed and checked.`;
    if (options.allScores !== true) return votingResult({ method: 'young', candidates: e.candidates, winners: argmax(kept), notes: [note] });
    return votingResult({
      method: 'young',
      candidates: e.candidates,
      winners: argmax(kept),
      scores: Array.from(kept),
      ranking: rankingByScore(kept),
      notes: [note],
    });
  },
);
