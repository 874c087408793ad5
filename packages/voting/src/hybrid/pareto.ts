import type { CandidateIndex } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';

/**
 * Pareto: the candidates that are not Pareto-dominated, where b is dominated when some a is strictly
 * preferred to b by every voter. Unranked candidates of truncated ballots rank below the ranked ones
 * (pref_voting's extended strict preference; `options.unranked: 'ignore'` makes such pairs
 * incomparable, so they never dominate).
 *
 * Source: V. Pareto, "Manuale di economia politica" (1906); pref_voting's `pareto` (weak Pareto,
 * Holliday & Pacuit, doi:10.21105/joss.07020).
 *
 * Complexity: O(m²) after the support matrix. Irresolute by nature.
 *
 * @example
 * pareto(profileOf(3, ['abc', 'acb'])).winners; // [0]
 */
export const pareto = defineVotingMethod<ProfileInput, VotingOptions>(
  {
    id: 'pareto',
    name: 'Pareto',
    aliases: ['Pareto', 'pareto-set', 'pareto-undominated'],
    family: 'hybrid',
    description: 'The candidates no other candidate beats in every ballot.',
    citations: [
      { authors: 'V. Pareto', year: 1906, title: 'Manuale di economia politica', url: 'https://en.wikipedia.org/wiki/Pareto_efficiency' },
      { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' },
    ],
    complexity: 'O(m²) after the support matrix',
    input: 'profile',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: every Pareto-undominated candidate',
    properties: { 'condorcet-winner': false, 'condorcet-loser': false, 'pareto-dominance': true, 'positive-involvement': true },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'pareto', pareto.info.ballots);
    const s = e.support();
    const m = e.candidates.length;
    const winners: CandidateIndex[] = [];
    for (let b = 0; b < m; b++) {
      let dominated = false;
      for (let a = 0; a < m && !dominated; a++) if (a !== b && s[a]![b] === e.voters) dominated = true;
      if (!dominated) winners.push(b);
    }
    return votingResult({ method: 'pareto', candidates: e.candidates, winners });
  },
);
