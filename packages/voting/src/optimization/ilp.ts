import { PluralError, throwIfAborted, type CandidateIndex, type Label } from '@plural/core';
import { solve, type LinearProgram, type LpConstraint, type LpSolution, type SolveOptions } from '@plural/lp';
import { election, type ElectionOptions, type ProfileInput } from '../election/election.js';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { requireBallots } from '../election/requirements.js';
import { ballotPrefers, ballotTiers, requireIntegerWeights } from './ballot-order.js';
import { dodgsonDeficits, verifyDodgsonMoves, type CondorcetWinnerVariant, type DodgsonMove } from './dodgson.js';
import { orderingScore } from './linear-ordering.js';
import { verifyYoungDeletions } from './young.js';

/**
 * Integer-programming versions of the optimisation rules, solved with HiGHS through @plural/lp (whose
 * answers are certified). They are asynchronous, so they are not registered rules; use them for
 * instances beyond the budgets of the exact combinatorial algorithms, or to cross-check them. Every
 * optimum returned is re-checked in integers: the Kemeny score of the ranking is recomputed from the
 * margins, Dodgson moves and Young deletions are replayed on the ballots.
 */
export interface IlpOptions extends ElectionOptions {
  readonly signal?: AbortSignal;
  /** Passed to @plural/lp's `solve` (e.g. `timeLimitSeconds`, `backend`). */
  readonly solve?: Omit<SolveOptions, 'signal'>;
}

/** Rounds the values of an optimal MILP answer; throws unless it is optimal. */
async function solveInteger(program: LinearProgram, options: IlpOptions, where: string): Promise<{ values: number[]; solution: LpSolution }> {
  throwIfAborted(options.signal, where);
  const solution = await solve(program, { ...options.solve, ...(options.signal === undefined ? {} : { signal: options.signal }) });
  if (solution.status !== 'optimal') return { values: [], solution };
  return { values: solution.values.map((v) => Math.round(v)), solution };
}

export interface KemenyIlpResult {
  readonly candidates: readonly Label[];
  /** The candidates ranked first by some Kemeny ranking, ascending. */
  readonly winners: CandidateIndex[];
  /** The optimum Σ_{a above b} margin(a, b), in scaled units (see `scale`). */
  readonly optimum: number;
  readonly scale: number;
  /** One Kemeny ranking, best first. */
  readonly ranking: CandidateIndex[];
  /** Integer programs solved, and 3-cycle constraints added lazily. */
  readonly solves: number;
  readonly cuts: number;
}

/**
 * Kemeny–Young by integer programming: a binary x_ab for each pair a < b (1: a above b), maximising
 * Σ margin(a,b)·x_ab + margin(b,a)·(1 − x_ab); transitivity (no 3-cycle) is imposed lazily — solve,
 * add the triangle constraints the answer violates, solve again — as in Conitzer, Davenport &
 * Kalagnanam (AAAI 2006). The winners are found by one more solve per candidate c with c forced to the
 * top: c wins exactly when that optimum equals the global one.
 *
 * Complexity: NP-hard; each solve is a HiGHS branch and cut on m(m−1)/2 binaries.
 *
 * @example
 * (await kemenyYoungIlp(profileOf(3, ['abc', 'bca', 'cab'], [2, 1, 1]))).ranking; // [0, 1, 2]
 */
export async function kemenyYoungIlp(input: MarginInput, options: IlpOptions = {}): Promise<KemenyIlpResult> {
  const g = marginGraph(input, options);
  const m = g.candidates.length;
  const M = g.margins;
  const name = (a: number, b: number): string => `x_${a}_${b}`;
  // value of "a above b" from the x variables
  const above = (x: ReadonlyMap<string, number>, a: number, b: number): number => (a < b ? x.get(name(a, b))! : 1 - x.get(name(b, a))!);
  const cuts: LpConstraint[] = [];
  const cutKeys = new Set<string>();
  let solves = 0;
  const solveWith = async (top: CandidateIndex | undefined): Promise<{ value: number; ranking: CandidateIndex[] } | undefined> => {
    for (;;) {
      const variables = [];
      for (let a = 0; a < m; a++) {
        for (let b = a + 1; b < m; b++) {
          const fixed = top === undefined ? undefined : top === a ? 1 : top === b ? 0 : undefined;
          variables.push({ name: name(a, b), integer: true, lower: fixed ?? 0, upper: fixed ?? 1 });
        }
      }
      let constant = 0;
      const coefficients: [string, number][] = [];
      for (let a = 0; a < m; a++) {
        for (let b = a + 1; b < m; b++) {
          coefficients.push([name(a, b), M[a]![b]! - M[b]![a]!]);
          constant += M[b]![a]!;
        }
      }
      if (variables.length === 0) return { value: 0, ranking: Array.from({ length: m }, (_, i) => i) };
      solves++;
      const { values, solution } = await solveInteger({ variables, constraints: cuts, objective: { sense: 'max', coefficients, constant } }, options, 'kemenyYoungIlp');
      if (solution.status === 'infeasible') return undefined;
      if (solution.status !== 'optimal') throw new PluralError('solver-failed', `kemenyYoungIlp: the solver stopped with status ${solution.status}.`, { where: 'kemenyYoungIlp', fix: 'Raise solve.timeLimitSeconds, or use the exact dynamic program (kemenyYoung).' });
      const x = new Map(variables.map((v, i) => [v.name, values[i]!]));
      let added = 0;
      for (let a = 0; a < m; a++) {
        for (let b = a + 1; b < m; b++) {
          for (let c = b + 1; c < m; c++) {
            const ab = above(x, a, b);
            const bc = above(x, b, c);
            const ac = above(x, a, c);
            // a>b>c>a: x_ab + x_bc − x_ac ≤ 1; a<b<c<a (c>b>a>c): −x_ab − x_bc + x_ac ≤ 0.
            if (ab + bc - ac > 1 && !cutKeys.has(`+${a},${b},${c}`)) {
              cutKeys.add(`+${a},${b},${c}`);
              cuts.push({ coefficients: [[name(a, b), 1], [name(b, c), 1], [name(a, c), -1]], upper: 1 });
              added++;
            }
            if (ac - ab - bc > 0 && !cutKeys.has(`-${a},${b},${c}`)) {
              cutKeys.add(`-${a},${b},${c}`);
              cuts.push({ coefficients: [[name(a, b), -1], [name(b, c), -1], [name(a, c), 1]], upper: 0 });
              added++;
            }
          }
        }
      }
      if (added > 0) continue;
      // Transitive: the ranking sorts candidates by how many they are above.
      const wins = Array.from({ length: m }, (_, a) => Array.from({ length: m }, (_, b) => (a === b ? 0 : above(x, a, b))).reduce((s, v) => s + v, 0));
      const ranking = Array.from({ length: m }, (_, i) => i).sort((a, b) => wins[b]! - wins[a]!);
      const score = orderingScore(M, ranking);
      if (Math.abs(score - solution.objective) > 1e-6 * Math.max(1, Math.abs(score))) {
        throw new PluralError('internal', `kemenyYoungIlp: the ranking scores ${score} but the solver reported ${solution.objective}.`, { where: 'kemenyYoungIlp' });
      }
      return { value: score, ranking };
    }
  };
  const best = (await solveWith(undefined))!;
  const winners: CandidateIndex[] = [];
  for (let c = 0; c < m; c++) {
    if (best.ranking[0] === c) {
      winners.push(c);
      continue;
    }
    const forced = await solveWith(c);
    if (forced !== undefined && forced.value === best.value) winners.push(c);
  }
  return { candidates: g.candidates, winners: winners.sort((a, b) => a - b), optimum: best.value, scale: g.scale, ranking: best.ranking, solves, cuts: cuts.length };
}

/**
 * The Dodgson score of a candidate by integer programming (Bartholdi, Tovey & Trick 1989): y_{v,j} voters
 * of ballot v move the candidate up j places, Σ_j y_{v,j} ≤ count_v, every rival b it trails is passed
 * by at least deficit_b voters, minimise Σ j·y_{v,j}. The optimal moves are replayed and checked.
 */
export async function dodgsonScoreIlp(input: ProfileInput, candidate: CandidateIndex, options: IlpOptions & { variant?: CondorcetWinnerVariant } = {}): Promise<{ score: number; moves: DodgsonMove[] }> {
  const e = election(input, options);
  requireBallots(e, 'dodgson', { ties: false, truncated: false });
  requireIntegerWeights(e, 'dodgson');
  const variant = options.variant ?? 'strict';
  const m = e.candidates.length;
  const deficits = dodgsonDeficits(e.margins(), candidate, variant);
  if (deficits.every((d) => d === 0)) return { score: 0, moves: [] };
  const variables: { name: string; integer: true; upper: number }[] = [];
  const objective: [string, number][] = [];
  const perBallot: LpConstraint[] = [];
  const passing: [string, number][][] = Array.from({ length: m }, () => []);
  const meaning = new Map<string, { ballot: number; moves: number }>();
  e.ballots.forEach((ballot, v) => {
    const tier = ballotTiers(ballot, m);
    const pa = tier[candidate]!;
    const row: [string, number][] = [];
    for (let j = 1; j <= pa; j++) {
      const id = `y_${v}_${j}`;
      variables.push({ name: id, integer: true, upper: e.counts[v]! });
      objective.push([id, j]);
      row.push([id, 1]);
      meaning.set(id, { ballot: v, moves: j });
      for (let p = pa - j; p < pa; p++) passing[ballot[p] as number]!.push([id, 1]);
    }
    if (row.length > 0) perBallot.push({ coefficients: row, upper: e.counts[v]! });
  });
  const cover: LpConstraint[] = [];
  deficits.forEach((d, b) => {
    if (d > 0) cover.push({ coefficients: passing[b]!, lower: d });
  });
  const { values, solution } = await solveInteger({ variables, constraints: [...perBallot, ...cover], objective: { sense: 'min', coefficients: objective } }, options, 'dodgsonScoreIlp');
  if (solution.status !== 'optimal') throw new PluralError('solver-failed', `dodgsonScoreIlp: the solver stopped with status ${solution.status}.`, { where: 'dodgsonScoreIlp' });
  const moves: DodgsonMove[] = [];
  variables.forEach((v, i) => {
    if (values[i]! > 0) moves.push({ ...meaning.get(v.name)!, voters: values[i]! });
  });
  const score = moves.reduce((s, mv) => s + mv.moves * mv.voters, 0);
  verifyDodgsonMoves(e, candidate, variant, moves, score);
  return { score, moves };
}

/**
 * The Young score of a candidate by integer programming: x_v voters of ballot v deleted (0 ≤ x_v ≤
 * count_v), at most n − 1 in all, the candidate a weak (default) or strict Condorcet winner of the rest;
 * minimise Σ x_v. Returns the voters kept (0 when infeasible) and the deletions, replayed and checked.
 */
export async function youngScoreIlp(input: ProfileInput, candidate: CandidateIndex, options: IlpOptions & { variant?: CondorcetWinnerVariant } = {}): Promise<{ kept: number; deletions: number[] }> {
  const e = election(input, options);
  requireBallots(e, 'young', { ties: true, truncated: true });
  requireIntegerWeights(e, 'young');
  const variant = options.variant ?? 'weak';
  const t = variant === 'strict' ? 1 : 0;
  const m = e.candidates.length;
  const margins = e.margins()[candidate]!;
  const variables = e.ballots.map((_, v) => ({ name: `x_${v}`, integer: true as const, upper: e.counts[v]! }));
  const tiers = e.ballots.map((ballot) => ballotTiers(ballot, m));
  const constraints: LpConstraint[] = [{ coefficients: variables.map((v) => [v.name, 1] as [string, number]), upper: e.voters - 1 }];
  for (let b = 0; b < m; b++) {
    if (b === candidate) continue;
    // kept margin = margin − Σ x_v·sign_v ≥ t.
    const row: [string, number][] = [];
    tiers.forEach((tier, v) => {
      const s = ballotPrefers(tier, candidate, b, e.unranked);
      if (s !== 0) row.push([`x_${v}`, s]);
    });
    if (row.length > 0) constraints.push({ coefficients: row, upper: margins[b]! - t });
    else if (margins[b]! < t) return { kept: 0, deletions: [] };
  }
  const { values, solution } = await solveInteger({ variables, constraints, objective: { sense: 'min', coefficients: variables.map((v) => [v.name, 1] as [string, number]) } }, options, 'youngScoreIlp');
  if (solution.status === 'infeasible') return { kept: 0, deletions: [] };
  if (solution.status !== 'optimal') throw new PluralError('solver-failed', `youngScoreIlp: the solver stopped with status ${solution.status}.`, { where: 'youngScoreIlp' });
  const removed = values.reduce((s, v) => s + v, 0);
  verifyYoungDeletions(e, candidate, variant, values, removed);
  return { kept: e.voters - removed, deletions: values };
}
