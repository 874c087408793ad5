import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';
import { rankingText } from './ranking-text.js';
import { optimalRankings } from './linear-ordering.js';

export interface SlaterOptions extends VotingOptions {
  /** Maximum number of dynamic-programming states, Σ 2^k over the components (default 2^23). */
  readonly budget?: number;
}

/**
 * Slater: a Slater ranking is a linear order that reverses as few edges of the majority graph as
 * possible (majority ties, margin 0, cost nothing either way); the winners are the candidates ranked
 * first by some Slater ranking (pref_voting's `slater`). Equivalently the rankings maximising
 * Σ over ordered pairs of sign(margin), so the exact Kemeny machinery applies to the signs.
 *
 * Source: P. Slater, "Inconsistencies in a schedule of paired comparisons", Biometrika 48(3/4) (1961)
 * 303–312, doi:10.1093/biomet/48.3-4.303.
 *
 * Complexity: O(m² + Σ 2^k·k) over the strongly connected components of the weak majority graph; NP-hard
 * in general (Alon 2006). Honours `signal` and `budget`. Ties: irresolute.
 *
 * @example
 * slater(profileOf(3, ['abc', 'bca', 'cab'])).winners; // [0, 1, 2]: each cyclic order reverses one edge
 */
export const slater = defineVotingMethod<MarginInput, SlaterOptions>(
  {
    id: 'slater',
    name: 'Slater',
    aliases: ['Slater', 'slater-ranking'],
    family: 'optimization',
    description: 'The winners are the candidates ranked first by some linear order that disagrees with the fewest majority edges.',
    citations: [
      { authors: 'P. Slater', year: 1961, title: 'Inconsistencies in a schedule of paired comparisons', doi: '10.1093/biomet/48.3-4.303' },
      { authors: 'N. Alon', year: 2006, title: 'Ranking tournaments', doi: '10.1137/050623905' },
    ],
    complexity: 'O(m² + Σ 2^k·k) over the strongly connected components (k candidates each) of the weak majority graph',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: every candidate that tops some Slater ranking',
    properties: {},
    exponential: true,
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const signs = g.margins.map((row) => row.map((v) => Math.sign(v)));
    const rankings = optimalRankings(signs, { method: 'slater', signal: options.signal, budget: options.budget });
    let edges = 0;
    for (const row of signs) for (const v of row) if (v > 0) edges++;
    const reversed = (edges - rankings.optimum) / 2;
    return votingResult({
      method: 'slater',
      candidates: g.candidates,
      winners: [...rankings.tops],
      ...(rankings.unique ? { ranking: rankings.canonical.map((c) => [c]) } : {}),
      notes: [
        `A Slater ranking reverses ${reversed} of the ${edges} majority edges.`,
        rankings.unique
          ? `The Slater ranking is unique: ${rankingText(g.candidates, rankings.canonical)}.`
          : `Several Slater rankings; the first in index order is ${rankingText(g.candidates, rankings.canonical)}.`,
      ],
    });
  },
);
