import type { CandidateIndex } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import { argmax, rankingByScore, toScores, votingResult } from '../result/result.js';

/**
 * Plurality: each voter gives one point to their top candidate; the candidates with the most points win.
 * A ballot whose top position is a tie is rejected (give each voter one favourite, or use approval).
 *
 * Source: the oldest rule; see Zwicker, "Introduction to the Theory of Voting", in Handbook of
 * Computational Social Choice (2016), doi:10.1017/CBO9781107446984.003.
 *
 * Complexity: O(n + m). Irresolute: all candidates with the top score win.
 *
 * @example
 * plurality(profile).winners; // [0]
 */
export const plurality = defineVotingMethod<ProfileInput>(
  {
    id: 'plurality',
    name: 'Plurality',
    aliases: ['fptp', 'first-past-the-post', 'Plurality', 'First-past-the-post voting'],
    family: 'positional',
    description: 'Each voter gives one point to their top-ranked candidate; most points wins.',
    citations: [{ authors: 'W. S. Zwicker', year: 2016, title: 'Introduction to the Theory of Voting', doi: '10.1017/CBO9781107446984.003' }],
    complexity: 'O(n + m)',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'irresolute: all candidates with the most first places win',
    properties: { 'condorcet-winner': false, 'condorcet-loser': false, 'pareto-dominance': true, 'positive-involvement': true },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'plurality', plurality.info.ballots);
    const scores = new Float64Array(e.candidates.length);
    e.ballots.forEach((ballot, i) => {
      if (ballot.length > 0) scores[ballot[0] as CandidateIndex]! += e.counts[i]!;
    });
    return votingResult({
      method: 'plurality',
      candidates: e.candidates,
      winners: argmax(scores),
      scores: toScores(scores, e.scale),
      ranking: rankingByScore(scores),
    });
  },
);
