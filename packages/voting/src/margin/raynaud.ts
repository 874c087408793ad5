import type { CandidateIndex } from '@plural/core';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { toScore, votingResult, type Round } from '../result/result.js';

/**
 * The worst defeat of each candidate among `among`: the largest margin by which another candidate of
 * `among` beats it, 0 when none does (pref_voting's minimax score, negated).
 */
export function worstDefeats(margins: readonly (readonly number[])[], among: readonly CandidateIndex[]): number[] {
  return among.map((c) => among.reduce((worst, d) => (d !== c && margins[d]![c]! > worst ? margins[d]![c]! : worst), 0));
}

/**
 * Raynaud: repeatedly eliminate the candidate(s) whose worst pairwise defeat is largest, unless all
 * remaining candidates have the same worst defeat; those remaining win (pref_voting's `raynaud`, which
 * removes all tied candidates at once).
 *
 * Source: electowiki, "Raynaud", https://electowiki.org/wiki/Raynaud; pref_voting (Holliday & Pacuit),
 * doi:10.21105/joss.07020.
 *
 * Complexity: O(m³) after the margins. Irresolute. Rounds: the worst defeat of each remaining candidate.
 *
 * @example
 * raynaud(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners; // [0]: b and c go (worst defeat 3)
 */
export const raynaud = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'raynaud',
    name: 'Raynaud',
    aliases: ['Raynaud'],
    family: 'margin',
    description: 'Repeatedly eliminate the candidates whose worst pairwise defeat is largest, until all remaining candidates tie.',
    citations: [{ authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python (raynaud; see https://electowiki.org/wiki/Raynaud)', doi: '10.21105/joss.07020' }],
    complexity: 'O(m³) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: candidates tied for the largest worst defeat are eliminated together; the final tie wins',
    properties: { 'condorcet-winner': true, 'condorcet-loser': false, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const m = g.candidates.length;
    let remaining: CandidateIndex[] = Array.from({ length: m }, (_, i) => i);
    const rounds: Round[] = [];
    for (;;) {
      const worst = worstDefeats(g.margins, remaining);
      const scores = new Array<ReturnType<typeof toScore> | undefined>(m).fill(undefined);
      remaining.forEach((c, i) => (scores[c] = toScore(worst[i]!, g.scale)));
      const largest = Math.max(...worst);
      const out = remaining.filter((_, i) => worst[i] === largest);
      if (out.length === remaining.length) {
        rounds.push({ scores, eliminated: [], note: remaining.length === 1 ? 'one candidate remains' : 'the remaining candidates have the same worst defeat' });
        return votingResult({ method: 'raynaud', candidates: g.candidates, winners: remaining, rounds });
      }
      rounds.push({ scores, eliminated: out, note: 'largest worst pairwise defeat' });
      remaining = remaining.filter((c) => !out.includes(c));
    }
  },
);
