import { election, type Election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import { votingResult } from '../result/result.js';
import { eliminateByOrder, eliminateInParallelUniverses, eliminateSimultaneously, tiebreakOrderOf, type StageFunction } from './elimination.js';
import type { PutOptions, TiebreakOrderOptions } from './instant-runoff.js';
import { remainingPluralityScores } from './remaining.js';
import { highest, majorityWinner, remainingLastPlaces } from './tallies.js';

const coombsCitation = { authors: 'C. H. Coombs', year: 1964, title: 'A Theory of Data', url: "https://en.wikipedia.org/wiki/Coombs%27_method" };
const prefVoting = { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' };

/**
 * The Coombs stage: a candidate with a strict majority of first places among the remaining candidates
 * wins; otherwise the worst are those ranked last (among the remaining) by the most voters.
 */
function coombsStage(e: Election): StageFunction {
  return (inRace, remaining) => {
    const first = remainingPluralityScores(e, inRace);
    const w = majorityWinner(first, remaining, e.voters);
    const last = remainingLastPlaces(e, inRace);
    if (w !== undefined) return { scores: last, worst: [], decided: [w], note: 'a strict majority of first places' };
    return { scores: last, worst: highest(last, remaining), note: 'most last places among the remaining candidates' };
  };
}

/**
 * Coombs: if a candidate has a strict majority of first places, it wins; otherwise eliminate all the
 * candidates ranked last by the most voters (among those remaining) and repeat. If all remaining
 * candidates tie for most last places, they all win. Round scores are last-place counts.
 *
 * Sources: C. H. Coombs, "A Theory of Data" (Wiley, 1964); simultaneous elimination as in pref_voting's
 * `coombs` (Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(m · n · m). Needs strict complete ballots. Irresolute.
 *
 * @example
 * coombs(profileOf(3, ['cba', 'acb', 'bca'], [1, 2, 2])).winners; // [2]
 */
export const coombs = defineVotingMethod<ProfileInput>(
  {
    id: 'coombs',
    name: 'Coombs',
    aliases: ['Coombs', "coombs-method"],
    family: 'iterative',
    description: 'Until someone has a majority of first places, eliminate the candidates with the most last places.',
    citations: [coombsCitation, prefVoting],
    complexity: 'O(m · n · m)',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'irresolute: all candidates tied for most last places are eliminated together; a final tie wins together',
    properties: { 'condorcet-winner': false, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'coombs', coombs.info.ballots);
    const { winners, rounds } = eliminateSimultaneously(e.candidates.length, coombsStage(e), e.scale);
    return votingResult({ method: 'coombs', candidates: e.candidates, winners, rounds, notes: ['Round scores are numbers of last places.'] });
  },
);

/**
 * Coombs TB: Coombs eliminating one candidate per round; among those tied for most last places, the
 * one that comes first in `tiebreakOrder` (default: the lowest index) is eliminated.
 *
 * Source: pref_voting's `coombs_tb` (Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(m · n · m). Needs strict complete ballots.
 *
 * @example
 * coombsTb(profileOf(3, ['cab', 'bac', 'abc'], [2, 1, 1]), { tiebreakOrder: [2, 1, 0] }).winners; // [0]
 */
export const coombsTb = defineVotingMethod<ProfileInput, TiebreakOrderOptions>(
  {
    id: 'coombs-tb',
    name: 'Coombs TB',
    aliases: ['Coombs TB', 'coombs_tb'],
    family: 'iterative',
    description: 'Coombs eliminating one candidate per round, ties broken by a fixed order.',
    citations: [coombsCitation, prefVoting],
    complexity: 'O(m · n · m)',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'fixed order (options.tiebreakOrder, default candidate index order): the first tied candidate in the order is eliminated',
    properties: { 'condorcet-winner': false, 'condorcet-loser': null, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'coombs-tb', coombsTb.info.ballots);
    const order = tiebreakOrderOf(options.tiebreakOrder, e.candidates.length);
    const { winners, rounds } = eliminateByOrder(e.candidates.length, coombsStage(e), order, e.scale);
    return votingResult({ method: 'coombs-tb', candidates: e.candidates, winners, rounds });
  },
);

/**
 * Coombs PUT: a candidate with a strict majority of first places wins; otherwise x wins if x wins after
 * removing some candidate with the most last places (parallel-universe tie-breaking).
 *
 * Source: pref_voting's `coombs_put` (Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: exponential in the worst case; memoised on the remaining set, bounded by `budget` and
 * `signal`. Needs strict complete ballots. Irresolute.
 *
 * @example
 * coombsPut(profileOf(3, ['cab', 'bac', 'abc'], [2, 1, 1])).winners; // [0, 2]
 */
export const coombsPut = defineVotingMethod<ProfileInput, PutOptions>(
  {
    id: 'coombs-put',
    name: 'Coombs PUT',
    aliases: ['Coombs PUT', 'coombs_put'],
    family: 'iterative',
    description: 'The candidates that win Coombs under some way of breaking elimination ties.',
    citations: [coombsCitation, prefVoting],
    complexity: 'O(2^m · n · m) worst case; memoised',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'parallel universes: every way of breaking elimination ties; the union of their winners',
    properties: { 'condorcet-winner': false, 'condorcet-loser': null, 'pareto-dominance': true, 'positive-involvement': false },
    exponential: true,
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'coombs-put', coombsPut.info.ballots);
    const { winners, states } = eliminateInParallelUniverses(e.candidates.length, coombsStage(e), { method: 'coombs-put', budget: options.budget, signal: options.signal });
    return votingResult({ method: 'coombs-put', candidates: e.candidates, winners, notes: [`${states} sets of remaining candidates examined.`] });
  },
);
