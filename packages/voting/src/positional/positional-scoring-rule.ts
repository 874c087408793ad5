import type { RationalLike } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';
import { argmaxRational, exactScoringVector, positionalRationalTally, rankingByRational, rationalScores } from './scoring.js';

export interface ScoringRuleOptions extends VotingOptions {
  /**
   * Points for each place, best first: m non-increasing values, first above last (numbers read as the
   * decimal they print as, "p/q" strings, bigints or Rationals). Required.
   */
  readonly vector?: readonly RationalLike[];
}

/**
 * A positional scoring rule: the k-th ranked candidate of a ballot earns `vector[k]` points; most points
 * wins. Plurality is (1, 0, …, 0), Borda (m−1, …, 0), Anti-Plurality (1, …, 1, 0). Scores are exact.
 * Needs strict complete ballots (a vector says nothing about unranked or tied candidates; see
 * `borda-truncated` and `dowdall` for documented conventions).
 *
 * Sources: H. P. Young, "Social choice scoring functions", SIAM J. Applied Mathematics 28(4) (1975)
 * 824–838, doi:10.1137/0128067; pref_voting's `scoring_rule`.
 *
 * Complexity: O(total ballot length) Rational additions. Irresolute.
 *
 * @example
 * positionalScoringRule(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2]), { vector: [1, '1/3', 0] }).scores; // [11/3, 3, 8/3]
 */
export const positionalScoringRule = defineVotingMethod<ProfileInput, ScoringRuleOptions>(
  {
    id: 'positional-scoring-rule',
    name: 'Positional scoring rule',
    aliases: ['scoring-rule', 'scoring_rule', 'Scoring Rule', 'positional-scoring'],
    family: 'positional',
    description: 'The k-th ranked candidate earns the k-th entry of a given scoring vector; most points wins.',
    citations: [{ authors: 'H. P. Young', year: 1975, title: 'Social choice scoring functions', doi: '10.1137/0128067' }],
    complexity: 'O(total ballot length)',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'irresolute: all candidates with the most points win',
    properties: {},
  },
  (input, options) => {
    const e = election(input, options);
    const vector = exactScoringVector(options.vector, e.candidates.length);
    requireBallots(e, 'positional-scoring-rule', positionalScoringRule.info.ballots);
    const tally = positionalRationalTally(e, (k) => vector[k]!, { unranked: 'zero' });
    return votingResult({ method: 'positional-scoring-rule', candidates: e.candidates, winners: argmaxRational(tally), scores: rationalScores(tally, e.scale), ranking: rankingByRational(tally) });
  },
);
