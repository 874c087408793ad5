import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { smithSet } from '../graph/smith-set.js';
import { defineVotingMethod } from '../registry/define.js';
import { votingResult } from '../result/result.js';
import { eliminateInParallelUniverses, eliminateSimultaneously } from './elimination.js';
import { instantRunoffMajorityStage, instantRunoffStage, type PutOptions } from './instant-runoff.js';

const prefVoting = { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' };
const smithIrvCitation = { authors: 'Electowiki contributors', year: 2024, title: 'Smith//IRV', url: 'https://electowiki.org/wiki/Smith//IRV' };

/**
 * Smith IRV: restrict the profile to the Smith set, then run Instant Runoff (simultaneous elimination)
 * on it. Smith-consistent, hence Condorcet consistent.
 *
 * Source: pref_voting's `smith_irv` (Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(m³ + m · total ballot length). Truncated ballots as in `instant-runoff`. Irresolute.
 *
 * @example
 * smithIrv(profileOf(4, ['cabd', 'dbca', 'abcd'], [2, 2, 1])).winners; // [1] (Instant Runoff: [2])
 */
export const smithIrv = defineVotingMethod<ProfileInput>(
  {
    id: 'smith-irv',
    name: 'Smith IRV',
    aliases: ['Smith IRV', 'smith_irv', 'smith-instant-runoff', 'Smith//IRV'],
    family: 'iterative',
    description: 'Instant Runoff on the profile restricted to the Smith set.',
    citations: [prefVoting, smithIrvCitation],
    complexity: 'O(m³ + m · total ballot length)',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'irresolute: as Instant Runoff within the Smith set',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'smith-irv', smithIrv.info.ballots);
    const smith = smithSet(e.margins());
    const { winners, rounds } = eliminateSimultaneously(e.candidates.length, instantRunoffStage(e), e.scale, smith);
    return votingResult({ method: 'smith-irv', candidates: e.candidates, winners, rounds, notes: [`Smith set: ${smith.map((c) => String(e.candidates[c])).join(', ')}.`] });
  },
);

/**
 * Smith IRV PUT: restrict the profile to the Smith set, then run Instant Runoff PUT on it.
 *
 * Source: pref_voting's `smith_irv_put`.
 *
 * Complexity: exponential in the worst case (Instant Runoff PUT); bounded by `budget` and `signal`.
 * Irresolute.
 *
 * @example
 * smithIrvPut(profileOf(3, ['abc', 'bca', 'cab'])).winners; // [0, 1, 2]
 */
export const smithIrvPut = defineVotingMethod<ProfileInput, PutOptions>(
  {
    id: 'smith-irv-put',
    name: 'Smith IRV PUT',
    aliases: ['Smith IRV PUT', 'smith_irv_put'],
    family: 'iterative',
    description: 'Instant Runoff PUT on the profile restricted to the Smith set.',
    citations: [prefVoting, smithIrvCitation],
    complexity: 'O(m³ + 2^m · total ballot length) worst case; memoised',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'parallel universes (as Instant Runoff PUT) within the Smith set',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
    exponential: true,
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'smith-irv-put', smithIrvPut.info.ballots);
    const smith = smithSet(e.margins());
    const { winners, states } = eliminateInParallelUniverses(e.candidates.length, instantRunoffMajorityStage(e), { method: 'smith-irv-put', budget: options.budget, signal: options.signal, among: smith });
    return votingResult({ method: 'smith-irv-put', candidates: e.candidates, winners, notes: [`Smith set: ${smith.map((c) => String(e.candidates[c])).join(', ')}.`, `${states} sets of remaining candidates examined.`] });
  },
);
