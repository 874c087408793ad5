import type { CandidateIndex } from '@plural/core';
import { election, type Election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import { argmax, toScores, votingResult, type Round } from '../result/result.js';

const bucklinCitation = { authors: 'C. Hoag, G. H. Hallett', year: 1926, title: 'Proportional Representation (on the Bucklin system of Grand Junction, Colorado, 1909)', url: 'https://en.wikipedia.org/wiki/Bucklin_voting' };
const prefVoting = { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' };

/**
 * Cumulative Bucklin counts: after round k, a candidate's score is the weight of ballots ranking it in
 * one of the first k places. Stops at the first round where some candidate reaches a strict majority
 * of the non-empty ballots (2·score > total), or after the last place. Returns the final scores and the
 * rounds.
 */
export function bucklinCounts(e: Election): { scores: Float64Array; rounds: Round[]; round: number; majority: boolean } {
  const m = e.candidates.length;
  const scores = new Float64Array(m);
  let total = 0;
  e.ballots.forEach((b, i) => {
    if (b.length > 0) total += e.counts[i]!;
  });
  const rounds: Round[] = [];
  for (let k = 0; k < m; k++) {
    e.ballots.forEach((b, i) => {
      if (k < b.length) scores[b[k] as CandidateIndex]! += e.counts[i]!;
    });
    const majority = Array.from(scores).some((s) => 2 * s > total);
    rounds.push({ scores: toScores(scores, e.scale), eliminated: [], note: `first ${k + 1} place${k === 0 ? '' : 's'} counted${majority ? ': a majority is reached' : ''}` });
    if (majority) return { scores, rounds, round: k + 1, majority };
  }
  return { scores, rounds, round: m, majority: false };
}

/**
 * Bucklin: count first places; if some candidate has a strict majority, stop; otherwise add second
 * places, then third, … until some candidate's count is a majority. The candidates with the largest
 * count at that round win. Truncated ballots count in the places they fill; the majority is of the
 * non-empty ballots (pref_voting's Bucklin for truncated linear orders).
 *
 * Sources: J. W. Bucklin's system (Grand Junction, Colorado, 1909), see C. Hoag and G. H. Hallett,
 * "Proportional Representation" (1926); pref_voting's `bucklin` (Holliday & Pacuit,
 * doi:10.21105/joss.07020).
 *
 * Complexity: O(total ballot length). Irresolute.
 *
 * @example
 * bucklin(profileOf(3, ['bac', 'acb', 'abc'], [2, 1, 1])).winners; // [0]
 */
export const bucklin = defineVotingMethod<ProfileInput>(
  {
    id: 'bucklin',
    name: 'Bucklin',
    aliases: ['Bucklin', 'bucklin-voting', 'grand-junction', 'bucklin_for_truncated_linear_orders'],
    family: 'bucklin',
    description: 'Add places 1, 2, … until some candidate is ranked that high by a majority; the largest count wins.',
    citations: [bucklinCitation, prefVoting],
    complexity: 'O(total ballot length)',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'irresolute: all candidates with the largest count at the deciding round win',
    properties: { 'condorcet-winner': false, 'condorcet-loser': false, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'bucklin', bucklin.info.ballots);
    const { scores, rounds } = bucklinCounts(e);
    return votingResult({ method: 'bucklin', candidates: e.candidates, winners: argmax(scores), scores: toScores(scores, e.scale), rounds });
  },
);

/**
 * Simplified Bucklin: as Bucklin, but at the deciding round every candidate whose count is a strict
 * majority wins (not only the largest).
 *
 * Source: pref_voting's `simplified_bucklin` (Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(total ballot length). Irresolute.
 *
 * @example
 * simplifiedBucklin(profileOf(3, ['bac', 'acb', 'abc'], [2, 1, 1])).winners; // [0, 1]
 */
export const simplifiedBucklin = defineVotingMethod<ProfileInput>(
  {
    id: 'simplified-bucklin',
    name: 'Simplified Bucklin',
    aliases: ['Simplified Bucklin', 'simplified_bucklin'],
    family: 'bucklin',
    description: 'Add places 1, 2, … until some candidate is ranked that high by a majority; every such candidate wins.',
    citations: [bucklinCitation, prefVoting],
    complexity: 'O(total ballot length)',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'irresolute: every candidate with a majority at the deciding round wins',
    properties: { 'condorcet-winner': false, 'condorcet-loser': false, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'simplified-bucklin', simplifiedBucklin.info.ballots);
    const { scores, rounds, majority } = bucklinCounts(e);
    let total = 0;
    e.ballots.forEach((b, i) => {
      if (b.length > 0) total += e.counts[i]!;
    });
    const winners = majority ? Array.from(scores.keys()).filter((c) => 2 * scores[c]! > total) : argmax(scores);
    return votingResult({ method: 'simplified-bucklin', candidates: e.candidates, winners, scores: toScores(scores, e.scale), rounds });
  },
);
