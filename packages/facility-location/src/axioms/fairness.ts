import { Rational } from '@plural/core';
import type { LineOutcome } from '../outcome/outcome.js';
import { boundedDomain, toLineProfile, type Interval, type LineInput, type LineProfile } from '../profile/line-profile.js';
import type { LineMechanism } from '../registry/types.js';
import { agentCost, domainInput, MechanismRunner, readings, type CostRange } from './evaluate.js';
import type { AxiomCheckOptions, FairnessWitness, LotteryReading, ParetoWitness, PropertyCheck, StrongProportionalityWitness } from './types.js';

/**
 * The fairness axioms of single-facility location on a bounded domain [lo, hi] of length L, agent i's
 * utility 1 − d_i/L (Aziz, Lam, Lee & Walsh 2022; Aziz, Lam, Suzuki & Walsh 2022), each checked exactly
 * on one outcome. A lottery is judged by expected distances (the "in expectation" reading, default) or,
 * with `lottery: 'ex-post'`, location by location of its support. For a location known only within a
 * bracket (the Nash-welfare optimum) a violation is reported only when every point of the bracket
 * violates the axiom.
 */

interface Group {
  readonly agents: readonly number[];
  readonly range: Interval;
  /** The members whose distance is checked (the extremes suffice: expected distance is convex in x). */
  readonly checked: readonly number[];
  readonly bound: Rational;
}

const show = (c: CostRange): string => (c.lo.equals(c.hi) ? c.lo.toString() : `[${c.lo}, ${c.hi}]`);
const where = (o: LineOutcome): string => (o.kind === 'lottery' ? 'expected distance' : 'distance');

function violatedBound(profile: LineProfile, outcome: LineOutcome, groups: readonly Group[]): { group: Group; agent: number; cost: CostRange } | undefined {
  for (const group of groups) {
    for (const i of group.checked) {
      const cost = agentCost(outcome, profile.positions[i]!);
      if (cost.lo.gt(group.bound)) return { group, agent: i, cost };
    }
  }
  return undefined;
}

/** Agents at each distinct position, ascending by position. */
function colocated(profile: LineProfile): { at: Rational; agents: number[] }[] {
  const byKey = new Map<string, { at: Rational; agents: number[] }>();
  profile.positions.forEach((x, i) => {
    const k = x.toString();
    const g = byKey.get(k);
    if (g === undefined) byKey.set(k, { at: x, agents: [i] });
    else g.agents.push(i);
  });
  return [...byKey.values()].sort((a, b) => a.at.compare(b.at));
}

function boundCheck(property: string, profile: LineProfile, outcome: LineOutcome, reading: LotteryReading | undefined, groups: readonly Group[], words: (g: Group) => string): PropertyCheck<FairnessWitness> {
  for (const o of readings(outcome, reading)) {
    const v = violatedBound(profile, o, groups);
    if (v !== undefined) {
      const at = o === outcome ? '' : ` (support location ${o.kind === 'location' ? o.location : ''})`;
      return {
        property,
        holds: false,
        witness: Object.freeze({ agents: Object.freeze([...v.group.agents]), range: v.group.range, agent: v.agent, distance: v.cost.lo, bound: v.group.bound }),
        explanation: `${words(v.group)}: agent ${v.agent} at ${profile.positions[v.agent]} has ${where(o)} ${show(v.cost)} > ${v.group.bound}${at}.`,
      };
    }
  }
  return { property, holds: true };
}

/**
 * Individual Fair Share (IFS) on one outcome: every agent's utility is at least 1/n, i.e. its (expected)
 * distance to the facility is at most (1 − 1/n)·L.
 */
export function ifsOnOutcome(input: LineInput, outcome: LineOutcome, reading?: LotteryReading): PropertyCheck<FairnessWitness> {
  const profile = toLineProfile(input);
  const { lo, hi } = boundedDomain(profile, 'IFS');
  const n = profile.positions.length;
  const bound = hi.sub(lo).mul(Rational.ONE.sub(Rational.of(1, n)));
  const groups = profile.positions.map((x, i) => ({ agents: [i], range: { lo: x, hi: x }, checked: [i], bound }));
  return boundCheck('ifs', profile, outcome, reading, groups, () => `IFS needs every distance ≤ (1 − 1/${n})·${hi.sub(lo)}`);
}

/**
 * Unanimous Fair Share (UFS) on one outcome: every group S of agents at the same position has (expected)
 * distance at most (1 − |S|/n)·L. Only maximal co-located groups are checked (a subgroup's bound is looser).
 */
export function ufsOnOutcome(input: LineInput, outcome: LineOutcome, reading?: LotteryReading): PropertyCheck<FairnessWitness> {
  const profile = toLineProfile(input);
  const { lo, hi } = boundedDomain(profile, 'UFS');
  const n = profile.positions.length;
  const L = hi.sub(lo);
  const groups = colocated(profile).map((g) => ({
    agents: g.agents,
    range: { lo: g.at, hi: g.at },
    checked: [g.agents[0]!],
    bound: L.mul(Rational.ONE.sub(Rational.of(g.agents.length, n))),
  }));
  return boundCheck('ufs', profile, outcome, reading, groups, (g) => `UFS: the ${g.agents.length} agents at ${g.range.lo} are owed distance ≤ (1 − ${g.agents.length}/${n})·${L}`);
}

/**
 * Proportional Fairness (PF) on one outcome: every group S of agents whose positions lie within a range
 * of width r has each member's (expected) distance at most (1 − |S|/n)·L + r. For each pair of
 * positions a ≤ b the group of all agents in [a, b] is the binding one (more members, same r), and its
 * extreme members the binding members, so O(n²) groups are checked.
 *
 * Statement as recalled from Aziz, Lam, Lee & Walsh (2022, arXiv 2111.01566), normalised to the domain:
 * not checked against the paper's text (its body could not be retrieved); Uniform Phantom satisfies it
 * on every profile the property tests draw, as the paper's theorem says it must.
 */
export function pfOnOutcome(input: LineInput, outcome: LineOutcome, reading?: LotteryReading): PropertyCheck<FairnessWitness> {
  const profile = toLineProfile(input);
  const { lo, hi } = boundedDomain(profile, 'PF');
  const n = profile.positions.length;
  const L = hi.sub(lo);
  const sites = colocated(profile);
  const groups: Group[] = [];
  for (let a = 0; a < sites.length; a++) {
    const members: number[] = [];
    for (let b = a; b < sites.length; b++) {
      members.push(...sites[b]!.agents);
      const r = sites[b]!.at.sub(sites[a]!.at);
      groups.push({
        agents: [...members].sort((x, y) => x - y),
        range: { lo: sites[a]!.at, hi: sites[b]!.at },
        checked: [sites[a]!.agents[0]!, sites[b]!.agents[0]!],
        bound: L.mul(Rational.ONE.sub(Rational.of(members.length, n))).add(r),
      });
    }
  }
  return boundCheck('pf', profile, outcome, reading, groups, (g) => `PF: the ${g.agents.length} agents in [${g.range.lo}, ${g.range.hi}] are owed distance ≤ (1 − ${g.agents.length}/${n})·${L} + ${g.range.hi.sub(g.range.lo)}`);
}

/**
 * Proportionality (Freeman et al. 2021; Aziz, Lam, Lee & Walsh 2022) on one outcome: when every agent is
 * at one of the two ends of the domain, the facility is at lo + (#at hi / n)·L (for a lottery: the agents
 * at each end have exactly that expected distance, i.e. the expected location is there). Vacuous when
 * some agent is inside.
 */
export function proportionalityOnOutcome(input: LineInput, outcome: LineOutcome, reading?: LotteryReading): PropertyCheck<FairnessWitness> {
  const profile = toLineProfile(input);
  const { lo, hi } = boundedDomain(profile, 'proportionality');
  const n = profile.positions.length;
  if (!profile.positions.every((x) => x.equals(lo) || x.equals(hi))) return { property: 'proportional', holds: true, vacuous: true };
  const atHi = profile.positions.filter((x) => x.equals(hi)).length;
  const L = hi.sub(lo);
  const target = lo.add(L.mul(Rational.of(atHi, n)));
  for (const o of readings(outcome, reading)) {
    for (const end of [lo, hi]) {
      const i = profile.positions.findIndex((x) => x.equals(end));
      if (i < 0) continue;
      const owed = end.sub(target).abs();
      const cost = agentCost(o, end);
      if (owed.lt(cost.lo) || owed.gt(cost.hi)) {
        const agents = profile.positions.flatMap((x, j) => (x.equals(end) ? [j] : []));
        return {
          property: 'proportional',
          holds: false,
          witness: Object.freeze({ agents: Object.freeze(agents), range: { lo: end, hi: end }, agent: i, distance: cost.lo, bound: owed }),
          explanation: `proportionality puts the facility at ${target} (${atHi} of ${n} agents at ${hi}); the agents at ${end} have ${where(o)} ${show(cost)} instead of ${owed}.`,
        };
      }
    }
  }
  return { property: 'proportional', holds: true };
}

/**
 * Strong Proportionality (Aziz, Lam, Suzuki & Walsh 2022) on one outcome: on a profile with exactly two
 * distinct positions, the two groups incur equal total (expected) cost — the facility at the
 * size-weighted mean of the two positions. Vacuous on other profiles. Needs no bounded domain.
 */
export function strongProportionalityOnOutcome(input: LineInput, outcome: LineOutcome, reading?: LotteryReading): PropertyCheck<StrongProportionalityWitness> {
  const profile = toLineProfile(input);
  const sites = colocated(profile);
  if (sites.length !== 2) return { property: 'strong-proportionality', holds: true, vacuous: true };
  const [A, B] = sites as [(typeof sites)[0], (typeof sites)[0]];
  for (const o of readings(outcome, reading)) {
    const ca = agentCost(o, A.at);
    const cb = agentCost(o, B.at);
    const ta = { lo: ca.lo.mul(A.agents.length), hi: ca.hi.mul(A.agents.length) };
    const tb = { lo: cb.lo.mul(B.agents.length), hi: cb.hi.mul(B.agents.length) };
    if (ta.hi.lt(tb.lo) || tb.hi.lt(ta.lo)) {
      return {
        property: 'strong-proportionality',
        holds: false,
        witness: Object.freeze({ locations: [A.at, B.at] as const, groups: [Object.freeze(A.agents), Object.freeze(B.agents)] as const, costs: [ta.lo, tb.lo] as const }),
        explanation: `the ${A.agents.length} agent(s) at ${A.at} incur total ${o.kind === 'lottery' ? 'expected ' : ''}cost ${show(ta)}, the ${B.agents.length} at ${B.at} incur ${show(tb)}; Strong Proportionality needs them equal.`,
      };
    }
  }
  return { property: 'strong-proportionality', holds: true };
}

/** Unanimity on one outcome: when all agents report the same point the facility is there (a lottery: all its mass). Vacuous otherwise. */
export function unanimityOnOutcome(input: LineInput, outcome: LineOutcome, reading?: LotteryReading): PropertyCheck<FairnessWitness> {
  const profile = toLineProfile(input);
  const p = profile.sorted[0]!;
  if (!profile.sorted[profile.sorted.length - 1]!.equals(p)) return { property: 'unanimous', holds: true, vacuous: true };
  const agents = profile.positions.map((_, i) => i);
  return boundCheck('unanimous', profile, outcome, reading, [{ agents, range: { lo: p, hi: p }, checked: [0], bound: Rational.ZERO }], () => `every agent reports ${p}, so the facility must be there`);
}

/**
 * Pareto efficiency on one outcome: no location y gives every agent a weakly lower cost and one agent a
 * strictly lower cost. For a location this is y ∈ [min, max] of the reports; for a lottery under the
 * default reading the expected costs c_i are compared with every sure location (ex-ante efficiency
 * against locations: a y with |x_i − y| ≤ c_i for all i, strictly for one), and under `'ex-post'` each
 * support location must lie in [min, max]. Exact: the y's with |x_i − y| ≤ c_i for all i form the
 * interval [max(x_i − c_i), min(x_i + c_i)], and if it has positive length its midpoint is strictly better
 * for someone.
 */
export function paretoOnOutcome(input: LineInput, outcome: LineOutcome, reading?: LotteryReading): PropertyCheck<ParetoWitness> {
  const profile = toLineProfile(input);
  const xs = profile.positions;
  const first = profile.sorted[0]!;
  const last = profile.sorted[xs.length - 1]!;
  for (const o of readings(outcome, reading)) {
    const costs = xs.map((x) => agentCost(o, x).lo);
    const A = Rational.max(xs[0]!.sub(costs[0]!), ...xs.map((x, i) => x.sub(costs[i]!)));
    const B = Rational.min(xs[0]!.add(costs[0]!), ...xs.map((x, i) => x.add(costs[i]!)));
    if (A.gt(B)) continue;
    let y = A.add(B).div(2);
    y = Rational.min(Rational.max(y, first), last);
    const better = xs.map((x) => x.sub(y).abs());
    if (better.every((c, i) => c.le(costs[i]!)) && better.some((c, i) => c.lt(costs[i]!))) {
      return {
        property: 'pareto',
        holds: false,
        witness: Object.freeze({ better: y, costs: Object.freeze(costs), betterCosts: Object.freeze(better) }),
        explanation: `a facility at ${y} gives every agent a cost no higher (${better.join(', ')} instead of ${costs.join(', ')}) and someone a lower one.`,
      };
    }
  }
  return { property: 'pareto', holds: true };
}

type OutcomeCheck = (input: LineInput, outcome: LineOutcome, reading?: LotteryReading) => PropertyCheck<unknown>;

function onMechanism<W>(check: OutcomeCheck) {
  return (mechanism: LineMechanism, input: LineInput, options: AxiomCheckOptions = {}): PropertyCheck<W> => {
    const profile = toLineProfile(input);
    const outcome = new MechanismRunner(mechanism, options, check.name).run(profile.positions, domainInput(profile));
    return check(profile, outcome, options.lottery) as PropertyCheck<W>;
  };
}

/** IFS of a mechanism on one profile (see {@link ifsOnOutcome}). */
export const checkIfs: (mechanism: LineMechanism, input: LineInput, options?: AxiomCheckOptions) => PropertyCheck<FairnessWitness> = onMechanism(ifsOnOutcome);
/** UFS of a mechanism on one profile (see {@link ufsOnOutcome}). */
export const checkUfs: (mechanism: LineMechanism, input: LineInput, options?: AxiomCheckOptions) => PropertyCheck<FairnessWitness> = onMechanism(ufsOnOutcome);
/** Proportionality of a mechanism on one profile (see {@link proportionalityOnOutcome}); vacuous unless every agent is at an end. */
export const checkProportionality: (mechanism: LineMechanism, input: LineInput, options?: AxiomCheckOptions) => PropertyCheck<FairnessWitness> = onMechanism(proportionalityOnOutcome);
/** PF of a mechanism on one profile (see {@link pfOnOutcome}). */
export const checkPf: (mechanism: LineMechanism, input: LineInput, options?: AxiomCheckOptions) => PropertyCheck<FairnessWitness> = onMechanism(pfOnOutcome);
/** Strong Proportionality of a mechanism on one profile (see {@link strongProportionalityOnOutcome}); vacuous unless there are exactly two distinct positions. */
export const checkStrongProportionality: (mechanism: LineMechanism, input: LineInput, options?: AxiomCheckOptions) => PropertyCheck<StrongProportionalityWitness> = onMechanism(strongProportionalityOnOutcome);
/** Unanimity of a mechanism on one profile (see {@link unanimityOnOutcome}); vacuous unless all reports coincide. */
export const checkUnanimity: (mechanism: LineMechanism, input: LineInput, options?: AxiomCheckOptions) => PropertyCheck<FairnessWitness> = onMechanism(unanimityOnOutcome);
/** Pareto efficiency of a mechanism's outcome on one profile (see {@link paretoOnOutcome}). */
export const checkPareto: (mechanism: LineMechanism, input: LineInput, options?: AxiomCheckOptions) => PropertyCheck<ParetoWitness> = onMechanism(paretoOnOutcome);
