import { ValidationError } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { argmin, rankingByScore, toScores, votingResult } from '../result/result.js';

/** How minimax measures a defeat (Tideman 1987; Condorcet PHP's three variants). */
export type MinimaxVariant = 'margins' | 'winning' | 'opposition';

export interface MinimaxOptions extends VotingOptions {
  /**
   * `'margins'` (default): the worst margin against a candidate; `'winning'`: the largest support of a
   * candidate that beats it (0 when it is not beaten); `'opposition'`: the largest support against it,
   * whether or not it is a defeat. `'winning'` and `'opposition'` need ballots, not only margins.
   */
  readonly variant?: MinimaxVariant;
}

/**
 * Minimax (Simpson–Kramer): the winners are the candidates whose worst pairwise defeat is smallest.
 * Score = max over b of margin(b, a) (or the variant's measure); lower is better. Condorcet consistent.
 *
 * Sources: P. B. Simpson, "On defining areas of voter choice", QJE 83(3) (1969), doi:10.2307/1880527;
 * G. H. Kramer, "A dynamical model of political equilibrium", JET 16(2) (1977),
 * doi:10.1016/0022-0531(77)90009-6.
 *
 * Complexity: O(m²) after the margins. Irresolute.
 */
export const minimax = defineVotingMethod<MarginInput, MinimaxOptions>(
  {
    id: 'minimax',
    name: 'Minimax (Simpson–Kramer)',
    aliases: ['simpson-kramer', 'simpson', 'Minimax', 'Minimax Margin', 'minimax-margin'],
    family: 'margin',
    description: 'The candidates whose largest pairwise defeat is smallest win.',
    citations: [
      { authors: 'P. B. Simpson', year: 1969, title: 'On defining areas of voter choice: Professor Tullock on stable voting', doi: '10.2307/1880527' },
      { authors: 'G. H. Kramer', year: 1977, title: 'A dynamical model of political equilibrium', doi: '10.1016/0022-0531(77)90009-6' },
    ],
    complexity: 'O(m²) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all candidates with the smallest worst defeat win',
    properties: { 'condorcet-winner': true, 'condorcet-loser': false, 'pareto-dominance': true, 'positive-involvement': true },
  },
  (input, options) => {
    const variant = options.variant ?? 'margins';
    let measure: readonly (readonly number[])[];
    let scale: number;
    let candidates;
    if (variant === 'margins') {
      const g = marginGraph(input, options);
      measure = g.margins;
      scale = g.scale;
      candidates = g.candidates;
    } else if (variant === 'winning' || variant === 'opposition') {
      if ((input as { kind?: string }).kind === 'margins') {
        throw new ValidationError(`minimax with variant "${variant}" needs ballots, not a margin matrix.`, { where: 'options.variant', fix: 'Pass the profile, or use variant "margins".' });
      }
      const e = election(input as ProfileInput, options);
      requireBallots(e, 'minimax', minimax.info.ballots);
      const s = e.support();
      measure = s.map((row, b) => row.map((v, a) => (variant === 'opposition' || v > s[a]![b]! ? v : 0)));
      scale = e.scale;
      candidates = e.candidates;
    } else {
      throw new ValidationError(`unknown minimax variant ${JSON.stringify(variant)}.`, { where: 'options.variant', fix: 'Use "margins", "winning" or "opposition".' });
    }
    const m = candidates.length;
    const scores = new Float64Array(m);
    for (let a = 0; a < m; a++) {
      let worst = variant === 'margins' ? -Infinity : 0;
      for (let b = 0; b < m; b++) if (b !== a && measure[b]![a]! > worst) worst = measure[b]![a]!;
      scores[a] = m === 1 ? 0 : worst;
    }
    return votingResult({ method: 'minimax', candidates, winners: argmin(scores), scores: toScores(scores, scale), ranking: rankingByScore(scores, true) });
  },
);

/**
 * Minimax Winning (Tideman's "winning votes" minimax; Condorcet PHP's "Minimax Winning", pref_voting's
 * "Minimax (Support)"): a candidate's score is the largest support of a candidate that beats it by
 * majority (0 when unbeaten); the smallest score wins. The registered form of `minimax` with
 * `variant: 'winning'`, so that the CLI finds it by name. Needs ballots (supports, not only margins).
 *
 * Source: P. B. Simpson (1969), doi:10.2307/1880527; Condorcet PHP's "Minimax Winning" (the same scores).
 *
 * Complexity: O(m²) after the supports. Irresolute. Coincides with minimax on strict complete ballots.
 *
 * @example
 * minimaxWinning(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners; // [0]: a's worst defeat has support 4
 */
export const minimaxWinning = defineVotingMethod<ProfileInput, VotingOptions>(
  {
    id: 'minimax-winning',
    name: 'Minimax Winning',
    aliases: ['Minimax Winning', 'MinimaxWinning', 'Minimax_Winning', 'Minimax (Support)', 'minimax_support', 'minimax-support'],
    family: 'margin',
    description: 'The candidates whose largest winning-votes defeat (the support of a candidate that beats them) is smallest win.',
    citations: [
      { authors: 'P. B. Simpson', year: 1969, title: 'On defining areas of voter choice: Professor Tullock on stable voting', doi: '10.2307/1880527' },
      { authors: 'J. Boudry and contributors', year: 2023, title: 'Condorcet PHP 4.5: Minimax Winning', url: 'https://github.com/julien-boudry/Condorcet/blob/master/src/Algo/Methods/Minimax/MinimaxWinning.php' },
    ],
    complexity: 'O(m²) after the supports',
    input: 'profile',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all candidates with the smallest worst winning-votes defeat',
    properties: { 'condorcet-winner': true },
  },
  (input, options) => votingResult({ ...minimax(input, { ...options, variant: 'winning', tiebreak: undefined }), method: 'minimax-winning' }),
);

/**
 * Minimax Opposition (Tideman's "pairwise opposition" minimax; Condorcet PHP's "Minimax Opposition"): a
 * candidate's score is the largest support of any candidate against it, whether or not that candidate
 * beats it; the smallest score wins. The registered form of `minimax` with `variant: 'opposition'`. Not
 * Condorcet consistent when ballots have ties or are truncated. Needs ballots.
 *
 * Source: P. B. Simpson (1969), doi:10.2307/1880527; Condorcet PHP's "Minimax Opposition" (the same scores).
 *
 * Complexity: O(m²) after the supports. Irresolute.
 *
 * @example
 * minimaxOpposition(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners; // [0]
 */
export const minimaxOpposition = defineVotingMethod<ProfileInput, VotingOptions>(
  {
    id: 'minimax-opposition',
    name: 'Minimax Opposition',
    aliases: ['Minimax Opposition', 'MinimaxOpposition', 'Minimax_Opposition', 'minimax_pairwise_opposition'],
    family: 'margin',
    description: 'The candidates whose largest pairwise opposition (the most voters preferring some rival to them) is smallest win.',
    citations: [
      { authors: 'P. B. Simpson', year: 1969, title: 'On defining areas of voter choice: Professor Tullock on stable voting', doi: '10.2307/1880527' },
      { authors: 'J. Boudry and contributors', year: 2023, title: 'Condorcet PHP 4.5: Minimax Opposition', url: 'https://github.com/julien-boudry/Condorcet/blob/master/src/Algo/Methods/Minimax/MinimaxOpposition.php' },
    ],
    complexity: 'O(m²) after the supports',
    input: 'profile',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all candidates with the smallest worst pairwise opposition',
    properties: { 'condorcet-winner': false },
  },
  (input, options) => votingResult({ ...minimax(input, { ...options, variant: 'opposition', tiebreak: undefined }), method: 'minimax-opposition' }),
);
