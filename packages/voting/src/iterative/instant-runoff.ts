import { ValidationError, type CandidateIndex } from '@plural/core';
import { election, type Election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';
import { eliminateByOrder, eliminateInParallelUniverses, eliminateSimultaneously, tiebreakOrderOf, type StageFunction } from './elimination.js';
import { activeWeight, lowest, majorityWinner, RunoffTally } from './tallies.js';

const hare = { authors: 'T. Hare', year: 1857, title: 'The Machinery of Representation', url: 'https://en.wikipedia.org/wiki/Instant-runoff_voting' };
const prefVoting = { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' };
const put = { authors: 'J. Wang, S. Sikdar, T. Shepherd, Z. Zhao, C. Jiang, L. Xia', year: 2019, title: 'Practical Algorithms for Multi-Stage Voting Rules with Parallel Universes Tiebreaking', doi: '10.1609/aaai.v33i01.33012189' };

/** The two documented conventions for Instant Runoff. */
export type InstantRunoffConvention = 'pref_voting' | 'condorcet-php';

export interface InstantRunoffOptions extends VotingOptions {
  /**
   * `'pref_voting'` (default): ballots must be strict (truncation allowed, exhausted ballots count for no
   * one); all candidates tied for fewest first places are eliminated together.
   * `'condorcet-php'` (Condorcet PHP's `Instant-runoff`): ballots may have ties — a tied rank is skipped
   * when counting first preferences, so the ballot counts for its first untied remaining candidate;
   * among candidates tied for fewest, only the pairwise-weakest are eliminated (Condorcet PHP's
   * `electSomeLosersbasedOnPairwiseComparaison`: a tied candidate is kept for elimination when it beats
   * no other tied candidate head-to-head and has no more pairwise wins, nor a better win−loss balance
   * over all candidates, than any of them; applied k−1 times for k tied; if nobody qualifies, all go).
   */
  readonly convention?: InstantRunoffConvention;
}

/**
 * Condorcet PHP's pairwise tie-break among candidates tied for elimination (see
 * {@link InstantRunoffOptions.convention}); uses the whole election's pairwise wins and balances.
 */
export function condorcetPhpWeakest(margins: readonly (readonly number[])[], tied: readonly CandidateIndex[]): CandidateIndex[] {
  const m = margins.length;
  const wins = new Int32Array(m);
  const balance = new Int32Array(m);
  for (let a = 0; a < m; a++) {
    for (let b = 0; b < m; b++) {
      if (a === b) continue;
      if (margins[a]![b]! > 0) {
        wins[a]!++;
        balance[a]!++;
      } else if (margins[a]![b]! < 0) balance[a]!--;
    }
  }
  let pool = [...tied];
  for (let round = 1; round < tied.length; round++) {
    const keep = pool.filter((x) => pool.every((y) => y === x || !(margins[x]![y]! > 0 || balance[x]! > balance[y]! || wins[x]! > wins[y]!)));
    if (keep.length > 0) pool = keep;
  }
  return pool;
}

/**
 * The Instant Runoff stage: fewest first places among the remaining candidates. The first places are
 * kept by one {@link RunoffTally} per stage function, which moves only the ballots of the candidates
 * that left since the previous call (tied ranks are skipped, as Condorcet PHP counts them; the
 * pref_voting convention has no ties).
 */
export function instantRunoffStage(e: Election, convention: InstantRunoffConvention = 'pref_voting'): StageFunction {
  const margins = convention === 'condorcet-php' ? e.margins() : undefined;
  const tally = new RunoffTally(e);
  return (inRace, remaining) => {
    tally.sync(inRace);
    const scores = tally.scores.slice();
    const tied = lowest(scores, remaining);
    const worst = margins !== undefined ? condorcetPhpWeakest(margins, tied) : tied;
    const forced = remaining.filter((c) => scores[c] === 0);
    return { scores, worst, forced, note: worst.length < tied.length ? 'fewest first places; Condorcet PHP pairwise tie-break' : 'fewest first places among the remaining candidates' };
  };
}

/**
 * The Instant Runoff stage that also stops at a candidate with a strict majority of the ballots still
 * active (the TB and PUT variants; pref_voting checks the majority before each elimination).
 */
export function instantRunoffMajorityStage(e: Election): StageFunction {
  const tally = new RunoffTally(e);
  const strict = e.packed.ties === null;
  return (inRace, remaining) => {
    tally.sync(inRace);
    const scores = tally.scores.slice();
    const tied = lowest(scores, remaining);
    const forced = remaining.filter((c) => scores[c] === 0);
    const s = { scores, worst: tied, forced, note: 'fewest first places among the remaining candidates' };
    // A ballot whose remaining candidates are all in one tie group counts for no one but is still active.
    const w = majorityWinner(scores, remaining, strict ? tally.active : activeWeight(e, inRace));
    return w === undefined ? s : { ...s, decided: [w], note: 'a strict majority of the active ballots' };
  };
}

function checkConvention(convention: unknown): InstantRunoffConvention {
  if (convention === undefined) return 'pref_voting';
  if (convention === 'pref_voting' || convention === 'condorcet-php') return convention;
  throw new ValidationError(`unknown Instant Runoff convention ${JSON.stringify(convention)}.`, { where: 'options.convention', fix: 'Use "pref_voting" or "condorcet-php".' });
}

/**
 * Instant Runoff (Hare, alternative vote): repeatedly eliminate the candidates with the fewest
 * first-place votes among those remaining — all of them at once when several tie for fewest — until the
 * remaining candidates all have the same score; they win. Truncated ballots are exhausted when all
 * their ranked candidates are out. Condorcet PHP's convention for ties (in ballots and for elimination)
 * is available as `convention: 'condorcet-php'`. (For tie-breaking variants see `instant-runoff-put`
 * and `instant-runoff-tb`.)
 *
 * Source: T. Hare, "The Machinery of Representation" (1857); simultaneous elimination of tied losers
 * as in pref_voting (Holliday & Pacuit, JOSS 2025, doi:10.21105/joss.07020).
 *
 * Complexity: O(total ballot length + m²): first places are counted once and only the ballots of
 * eliminated candidates are moved on (see `RunoffTally`). Irresolute.
 *
 * @example
 * instantRunoff(profileOf(3, ['abc', 'bac', 'cba'], [4, 3, 2])).winners; // [1]
 */
export const instantRunoff = defineVotingMethod<ProfileInput, InstantRunoffOptions>(
  {
    id: 'instant-runoff',
    name: 'Instant Runoff',
    aliases: ['irv', 'hare', 'alternative-vote', 'ranked-choice', 'Instant Runoff', 'instant_runoff', 'Instant-runoff', 'InstantRunoff', 'AlternativeVote', 'Ranked Choice'],
    family: 'iterative',
    description: 'Repeatedly eliminate the candidates with the fewest first places among those remaining.',
    citations: [hare, prefVoting],
    complexity: 'O(total ballot length + m²)',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'irresolute: all candidates tied for fewest first places are eliminated together; the last remaining tie wins (convention "condorcet-php": Condorcet PHP pairwise tie-break)',
    properties: { 'condorcet-winner': false, 'condorcet-loser': false, 'pareto-dominance': null },
  },
  (input, options) => {
    const convention = checkConvention(options.convention);
    const e = election(input, options);
    requireBallots(e, 'instant-runoff', { ties: convention === 'condorcet-php', truncated: true });
    const { winners, rounds } = eliminateSimultaneously(e.candidates.length, instantRunoffStage(e, convention), e.scale);
    return votingResult({ method: 'instant-runoff', candidates: e.candidates, winners, rounds, ...(convention === 'condorcet-php' ? { notes: ['Condorcet PHP convention: tied ranks skipped; pairwise tie-break among the weakest.'] } : {}) });
  },
);

export interface TiebreakOrderOptions extends VotingOptions {
  /**
   * The fixed tie-breaking order, a permutation of the candidate indices: among candidates tied for
   * elimination, the one that comes first is eliminated (pref_voting's `tie_breaker` convention).
   * Default 0, 1, …, m−1.
   */
  readonly tiebreakOrder?: readonly CandidateIndex[];
}

/**
 * Instant Runoff TB: Instant Runoff eliminating one candidate per round; when several tie for fewest
 * first places, the one that comes first in `tiebreakOrder` (default: the lowest index) is eliminated.
 * Stops when a candidate has a strict majority of the ballots still active, or one remains.
 *
 * Source: pref_voting's `instant_runoff_tb` (Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(total ballot length + m²) (see `RunoffTally`). Resolute (one winner) up to ties in the last round.
 *
 * @example
 * instantRunoffTb(profileOf(3, ['bca', 'cba', 'abc']), { tiebreakOrder: [0, 1, 2] }).winners; // [1]
 */
export const instantRunoffTb = defineVotingMethod<ProfileInput, TiebreakOrderOptions>(
  {
    id: 'instant-runoff-tb',
    name: 'Instant Runoff TB',
    aliases: ['Instant Runoff TB', 'instant_runoff_tb', 'irv-tb'],
    family: 'iterative',
    description: 'Instant Runoff eliminating one candidate per round, ties broken by a fixed order.',
    citations: [prefVoting],
    complexity: 'O(total ballot length + m²)',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'fixed order (options.tiebreakOrder, default candidate index order): the first tied candidate in the order is eliminated',
    properties: { 'condorcet-winner': false, 'condorcet-loser': null, 'pareto-dominance': true },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'instant-runoff-tb', instantRunoffTb.info.ballots);
    const order = tiebreakOrderOf(options.tiebreakOrder, e.candidates.length);
    const { winners, rounds } = eliminateByOrder(e.candidates.length, instantRunoffMajorityStage(e), order, e.scale);
    return votingResult({ method: 'instant-runoff-tb', candidates: e.candidates, winners, rounds });
  },
);

export interface PutOptions extends VotingOptions {
  /** Largest number of distinct sets of remaining candidates to examine (default 100 000). */
  readonly budget?: number;
}

/**
 * Instant Runoff PUT (parallel-universe tie-breaking): a candidate wins if it wins Instant Runoff for
 * some order of eliminating the candidates tied for fewest first places, one at a time. Recursively:
 * a candidate with a strict majority of the active ballots wins; otherwise x wins if x wins after
 * removing some candidate with fewest first places.
 *
 * Sources: pref_voting's `instant_runoff_put`; J. Wang et al., "Practical Algorithms for Multi-Stage
 * Voting Rules with Parallel Universes Tiebreaking", AAAI 2019, doi:10.1609/aaai.v33i01.33012189.
 *
 * Complexity: exponential in the worst case (NP-complete); memoised on the remaining set, bounded by
 * `budget` (BudgetExceededError) and `signal`. Irresolute.
 *
 * @example
 * instantRunoffPut(profileOf(3, ['bca', 'cba', 'abc'])).winners; // [1, 2]
 */
export const instantRunoffPut = defineVotingMethod<ProfileInput, PutOptions>(
  {
    id: 'instant-runoff-put',
    name: 'Instant Runoff PUT',
    aliases: ['Instant Runoff PUT', 'instant_runoff_put', 'irv-put', 'Hare PUT', 'Ranked Choice PUT'],
    family: 'iterative',
    description: 'The candidates that win Instant Runoff under some way of breaking elimination ties.',
    citations: [prefVoting, put],
    complexity: 'O(2^m · total ballot length) worst case; memoised',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'parallel universes: every way of breaking elimination ties; the union of their winners',
    properties: { 'condorcet-winner': false, 'condorcet-loser': null, 'pareto-dominance': true, 'positive-involvement': true },
    exponential: true,
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'instant-runoff-put', instantRunoffPut.info.ballots);
    const { winners, states } = eliminateInParallelUniverses(e.candidates.length, instantRunoffMajorityStage(e), { method: 'instant-runoff-put', budget: options.budget, signal: options.signal });
    return votingResult({ method: 'instant-runoff-put', candidates: e.candidates, winners, notes: [`${states} sets of remaining candidates examined.`] });
  },
);
