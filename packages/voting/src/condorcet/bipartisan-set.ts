import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';
import { essentialSupport } from './essential-support.js';

/**
 * Bipartisan Set (Laffond, Laslier & Le Breton): the support of the maximal lotteries of the majority
 * relation — the optimal mixed strategies of the symmetric zero-sum game whose payoff is +1 for a majority
 * win, −1 for a loss and 0 for a tie. For a tournament (no majority ties) the optimal strategy is unique
 * and this is its support; with majority ties the set is the union of the supports of all optimal
 * strategies, which is what pref_voting's `bipartisan` computes (the support of the average of all extreme
 * equilibria). Decided exactly (see `essentialSupport`).
 *
 * Sources: G. Laffond, J.-F. Laslier, M. Le Breton, "The bipartisan set of a tournament game", Games and
 * Economic Behavior 5 (1993) 182–201, doi:10.1006/game.1993.1010; P. C. Fishburn, "Probabilistic social
 * choice based on simple voting comparisons", Review of Economic Studies 51 (1984) 683–692,
 * doi:10.2307/2297786.
 *
 * Complexity: one exact linear program with 2m variables and 3m rows (polynomial number of pivots in
 * practice; big-integer arithmetic). Irresolute by nature (a set).
 *
 * @example
 * bipartisanSet(profileOf(3, ['abc', 'bca', 'cab'])).winners; // [0, 1, 2]
 */
export const bipartisanSet = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'bipartisan-set',
    name: 'Bipartisan Set',
    aliases: ['Bipartisan Set', 'bipartisan', 'bipartisan_set'],
    family: 'tournament-solution',
    description: 'The candidates played with positive probability in some optimal strategy of the majority game (+1 win, −1 loss, 0 tie).',
    citations: [
      { authors: 'G. Laffond, J.-F. Laslier, M. Le Breton', year: 1993, title: 'The bipartisan set of a tournament game', doi: '10.1006/game.1993.1010' },
      { authors: 'P. C. Fishburn', year: 1984, title: 'Probabilistic social choice based on simple voting comparisons', doi: '10.2307/2297786' },
    ],
    complexity: 'one exact LP (2m variables, 3m rows): O(pivots · m²) big-integer operations',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: the whole support (the union over all optimal strategies when there are majority ties)',
    properties: {},
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const game = g.margins.map((row) => row.map((v) => Math.sign(v)));
    return votingResult({ method: 'bipartisan-set', candidates: g.candidates, winners: essentialSupport(game, { signal: options.signal, method: 'bipartisan-set' }) });
  },
);

/**
 * Essential Set (Dutta & Laslier): the candidates played with positive probability in some optimal strategy
 * of the margin game — the support of the maximal lotteries (Fishburn's C2 lottery). When the maximal
 * lottery is unique (e.g. an odd number of voters with strict ballots) this is its support, as in pref_voting's
 * `essential`; when it is not, pref_voting takes the support of the one lottery its LP solver returns, while
 * this rule takes the union over all maximal lotteries (the essential set as defined). Decided exactly.
 *
 * Source: B. Dutta, J.-F. Laslier, "Comparison functions and choice correspondences", Social Choice and
 * Welfare 16 (1999) 513–532, doi:10.1007/s003550050158.
 *
 * Complexity: one exact linear program with 2m variables and 3m rows. Irresolute by nature.
 *
 * @example
 * essentialSet(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners; // [0, 1, 2]
 */
export const essentialSet = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'essential-set',
    name: 'Essential Set',
    aliases: ['Essential Set', 'essential', 'essential_set'],
    family: 'tournament-solution',
    description: 'The candidates played with positive probability in some maximal lottery (optimal strategy of the margin game).',
    citations: [{ authors: 'B. Dutta, J.-F. Laslier', year: 1999, title: 'Comparison functions and choice correspondences', doi: '10.1007/s003550050158' }],
    complexity: 'one exact LP (2m variables, 3m rows): O(pivots · m²) big-integer operations',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: the union of the supports of all maximal lotteries',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    return votingResult({ method: 'essential-set', candidates: g.candidates, winners: essentialSupport(g.margins, { signal: options.signal, method: 'essential-set' }) });
  },
);
