import { Rational } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';
import { argmaxRational, positionalRationalTally, rankingByRational, rationalScores } from './scoring.js';

/**
 * Dowdall (the Nauru rule): the k-th ranked candidate of a ballot earns 1/k points (1, 1/2, 1/3, …);
 * most points wins. Scores are exact Rationals. On strict complete ballots this is pref_voting's
 * `dowdall`. Weak and truncated ballots follow Condorcet PHP's DowdallSystem: tied candidates share the
 * points of the places they occupy equally; unranked candidates form a tied last group
 * (`unranked: 'bottom'`, the default — Condorcet PHP's implicit ranking) or score nothing
 * (`unranked: 'ignore'` — its explicit ranking).
 *
 * Sources: J. Fraenkel, B. Grofman, "The Borda Count and its real-world alternatives: Comparing scoring
 * rules in Nauru and Slovenia", Australian Journal of Political Science 49(2) (2014) 186–205,
 * doi:10.1080/10361146.2014.900530; B. Reilly, "Social choice in the South Seas: Electoral innovation
 * and the Borda count in the Pacific Island countries", International Political Science Review 23(4)
 * (2002), doi:10.1177/0192512102023004002.
 *
 * Complexity: O(total ballot length) Rational additions. Irresolute.
 *
 * @example
 * dowdall(profileOf(3, ['abc', 'bca'])).scores; // [4/3, 3/2, 5/6]
 */
export const dowdall = defineVotingMethod<ProfileInput, VotingOptions>(
  {
    id: 'dowdall',
    name: 'Dowdall',
    aliases: ['Dowdall', 'DowdallSystem', 'Dowdall System', 'nauru', 'Borda Nauru', 'harmonic-borda'],
    family: 'positional',
    description: 'The k-th ranked candidate earns 1/k points; most points wins.',
    citations: [
      { authors: 'J. Fraenkel, B. Grofman', year: 2014, title: 'The Borda Count and its real-world alternatives: Comparing scoring rules in Nauru and Slovenia', doi: '10.1080/10361146.2014.900530' },
      { authors: 'B. Reilly', year: 2002, title: 'Social choice in the South Seas: Electoral innovation and the Borda count in the Pacific Island countries', doi: '10.1177/0192512102023004002' },
    ],
    complexity: 'O(total ballot length)',
    input: 'profile',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all candidates with the most points win',
    properties: { 'condorcet-winner': false, 'condorcet-loser': false, 'pareto-dominance': true, 'positive-involvement': true },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'dowdall', dowdall.info.ballots);
    const tally = positionalRationalTally(e, (k) => Rational.of(1, k + 1), { unranked: e.unranked === 'ignore' ? 'zero' : 'tied-last' });
    return votingResult({
      method: 'dowdall',
      candidates: e.candidates,
      winners: argmaxRational(tally),
      scores: rationalScores(tally, e.scale),
      ranking: rankingByRational(tally),
    });
  },
);
