import { ValidationError, type RationalLike } from '@plural/core';
import type { ProfileInput } from '../election/election.js';
import { borda } from '../positional/borda.js';
import { plurality } from '../positional/plurality.js';
import { positionalScoringRule } from '../positional/positional-scoring-rule.js';
import type { VotingMethod, VotingOptions } from '../registry/types.js';
import { defineWelfareFunction, rankingByScores, welfareResult, type WelfareOptions, type WelfareResult } from './define.js';

export interface ScoreRankingOptions extends WelfareOptions {
  /** A positional scoring vector (m non-increasing values, best place first); used instead of `rule`. */
  readonly vector?: readonly RationalLike[];
  /** A registered rule whose result has `scores` (higher is better); default Borda. */
  readonly rule?: VotingMethod<ProfileInput, VotingOptions>;
  /** Options passed to `rule` (the SWF's `unranked` and `signal` are added). */
  readonly ruleOptions?: VotingOptions & Record<string, unknown>;
}

/** Ranks by a rule's exact scores; the result keeps the rule's scores. */
function rankByRule(method: string, rule: VotingMethod<ProfileInput, VotingOptions>, input: ProfileInput, options: VotingOptions): WelfareResult {
  const result = rule(input, options);
  if (result.scores === undefined) {
    throw new ValidationError(`the rule ${rule.info.id} reports no scores to rank by.`, { where: 'options.rule', fix: 'Use a scoring rule (e.g. borda, plurality, dowdall) or give options.vector.' });
  }
  return welfareResult({ method, candidates: result.candidates, scores: result.scores, ranking: rankingByScores(result.scores) });
}

function passThrough(options: WelfareOptions): VotingOptions {
  return { ...(options.unranked === undefined ? {} : { unranked: options.unranked }), ...(options.signal === undefined ? {} : { signal: options.signal }) };
}

/**
 * Score ranking: the candidates ordered by a scoring rule's scores, ties as tiers (pref_voting's
 * `score_ranking` family, e.g. `borda_ranking`). Any positional scoring vector (`vector`) or any
 * registered rule with scores (`rule`, default Borda) can supply the scores; they are compared exactly.
 *
 * Source: H. P. Young, "Social choice scoring functions", SIAM J. Applied Mathematics 28(4) (1975)
 * 824–838, doi:10.1137/0128067.
 *
 * Complexity: the rule's, plus O(m log m).
 *
 * @example
 * scoreRanking(profile, { vector: [3, 1, 0] }).ranking; // tiers by the (3, 1, 0) scores
 */
export const scoreRanking = defineWelfareFunction<ProfileInput, ScoreRankingOptions>(
  {
    id: 'score-ranking',
    name: 'Score ranking',
    aliases: ['Score Ranking', 'score_ranking', 'positional-ranking', 'scoring-ranking'],
    family: 'welfare-function',
    description: 'Ranks the candidates by the scores of a positional scoring vector or of any scoring rule (default Borda), ties as tiers.',
    citations: [{ authors: 'H. P. Young', year: 1975, title: 'Social choice scoring functions', doi: '10.1137/0128067' }],
    complexity: "the scoring rule's, plus O(m log m)",
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'none: equal scores share a tier',
    properties: {},
  },
  (input, options) => {
    if (options.vector !== undefined) {
      if (options.rule !== undefined) throw new ValidationError('give either options.vector or options.rule, not both.', { where: 'options', fix: 'Drop one of them.' });
      return rankByRule('score-ranking', positionalScoringRule as VotingMethod<ProfileInput, VotingOptions>, input, { ...passThrough(options), vector: options.vector } as VotingOptions);
    }
    return rankByRule('score-ranking', options.rule ?? borda, input, { ...options.ruleOptions, ...passThrough(options) });
  },
);

/**
 * Borda ranking: the candidates ordered by Borda score (m−1 points for a first place, …, 0 for the
 * last), ties as tiers (pref_voting's `borda_ranking`). Strict complete ballots, as for `borda`.
 *
 * Source: J.-C. de Borda, "Mémoire sur les élections au scrutin" (1781).
 *
 * Complexity: O(n·m + m log m).
 *
 * @example
 * bordaRanking(profileOf(3, ['abc', 'bca'])).ranking; // [[1], [0], [2]]: scores 3, 2, 1
 */
export const bordaRanking = defineWelfareFunction<ProfileInput, WelfareOptions>(
  {
    id: 'borda-ranking',
    name: 'Borda ranking',
    aliases: ['Borda ranking', 'borda_ranking'],
    family: 'welfare-function',
    description: 'Ranks the candidates by Borda score, ties as tiers.',
    citations: borda.info.citations,
    complexity: 'O(n·m + m log m)',
    input: 'profile',
    ballots: borda.info.ballots,
    tieBreaking: 'none: equal Borda scores share a tier',
    properties: borda.info.properties,
  },
  (input, options) => rankByRule('borda-ranking', borda, input, passThrough(options)),
);

/**
 * Plurality ranking: the candidates ordered by their number of first places, ties as tiers
 * (pref_voting's `plurality_ranking`).
 *
 * Source: see `plurality`.
 *
 * Complexity: O(n + m log m).
 *
 * @example
 * pluralityRanking(profileOf(3, ['abc', 'abc', 'bca'])).ranking; // [[0], [1], [2]]
 */
export const pluralityRanking = defineWelfareFunction<ProfileInput, WelfareOptions>(
  {
    id: 'plurality-ranking',
    name: 'Plurality ranking',
    aliases: ['Plurality ranking', 'plurality_ranking'],
    family: 'welfare-function',
    description: 'Ranks the candidates by their number of first places, ties as tiers.',
    citations: plurality.info.citations,
    complexity: 'O(n + m log m)',
    input: 'profile',
    ballots: plurality.info.ballots,
    tieBreaking: 'none: equal plurality scores share a tier',
    properties: plurality.info.properties,
  },
  (input, options) => rankByRule('plurality-ranking', plurality as VotingMethod<ProfileInput, VotingOptions>, input, passThrough(options)),
);
