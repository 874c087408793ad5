import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import { packedPluralityScores } from '../iterative/tallies.js';
import { argmax, rankingByScore, toScores, votingResult } from '../result/result.js';

/**
 * Superior Voting: a candidate earns the first-place votes of every ballot that ranks it first or ranks
 * first a candidate it beats head-to-head (it is "superior" to that candidate); most points wins.
 * Score(x) = plurality(x) + Σ over y with margin(x, y) > 0 of plurality(y). Elects a Condorcet winner
 * that has at least one first place.
 *
 * Source: devised by W. H. Holliday, named by E. B. Foley; pref_voting's `superior_voting` (Holliday &
 * Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(n + m²) after the margins. Truncated ballots: first places as Plurality, margins with
 * unranked candidates as `options.unranked` says. Irresolute.
 *
 * @example
 * superiorVoting(profileOf(3, ['abc', 'bac', 'cab'], [2, 2, 1])).scores; // [5, 3, 1]
 */
export const superiorVoting = defineVotingMethod<ProfileInput>(
  {
    id: 'superior-voting',
    name: 'Superior Voting',
    aliases: ['Superior Voting', 'superior_voting'],
    family: 'positional',
    description: 'A candidate earns its own first places plus those of every candidate it beats head-to-head; most points wins.',
    citations: [{ authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python (superior_voting)', doi: '10.21105/joss.07020' }],
    complexity: 'O(n + m²) after the margins',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'irresolute: all candidates with the most points win',
    properties: { 'condorcet-winner': false, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'superior-voting', superiorVoting.info.ballots);
    const m = e.candidates.length;
    const first = packedPluralityScores(e, Array.from({ length: m }, () => true));
    const margins = e.margins();
    const points = Float64Array.from(first);
    for (let x = 0; x < m; x++) for (let y = 0; y < m; y++) if (margins[x]![y]! > 0) points[x]! += first[y]!;
    return votingResult({ method: 'superior-voting', candidates: e.candidates, winners: argmax(points), scores: toScores(points, e.scale), ranking: rankingByScore(points) });
  },
);
