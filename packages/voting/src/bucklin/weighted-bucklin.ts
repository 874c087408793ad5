import type { CandidateIndex } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { argmax, toScores, votingResult, type Round } from '../result/result.js';

export interface WeightedBucklinOptions extends VotingOptions {
  /** Stop when a score reaches a strict majority (true) instead of half the voters (false, default, Kilgour et al.). */
  readonly strictThreshold?: boolean;
}

/**
 * Weighted Bucklin: with m candidates a k-th place is worth (m−k)/(m−1) (the normalised Borda weights;
 * 1 when m = 1). After round k a candidate's score is the weighted count of its places 1…k; stop at the
 * first round where some score is at least half the number of voters (a strict majority with
 * `strictThreshold`); the largest scores win. Scores are reported multiplied by m−1 (integers: the
 * truncated Borda count).
 *
 * Sources: D. M. Kilgour, J.-C. Grégoire, A. M. Foley, weighted Bucklin procedures; pref_voting's
 * `weighted_bucklin` (Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(n·m). Needs strict complete ballots. Irresolute.
 *
 * @example
 * weightedBucklin(profileOf(3, ['bac', 'acb', 'abc'], [2, 1, 1])).winners; // [0, 1]
 */
export const weightedBucklin = defineVotingMethod<ProfileInput, WeightedBucklinOptions>(
  {
    id: 'weighted-bucklin',
    name: 'Weighted Bucklin',
    aliases: ['Weighted Bucklin', 'weighted_bucklin'],
    family: 'bucklin',
    description: 'Bucklin with places weighted by normalised Borda points; stop once some score reaches half the voters.',
    citations: [{ authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python (weighted_bucklin, after Kilgour, Grégoire and Foley)', doi: '10.21105/joss.07020' }],
    complexity: 'O(n·m)',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'irresolute: all candidates with the largest weighted count at the deciding round win',
    properties: { 'condorcet-winner': false, 'condorcet-loser': null, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'weighted-bucklin', weightedBucklin.info.ballots);
    const m = e.candidates.length;
    const unit = Math.max(m - 1, 1);
    const n = e.voters;
    // Scores are scaled by unit = m−1: a k-th place (0-based) adds (m−1−k), or 1 when m = 1.
    const reached = (s: number) => (options.strictThreshold ? 2 * s > n * unit : 2 * s >= n * unit);
    const scores = new Float64Array(m);
    const rounds: Round[] = [];
    for (let k = 0; k < m; k++) {
      const w = m === 1 ? 1 : m - 1 - k;
      e.ballots.forEach((b, i) => {
        scores[b[k] as CandidateIndex]! += w * e.counts[i]!;
      });
      const done = Array.from(scores).some(reached);
      rounds.push({ scores: toScores(scores, e.scale), eliminated: [], note: `first ${k + 1} place${k === 0 ? '' : 's'} counted${done ? ': the threshold is reached' : ''}` });
      if (done) break;
    }
    return votingResult({ method: 'weighted-bucklin', candidates: e.candidates, winners: argmax(scores), scores: toScores(scores, e.scale), rounds, notes: ['Scores are weighted counts multiplied by m−1.'] });
  },
);
