import { exactRational, Rational, ValidationError, type RationalLike } from '@plural/core';
import { toLineProfile, type LineInput, type LineProfile } from '../profile/line-profile.js';
import type { LineMechanism } from '../registry/types.js';
import { agentCost, domainInput, MechanismRunner, type CostRange } from './evaluate.js';
import type { AxiomCheckOptions, GroupMisreportWitness, MisreportWitness, PropertyCheck } from './types.js';

/** Options of {@link checkStrategyproofness}. */
export interface StrategyproofnessOptions {
  /** Extra misreports to try besides the grid, the reports and their midpoints (each must lie in the domain). */
  readonly misreports?: readonly RationalLike[];
  /** The grid {lo + k/q · (hi − lo) : k = 0…q}; q defaults to max(4n, 20). */
  readonly gridDenominator?: number;
  /** Only these agents misreport (indices); default every agent (one per distinct position when the mechanism claims anonymity). */
  readonly agents?: readonly number[];
  readonly signal?: AbortSignal;
  /** Mechanism calls allowed (the truthful run counts); more throws BudgetExceededError. */
  readonly budget?: number;
  /** Options passed to the mechanism on every call (e.g. `phantoms`). */
  readonly mechanismOptions?: AxiomCheckOptions['mechanismOptions'];
}

/** Options of {@link checkGroupStrategyproofness}: those of strategyproofness and the largest coalition. */
export interface GroupStrategyproofnessOptions extends StrategyproofnessOptions {
  /** Coalitions of 1…maxCoalition agents are tried (default 2; every joint misreport on the grid, so keep n and q small). */
  readonly maxCoalition?: number;
}

function positiveInteger(value: number, where: string, fix: string): number {
  if (!Number.isInteger(value) || value < 1) throw new ValidationError(`expected a whole number ≥ 1, got ${value}.`, { where, fix });
  return value;
}

/**
 * The misreports worth trying on a profile: the grid {lo + k/q (hi − lo)}, every report, the midpoint
 * of each two consecutive distinct reports, the domain's ends, and any extra ones, deduplicated and
 * ascending. On the real line the grid spans [min − w, max + w] with w = max(max − min, 1).
 */
export function misreportGrid(profile: LineProfile, options: StrategyproofnessOptions = {}, where = 'options'): Rational[] {
  const n = profile.positions.length;
  const q = positiveInteger(options.gridDenominator ?? Math.max(4 * n, 20), `${where}.gridDenominator`, 'Use a whole number q ≥ 1 (the grid has q + 1 points).');
  const first = profile.sorted[0]!;
  const last = profile.sorted[n - 1]!;
  let lo: Rational;
  let hi: Rational;
  if (profile.domain === 'real') {
    const w = Rational.max(last.sub(first), Rational.ONE);
    lo = first.sub(w);
    hi = last.add(w);
  } else {
    lo = profile.domain.lo;
    hi = profile.domain.hi;
  }
  const seen = new Map<string, Rational>();
  const add = (r: Rational): void => {
    if (!seen.has(r.toString())) seen.set(r.toString(), r);
  };
  for (let k = 0; k <= q; k++) add(lo.add(hi.sub(lo).mul(Rational.of(k, q))));
  for (const x of profile.sorted) add(x);
  for (let k = 1; k < n; k++) if (!profile.sorted[k]!.equals(profile.sorted[k - 1]!)) add(profile.sorted[k]!.add(profile.sorted[k - 1]!).div(2));
  (options.misreports ?? []).forEach((m, k) => {
    const r = exactRational(m, `${where}.misreports[${k}]`);
    if (profile.domain !== 'real' && (r.lt(profile.domain.lo) || r.gt(profile.domain.hi))) {
      throw new ValidationError(`misreport ${r} lies outside the domain [${profile.domain.lo}, ${profile.domain.hi}].`, { where: `${where}.misreports[${k}]`, fix: 'Give misreports inside the domain.' });
    }
    add(r);
  });
  return [...seen.values()].sort((a, b) => a.compare(b));
}

/** The agents that misreport: the given ones, else one per distinct position for an anonymous mechanism, else all. */
function misreportingAgents(mechanism: LineMechanism, profile: LineProfile, agents: readonly number[] | undefined, where: string): number[] {
  const n = profile.positions.length;
  if (agents !== undefined) {
    return agents.map((a, k) => {
      if (!Number.isInteger(a) || a < 0 || a >= n) throw new ValidationError(`agent ${a} is not an index 0…${n - 1}.`, { where: `${where}.agents[${k}]`, fix: `Give agent indices between 0 and ${n - 1}.` });
      return a;
    });
  }
  if (mechanism.info?.properties?.['anonymous'] !== true) return Array.from({ length: n }, (_, i) => i);
  const seen = new Set<string>();
  const out: number[] = [];
  profile.positions.forEach((x, i) => {
    if (!seen.has(x.toString())) {
      seen.add(x.toString());
      out.push(i);
    }
  });
  return out;
}

const describe = (c: CostRange): string => (c.lo.equals(c.hi) ? c.lo.toString() : `[${c.lo}, ${c.hi}]`);

/**
 * Strategyproofness on one profile: for each agent i (one per distinct position when the mechanism
 * claims anonymity) and each misreport m in the grid {lo + k/q (hi − lo)}, the other reports and the
 * midpoints between consecutive reports, agent i's (expected, exact) cost |x_i − y| with report m is
 * compared with its truthful cost. The first agent with a profitable misreport is returned as a
 * {@link MisreportWitness} with its most profitable misreport among those tried (ties: the smallest). For
 * a location known only within a bracket (Nash-welfare optimum) a misreport counts only when it is
 * certainly better (its worst cost below the truthful best).
 *
 * A finite search: `holds: true` means no profitable misreport among those tried, not a proof.
 * Budget: one mechanism call per (agent, misreport) plus one; `budget` → BudgetExceededError, `signal` →
 * AbortedError.
 *
 * @example
 * checkStrategyproofness(median, [0.2, 0.5, 0.9]).holds; // true
 */
export function checkStrategyproofness(mechanism: LineMechanism, input: LineInput, options: StrategyproofnessOptions = {}): PropertyCheck<MisreportWitness> {
  const profile = toLineProfile(input);
  const domain = domainInput(profile);
  const runner = new MechanismRunner(mechanism, options, 'checkStrategyproofness');
  const truthful = runner.run(profile.positions, domain);
  const candidates = misreportGrid(profile, options);
  for (const i of misreportingAgents(mechanism, profile, options.agents, 'options')) {
    const x = profile.positions[i]!;
    const base = agentCost(truthful, x);
    let best: { m: Rational; cost: CostRange } | undefined;
    for (const m of candidates) {
      if (m.equals(x)) continue;
      const reports = profile.positions.map((p, j) => (j === i ? m : p));
      const cost = agentCost(runner.run(reports, domain), x);
      if (cost.hi.lt(base.lo) && (best === undefined || cost.hi.lt(best.cost.hi))) best = { m, cost };
    }
    if (best !== undefined) {
      const { m, cost } = best;
      return {
        property: 'strategyproof',
        holds: false,
        witness: Object.freeze({ agent: i, truthful: x, misreport: m, truthfulCost: base.lo, misreportCost: cost.hi }),
        explanation: `agent ${i} at ${x} lowers its ${truthful.kind === 'lottery' ? 'expected ' : ''}cost from ${describe(base)} to ${describe(cost)} by reporting ${m}.`,
      };
    }
  }
  return { property: 'strategyproof', holds: true, explanation: `no profitable misreport among ${candidates.length} per agent (${runner.calls} mechanism calls).` };
}

function* combinations(items: readonly number[], k: number, start = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === k) {
    yield prefix.slice();
    return;
  }
  for (let s = start; s < items.length; s++) {
    prefix.push(items[s]!);
    yield* combinations(items, k, s + 1, prefix);
    prefix.pop();
  }
}

/**
 * Group strategyproofness on one profile (the strong form): no coalition of at most `maxCoalition`
 * agents (default 2) has a joint misreport, each member's report taken from the candidates of
 * {@link checkStrategyproofness}, after which every member's (expected) cost is weakly lower and at least
 * one member's strictly lower. Returns a {@link GroupMisreportWitness} for the first found.
 *
 * Exponential in the coalition size: (candidates)^k calls per coalition, so use it with small n, q and
 * k; budget and signal as for strategyproofness. For an anonymous mechanism, coalitions with the same
 * multiset of positions are tried once.
 */
export function checkGroupStrategyproofness(mechanism: LineMechanism, input: LineInput, options: GroupStrategyproofnessOptions = {}): PropertyCheck<GroupMisreportWitness> {
  const profile = toLineProfile(input);
  const n = profile.positions.length;
  const maxK = Math.min(positiveInteger(options.maxCoalition ?? 2, 'options.maxCoalition', 'Use a coalition size ≥ 1 (2 or 3 keeps the search small).'), n);
  const domain = domainInput(profile);
  const runner = new MechanismRunner(mechanism, options, 'checkGroupStrategyproofness');
  const truthful = runner.run(profile.positions, domain);
  const candidates = misreportGrid(profile, options);
  const base = profile.positions.map((x) => agentCost(truthful, x));
  const pool = options.agents === undefined ? Array.from({ length: n }, (_, i) => i) : misreportingAgents(mechanism, profile, options.agents, 'options');
  const anonymous = mechanism.info?.properties?.['anonymous'] === true;
  const tried = new Set<string>();
  for (let k = 1; k <= maxK; k++) {
    for (const coalition of combinations(pool, k)) {
      if (anonymous) {
        const key = coalition.map((i) => profile.positions[i]!.toString()).sort().join(',');
        if (tried.has(key)) continue;
        tried.add(key);
      }
      const choice = new Array<number>(k).fill(0);
      for (;;) {
        const misreports = choice.map((c) => candidates[c]!);
        if (misreports.some((m, t) => !m.equals(profile.positions[coalition[t]!]!))) {
          const reports = profile.positions.slice();
          coalition.forEach((i, t) => (reports[i] = misreports[t]!));
          const outcome = runner.run(reports, domain);
          const costs = coalition.map((i) => agentCost(outcome, profile.positions[i]!));
          const weakly = costs.every((c, t) => c.hi.le(base[coalition[t]!]!.lo));
          const strictly = costs.some((c, t) => c.hi.lt(base[coalition[t]!]!.lo));
          if (weakly && strictly) {
            return {
              property: 'group-strategyproof',
              holds: false,
              witness: Object.freeze({
                agents: Object.freeze(coalition),
                truthful: Object.freeze(coalition.map((i) => profile.positions[i]!)),
                misreports: Object.freeze(misreports),
                truthfulCosts: Object.freeze(coalition.map((i) => base[i]!.lo)),
                misreportCosts: Object.freeze(costs.map((c) => c.hi)),
              }),
              explanation: `agents ${coalition.join(', ')} at ${coalition.map((i) => profile.positions[i]).join(', ')} report ${misreports.join(', ')}: costs ${coalition.map((i) => describe(base[i]!)).join(', ')} become ${costs.map(describe).join(', ')} (none worse, one better).`,
            };
          }
        }
        let t = 0;
        while (t < k && choice[t] === candidates.length - 1) choice[t++] = 0;
        if (t === k) break;
        choice[t]!++;
      }
    }
  }
  return { property: 'group-strategyproof', holds: true, explanation: `no profitable joint misreport by coalitions of ≤ ${maxK} agents (${runner.calls} mechanism calls).` };
}
