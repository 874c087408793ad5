import { expect, it } from 'vitest';
import { election, votingMethod, type VotingMethod } from '../../src/index.js';
import { describeCorpus } from '../helpers/corpora.js';
import { claimsFor, condorcetWinnerFailure, type PrefVotingClaim } from './pref-voting-examples.js';
import { expectCondorcetWinnerViolation } from './violations.js';

/**
 * pref_voting v1.18.1 prints, on its axiom-violation pages, the winners it computes for each profile it
 * shows (see pref-voting-examples.ts). Our rules registered under pref_voting's display names must
 * reproduce every claim, except the documented differences below.
 */
const methods = [
  'Plurality',
  'Borda',
  'Anti-Plurality',
  'Positive-Negative Voting',
  'Superior Voting',
  'Instant Runoff',
  'Instant Runoff PUT',
  'Instant Runoff TB',
  'PluralityWRunoff PUT',
  'Plurality with Runoff PUT',
  'Bottom-Two-Runoff Instant Runoff',
  'Bottom-Two-Runoff Instant Runoff PUT',
  'Coombs',
  'Coombs PUT',
  'Coombs TB',
  'Baldwin',
  'Baldwin PUT',
  'Baldwin TB',
  'Strict Nanson',
  'Weak Nanson',
  'Benham',
  'Benham PUT',
  'Benham TB',
  'Condorcet IRV',
  'Condorcet IRV PUT',
  'Smith IRV',
  'Smith IRV PUT',
  'Tideman Alternative Top Cycle',
  'Tideman Alternative Top Cycle PUT',
  'Tideman Alternative GOCHA',
  'Tideman Alternative GOCHA PUT',
  'Iterated Removal Condorcet Loser',
  'Knockout Voting',
  'Bucklin',
  'Simplified Bucklin',
  'Weighted Bucklin',
  'Blacks',
  'Condorcet Plurality',
  'Daunou',
  'Borda-Minimax Faceoff',
  'Copeland-Global-Borda',
  'Copeland-Local-Borda',
  'Woodall',
  'Preliminary Weighted Condorcet',
  'Pareto',
];

/**
 * Claims we do not reproduce, and why (asserted exactly, so the set cannot change silently):
 * - Weak Nanson, "election without 0" claims: pref_voting runs `weak_nanson(profile, curr_cands)`;
 *   with `curr_cands` its second round counts the excluded candidate twice (it sizes the restricted
 *   profile as len(curr_cands) − |ignored ∪ excluded|), scores every remaining candidate 0 and so
 *   returns them all. On the profile without 0 itself (2 ≻ 3 ≻ 1, 3 ≻ 2 ≻ 1 ×2), Weak Nanson removes 1,
 *   then 2 (Borda 1 ≤ average 1.5): the winner is 3 alone, as we say.
 * - Knockout Voting, "without N" claims: pref_voting's `knockout` always seeds by the Borda scores of
 *   the whole profile, even with `curr_cands`, so its winners "without N" still use the removed
 *   candidate's ballots positions; on the restricted profile alone the Borda scores differ.
 * - Weighted Bucklin, homogeneity 4c_5v: pref_voting sums the weights 1, 2/3, 1/3 in floating point,
 *   so candidates 2 and 3 (both exactly 3 after three rounds) compare as 3.0 > 2.9999999999999996;
 *   our exact tally makes them tie.
 */
const knownDifferences: Record<string, readonly string[]> = {
  'Weak Nanson': ['profile_Weak_Nanson_immunity_to_spoilers_4c_3v.html', 'profile_Weak_Nanson_stability_for_winners_4c_3v.html'],
  'Knockout Voting': [
    'profile_Knockout_Voting_IPDA_4c_3v.html',
    'profile_Knockout_Voting_immunity_to_spoilers_4c_3v.html',
    'profile_Knockout_Voting_independence_of_clones_3c_4v.html',
    'profile_Knockout_Voting_stability_for_winners_4c_3v.html',
  ],
  'Weighted Bucklin': ['profile_Weighted_Bucklin_homogeneity_4c_5v.html'],
};

const labels = (c: PrefVotingClaim, winners: readonly number[]) => winners.map((i) => c.profile.candidates[i] as number).sort((a, b) => a - b);

/**
 * pref_voting's ProfileWithTies compares unranked candidates as its checkers set up: some pages use the
 * plain strict preference (unranked candidates not compared: our `unranked: 'ignore'`), the
 * bullet-vote pages the extended one (unranked below ranked: `'bottom'`); pages do not say which. For
 * truncated ballots we accept either; for complete ballots the two agree. Pareto always uses the
 * extended preference.
 */
function reproduces(rule: VotingMethod<never, never>, c: PrefVotingClaim, method: string): boolean {
  const run = (unranked: 'bottom' | 'ignore') => JSON.stringify(labels(c, (rule as unknown as (e: unknown) => { winners: number[] })(election(c.profile, { unranked })).winners)) === JSON.stringify(c.winners);
  if (c.type === 'Profile' || method === 'Pareto') return run('bottom');
  const truncated = c.profile.ballots.some((b) => b.flat().length < c.profile.candidates.length);
  return truncated ? run('ignore') || run('bottom') : run('ignore');
}

describeCorpus('pref_voting/axiom_tables', "winners printed on pref_voting's axiom pages", () => {
  for (const method of methods) {
    it(`${method}: reproduces every claim${knownDifferences[method] ? ' but the documented differences' : ''}`, () => {
      const rule = votingMethod(method);
      const claims = claimsFor(method);
      expect(claims.length).toBeGreaterThan(10);
      const differences = new Set<string>();
      for (const c of claims) if (!reproduces(rule, c, method)) differences.add(c.file);
      expect([...differences].sort()).toEqual([...(knownDifferences[method] ?? [])].sort());
    });
  }
});

/** Methods with a minimal Condorcet-winner failure shipped by pref_voting (data/examples/condorcet_winner). */
const condorcetFailures = [
  'Anti-Plurality',
  'Borda',
  'Bracket Voting',
  'Bucklin',
  'Coombs',
  'Coombs PUT',
  'Coombs TB',
  'Dowdall',
  'Instant Runoff',
  'Instant Runoff PUT',
  'Instant Runoff TB',
  'Iterated Removal Condorcet Loser',
  'Pareto',
  'Plurality',
  'PluralityWRunoff PUT',
  'Positive-Negative Voting',
  'Simplified Bucklin',
  'Superior Voting',
  'Weighted Bucklin',
];

describeCorpus('pref_voting/pref_voting/data/examples/condorcet_winner', "pref_voting's minimal Condorcet-winner failures", () => {
  for (const method of condorcetFailures) {
    it(`${method} fails the Condorcet winner criterion on minimal_${method.replace(/ /g, '_')}.soc`, () => {
      const p = condorcetWinnerFailure(method);
      expect(p).toBeDefined();
      expectCondorcetWinnerViolation(votingMethod(method), p!);
    });
  }
});
