import { BudgetExceededError, throwIfAborted, type CandidateIndex } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import { argmin, toScores, votingResult } from '../result/result.js';
import { DEFAULT_PUT_BUDGET } from './elimination.js';
import type { PutOptions } from './instant-runoff.js';
import { remainingBordaScores } from './tallies.js';

/**
 * Knockout Voting: take the two candidates with the lowest and second-lowest Borda scores — the Borda
 * scores of the whole profile, not recomputed as candidates leave — and eliminate the one that loses
 * their head-to-head; repeat until one remains. Ties in the Borda scores are broken in every possible
 * way (parallel universes): with several tied for lowest, every ordered pair of them plays and the
 * second is eliminated unless it beats the first; with one lowest and several tied second-lowest, the
 * lowest meets each of them. A tied head-to-head eliminates either (both universes).
 *
 * Source: proposed by E. B. Foley (tie handling unspecified; PUT as in pref_voting's `knockout`,
 * Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: exponential in the worst case; memoised on the remaining set, bounded by `budget` and
 * `signal`. Needs strict complete ballots. Irresolute.
 *
 * @example
 * knockout(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners; // [0]
 */
export const knockout = defineVotingMethod<ProfileInput, PutOptions>(
  {
    id: 'knockout',
    name: 'Knockout Voting',
    aliases: ['Knockout Voting', 'knockout', 'knockout-voting'],
    family: 'iterative',
    description: 'Repeatedly eliminate the head-to-head loser between the two candidates with the lowest (global) Borda scores.',
    citations: [{ authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python (knockout, after E. B. Foley)', doi: '10.21105/joss.07020' }],
    complexity: 'O(m² + reached sets · m²); exponential in the worst case',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'parallel universes over ties in the Borda scores and tied head-to-heads; the union of their winners',
    properties: { 'condorcet-winner': null, 'condorcet-loser': null, 'pareto-dominance': null, 'positive-involvement': false },
    exponential: true,
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'knockout', knockout.info.ballots);
    const m = e.candidates.length;
    const borda = remainingBordaScores(e, Array.from({ length: m }, () => true));
    const margins = e.margins();
    const budget = options.budget ?? DEFAULT_PUT_BUDGET;
    const memo = new Map<string, readonly CandidateIndex[]>();
    const solve = (remaining: readonly CandidateIndex[]): readonly CandidateIndex[] => {
      if (remaining.length === 1) return remaining;
      const key = remaining.join(',');
      const known = memo.get(key);
      if (known !== undefined) return known;
      throwIfAborted(options.signal, 'knockout');
      if (memo.size >= budget) {
        throw new BudgetExceededError(`knockout needed more than ${budget} sets of remaining candidates.`, { where: 'options.budget', fix: 'Raise options.budget.' });
      }
      const removals = new Set<CandidateIndex>();
      const low = argmin(borda, remaining);
      if (low.length > 1) {
        for (const c1 of low) for (const c2 of low) if (c1 !== c2 && margins[c1]![c2]! >= 0) removals.add(c2);
      } else {
        const l = low[0]!;
        for (const c2 of argmin(borda, remaining.filter((c) => c !== l))) {
          if (margins[c2]![l]! >= 0) removals.add(l);
          if (margins[l]![c2]! > 0) removals.add(c2);
        }
      }
      const union = new Set<CandidateIndex>();
      for (const out of removals) for (const w of solve(remaining.filter((c) => c !== out))) union.add(w);
      const winners = [...union].sort((a, b) => a - b);
      memo.set(key, winners);
      return winners;
    };
    const winners = solve(Array.from({ length: m }, (_, c) => c));
    return votingResult({ method: 'knockout', candidates: e.candidates, winners, scores: toScores(borda, e.scale), notes: ['Scores are the (global) Borda scores that seed the knockout.'] });
  },
);
