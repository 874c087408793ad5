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
