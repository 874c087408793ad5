import { election, type Election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { condorcetWinner } from '../graph/dominance.js';
import { defineVotingMethod } from '../registry/define.js';
import { votingResult } from '../result/result.js';
import { eliminateByOrder, eliminateInParallelUniverses, eliminateSimultaneously, tiebreakOrderOf, type StageFunction } from './elimination.js';
import type { PutOptions, TiebreakOrderOptions } from './instant-runoff.js';
import { remainingPluralityScores } from './remaining.js';
import { lowest } from './tallies.js';

const benhamCitation = { authors: 'Electowiki contributors', year: 2024, title: "Benham's method", url: 'https://electowiki.org/wiki/Benham%27s_method' };
const prefVoting = { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' };

/** The Benham stage: a Condorcet winner among the remaining candidates wins; else fewest first places. */
function benhamStage(e: Election): StageFunction {
  const margins = e.margins();
  return (inRace, remaining) => {
    const scores = remainingPluralityScores(e, inRace);
    const cw = condorcetWinner(margins, remaining);
    if (cw !== undefined) return { scores, worst: [], decided: [cw], note: 'a Condorcet winner among the remaining candidates' };
    return { scores, worst: lowest(scores, remaining), note: 'no Condorcet winner; fewest first places' };
  };
}

/**
 * Benham: as long as the remaining candidates have no Condorcet winner, eliminate the candidates with
 * the fewest first places (all of them when tied); the first Condorcet winner found wins. Condorcet
 * consistent. Truncated ballots: exhausted ballots count for no one; margins follow `options.unranked`.
 *
 * Sources: pref_voting's `benham` (Holliday & Pacuit, doi:10.21105/joss.07020); Electowiki,
 * "Benham's method".
 *
 * Complexity: O(m · (total ballot length + m²)). Irresolute.
 *
 * @example
 * benham(profileOf(3, ['acb', 'bca', 'cab'], [4, 4, 1])).winners; // [2] (Instant Runoff: [0])
 */
export const benham = defineVotingMethod<ProfileInput>(
  {
    id: 'benham',
    name: 'Benham',
    aliases: ['Benham', 'benham-method'],
    family: 'iterative',
    description: 'Eliminate the candidates with the fewest first places until a Condorcet winner among the remaining exists.',
    citations: [benhamCitation, prefVoting],
    complexity: 'O(m · (total ballot length + m²))',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'irresolute: all candidates tied for fewest first places are eliminated together; a final tie wins together',
    properties: { 'condorcet-winner': true, 'condorcet-loser': false, 'pareto-dominance': true },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'benham', benham.info.ballots);
    const { winners, rounds } = eliminateSimultaneously(e.candidates.length, benhamStage(e), e.scale);
    return votingResult({ method: 'benham', candidates: e.candidates, winners, rounds });
  },
);

/**
 * Benham TB: Benham eliminating one candidate per round; among those tied for fewest first places, the
 * one that comes first in `tiebreakOrder` (default: the lowest index) is eliminated.
 *
 * Source: pref_voting's `benham_tb`.
 *
 * Complexity: O(m · (total ballot length + m²)). One winner.
 *
 * @example
 * benhamTb(profileOf(3, ['abc', 'bca', 'cab']), { tiebreakOrder: [2, 0, 1] }).winners; // [0]
 */
export const benhamTb = defineVotingMethod<ProfileInput, TiebreakOrderOptions>(
  {
    id: 'benham-tb',
    name: 'Benham TB',
    aliases: ['Benham TB', 'benham_tb'],
    family: 'iterative',
    description: 'Benham eliminating one candidate per round, ties broken by a fixed order.',
    citations: [benhamCitation, prefVoting],
    complexity: 'O(m · (total ballot length + m²))',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'fixed order (options.tiebreakOrder, default candidate index order): the first tied candidate in the order is eliminated',
    properties: { 'condorcet-winner': true, 'condorcet-loser': null, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'benham-tb', benhamTb.info.ballots);
    const { winners, rounds } = eliminateByOrder(e.candidates.length, benhamStage(e), tiebreakOrderOf(options.tiebreakOrder, e.candidates.length), e.scale);
    return votingResult({ method: 'benham-tb', candidates: e.candidates, winners, rounds });
  },
);

/**
 * Benham PUT: a Condorcet winner among the remaining candidates wins; otherwise x wins if x wins after
 * removing some candidate with the fewest first places (parallel-universe tie-breaking).
 *
 * Source: pref_voting's `benham_put`.
 *
 * Complexity: exponential in the worst case; memoised, bounded by `budget` and `signal`. Irresolute.
 *
 * @example
 * benhamPut(profileOf(3, ['abc', 'bca', 'cab'])).winners; // [0, 1, 2]
 */
export const benhamPut = defineVotingMethod<ProfileInput, PutOptions>(
  {
    id: 'benham-put',
    name: 'Benham PUT',
    aliases: ['Benham PUT', 'benham_put'],
    family: 'iterative',
    description: 'The candidates that win Benham under some way of breaking elimination ties.',
    citations: [benhamCitation, prefVoting],
    complexity: 'O(2^m · (total ballot length + m²)) worst case; memoised',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'parallel universes: every way of breaking elimination ties; the union of their winners',
    properties: { 'condorcet-winner': true, 'condorcet-loser': null, 'pareto-dominance': true, 'positive-involvement': false },
    exponential: true,
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'benham-put', benhamPut.info.ballots);
    const { winners, states } = eliminateInParallelUniverses(e.candidates.length, benhamStage(e), { method: 'benham-put', budget: options.budget, signal: options.signal });
    return votingResult({ method: 'benham-put', candidates: e.candidates, winners, notes: [`${states} sets of remaining candidates examined.`] });
  },
);
