import type { CandidateIndex } from '@plural/core';
import type { ProfileInput } from '../election/election.js';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { defineVotingMethod } from '../registry/define.js';
import type { Citation, VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';
import { lockInWinners } from './lock-in.js';
import { firstBallotOrder, lockInWithOrder, searchBudget, tiebreakPositions, unreached } from './tiebreak-order.js';

export interface RankedPairsOptions extends VotingOptions {
  /**
   * Maximum number of search states explored before a BudgetExceededError (default 500,000). Deciding
   * whether a candidate wins under some tie-breaking is NP-complete (Brill & Fischer 2012); the search
   * is fast on real and random profiles, the budget bounds adversarial ones.
   */
  readonly budget?: number;
}

export interface RankedPairsTbOptions extends VotingOptions {
  /** A permutation of the candidate indices, most favoured first; default 0, 1, …, m−1. */
  readonly tiebreakOrder?: readonly CandidateIndex[];
}

const tideman1987: Citation = { authors: 'T. N. Tideman', year: 1987, title: 'Independence of clones as a criterion for voting rules', doi: '10.1007/BF00433944' };
const zavistTideman1989: Citation = { authors: 'T. M. Zavist, T. N. Tideman', year: 1989, title: 'Complete independence of clones in the ranked pairs rule', doi: '10.1007/BF00303170' };
const brillFischer2012: Citation = {
  authors: 'M. Brill, F. Fischer',
  year: 2012,
  title: 'The price of neutrality for the ranked pairs method (AAAI 2012, 1299–1305)',
  url: 'https://docslib.org/doc/8051839/the-price-of-neutrality-for-the-ranked-pairs-method',
};
const rankedPairsProperties = { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false } as const;

/**
 * Ranked Pairs (Tideman): take the majority edges from the largest margin to the smallest and lock
 * each one in unless it would close a cycle with the edges already locked; the winner is the top of
 * the resulting order. Edges of equal margin may be taken in any order: a candidate wins when it is the
 * top under SOME order of the tied edges (Tideman's original, neutral definition; pref_voting's
 * `ranked_pairs`). Majority ties (margin 0) only decide among the candidates left unbeaten.
 *
 * Sources: T. N. Tideman, "Independence of clones as a criterion for voting rules", Social Choice and
 * Welfare 4 (1987) 185–206, doi:10.1007/BF00433944; M. Brill, F. Fischer, "The price of neutrality for
 * the ranked pairs method", AAAI 2012 (deciding a winner is NP-complete).
 *
 * Complexity: O(m³) without tied margins; with ties a pruned search over the lock-in states (see
 * `lockInWinners`), exponential in the worst case, bounded by `options.budget`; honours `signal`.
 * Ties: irresolute (all candidates that win under some tie-breaking).
 *
 * @example
 * rankedPairs(profileOf(3, ['abc', 'bca', 'cab'])).winners; // [0, 1, 2]: every edge has margin 1
 */
export const rankedPairs = defineVotingMethod<MarginInput, RankedPairsOptions>(
  {
    id: 'ranked-pairs',
    name: 'Ranked Pairs',
    aliases: ['Ranked Pairs', 'ranked_pairs', 'tideman', 'rp'],
    family: 'margin',
    description: 'Lock in majority edges from largest to smallest margin, skipping any that would close a cycle; a winner tops the locked order under some ordering of equal-margin edges.',
    citations: [tideman1987, brillFischer2012],
    complexity: 'O(m³) without tied margins; exponential in the worst case with ties (NP-complete), bounded by options.budget',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: every candidate that wins under some order of the equal-margin edges',
    properties: rankedPairsProperties,
    exponential: true,
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const { winners } = lockInWinners(g.margins, 'ranked-pairs', { signal: options.signal, budget: searchBudget(options.budget, 500_000), method: 'ranked-pairs' });
    return votingResult({ method: 'ranked-pairs', candidates: g.candidates, winners });
  },
);

/** The TB/ZT result: the locked linear order, best first, and its top. */
function rankedPairsWithOrder(method: string, g: { candidates: readonly (string | number)[]; margins: readonly (readonly number[])[] }, positions: readonly number[]) {
  const locked = lockInWithOrder(g.margins, positions, 'ranked-pairs');
  const below = locked.map((row) => row.filter(Boolean).length);
  const order = Array.from({ length: g.candidates.length }, (_, c) => c).sort((a, b) => below[b]! - below[a]!);
  return votingResult({ method, candidates: g.candidates, winners: unreached(locked), ranking: order.map((c) => [c]) });
}

/**
 * Ranked Pairs TB: Ranked Pairs with equal-margin edges ordered by a fixed tie-break order of the
 * candidates — (a, b) before (c, d) when a comes before c in the order, or a = c and b comes before d
 * (pref_voting's `ranked_pairs_tb`); majority ties are edges both ways with margin 0. Resolute.
 *
 * Source: Tideman (1987), doi:10.1007/BF00433944; the tie-break convention of pref_voting (Holliday &
 * Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(m⁴/32). Ranking: the locked linear order.
 *
 * @example
 * rankedPairsTb(profileOf(3, ['abc', 'bca', 'cab'])).winners; // [0]: a→b is locked first
 */
export const rankedPairsTb = defineVotingMethod<MarginInput, RankedPairsTbOptions>(
  {
    id: 'ranked-pairs-tb',
    name: 'Ranked Pairs TB',
    aliases: ['Ranked Pairs TB', 'ranked_pairs_tb'],
    family: 'margin',
    description: 'Ranked Pairs with equal-margin edges taken in the lexicographic order of a fixed tie-break ranking of the candidates.',
    citations: [tideman1987, { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' }],
    complexity: 'O(m⁴/32) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'resolute: equal-margin edges ordered by options.tiebreakOrder (default: candidate index order)',
    properties: rankedPairsProperties,
  },
  (input, options) => {
    const g = marginGraph(input, options);
    return rankedPairsWithOrder('ranked-pairs-tb', g, tiebreakPositions(options.tiebreakOrder, g.candidates.length));
  },
);

/**
 * Ranked Pairs ZT (Zavist–Tideman): Ranked Pairs TB whose tie-break order is the first ballot of the
 * profile (pref_voting's `ranked_pairs_zt`: "a fixed voter breaks the ties"). The first ballot must
 * rank every candidate strictly. Resolute.
 *
 * Source: T. M. Zavist, T. N. Tideman, "Complete independence of clones in the ranked pairs rule",
 * Social Choice and Welfare 6 (1989) 167–173, doi:10.1007/BF00303170.
 *
 * Complexity: O(m⁴/32) after the margins.
 *
 * @example
 * rankedPairsZt(profileOf(3, ['cab', 'abc', 'bca'])).winners; // [2]: c's ballot breaks the ties
 */
export const rankedPairsZt = defineVotingMethod<ProfileInput, VotingOptions>(
  {
    id: 'ranked-pairs-zt',
    name: 'Ranked Pairs ZT',
    aliases: ['Ranked Pairs ZT', 'ranked_pairs_zt', 'zavist-tideman'],
    family: 'margin',
    description: "Ranked Pairs with equal-margin edges ordered by the first voter's ranking (Zavist and Tideman's tie-breaking ranking).",
    citations: [zavistTideman1989, tideman1987],
    complexity: 'O(m⁴/32) after the margins',
    input: 'profile',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'resolute: equal-margin edges ordered by the first ballot, which must rank all candidates strictly',
    properties: rankedPairsProperties,
  },
  (input, options) => {
    const { order, e } = firstBallotOrder(input, 'ranked-pairs-zt', options);
    const positions = tiebreakPositions(order, e.candidates.length, 'profile.ballots[0]');
    return rankedPairsWithOrder('ranked-pairs-zt', { candidates: e.candidates, margins: e.margins() }, positions);
  },
);
