import { election, type Election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import { votingResult } from '../result/result.js';
import { eliminateByOrder, eliminateInParallelUniverses, eliminateSimultaneously, tiebreakOrderOf, type StageFunction } from './elimination.js';
import type { PutOptions, TiebreakOrderOptions } from './instant-runoff.js';
import { lowest, remainingBordaScores } from './tallies.js';

const baldwinCitation = { authors: 'J. M. Baldwin', year: 1926, title: 'The technique of the Nanson preferential majority system of election', url: 'https://en.wikipedia.org/wiki/Nanson%27s_method#Baldwin_method' };
const prefVoting = { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' };

/** The Baldwin stage: the lowest Borda score in the profile restricted to the remaining candidates. */
function baldwinStage(e: Election): StageFunction {
  return (inRace, remaining) => {
    const scores = remainingBordaScores(e, inRace);
    return { scores, worst: lowest(scores, remaining), note: 'lowest Borda score among the remaining candidates' };
  };
}

/**
 * Baldwin: repeatedly eliminate the candidates with the lowest Borda score, recomputed on the profile
 * restricted to the candidates still in, until one remains or all remaining tie (they all win).
 * Condorcet consistent (a Condorcet winner's Borda score is above average).
 *
 * Source: J. M. Baldwin, "The technique of the Nanson preferential majority system of election",
 * Proceedings of the Royal Society of Victoria 39 (1926) 42–52; pref_voting's `baldwin`.
 *
 * Complexity: O(m · n · m). Needs strict complete ballots. Irresolute.
 *
 * @example
 * baldwin(profileOf(4, ['bacd', 'dbac', 'cadb'], [2, 1, 1])).winners; // [1]
 */
export const baldwin = defineVotingMethod<ProfileInput>(
  {
    id: 'baldwin',
    name: 'Baldwin',
    aliases: ['Baldwin', 'baldwin-method'],
    family: 'iterative',
    description: 'Repeatedly eliminate the candidates with the lowest Borda score among those remaining.',
    citations: [baldwinCitation, prefVoting],
    complexity: 'O(m · n · m)',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'irresolute: all candidates tied for the lowest Borda score are eliminated together; a final tie wins together',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'baldwin', baldwin.info.ballots);
    const { winners, rounds } = eliminateSimultaneously(e.candidates.length, baldwinStage(e), e.scale);
    return votingResult({ method: 'baldwin', candidates: e.candidates, winners, rounds });
  },
);

/**
 * Baldwin TB: Baldwin eliminating one candidate per round; among those tied for the lowest Borda score,
 * the one that comes first in `tiebreakOrder` (default: the lowest index) is eliminated.
 *
 * Source: pref_voting's `baldwin_tb`.
 *
 * Complexity: O(m · n · m). Needs strict complete ballots. One winner.
 *
 * @example
 * baldwinTb(profileOf(3, ['abc', 'bca', 'cab'])).winners; // [1]
 */
export const baldwinTb = defineVotingMethod<ProfileInput, TiebreakOrderOptions>(
  {
    id: 'baldwin-tb',
    name: 'Baldwin TB',
    aliases: ['Baldwin TB', 'baldwin_tb'],
    family: 'iterative',
    description: 'Baldwin eliminating one candidate per round, ties broken by a fixed order.',
    citations: [baldwinCitation, prefVoting],
    complexity: 'O(m · n · m)',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'fixed order (options.tiebreakOrder, default candidate index order): the first tied candidate in the order is eliminated',
    properties: { 'condorcet-winner': true, 'condorcet-loser': null, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'baldwin-tb', baldwinTb.info.ballots);
    const { winners, rounds } = eliminateByOrder(e.candidates.length, baldwinStage(e), tiebreakOrderOf(options.tiebreakOrder, e.candidates.length), e.scale);
    return votingResult({ method: 'baldwin-tb', candidates: e.candidates, winners, rounds });
  },
);

/**
 * Baldwin PUT: one remaining candidate wins; otherwise x wins if x wins after removing some candidate
 * with the lowest Borda score (parallel-universe tie-breaking).
 *
 * Source: pref_voting's `baldwin_put`.
 *
 * Complexity: exponential in the worst case; memoised, bounded by `budget` and `signal`. Needs strict
 * complete ballots. Irresolute.
 *
 * @example
 * baldwinPut(profileOf(3, ['bca', 'abc', 'cab'], [1, 3, 2])).winners; // [0, 2]
 */
export const baldwinPut = defineVotingMethod<ProfileInput, PutOptions>(
  {
    id: 'baldwin-put',
    name: 'Baldwin PUT',
    aliases: ['Baldwin PUT', 'baldwin_put'],
    family: 'iterative',
    description: 'The candidates that win Baldwin under some way of breaking elimination ties.',
    citations: [baldwinCitation, prefVoting],
    complexity: 'O(2^m · n · m) worst case; memoised',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'parallel universes: every way of breaking elimination ties; the union of their winners',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
    exponential: true,
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'baldwin-put', baldwinPut.info.ballots);
    const { winners, states } = eliminateInParallelUniverses(e.candidates.length, baldwinStage(e), { method: 'baldwin-put', budget: options.budget, signal: options.signal });
    return votingResult({ method: 'baldwin-put', candidates: e.candidates, winners, notes: [`${states} sets of remaining candidates examined.`] });
  },
);
