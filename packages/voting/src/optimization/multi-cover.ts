import { BudgetExceededError, throwIfAborted } from '@plural/core';

/**
 * A bounded multi-cover problem, the combinatorial core of the Dodgson and Young scores: there are
 * `need[t]` units to cover in each dimension t; a voter of a type may take one of its options, which
 * costs `cost` and covers `take[t]` units of each dimension t; at most `count` voters of a type take
 * an option. Minimise the total cost of covering every need.
 */
export interface CoverType {
  /** How many voters of this type may take an option. */
  readonly count: number;
  readonly options: readonly CoverOption[];
}

export interface CoverOption {
  readonly cost: number;
  /** Units covered per dimension (non-negative integers, one per dimension). */
  readonly take: readonly number[];
}

export interface CoverProblem {
  readonly need: readonly number[];
  readonly types: readonly CoverType[];
}

export interface CoverOptions {
  readonly signal?: AbortSignal | undefined;
  /** Maximum number of state updates (Σ over voters processed of states × options). */
  readonly budget: number;
  /** The rule id, for messages. */
  readonly method: string;
  /** What the budget error suggests instead. */
  readonly fix: string;
  /** Keep predecessors to return a witness when they fit in this many states (default 2^23). */
  readonly witnessLimit?: number;
}

export interface CoverSolution {
  /** The minimum cost, or Infinity when the needs cannot be covered. */
  readonly cost: number;
  /** How many voters of each type take each option in an optimal cover, when kept (see witnessLimit). */
  readonly witness?: readonly (readonly number[])[];
  /** State updates spent. */
  readonly work: number;
}

/**
 * Solves a bounded multi-cover problem exactly by dynamic programming over the residual needs
 * (state = the vector of units still to cover, each clipped at 0), one voter at a time; voters of a
 * type stop being added as soon as one more changes nothing. A type with a single option is split into
 * bundles of 1, 2, 4, … voters (binary splitting of a bounded knapsack item), so it costs O(log count)
 * passes. O(Π(need[t]+1) · Σ passes · options) time, O(Π(need[t]+1)) memory (plus predecessors for
 * the witness when they fit).
 */
export function solveMultiCover(problem: CoverProblem, options: CoverOptions): CoverSolution {
  const dims = problem.need.length;
  const base = problem.need.map((v) => v + 1);
  const strides: number[] = [];
  let size = 1;
  for (let t = 0; t < dims; t++) {
    strides.push(size);
    size *= base[t]!;
  }
  const statesLimit = Math.min(options.budget, 2 ** 26);
  if (size > statesLimit) {
    throw new BudgetExceededError(`${options.method}: the exact search needs ${size} states (the product of the deficits + 1), more than the limit ${statesLimit}.`, {
      where: 'options.budget',
      fix: options.fix,
    });
  }
  const start = size - 1;
  let cur = new Float64Array(size).fill(Infinity);
  cur[start] = 0;
  let work = 0;
  const witnessLimit = options.witnessLimit ?? 2 ** 23;
  const keep = { steps: [] as { type: number; bundle: number; from: Int32Array; option: Int16Array }[], ok: true, states: 0 };
  const digits = new Int32Array(dims);
  for (let ty = 0; ty < problem.types.length; ty++) {
    const type = problem.types[ty]!;
    // Passes: one per voter, or for a single-option type one per bundle of 1, 2, 4, … voters.
    const bundles: number[] = [];
    if (type.options.length === 1) {
      let left = type.count;
      for (let size = 1; left > 0; size *= 2) {
        const take = Math.min(size, left);
        bundles.push(take);
        left -= take;
      }
    } else for (let unit = 0; unit < type.count; unit++) bundles.push(1);
    for (const bundle of bundles) {
      const opts = bundle === 1 ? type.options : type.options.map((o) => ({ cost: o.cost * bundle, take: o.take.map((t) => t * bundle) }));
      work += size * opts.length;
      if (work > options.budget) {
        throw new BudgetExceededError(`${options.method}: the exact search exceeded options.budget = ${options.budget} state updates.`, { where: 'options.budget', fix: options.fix });
      }
      throwIfAborted(options.signal, options.method);
      const next = cur.slice();
      let from: Int32Array | undefined;
      let option: Int16Array | undefined;
      if (keep.ok && keep.states + size <= witnessLimit) {
        from = new Int32Array(size).fill(-1);
        option = new Int16Array(size).fill(-1);
      } else keep.ok = false;
      let changed = false;
      digits.fill(0);
      for (let idx = 0; idx < size; idx++) {
        if (idx > 0) {
          // Odometer: digits of idx from digits of idx − 1.
          for (let t = 0; t < dims; t++) {
            if (digits[t]! + 1 < base[t]!) {
              digits[t]!++;
              break;
            }
            digits[t] = 0;
          }
        }
        const value = cur[idx]!;
        if (value === Infinity) continue;
        for (let o = 0; o < opts.length; o++) {
          const opt = opts[o]!;
          let target = idx;
          for (let t = 0; t < dims; t++) {
            const take = opt.take[t]!;
            if (take === 0) continue;
            const d = digits[t]!;
            target -= (take < d ? take : d) * strides[t]!;
          }
          const v = value + opt.cost;
          if (v < next[target]!) {
            next[target] = v;
            changed = true;
            if (from !== undefined) {
              from[target] = idx;
              option![target] = o;
            }
          }
        }
      }
      if (!changed) {
        if (type.options.length === 1) continue;
        break;
      }
      if (from !== undefined) {
        keep.steps.push({ type: ty, bundle, from, option: option! });
        keep.states += size;
      }
      cur = next;
    }
  }
  const cost = cur[0]!;
  if (cost === Infinity || !keep.ok) return { cost, work };
  const witness = problem.types.map((t) => new Array<number>(t.options.length).fill(0));
  let state = 0;
  for (let s = keep.steps.length - 1; s >= 0; s--) {
    const step = keep.steps[s]!;
    const o = step.option[state]!;
    if (o < 0) continue;
    witness[step.type]![o]! += step.bundle;
    state = step.from[state]!;
  }
  return { cost, witness, work };
}
