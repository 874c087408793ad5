import { election, type ProfileInput } from '../election/election.js';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { requireBallots } from '../election/requirements.js';
import { copeland } from '../margin/copeland.js';
import { positionalTally } from '../positional/scoring.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { argmax, toScores, votingResult } from '../result/result.js';

const prefVoting = { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' };
const copelandCitation = { authors: 'A. H. Copeland', year: 1951, title: "A 'reasonable' social welfare function", url: 'https://en.wikipedia.org/wiki/Copeland%27s_method' };

/**
 * Copeland-Global-Borda: among the Copeland winners, those with the largest Borda score in the whole
 * profile (Borda as a tie-breaker for Copeland). Scores are the global Borda scores.
 *
 * Source: pref_voting's `copeland_global_borda` (Holliday & Pacuit, doi:10.21105/joss.07020); uses
 * `copeland` (ties worth ½).
 *
 * Complexity: O(n·m + m²). Needs strict complete ballots. Irresolute.
 *
 * @example
 * copelandGlobalBorda(profileOf(4, ['dbca', 'adbc', 'bcad'])).winners; // [1]
 */
export const copelandGlobalBorda = defineVotingMethod<ProfileInput>(
  {
    id: 'copeland-global-borda',
    name: 'Copeland-Global-Borda',
    aliases: ['Copeland-Global-Borda', 'copeland_global_borda'],
    family: 'hybrid',
    description: 'Among the Copeland winners, those with the largest Borda score in the whole profile.',
    citations: [copelandCitation, prefVoting],
    complexity: 'O(n·m + m²)',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'irresolute: Copeland winners tied on the global Borda score all win',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'copeland-global-borda', copelandGlobalBorda.info.ballots);
    const m = e.candidates.length;
    const w = copeland(e, {}).winners;
    const bordaScores = positionalTally(e, Array.from({ length: m }, (_, k) => m - 1 - k));
    return votingResult({ method: 'copeland-global-borda', candidates: e.candidates, winners: argmax(bordaScores, w), scores: toScores(bordaScores, e.scale), notes: ['Scores are global Borda scores; only Copeland winners compete.'] });
  },
);

/**
 * Copeland-Local-Borda: the Borda winners of the profile restricted to the Copeland winners. Computed
 * from the margins (pref_voting's marginal Borda: a candidate's score is the sum of its margins against
 * the other Copeland winners, which ranks as the restricted Borda count does on linear ballots), so it
 * accepts weak and truncated ballots and margin matrices.
 *
 * Source: pref_voting's `copeland_local_borda` (Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(m²) after the margins. Irresolute.
 *
 * @example
 * copelandLocalBorda(profileOf(4, ['dbca', 'adbc', 'bcad'])).winners; // [3]
 */
export const copelandLocalBorda = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'copeland-local-borda',
    name: 'Copeland-Local-Borda',
    aliases: ['Copeland-Local-Borda', 'copeland_local_borda'],
    family: 'hybrid',
    description: 'The Borda winners of the profile restricted to the Copeland winners.',
    citations: [copelandCitation, prefVoting],
    complexity: 'O(m²) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: Copeland winners tied on the restricted Borda score all win',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const w = copeland({ kind: 'margins', candidates: g.candidates, margins: g.margins }, {}).winners;
    const local = new Float64Array(g.candidates.length);
    for (const a of w) for (const b of w) local[a]! += g.margins[a]![b]!;
    return votingResult({ method: 'copeland-local-borda', candidates: g.candidates, winners: argmax(local, w), notes: ['Local Borda: the sum of margins against the other Copeland winners.'] });
  },
);
