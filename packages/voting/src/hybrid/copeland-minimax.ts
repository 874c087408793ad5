import type { CandidateIndex } from '@plural/core';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { copeland } from '../margin/copeland.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { argmin, toScores, votingResult } from '../result/result.js';

const prefVoting = { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' };
const copelandCitation = { authors: 'A. H. Copeland', year: 1951, title: "A 'reasonable' social welfare function", url: 'https://en.wikipedia.org/wiki/Copeland%27s_method' };
const simpsonCitation = { authors: 'P. B. Simpson', year: 1969, title: 'On defining areas of voter choice: Professor Tullock on stable voting', doi: '10.2307/1880527' };

/**
 * The largest margin by which a candidate of `among` beats c (0 when none beats it): pref_voting's
 * minimax score of c (negated there) in the profile restricted to `among`.
 */
function worstDefeat(margins: readonly (readonly number[])[], c: CandidateIndex, among: Iterable<CandidateIndex>): number {
  let worst = 0;
  for (const d of among) if (d !== c && margins[d]![c]! > worst) worst = margins[d]![c]!;
  return worst;
}

function copelandWinners(candidates: readonly (string | number)[], margins: readonly (readonly number[])[]): readonly CandidateIndex[] {
  return copeland({ kind: 'margins', candidates, margins }, {}).winners;
}

/**
 * Copeland-Global-Minimax: among the Copeland winners, those whose largest pairwise defeat in the whole
 * profile is smallest (Minimax as a tie-breaker for Copeland). A candidate no one beats has defeat 0.
 * Scores are the global worst-defeat margins (lower is better).
 *
 * Source: pref_voting's `copeland_global_minimax` (Holliday & Pacuit, doi:10.21105/joss.07020); uses
 * `copeland` (ties worth ½, i.e. wins minus losses) and Simpson–Kramer minimax scores.
 *
 * Complexity: O(m²) after the margins. Irresolute.
 *
 * @example
 * copelandGlobalMinimax(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners; // [0]: worst defeats a 1, b 3, c 3
 */
export const copelandGlobalMinimax = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'copeland-global-minimax',
    name: 'Copeland-Global-Minimax',
    aliases: ['Copeland-Global-Minimax', 'copeland_global_minimax'],
    family: 'hybrid',
    description: 'Among the Copeland winners, those whose largest pairwise defeat in the whole profile is smallest.',
    citations: [copelandCitation, simpsonCitation, prefVoting],
    complexity: 'O(m²) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: Copeland winners tied on the global worst defeat all win',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const all = g.candidates.map((_, i) => i);
    const worst = all.map((c) => worstDefeat(g.margins, c, all));
    const w = copelandWinners(g.candidates, g.margins);
    return votingResult({
      method: 'copeland-global-minimax',
      candidates: g.candidates,
      winners: argmin(worst, w),
      scores: toScores(worst, g.scale),
      notes: [`Copeland winners: ${w.map((c) => String(g.candidates[c])).join(', ')}; scores are each candidate's largest defeat margin in the whole profile (0 if unbeaten).`],
    });
  },
);

/**
 * Copeland-Local-Minimax: the Minimax winners of the profile restricted to the Copeland winners, i.e.
 * the Copeland winners whose largest defeat by another Copeland winner is smallest (0 when none beats
 * it).
 *
 * Source: pref_voting's `copeland_local_minimax` (Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(m²) after the margins. Irresolute.
 *
 * @example
 * // d≻b≻c≻a, a≻d≻b≻c, b≻c≻a≻d: Copeland winners b and d, each beaten once by 1 (global: both win);
 * // between them d beats b 2–1, so locally d alone.
 * copelandLocalMinimax(profileOf(4, ['dbca', 'adbc', 'bcad'])).winners; // [3]
 */
export const copelandLocalMinimax = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'copeland-local-minimax',
    name: 'Copeland-Local-Minimax',
    aliases: ['Copeland-Local-Minimax', 'copeland_local_minimax'],
    family: 'hybrid',
    description: 'The Minimax winners of the profile restricted to the Copeland winners.',
    citations: [copelandCitation, simpsonCitation, prefVoting],
    complexity: 'O(m²) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: Copeland winners tied on their worst defeat among the Copeland winners all win',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const w = copelandWinners(g.candidates, g.margins);
    const local = g.candidates.map((_, c) => (w.includes(c) ? worstDefeat(g.margins, c, w) : Infinity));
    return votingResult({
      method: 'copeland-local-minimax',
      candidates: g.candidates,
      winners: argmin(local, w),
      notes: [`Copeland winners: ${w.map((c) => String(g.candidates[c])).join(', ')}; minimax among them (largest defeat by another Copeland winner).`],
    });
  },
);
