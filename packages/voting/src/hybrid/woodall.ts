import type { CandidateIndex } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { smithSet } from '../graph/smith-set.js';
import { remainingPluralityScores } from '../iterative/remaining.js';
import { defineVotingMethod } from '../registry/define.js';
import { argmin, toScore, votingResult, type Round } from '../result/result.js';

/**
 * Woodall's rule: if the Smith set has one candidate, it wins. Otherwise run Instant Runoff on all the
 * candidates (eliminating all those tied for fewest first places at once) until only one member of the
 * original Smith set is left; it wins. If a round would eliminate every Smith member still in, those
 * Smith members all win.
 *
 * Sources: D. R. Woodall, "Monotonicity of single-seat preferential election rules", Discrete Applied
 * Mathematics 77(1) (1997) 81–98, doi:10.1016/S0166-218X(96)00100-X; pref_voting's `woodall`.
 *
 * Complexity: O(m³ + m · total ballot length). Truncated ballots as in `instant-runoff`. Irresolute.
 *
 * @example
 * woodall(profileOf(4, ['cabd', 'dbca', 'abcd'], [2, 2, 1])).winners; // [2]
 */
export const woodall = defineVotingMethod<ProfileInput>(
  {
    id: 'woodall',
    name: 'Woodall',
    aliases: ['Woodall', 'woodall-rule'],
    family: 'hybrid',
    description: 'Instant Runoff on all candidates until only one member of the Smith set is left; it wins.',
    citations: [
      { authors: 'D. R. Woodall', year: 1997, title: 'Monotonicity of single-seat preferential election rules', doi: '10.1016/S0166-218X(96)00100-X' },
      { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' },
    ],
    complexity: 'O(m³ + m · total ballot length)',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'irresolute: if the last Smith members are eliminated together, they all win',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'woodall', woodall.info.ballots);
    const m = e.candidates.length;
    const smith = smithSet(e.margins());
    if (smith.length === 1) return votingResult({ method: 'woodall', candidates: e.candidates, winners: smith, notes: ['The Smith set has one candidate.'] });
    const inRace = Array.from({ length: m }, () => true);
    const rounds: Round[] = [];
    for (;;) {
      const remaining: CandidateIndex[] = inRace.flatMap((r, c) => (r ? [c] : []));
      const scores = remainingPluralityScores(e, inRace);
      const out = argmin(scores, remaining);
      const smithLeft = smith.filter((c) => inRace[c]);
      const smithAfter = smithLeft.filter((c) => !out.includes(c));
      const roundScores = inRace.map((r, c) => (r ? toScore(scores[c]!, e.scale) : undefined));
      if (smithAfter.length <= 1) {
        const winners = smithAfter.length === 1 ? smithAfter : smithLeft;
        rounds.push({ scores: roundScores, eliminated: out, note: smithAfter.length === 1 ? 'one Smith candidate is left' : 'the last Smith candidates leave together and win' });
        return votingResult({ method: 'woodall', candidates: e.candidates, winners, rounds, notes: [`Smith set: ${smith.map((c) => String(e.candidates[c])).join(', ')}.`] });
      }
      for (const c of out) inRace[c] = false;
      rounds.push({ scores: roundScores, eliminated: out, note: 'fewest first places among the remaining candidates' });
    }
  },
);
