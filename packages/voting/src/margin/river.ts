import type { CandidateIndex } from '@plural/core';
import type { ProfileInput } from '../election/election.js';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { defineVotingMethod } from '../registry/define.js';
import type { Citation, VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';
import { lockInWinners } from './lock-in.js';
import { firstBallotOrder, lockInWithOrder, searchBudget, tiebreakPositions, unreached } from './tiebreak-order.js';

export interface RiverOptions extends VotingOptions {
  /** Maximum number of search states explored before a BudgetExceededError (default 500,000). */
  readonly budget?: number;
}

export interface RiverTbOptions extends VotingOptions {
  /** A permutation of the candidate indices, most favoured first; default 0, 1, …, m−1. */
  readonly tiebreakOrder?: readonly CandidateIndex[];
}

const heitzig2004: Citation = {
  authors: 'J. Heitzig',
  year: 2004,
  title: 'River method (election-methods mailing list; see electowiki "River")',
  url: 'https://electowiki.org/wiki/River',
};
const riverProperties = { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false } as const;

/**
 * River (Heitzig): like Ranked Pairs, take the majority edges from the largest margin to the smallest,
 * but lock an edge in only if it closes no cycle AND its target has no locked edge into it yet; the
 * locked edges form a tree whose root wins. A candidate wins when it is the root under SOME order of the
 * equal-margin edges (pref_voting's `river`).
 *
 * Source: J. Heitzig, "River method", election-methods mailing list (2004), https://electowiki.org/wiki/River.
 *
 * Complexity: O(m³) without tied margins; with ties a pruned search over the lock-in states (see
 * `lockInWinners`), exponential in the worst case, bounded by `options.budget`; honours `signal`.
 * Ties: irresolute (all candidates that win under some tie-breaking).
 *
 * @example
 * river(profileOf(3, ['abc', 'bca', 'cab'])).winners; // [0, 1, 2]
 */
export const river = defineVotingMethod<MarginInput, RiverOptions>(
  {
    id: 'river',
    name: 'River',
    aliases: ['River'],
    family: 'margin',
    description: 'Lock in majority edges from largest to smallest margin, skipping any that close a cycle or point to a candidate already beaten by a locked edge; a winner is the root under some ordering of equal-margin edges.',
    citations: [heitzig2004],
    complexity: 'O(m³) without tied margins; exponential in the worst case with ties, bounded by options.budget',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: every candidate that wins under some order of the equal-margin edges',
    properties: riverProperties,
    exponential: true,
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const { winners } = lockInWinners(g.margins, 'river', { signal: options.signal, budget: searchBudget(options.budget, 500_000), method: 'river' });
    return votingResult({ method: 'river', candidates: g.candidates, winners });
  },
);

/**
 * River TB: River with equal-margin edges ordered by a fixed tie-break order of the candidates — (a, b)
 * before (c, d) when a comes before c, or a = c and b before d (pref_voting's `river_tb`); majority ties
 * are edges both ways with margin 0. Resolute.
 *
 * Source: Heitzig (2004), https://electowiki.org/wiki/River; the tie-break convention of pref_voting.
 *
 * Complexity: O(m⁴/32) after the margins.
 *
 * @example
 * riverTb(profileOf(3, ['abc', 'bca', 'cab'])).winners; // [0]
 */
export const riverTb = defineVotingMethod<MarginInput, RiverTbOptions>(
  {
    id: 'river-tb',
    name: 'River TB',
    aliases: ['River TB', 'river_tb'],
    family: 'margin',
    description: 'River with equal-margin edges taken in the lexicographic order of a fixed tie-break ranking of the candidates.',
    citations: [heitzig2004, { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' }],
    complexity: 'O(m⁴/32) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'resolute: equal-margin edges ordered by options.tiebreakOrder (default: candidate index order)',
    properties: riverProperties,
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const locked = lockInWithOrder(g.margins, tiebreakPositions(options.tiebreakOrder, g.candidates.length), 'river');
    return votingResult({ method: 'river-tb', candidates: g.candidates, winners: unreached(locked) });
  },
);

/**
 * River ZT: River TB whose tie-break order is the first ballot of the profile (pref_voting's `river_zt`).
 * The first ballot must rank every candidate strictly. Resolute.
 *
 * Source: Heitzig (2004); the tie-breaking ranking of T. M. Zavist, T. N. Tideman (1989),
 * doi:10.1007/BF00303170.
 *
 * Complexity: O(m⁴/32) after the margins.
 *
 * @example
 * riverZt(profileOf(3, ['cab', 'abc', 'bca'])).winners; // [2]
 */
export const riverZt = defineVotingMethod<ProfileInput, VotingOptions>(
  {
    id: 'river-zt',
    name: 'River ZT',
    aliases: ['River ZT', 'river_zt'],
    family: 'margin',
    description: "River with equal-margin edges ordered by the first voter's ranking.",
    citations: [heitzig2004, { authors: 'T. M. Zavist, T. N. Tideman', year: 1989, title: 'Complete independence of clones in the ranked pairs rule', doi: '10.1007/BF00303170' }],
    complexity: 'O(m⁴/32) after the margins',
    input: 'profile',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'resolute: equal-margin edges ordered by the first ballot, which must rank all candidates strictly',
    properties: riverProperties,
  },
  (input, options) => {
    const { order, e } = firstBallotOrder(input, 'river-zt', options);
    const locked = lockInWithOrder(e.margins(), tiebreakPositions(order, e.candidates.length, 'profile.ballots[0]'), 'river');
    return votingResult({ method: 'river-zt', candidates: e.candidates, winners: unreached(locked) });
  },
);
