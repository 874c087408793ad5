import { election, type Election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';
import { eliminateInParallelUniverses, eliminateSimultaneously, type StageFunction } from './elimination.js';
import type { PutOptions } from './instant-runoff.js';
import { remainingPluralityScores } from './remaining.js';
import { dominantSetAmong, lowest } from './tallies.js';

const tideman2006 = { authors: 'T. N. Tideman', year: 2006, title: 'Collective Decisions and Voting: The Potential for Public Choice', doi: '10.4324/9781315259963' };
const prefVoting = { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' };

/** Which dominant set Tideman's alternative method restricts to: the Smith set or the Schwartz set (GOCHA). */
type DominantSet = 'smith' | 'schwartz';

/**
 * The Tideman-alternative stage on the remaining candidates S, as pref_voting defines it: D = the Smith
 * (or Schwartz) set of S; if |D| = 1 it wins. Otherwise the worst are the candidates of D with the
 * fewest first places in the profile restricted to D, and they leave S — candidates of S outside D stay
 * and may re-enter D later (for the Smith set they never do; for the Schwartz set they can). Under
 * simultaneous elimination, if all of D tie on first places, D wins; under parallel universes each of
 * them is removed in turn.
 */
function tidemanAlternativeStage(e: Election, set: DominantSet, parallelUniverses: boolean): StageFunction {
  const margins = e.margins();
  const name = set === 'smith' ? 'Smith' : 'Schwartz';
  return (inRace, remaining) => {
    const d = dominantSetAmong(margins, remaining, set === 'schwartz');
    const inD = inRace.map((_, c) => d.includes(c));
    const scores = remainingPluralityScores(e, inD);
    if (d.length === 1) return { scores, worst: [], decided: d, note: `the ${name} set has one candidate` };
    const worst = lowest(scores, d);
    if (!parallelUniverses && worst.length === d.length) return { scores, worst: [], decided: d, note: `the ${name} set ties on first places` };
    return { scores, worst, note: `fewest first places within the ${name} set` };
  };
}

function simultaneous(e: Election, set: DominantSet) {
  return eliminateSimultaneously(e.candidates.length, tidemanAlternativeStage(e, set, false), e.scale);
}

function parallel(e: Election, set: DominantSet, method: string, options: PutOptions) {
  return eliminateInParallelUniverses(e.candidates.length, tidemanAlternativeStage(e, set, true), { method, budget: options.budget, signal: options.signal });
}

const ballots = { ties: false, truncated: true } as const;

/**
 * Tideman's Alternative Smith (Top Cycle) method: restrict to the Smith set; if it has one candidate, it
 * wins; otherwise eliminate the Smith candidates with the fewest first places (in the profile restricted
 * to the Smith set) and repeat with the Smith set of the candidates left. If all Smith candidates tie on
 * first places, they all win.
 *
 * Sources: T. N. Tideman, "Collective Decisions and Voting" (2006), ch. 13; pref_voting's
 * `tideman_alternative_smith` (Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(m · (m³ + total ballot length)). Irresolute.
 *
 * @example
 * tidemanAlternativeTopCycle(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners; // [0]
 */
export const tidemanAlternativeTopCycle = defineVotingMethod<ProfileInput, VotingOptions>(
  {
    id: 'tideman-alternative-top-cycle',
    name: 'Tideman Alternative Top Cycle',
    aliases: ['Tideman Alternative Top Cycle', 'tideman_alternative_smith', 'tideman-alternative-smith', 'alternative-smith'],
    family: 'iterative',
    description: 'Restrict to the Smith set and eliminate its candidates with the fewest first places, repeatedly.',
    citations: [tideman2006, prefVoting],
    complexity: 'O(m · (m³ + total ballot length))',
    input: 'profile',
    ballots,
    tieBreaking: 'irresolute: Smith candidates tied for fewest first places leave together; a final tie wins together',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'tideman-alternative-top-cycle', ballots);
    const { winners, rounds } = simultaneous(e, 'smith');
    return votingResult({ method: 'tideman-alternative-top-cycle', candidates: e.candidates, winners, rounds });
  },
);

/**
 * Tideman Alternative Top Cycle PUT: as Tideman's Alternative Smith method, eliminating one Smith
 * candidate with the fewest first places at a time, every choice explored (parallel universes).
 *
 * Source: pref_voting's `tideman_alternative_smith_put`.
 *
 * Complexity: exponential in the worst case; memoised, bounded by `budget` and `signal`. Irresolute.
 *
 * @example
 * tidemanAlternativeTopCyclePut(profileOf(3, ['abc', 'bca', 'cab'])).winners; // [0, 1, 2]
 */
export const tidemanAlternativeTopCyclePut = defineVotingMethod<ProfileInput, PutOptions>(
  {
    id: 'tideman-alternative-top-cycle-put',
    name: 'Tideman Alternative Top Cycle PUT',
    aliases: ['Tideman Alternative Top Cycle PUT', 'tideman_alternative_smith_put', 'tideman-alternative-smith-put'],
    family: 'iterative',
    description: "Tideman's Alternative Smith method with parallel-universe tie-breaking.",
    citations: [tideman2006, prefVoting],
    complexity: 'O(2^m · (m³ + total ballot length)) worst case; memoised',
    input: 'profile',
    ballots,
    tieBreaking: 'parallel universes: every way of breaking elimination ties; the union of their winners',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
    exponential: true,
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'tideman-alternative-top-cycle-put', ballots);
    const { winners, states } = parallel(e, 'smith', 'tideman-alternative-top-cycle-put', options);
    return votingResult({ method: 'tideman-alternative-top-cycle-put', candidates: e.candidates, winners, notes: [`${states} sets of remaining candidates examined.`] });
  },
);

/**
 * Tideman's Alternative Schwartz (GOCHA) method: as the Alternative Smith method with the Schwartz set
 * (GOCHA: the union of the minimal sets no outside candidate beats) in place of the Smith set. As in
 * pref_voting, eliminated candidates leave the whole remaining set, not only the Schwartz set, so a
 * candidate outside the Schwartz set can come back into it once its beaters are gone.
 *
 * Sources: T. N. Tideman (2006); pref_voting's `tideman_alternative_gocha`.
 *
 * Complexity: O(m · (m³ + total ballot length)). Irresolute.
 *
 * @example
 * tidemanAlternativeGocha(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners; // [0]
 */
export const tidemanAlternativeGocha = defineVotingMethod<ProfileInput, VotingOptions>(
  {
    id: 'tideman-alternative-gocha',
    name: 'Tideman Alternative GOCHA',
    aliases: ['Tideman Alternative GOCHA', 'tideman_alternative_gocha', 'tideman-alternative-schwartz', 'alternative-schwartz'],
    family: 'iterative',
    description: 'Restrict to the Schwartz set and eliminate its candidates with the fewest first places, repeatedly.',
    citations: [tideman2006, prefVoting],
    complexity: 'O(m · (m³ + total ballot length))',
    input: 'profile',
    ballots,
    tieBreaking: 'irresolute: Schwartz candidates tied for fewest first places leave together; a final tie wins together',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'tideman-alternative-gocha', ballots);
    const { winners, rounds } = simultaneous(e, 'schwartz');
    return votingResult({ method: 'tideman-alternative-gocha', candidates: e.candidates, winners, rounds });
  },
);

/**
 * Tideman Alternative GOCHA PUT: the Alternative Schwartz method with parallel-universe tie-breaking.
 *
 * Source: pref_voting's `tideman_alternative_gocha_put`.
 *
 * Complexity: exponential in the worst case; memoised, bounded by `budget` and `signal`. Irresolute.
 *
 * @example
 * tidemanAlternativeGochaPut(profileOf(3, ['abc', 'bca', 'cab'])).winners; // [0, 1, 2]
 */
export const tidemanAlternativeGochaPut = defineVotingMethod<ProfileInput, PutOptions>(
  {
    id: 'tideman-alternative-gocha-put',
    name: 'Tideman Alternative GOCHA PUT',
    aliases: ['Tideman Alternative GOCHA PUT', 'tideman_alternative_gocha_put', 'tideman-alternative-schwartz-put'],
    family: 'iterative',
    description: "Tideman's Alternative Schwartz method with parallel-universe tie-breaking.",
    citations: [tideman2006, prefVoting],
    complexity: 'O(2^m · (m³ + total ballot length)) worst case; memoised',
    input: 'profile',
    ballots,
    tieBreaking: 'parallel universes: every way of breaking elimination ties; the union of their winners',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': false, 'positive-involvement': false },
    exponential: true,
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'tideman-alternative-gocha-put', ballots);
    const { winners, states } = parallel(e, 'schwartz', 'tideman-alternative-gocha-put', options);
    return votingResult({ method: 'tideman-alternative-gocha-put', candidates: e.candidates, winners, notes: [`${states} sets of remaining candidates examined.`] });
  },
);

