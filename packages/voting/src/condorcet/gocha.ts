import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { schwartzSet } from '../graph/smith-set.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';

/**
 * GOCHA (the Schwartz set): the candidates x such that every candidate that reaches x by a chain of strict
 * majority wins is reached back by x — the union of the minimal sets that no outside candidate beats.
 * Equals the Smith set (top cycle) when there are no majority ties; a subset of it otherwise.
 *
 * Source: T. Schwartz, "Rationality and the myth of the maximum", Noûs 6(2) (1972) 97–117,
 * doi:10.2307/2216143; T. Schwartz, "The Logic of Collective Choice", Columbia University Press (1986).
 *
 * Complexity: O(m³) after the margins. Irresolute by nature (a set).
 *
 * @example
 * gocha(profileOf(3, ['abc', 'bac'])).winners; // [0, 1]: a and b tie, both beat c
 */
export const gocha = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'gocha',
    name: 'GOCHA (Schwartz set)',
    aliases: ['GOCHA', 'Schwartz Set', 'schwartz_set', 'gocha_set'],
    family: 'tournament-solution',
    description: 'The union of the minimal sets of candidates that no candidate outside the set beats by majority.',
    citations: [{ authors: 'T. Schwartz', year: 1972, title: 'Rationality and the myth of the maximum', doi: '10.2307/2216143' }],
    complexity: 'O(m³) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: the whole Schwartz set',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    return votingResult({ method: 'gocha', candidates: g.candidates, winners: schwartzSet(g.margins) });
  },
);
