import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { smithSet } from '../graph/smith-set.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';
import { condorcetWinner } from '../graph/dominance.js';

/**
 * Top Cycle (the Smith set): the smallest set of candidates each of which beats or ties every candidate
 * outside it. Source: J. H. Smith, "Aggregation of preferences with variable electorate",
 * Econometrica 41(6) (1973) 1027–1041, doi:10.2307/1914033.
 *
 * Complexity: O(m³) after the margins. Irresolute by nature (a set).
 */
export const topCycle = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'top-cycle',
    name: 'Top Cycle (Smith set)',
    aliases: ['smith-set', 'smith', 'Top Cycle', 'top_cycle', 'smith_set'],
    family: 'tournament-solution',
    description: 'The smallest set of candidates that each beat or tie every candidate outside the set.',
    citations: [{ authors: 'J. H. Smith', year: 1973, title: 'Aggregation of preferences with variable electorate', doi: '10.2307/1914033' }],
    complexity: 'O(m³) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: the whole Smith set',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': false, 'positive-involvement': false },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    return votingResult({ method: 'top-cycle', candidates: g.candidates, winners: smithSet(g.margins) });
  },
);

/**
 * Condorcet: the Condorcet winner (the candidate who beats every other by majority) when there is one,
 * otherwise every candidate ties. Source: M. J. A. N. de Caritat, marquis de Condorcet, "Essai sur
 * l'application de l'analyse à la probabilité des décisions rendues à la pluralité des voix" (1785).
 *
 * Complexity: O(m²) after the margins. Irresolute.
 */
export const condorcet = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'condorcet',
    name: 'Condorcet',
    aliases: ['Condorcet', 'condorcet-winner'],
    family: 'condorcet',
    description: 'The Condorcet winner if there is one; otherwise all candidates tie.',
    citations: [{ authors: 'Marquis de Condorcet', year: 1785, title: "Essai sur l'application de l'analyse à la probabilité des décisions rendues à la pluralité des voix", url: 'https://gallica.bnf.fr/ark:/12148/bpt6k417181' }],
    complexity: 'O(m²) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all candidates when there is no Condorcet winner',
    properties: { 'condorcet-winner': true, 'condorcet-loser': false, 'pareto-dominance': false, 'positive-involvement': false },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const w = condorcetWinner(g.margins);
    return votingResult({ method: 'condorcet', candidates: g.candidates, winners: w === undefined ? g.candidates.map((_, i) => i) : [w] });
  },
);
