import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { condorcetWinner } from '../graph/dominance.js';
import { defineVotingMethod } from '../registry/define.js';
import { votingResult } from '../result/result.js';
import { eliminateInParallelUniverses, eliminateSimultaneously } from './elimination.js';
import { instantRunoffMajorityStage, instantRunoffStage, type PutOptions } from './instant-runoff.js';

const prefVoting = { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' };
const condorcetIrvCitation = { authors: 'Electowiki contributors', year: 2024, title: 'Condorcet-IRV', url: 'https://electowiki.org/wiki/Condorcet-IRV' };

/**
 * Condorcet IRV: the Condorcet winner if there is one; otherwise the Instant Runoff winners
 * (simultaneous elimination of the candidates with fewest first places).
 *
 * Source: pref_voting's `condorcet_irv` (Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(m² + m · total ballot length). Truncated ballots as in `instant-runoff`. Irresolute.
 *
 * @example
 * condorcetIrv(profileOf(3, ['abc', 'bac', 'cba'], [4, 3, 2])).winners; // [1]
 */
export const condorcetIrv = defineVotingMethod<ProfileInput>(
  {
    id: 'condorcet-irv',
    name: 'Condorcet IRV',
    aliases: ['Condorcet IRV', 'condorcet_irv', 'condorcet-instant-runoff'],
    family: 'iterative',
    description: 'The Condorcet winner if there is one, otherwise the Instant Runoff winners.',
    citations: [prefVoting, condorcetIrvCitation],
    complexity: 'O(m² + m · total ballot length)',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'irresolute: as Instant Runoff when there is no Condorcet winner',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'condorcet-irv', condorcetIrv.info.ballots);
    const cw = condorcetWinner(e.margins());
    if (cw !== undefined) return votingResult({ method: 'condorcet-irv', candidates: e.candidates, winners: [cw], notes: ['Condorcet winner.'] });
    const { winners, rounds } = eliminateSimultaneously(e.candidates.length, instantRunoffStage(e), e.scale);
    return votingResult({ method: 'condorcet-irv', candidates: e.candidates, winners, rounds, notes: ['No Condorcet winner: Instant Runoff.'] });
  },
);

/**
 * Condorcet IRV PUT: the Condorcet winner if there is one; otherwise the Instant Runoff PUT winners.
 *
 * Source: pref_voting's `condorcet_irv_put`.
 *
 * Complexity: exponential in the worst case (Instant Runoff PUT); bounded by `budget` and `signal`.
 * Irresolute.
 *
 * @example
 * condorcetIrvPut(profileOf(3, ['abc', 'bca', 'cab'])).winners; // [0, 1, 2]
 */
export const condorcetIrvPut = defineVotingMethod<ProfileInput, PutOptions>(
  {
    id: 'condorcet-irv-put',
    name: 'Condorcet IRV PUT',
    aliases: ['Condorcet IRV PUT', 'condorcet_irv_put'],
    family: 'iterative',
    description: 'The Condorcet winner if there is one, otherwise the Instant Runoff PUT winners.',
    citations: [prefVoting, condorcetIrvCitation],
    complexity: 'O(2^m · total ballot length) worst case; memoised',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'parallel universes (as Instant Runoff PUT) when there is no Condorcet winner',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
    exponential: true,
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'condorcet-irv-put', condorcetIrvPut.info.ballots);
    const cw = condorcetWinner(e.margins());
    if (cw !== undefined) return votingResult({ method: 'condorcet-irv-put', candidates: e.candidates, winners: [cw], notes: ['Condorcet winner.'] });
    const { winners, states } = eliminateInParallelUniverses(e.candidates.length, instantRunoffMajorityStage(e), { method: 'condorcet-irv-put', budget: options.budget, signal: options.signal });
    return votingResult({ method: 'condorcet-irv-put', candidates: e.candidates, winners, notes: ['No Condorcet winner: Instant Runoff PUT.', `${states} sets of remaining candidates examined.`] });
  },
);
