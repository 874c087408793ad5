import type { RationalLike } from '@plural/core';

/**
 * Recorded counterexamples to the `false` property claims of the registry: for each (mechanism id,
 * property id) a concrete profile and the witness the checker must return on it (fields compared as
 * text; arrays joined by ","). counterexamples.test.ts re-runs each; registry-properties.test.ts fails
 * for any `false` claim with no entry here.
 */
export interface RecordedCounterexample {
  readonly mechanism: string;
  readonly property: string;
  readonly positions: readonly RationalLike[];
  readonly domain?: readonly [RationalLike, RationalLike];
  readonly mechanismOptions?: Record<string, unknown>;
  /** Expected witness fields (a subset), as text. */
  readonly witness: Readonly<Record<string, string>>;
  /** Why, in words. */
  readonly note: string;
}

const ZZ1 = ['0', '0', '1'];

/** The counterexamples of the median family on [0, 0, 1]: the facility at 0 ignores the agent at 1. */
function leftAtZero(mechanism: string): RecordedCounterexample[] {
  return [
    { mechanism, property: 'ifs', positions: ZZ1, witness: { agent: '2', distance: '1', bound: '2/3' }, note: 'facility at 0: the agent at 1 has utility 0 < 1/3' },
    { mechanism, property: 'ufs', positions: ZZ1, witness: { agents: '2', agent: '2', distance: '1', bound: '2/3' }, note: 'the agent at 1 (a group of 1) is owed distance ≤ 2/3' },
    { mechanism, property: 'pf', positions: ZZ1, witness: { agents: '2', agent: '2', distance: '1', bound: '2/3' }, note: 'PF includes UFS (r = 0)' },
    { mechanism, property: 'proportional', positions: ZZ1, witness: { agent: '0', distance: '0', bound: '1/3' }, note: 'agents only at the ends: the facility belongs at 1/3' },
    { mechanism, property: 'strong-proportionality', positions: ZZ1, witness: { costs: '0,1' }, note: 'group costs 0 (two agents at 0) and 1 (one at 1)' },
  ];
}

export const recordedCounterexamples: readonly RecordedCounterexample[] = [
  ...leftAtZero('median'),
  ...leftAtZero('generalized-median'),
  ...leftAtZero('leftmost'),
  ...leftAtZero('lrm-modular-game'),
  { mechanism: 'uniform-phantom', property: 'strong-proportionality', positions: ['0.2', '0.6'], witness: { costs: '3/10,1/10', locations: '1/5,3/5' }, note: 'no deterministic SP mechanism is strongly proportional (Aziz, Lam, Suzuki & Walsh 2022): UP gives 1/2, group costs 3/10 and 1/10' },
  // rightmost on [0, 0, 1]: the facility at 1 ignores the pair at 0
  { mechanism: 'rightmost', property: 'ifs', positions: ZZ1, witness: { agent: '0', distance: '1', bound: '2/3' }, note: 'facility at 1: the agents at 0 have utility 0' },
  { mechanism: 'rightmost', property: 'ufs', positions: ZZ1, witness: { agents: '0,1', distance: '1', bound: '1/3' }, note: 'the pair at 0 is owed distance ≤ 1/3' },
  { mechanism: 'rightmost', property: 'pf', positions: ZZ1, witness: { agents: '0,1', distance: '1', bound: '1/3' }, note: 'PF includes UFS' },
  { mechanism: 'rightmost', property: 'proportional', positions: ZZ1, witness: { agent: '0', distance: '1', bound: '1/3' }, note: 'the facility belongs at 1/3' },
  { mechanism: 'rightmost', property: 'strong-proportionality', positions: ZZ1, witness: { costs: '2,0' }, note: 'group costs 2 and 0' },
  // average and midpoint: the agent at 1/2 of (0, 1/2) drags the facility to itself by reporting 1
  { mechanism: 'average', property: 'strategyproof', positions: ['0', '1/2'], witness: { agent: '1', misreport: '1', truthfulCost: '1/4', misreportCost: '0' }, note: 'average is not strategyproof: reporting 1 moves the mean from 1/4 to 1/2' },
  { mechanism: 'average', property: 'group-strategyproof', positions: ['0', '1/2'], witness: { agents: '1' }, note: 'a coalition of one: the misreport above' },
  { mechanism: 'midpoint', property: 'strategyproof', positions: ['0', '1/2'], witness: { agent: '1', misreport: '1', truthfulCost: '1/4', misreportCost: '0' }, note: 'reporting 1 moves the midpoint from 1/4 to 1/2' },
  { mechanism: 'midpoint', property: 'group-strategyproof', positions: ['0', '1/2'], witness: { agents: '1' }, note: 'a coalition of one' },
  { mechanism: 'midpoint', property: 'ufs', positions: ZZ1, witness: { agents: '0,1', distance: '1/2', bound: '1/3' }, note: 'the midpoint 1/2 ignores that two of three agents are at 0' },
  { mechanism: 'midpoint', property: 'pf', positions: ZZ1, witness: { agents: '0,1', distance: '1/2', bound: '1/3' }, note: 'PF includes UFS' },
  { mechanism: 'midpoint', property: 'proportional', positions: ZZ1, witness: { agent: '0', distance: '1/2', bound: '1/3' }, note: 'the facility belongs at 1/3' },
  { mechanism: 'midpoint', property: 'strong-proportionality', positions: ZZ1, witness: { costs: '1,1/2' }, note: 'group costs 2·1/2 and 1/2' },
  // Random Rank and LRM are not ex-ante Pareto efficient: the sure location 1/2 beats their lotteries on (0, 1/2, 1)
  { mechanism: 'random-rank', property: 'pareto', positions: ['0', '1/2', '1'], witness: { better: '1/2', costs: '1/2,1/3,1/2', betterCosts: '1/2,0,1/2' }, note: 'expected costs 1/2, 1/3, 1/2 against 1/2, 0, 1/2 at the sure location 1/2' },
  { mechanism: 'lrm', property: 'pareto', positions: ['0', '1/2', '1'], witness: { better: '1/2', costs: '1/2,1/4,1/2', betterCosts: '1/2,0,1/2' }, note: 'expected costs 1/2, 1/4, 1/2 against 1/2, 0, 1/2 at 1/2' },
  { mechanism: 'lrm', property: 'ufs', positions: ZZ1, witness: { agents: '0,1', distance: '1/2', bound: '1/3' }, note: 'the pair at 0 has expected distance 1/4·1 + 1/2·1/2 = 1/2 > 1/3' },
  { mechanism: 'lrm', property: 'pf', positions: ZZ1, witness: { agents: '0,1', distance: '1/2', bound: '1/3' }, note: 'PF includes UFS' },
  { mechanism: 'lrm', property: 'proportional', positions: ZZ1, witness: { agent: '0', distance: '1/2', bound: '1/3' }, note: 'expected location 1/2, not 1/3' },
  { mechanism: 'lrm', property: 'strong-proportionality', positions: ZZ1, witness: { costs: '1,1/2' }, note: 'expected group costs 2·1/2 and 1/2' },
  // the modular game with fixed moves (2, 0) selects the midpoint branch, which is manipulable
  { mechanism: 'lrm-modular-game', property: 'strategyproof', positions: ['0', '1/2'], mechanismOptions: { moves: [2, 0] }, witness: { agent: '1', misreport: '1', truthfulCost: '1/4', misreportCost: '0' }, note: 'with the moves fixed at (2, 0) the midpoint is used; reporting 1 moves it from 1/4 to 1/2' },
  { mechanism: 'lrm-modular-game', property: 'group-strategyproof', positions: ['0', '1/2'], mechanismOptions: { moves: [2, 0] }, witness: { agents: '1' }, note: 'a coalition of one' },
  // Nash solution
  { mechanism: 'nash-solution', property: 'strategyproof', positions: ['0', '1/2'], witness: { agent: '1', misreport: '1', truthfulCost: '1/4', misreportCost: '0' }, note: 'the Nash solution of (0, 1/2) is 1/4; reporting 1 makes it 1/2' },
  { mechanism: 'nash-solution', property: 'group-strategyproof', positions: ['0', '1/2'], witness: { agents: '1' }, note: 'a coalition of one' },
  { mechanism: 'nash-solution', property: 'strong-proportionality', positions: ['1/5', '1/5', '3/5'], witness: { costs: '0,2/5' }, note: 'the optimum stays at 1/5; equal group costs need 1/3' },
  // Gini-optimal location
  { mechanism: 'gini-optimal', property: 'strategyproof', positions: ['0', '1/2'], witness: { agent: '1', misreport: '1', truthfulCost: '1/4', misreportCost: '0' }, note: 'Walsh (2025) Theorem 1: 1/4 for (0, 1/2), 1/2 for (0, 1)' },
  { mechanism: 'gini-optimal', property: 'group-strategyproof', positions: ['0', '1/2'], witness: { agents: '1' }, note: 'a coalition of one' },
  { mechanism: 'gini-optimal', property: 'ufs', positions: ZZ1, witness: { agents: '0,1', distance: '1/2', bound: '1/3' }, note: 'equal utilities at 1/2 ignore the pair at 0' },
  { mechanism: 'gini-optimal', property: 'pf', positions: ZZ1, witness: { agents: '0,1', distance: '1/2', bound: '1/3' }, note: 'PF includes UFS' },
  { mechanism: 'gini-optimal', property: 'proportional', positions: ZZ1, witness: { agent: '0', distance: '1/2', bound: '1/3' }, note: 'the facility belongs at 1/3' },
  { mechanism: 'gini-optimal', property: 'strong-proportionality', positions: ZZ1, witness: { costs: '1,1/2' }, note: 'group costs 2·1/2 and 1/2' },
];

/** The witness field as text (arrays joined by ","). */
export function fieldText(value: unknown): string {
  if (Array.isArray(value)) return value.map(fieldText).join(',');
  if (value !== null && typeof value === 'object' && 'lo' in value && 'hi' in value) return `${fieldText((value as { lo: unknown }).lo)}..${fieldText((value as { hi: unknown }).hi)}`;
  return String(value);
}
