import { Rational, SolverError, ValidationError, type CandidateIndex } from '@plural/core';
import { solve, type LinearProgram, type SolveOptions } from '@plural/lp';
import { solveRationalLinearSystem } from './exact-linear-algebra.js';
import { ExactSimplex, type StandardFormProgram } from './exact-simplex.js';

/** How a maximal lottery was found. */
export type MaximalLotteryRoute =
  /** One candidate: nothing to compute. */
  | 'single-candidate'
  /** HiGHS's answer gave the support; the exact solution of the linear system on it passed the check. */
  | 'lp-support'
  /** The exact rational simplex: the LP answer failed the exact check, `solver: 'exact'`, or the lottery is not unique (leximin). */
  | 'exact-simplex';

/** The exact answer about the maximal lotteries of a margin game. */
export interface MaximalLotteryGame {
  /** One maximal lottery, parallel to the candidates: the only one when `unique`, else the leximin one. */
  readonly probabilities: readonly Rational[];
  /** True when the game has exactly one maximal lottery (decided exactly). */
  readonly unique: boolean;
  /** Candidates with positive probability in some maximal lottery (the essential set of the game), ascending. */
  readonly essentialSet: readonly CandidateIndex[];
  readonly route: MaximalLotteryRoute;
  /** The value of the game as the LP solver computed it (≈ 0), when the LP ran. */
  readonly lpValue?: number;
  readonly notes: readonly string[];
}

export interface MaximalLotteryGameOptions {
  /** `'lp'` (default): HiGHS through @plural/lp, then made exact; `'exact'`: the exact rational simplex only. */
  readonly solver?: 'lp' | 'exact';
  /** Options passed to @plural/lp's `solve` (backend, tolerance, time limit). */
  readonly lp?: SolveOptions;
  readonly signal?: AbortSignal;
}

/** The polytope of maximal lotteries {p ≥ 0 : Σp = 1, pᵀM ≥ 0} in standard form, with slacks s_b = (pᵀM)_b. */
function standardForm(g: readonly (readonly Rational[])[]): StandardFormProgram {
  const m = g.length;
  const a: Rational[][] = [];
  for (let b = 0; b < m; b++) {
    const row = Array.from({ length: 2 * m }, () => Rational.ZERO);
    for (let c = 0; c < m; c++) row[c] = g[c]![b]!;
    row[m + b] = Rational.ONE.neg();
    a.push(row);
  }
  a.push(Array.from({ length: 2 * m }, (_, j) => (j < m ? Rational.ONE : Rational.ZERO)));
  return { a, b: [...Array.from({ length: m }, () => Rational.ZERO), Rational.ONE] };
}

/** (pᵀM)_b for every b. */
function columnPayoffs(g: readonly (readonly Rational[])[], p: readonly Rational[]): Rational[] {
  return g.map((_, b) => Rational.sum(g.map((row, a) => (p[a]!.isZero() ? Rational.ZERO : p[a]!.mul(row[b]!)))));
}

/** True when p is a maximal lottery: p ≥ 0, Σp = 1 and pᵀM ≥ 0, exactly. */
export function isMaximalLottery(g: readonly (readonly Rational[])[], p: readonly Rational[]): boolean {
  return p.every((x) => x.sign() >= 0) && Rational.sum(p).equals(Rational.ONE) && columnPayoffs(g, p).every((x) => x.sign() >= 0);
}

/**
 * The lottery supported on `support` that equalises the game there: Σ_{a∈S} p_a M[a][b] = 0 for b ∈ S and
 * Σ p = 1, when this system has exactly one solution; undefined otherwise.
 */
function equalisingLottery(g: readonly (readonly Rational[])[], support: readonly CandidateIndex[]): Rational[] | undefined {
  const rows = support.map((b) => support.map((a) => g[a]![b]!));
  rows.push(support.map(() => Rational.ONE));
  const rhs = [...support.map(() => Rational.ZERO), Rational.ONE];
  const { solution, rank } = solveRationalLinearSystem(rows, rhs);
  if (solution === undefined || rank < support.length) return undefined;
  const p = g.map(() => Rational.ZERO);
  support.forEach((a, k) => {
    p[a] = solution[k]!;
  });
  return p;
}

/** The floating-point maximal lottery of HiGHS: max v subject to Σp = 1, Σ_a p_a M[a][b] ≥ v for every b. */
async function lpLottery(margins: readonly (readonly number[])[], options: MaximalLotteryGameOptions): Promise<{ p: number[]; value: number }> {
  const m = margins.length;
  const program: LinearProgram = {
    variables: [...Array.from({ length: m }, (_, a) => ({ name: `p${a}` })), { name: 'v', lower: -Infinity }],
    constraints: [
      { name: 'sum', coefficients: Array.from({ length: m }, (_, a) => [`p${a}`, 1] as [string, number]), lower: 1, upper: 1 },
      ...Array.from({ length: m }, (_, b) => ({
        name: `column${b}`,
        coefficients: [...margins.flatMap((row, a) => (row[b] === 0 ? [] : [[`p${a}`, row[b]!] as [string, number]])), ['v', -1] as [string, number]],
        lower: 0,
      })),
    ],
    objective: { sense: 'max', coefficients: [['v', 1]] },
  };
  const solution = await solve(program, { ...options.lp, ...(options.signal ? { signal: options.signal } : {}) });
  if (solution.status !== 'optimal') throw new SolverError(`the maximal-lottery LP ended with status ${solution.status}.`, { where: 'maximal lottery' });
  return { p: solution.values.slice(0, m), value: solution.objective };
}

function feasibleTableau(program: StandardFormProgram, signal: AbortSignal | undefined): ExactSimplex {
  const t = ExactSimplex.feasible(program, signal);
  if (t === undefined) throw new SolverError('no maximal lottery found: the margin matrix is not skew-symmetric.', { where: 'margins' });
  return t;
}

/**
 * The leximin maximal lottery: among all maximal lotteries, the one whose smallest probability is
 * largest, then the second smallest, and so on (unique, and neutral: relabelling candidates relabels it).
 * Each round maximises t subject to p_a ≥ t for the candidates not yet fixed, then fixes those that cannot
 * exceed t on that optimal face (at least one can't). Candidates outside the essential set are fixed at 0
 * in the first round, so the support of the result is the essential set.
 *
 * Complexity: at most m rounds of at most m + 1 exact LPs.
 */
export function leximinMaximalLottery(g: readonly (readonly Rational[])[], signal?: AbortSignal): Rational[] {
  const m = g.length;
  const fixed = new Map<CandidateIndex, Rational>();
  while (fixed.size < m) {
    const free = Array.from({ length: m }, (_, a) => a).filter((a) => !fixed.has(a));
    const base = standardForm(g);
    // Columns: p (m), s (m), t, u_a (one per free candidate): p_a − t − u_a = 0.
    const width = 2 * m + 1 + free.length;
    const widen = (row: readonly Rational[]): Rational[] => [...row, ...Array.from({ length: width - row.length }, () => Rational.ZERO)];
    const a = base.a.map(widen);
    const b = [...base.b];
    free.forEach((c, k) => {
      const row = Array.from({ length: width }, () => Rational.ZERO);
      row[c] = Rational.ONE;
      row[2 * m] = Rational.ONE.neg();
      row[2 * m + 1 + k] = Rational.ONE.neg();
      a.push(row);
      b.push(Rational.ZERO);
    });
    for (const [c, value] of fixed) {
      a.push(Array.from({ length: width }, (_, j) => (j === c ? Rational.ONE : Rational.ZERO)));
      b.push(value);
    }
    const t = feasibleTableau({ a, b }, signal);
    const objective = Array.from({ length: width }, (_, j) => (j === 2 * m ? Rational.ONE : Rational.ZERO));
    const level = t.maximize(objective);
    t.restrictToOptimalFace(objective);
    let progress = false;
    for (const c of free) {
      const probe = t.clone();
      if (probe.maximize(Array.from({ length: width }, (_, j) => (j === c ? Rational.ONE : Rational.ZERO))).equals(level)) {
        fixed.set(c, level);
        progress = true;
      }
    }
    if (!progress) throw new SolverError('internal: a leximin round fixed no candidate.', { where: 'maximal lottery' });
  }
  return Array.from({ length: m }, (_, a) => fixed.get(a)!);
}

const supportTolerance = 1e-9;

/**
 * The maximal lotteries of a skew-symmetric integer game M (margins, or their signs): the lotteries p with
 * pᵀM ≥ 0 (Fishburn 1984). One is computed with HiGHS, then made exact — its support S is read off, the
 * system "p equalises the game on S, Σp = 1" is solved in Rationals and the answer is checked exactly;
 * if the check fails (numerical trouble, or a degenerate game), the exact rational simplex finds one.
 *
 * Uniqueness is decided exactly without further LPs: in a symmetric zero-sum game every optimal strategy
 * has (pᵀM)_b = 0 on the support of every other one, and some optimal strategy is strictly complementary
 * (Goldman–Tucker): (pᵀM)_b > 0 off its support, whose support is then the essential set E; the set of
 * maximal lotteries is the polytope {p : supp p ⊆ E, Σp = 1, (pᵀM)_E = 0, pᵀM ≥ 0} of the dimension of
 * that affine system. So: if (pᵀM)_b = 0 for some b outside supp p, p is not strictly complementary and
 * there are several maximal lotteries; otherwise E = supp p, and the lottery is unique iff the system on E
 * has rank |E|. When it is not unique, the result is the leximin maximal lottery (exact LPs, see
 * {@link leximinMaximalLottery}): a neutral, deterministic choice whose support is the essential set.
 *
 * Complexity: one LP of m+1 variables, then O(m³) Rational operations; exact simplex runs only in
 * degenerate games.
 */
export async function maximalLotteryGame(margins: readonly (readonly number[])[], options: MaximalLotteryGameOptions = {}): Promise<MaximalLotteryGame> {
  if (options.solver !== undefined && options.solver !== 'lp' && options.solver !== 'exact') {
    throw new ValidationError(`unknown solver ${JSON.stringify(options.solver)}.`, { where: 'options.solver', fix: 'Use "lp" or "exact".' });
  }
  const m = margins.length;
  if (m === 1) return { probabilities: [Rational.ONE], unique: true, essentialSet: [0], route: 'single-candidate', notes: [] };
  const g = margins.map((row) => row.map((v) => Rational.of(v)));
  const notes: string[] = [];
  let p: Rational[] | undefined;
  let route: MaximalLotteryRoute = 'exact-simplex';
  let lpValue: number | undefined;
  if ((options.solver ?? 'lp') === 'lp') {
    try {
      const lp = await lpLottery(margins, options);
      lpValue = lp.value;
      const support = lp.p.flatMap((x, a) => (x > supportTolerance ? [a] : []));
      const candidate = equalisingLottery(g, support);
      if (candidate !== undefined && isMaximalLottery(g, candidate)) {
        p = candidate;
        route = 'lp-support';
      } else notes.push('The support of the LP answer did not determine a maximal lottery exactly; the exact simplex was used.');
    } catch (error) {
      if (!(error instanceof SolverError)) throw error;
      notes.push(`The LP solver failed (${error.message}); the exact simplex was used.`);
    }
  }
  if (p === undefined) p = feasibleTableau(standardForm(g), options.signal).point().slice(0, m);
  const support = p.flatMap((x, a) => (x.sign() > 0 ? [a] : []));
  const tight = columnPayoffs(g, p).filter((x) => x.isZero()).length;
  // supp p ⊆ tight columns always; equality means p is strictly complementary, so supp p is the
  // essential set, and then the lottery is unique iff the equalising system on it has full rank.
  const unique = tight === support.length && equalisingLottery(g, support) !== undefined;
  if (!unique) {
    p = leximinMaximalLottery(g, options.signal);
    route = 'exact-simplex';
    notes.push('There are several maximal lotteries: this is the leximin one (the most even; neutral and unique).');
  }
  const essentialSet = p.flatMap((x, a) => (x.sign() > 0 ? [a] : []));
  if (!isMaximalLottery(g, p)) throw new SolverError('internal: the exact maximal lottery failed its check.', { where: 'maximal lottery' });
  return { probabilities: p, unique, essentialSet, route, ...(lpValue === undefined ? {} : { lpValue }), notes };
}
