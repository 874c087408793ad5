import type { CandidateIndex } from '@plural/core';
import { election, type Election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import { argmin, votingResult } from '../result/result.js';
import { eliminateInParallelUniverses, eliminateSimultaneously, type StageFunction } from './elimination.js';
import type { PutOptions } from './instant-runoff.js';
import { remainingPluralityScores } from './remaining.js';

const btrCitation = { authors: 'Electowiki contributors', year: 2024, title: 'Bottom-Two-Runoff IRV', url: 'https://electowiki.org/wiki/Bottom-Two-Runoff' };
const prefVoting = { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' };

/**
 * The BTR-IRV stage: take the candidates with the lowest and second-lowest plurality scores (when
 * several tie for lowest, the lowest group plays itself); for each head-to-head pair of a lowest and a
 * second-lowest candidate, the loser goes (on a tied margin, the lowest one goes).
 */
function bottomTwoStage(e: Election): StageFunction {
  const margins = e.margins();
  return (inRace, remaining) => {
    const scores = remainingPluralityScores(e, inRace);
    if (remaining.length === 1) return { scores, worst: [], decided: [...remaining], note: 'one candidate remains' };
    const low = argmin(scores, remaining);
    const second = low.length > 1 ? low : argmin(scores, remaining.filter((c) => !low.includes(c)));
    const out = new Set<CandidateIndex>();
    for (const c1 of low) for (const c2 of second) if (c1 !== c2) out.add(margins[c1]![c2]! <= 0 ? c1 : c2);
    return { scores, worst: [...out].sort((a, b) => a - b), note: 'loses the head-to-head runoff between the two lowest plurality scores' };
  };
}

/**
 * Bottom-Two-Runoff Instant Runoff (BTR-IRV): find the two candidates with the fewest first places and
 * eliminate the one that loses to the other head-to-head; repeat until one remains. With ties for
 * lowest or second lowest, every head-to-head between a lowest and a second-lowest candidate is held
 * and all their losers go (a tied head-to-head eliminates the lower one), unless that would remove
 * everyone (then the remaining candidates all win). Condorcet consistent.
 *
 * Sources: pref_voting's `bottom_two_runoff_instant_runoff` (Holliday & Pacuit,
 * doi:10.21105/joss.07020); Electowiki, "Bottom-Two-Runoff".
 *
 * Complexity: O(m · total ballot length + m²). Truncated ballots: exhausted ballots count for no one,
 * margins follow `options.unranked`. Irresolute.
 *
 * @example
 * bottomTwoRunoffInstantRunoff(profileOf(3, ['abc', 'bca', 'cba'], [3, 2, 2])).winners; // [1]
 */
export const bottomTwoRunoffInstantRunoff = defineVotingMethod<ProfileInput>(
  {
    id: 'bottom-two-runoff-instant-runoff',
    name: 'Bottom-Two-Runoff Instant Runoff',
    aliases: ['Bottom-Two-Runoff Instant Runoff', 'bottom_two_runoff_instant_runoff', 'btr-irv', 'bottom-two-runoff'],
    family: 'iterative',
    description: 'Repeatedly eliminate the head-to-head loser between the two candidates with the fewest first places.',
    citations: [btrCitation, prefVoting],
    complexity: 'O(m · total ballot length + m²)',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'irresolute: all head-to-head losers among tied bottom candidates go together; if that would remove everyone, all remaining win',
    properties: { 'condorcet-winner': true, 'condorcet-loser': false, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'bottom-two-runoff-instant-runoff', bottomTwoRunoffInstantRunoff.info.ballots);
    const { winners, rounds } = eliminateSimultaneously(e.candidates.length, bottomTwoStage(e), e.scale);
    return votingResult({ method: 'bottom-two-runoff-instant-runoff', candidates: e.candidates, winners, rounds });
  },
);

/**
 * Bottom-Two-Runoff Instant Runoff PUT: as BTR-IRV, but ties for lowest or second-lowest plurality score
 * are broken in every possible way (parallel universes): x wins if x wins after eliminating the loser of
 * some bottom-two head-to-head.
 *
 * Source: pref_voting's `bottom_two_runoff_instant_runoff_put`.
 *
 * Complexity: exponential in the worst case; memoised, bounded by `budget` and `signal`. Irresolute.
 *
 * @example
 * bottomTwoRunoffInstantRunoffPut(profileOf(3, ['abc', 'bca', 'cab'])).winners; // [0, 1, 2]
 */
export const bottomTwoRunoffInstantRunoffPut = defineVotingMethod<ProfileInput, PutOptions>(
  {
    id: 'bottom-two-runoff-instant-runoff-put',
    name: 'Bottom-Two-Runoff Instant Runoff PUT',
    aliases: ['Bottom-Two-Runoff Instant Runoff PUT', 'bottom_two_runoff_instant_runoff_put', 'btr-irv-put'],
    family: 'iterative',
    description: 'The candidates that win Bottom-Two-Runoff IRV under some way of breaking ties for the bottom two.',
    citations: [btrCitation, prefVoting],
    complexity: 'O(2^m · (total ballot length + m²)) worst case; memoised',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'parallel universes: every way of choosing the bottom two; the union of their winners',
    properties: { 'condorcet-winner': null, 'condorcet-loser': true, 'pareto-dominance': null, 'positive-involvement': false },
    exponential: true,
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'bottom-two-runoff-instant-runoff-put', bottomTwoRunoffInstantRunoffPut.info.ballots);
    const { winners, states } = eliminateInParallelUniverses(e.candidates.length, bottomTwoStage(e), { method: 'bottom-two-runoff-instant-runoff-put', budget: options.budget, signal: options.signal });
    return votingResult({ method: 'bottom-two-runoff-instant-runoff-put', candidates: e.candidates, winners, notes: [`${states} sets of remaining candidates examined.`] });
  },
);
