import { Rational, type RationalLike, ValidationError } from '@plural/core';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { argmax, rankingByScore, votingResult, type Score } from '../result/result.js';

/**
 * Copeland^α scores: one point per pairwise majority win, α per majority tie, 0 per loss, as exact
 * rationals (scaled by the denominator of α to integers for comparison).
 */
function copelandScores(margins: readonly (readonly number[])[], alpha: Rational): { exact: Score[]; scaled: Float64Array } {
  const m = margins.length;
  const den = Number(alpha.den);
  const tie = Number(alpha.num);
  const scaled = new Float64Array(m);
  for (let a = 0; a < m; a++) {
    for (let b = 0; b < m; b++) {
      if (a === b) continue;
      const v = margins[a]![b]!;
      scaled[a]! += v > 0 ? den : v === 0 ? tie : 0;
    }
  }
  const exact = Array.from(scaled, (v) => {
    const r = Rational.of(v, den);
    return r.isInteger() ? Number(r.num) : r;
  });
  return { exact, scaled };
}

function parseAlpha(alpha: RationalLike | undefined, fallback: string): Rational {
  const r = Rational.from(alpha ?? fallback, 'options.alpha');
  if (r.lt(0) || r.gt(1)) {
    throw new ValidationError(`alpha ${r.toString()} is outside [0, 1].`, { where: 'options.alpha', fix: 'A majority tie is worth between 0 (a loss) and 1 (a win).' });
  }
  return r;
}

export interface CopelandOptions extends VotingOptions {
  /** Points for a pairwise tie, in [0, 1] (Faliszewski et al.'s Copeland^α); default 1/2. */
  readonly alpha?: RationalLike;
}

/**
 * Copeland: a candidate scores 1 for each rival it beats by majority and α (default 1/2) for each
 * majority tie; the highest scores win. With α = 1/2 the winners are those with the most wins minus
 * losses (pref_voting's score). Condorcet consistent.
 *
 * Sources: A. H. Copeland, "A 'reasonable' social welfare function", Seminar on Mathematics in Social
 * Sciences, University of Michigan (1951); P. Faliszewski, E. Hemaspaandra, L. Hemaspaandra, J. Rothe,
 * "Llull and Copeland voting computationally resist bribery and constructive control", JAIR 35 (2009)
 * 275–341, doi:10.1613/jair.2697 (Copeland^α).
 *
 * Complexity: O(m²) after the margins. Irresolute. Scores are exact (Rational when α is fractional).
 */
export const copeland = defineVotingMethod<MarginInput, CopelandOptions>(
  {
    id: 'copeland',
    name: 'Copeland',
    aliases: ['Copeland'],
    family: 'margin',
    description: 'One point per pairwise majority win and α (default ½) per tie; most points wins.',
    citations: [
      { authors: 'A. H. Copeland', year: 1951, title: "A 'reasonable' social welfare function", url: 'https://en.wikipedia.org/wiki/Copeland%27s_method' },
      { authors: 'P. Faliszewski, E. Hemaspaandra, L. A. Hemaspaandra, J. Rothe', year: 2009, title: 'Llull and Copeland voting computationally resist bribery and constructive control', doi: '10.1613/jair.2697' },
    ],
    complexity: 'O(m²) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all candidates with the top Copeland score win',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const { exact, scaled } = copelandScores(g.margins, parseAlpha(options.alpha, '1/2'));
    return votingResult({ method: 'copeland', candidates: g.candidates, winners: argmax(scaled), scores: exact, ranking: rankingByScore(scaled) });
  },
);

/**
 * Llull: Copeland with a tie worth a full point (α = 1): a candidate scores one point for each rival it
 * beats or ties by majority. Source: Ramon Llull, "Artifitium electionis personarum" (c. 1283); see
 * Faliszewski et al. (2009), doi:10.1613/jair.2697.
 *
 * Complexity: O(m²) after the margins. Irresolute.
 */
export const llull = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'llull',
    name: 'Llull',
    aliases: ['Llull', 'copeland-1'],
    family: 'margin',
    description: 'One point per pairwise majority win or tie; most points wins.',
    citations: [{ authors: 'P. Faliszewski, E. Hemaspaandra, L. A. Hemaspaandra, J. Rothe', year: 2009, title: 'Llull and Copeland voting computationally resist bribery and constructive control', doi: '10.1613/jair.2697' }],
    complexity: 'O(m²) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all candidates with the top Llull score win',
    properties: {},
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const { exact, scaled } = copelandScores(g.margins, Rational.ONE);
    return votingResult({ method: 'llull', candidates: g.candidates, winners: argmax(scaled), scores: exact, ranking: rankingByScore(scaled) });
  },
);
