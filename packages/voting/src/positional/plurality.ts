import { Rational, ValidationError } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { argmax, rankingByScore, toScores, votingResult } from '../result/result.js';
import { argmaxRational, forEachTopGroup, rankingByRational, rationalScores } from './scoring.js';

export interface PluralityOptions extends VotingOptions {
  /**
   * A ballot whose top position is a tie: `'reject'` (default, as pref_voting) throws a ValidationError;
   * `'split'` gives each of the k tied candidates 1/k of the ballot (Condorcet PHP's
   * First-past-the-post). Ties below the top never matter.
   */
  readonly tiedTop?: 'reject' | 'split';
}

/**
 * Plurality: each voter gives one point to their top candidate; the candidates with the most points win.
 * A ballot whose top position is a tie is rejected unless `tiedTop: 'split'` (Condorcet PHP's
 * convention: the point is shared equally, scores exact). Empty ballots count for no one.
 *
 * Source: the oldest rule; see Zwicker, "Introduction to the Theory of Voting", in Handbook of
 * Computational Social Choice (2016), doi:10.1017/CBO9781107446984.003.
 *
 * Complexity: O(n + m), reading the Election's packed ballots. Irresolute: all candidates with the top
 * score win.
 *
 * @example
 * plurality(profile).winners; // [0]
 */
export const plurality = defineVotingMethod<ProfileInput, PluralityOptions>(
  {
    id: 'plurality',
    name: 'Plurality',
    aliases: ['fptp', 'first-past-the-post', 'Plurality', 'First-past-the-post voting', 'FirstPastThePost', 'First Choice', 'FPP', 'SMP'],
    family: 'positional',
    description: 'Each voter gives one point to their top-ranked candidate; most points wins.',
    citations: [{ authors: 'W. S. Zwicker', year: 2016, title: 'Introduction to the Theory of Voting', doi: '10.1017/CBO9781107446984.003' }],
    complexity: 'O(n + m)',
    input: 'profile',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all candidates with the most first places win',
    properties: { 'condorcet-winner': false, 'condorcet-loser': false, 'pareto-dominance': true, 'positive-involvement': true },
  },
  (input, options) => {
    const tiedTop = options.tiedTop ?? 'reject';
    if (tiedTop !== 'reject' && tiedTop !== 'split') {
      throw new ValidationError(`unknown tiedTop ${JSON.stringify(tiedTop)}.`, { where: 'options.tiedTop', fix: 'Use "reject" or "split".' });
    }
    const e = election(input, options);
    requireBallots(e, 'plurality', plurality.info.ballots);
    const m = e.candidates.length;
    const { entries, starts, ties, counts, count } = e.packed;
    let hasTiedTop = false;
    if (ties !== null) for (let i = 0; i < count && !hasTiedTop; i++) hasTiedTop = starts[i]! < starts[i + 1]! && ties[starts[i]!] === 1;
    if (!hasTiedTop) {
      const scores = new Float64Array(m);
      for (let i = 0; i < count; i++) if (starts[i]! < starts[i + 1]!) scores[entries[starts[i]!]!]! += counts[i]!;
      return votingResult({ method: 'plurality', candidates: e.candidates, winners: argmax(scores), scores: toScores(scores, e.scale), ranking: rankingByScore(scores) });
    }
    if (tiedTop === 'reject') {
      throw new ValidationError('plurality needs one top candidate per ballot, but a ballot ties several candidates first.', {
        where: 'profile.ballots',
        fix: 'Break the tie at the top of the ballots, or pass tiedTop: "split" to share the point equally (Condorcet PHP).',
      });
    }
    // Integer weight per candidate and size of its top group; the 1/size shares are added once at the end.
    const bySize = new Map<number, Float64Array>();
    forEachTopGroup(e, (i, from, to) => {
      const size = to - from;
      let row = bySize.get(size);
      if (row === undefined) bySize.set(size, (row = new Float64Array(m)));
      for (let j = from; j < to; j++) row[entries[j]!]! += counts[i]!;
    });
    const tally: Rational[] = Array.from({ length: m }, () => Rational.ZERO);
    for (const [size, row] of bySize) for (let c = 0; c < m; c++) if (row[c] !== 0) tally[c] = tally[c]!.add(Rational.of(row[c]!, size));
    return votingResult({ method: 'plurality', candidates: e.candidates, winners: argmaxRational(tally), scores: rationalScores(tally, e.scale), ranking: rankingByRational(tally) });
  },
);
