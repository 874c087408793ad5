import type { CandidateIndex } from '@plural/core';
import { election, type Election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import { votingResult } from '../result/result.js';
import { eliminateSimultaneously, type StageFunction } from './elimination.js';
import { remainingBordaScores } from './tallies.js';

const nansonCitation = { authors: 'E. J. Nanson', year: 1882, title: 'Methods of election', url: 'https://en.wikipedia.org/wiki/Nanson%27s_method' };
const niou = { authors: 'E. M. S. Niou', year: 1987, title: "A note on Nanson's rule", doi: '10.1007/BF00123008' };
const prefVoting = { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' };

/**
 * The Nanson stage: Borda scores on the profile restricted to the remaining candidates; the worst are
 * those strictly below the average (`weak` false) or at most the average (`weak` true). Compared exactly:
 * score·r < Σ scores (r remaining).
 */
function nansonStage(e: Election, weak: boolean): StageFunction {
  return (inRace, remaining) => {
    const scores = remainingBordaScores(e, inRace);
    let total = 0;
    for (const c of remaining) total += scores[c]!;
    const r = remaining.length;
    const worst: CandidateIndex[] = remaining.filter((c) => (weak ? scores[c]! * r <= total : scores[c]! * r < total));
    return { scores, worst, note: weak ? 'Borda score at most the average' : 'Borda score below the average' };
  };
}

/**
 * Strict Nanson: repeatedly eliminate every candidate whose Borda score (on the profile restricted to
 * the remaining candidates) is strictly below the average, until one remains or all have the same
 * score (they all win). Condorcet consistent.
 *
 * Sources: E. J. Nanson, "Methods of election", Transactions and Proceedings of the Royal Society of
 * Victoria 19 (1882) 197–240; E. M. S. Niou, "A note on Nanson's rule", Public Choice 54 (1987) 191–193,
 * doi:10.1007/BF00123008; pref_voting's `strict_nanson`.
 *
 * Complexity: O(m · n · m). Needs strict complete ballots. Irresolute.
 *
 * @example
 * strictNanson(profileOf(4, ['cbad', 'acbd', 'bdac', 'adcb'], [2, 1, 1, 1])).winners; // [0]
 */
export const strictNanson = defineVotingMethod<ProfileInput>(
  {
    id: 'strict-nanson',
    name: 'Strict Nanson',
    aliases: ['Strict Nanson', 'strict_nanson', 'nanson'],
    family: 'iterative',
    description: 'Repeatedly eliminate every candidate whose Borda score is strictly below the average.',
    citations: [nansonCitation, niou, prefVoting],
    complexity: 'O(m · n · m)',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'irresolute: stops when all remaining candidates have the same Borda score; they all win',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'strict-nanson', strictNanson.info.ballots);
    const { winners, rounds } = eliminateSimultaneously(e.candidates.length, nansonStage(e, false), e.scale);
    return votingResult({ method: 'strict-nanson', candidates: e.candidates, winners, rounds });
  },
);

/**
 * Weak Nanson: repeatedly eliminate every candidate whose Borda score (on the profile restricted to the
 * remaining candidates) is at most the average, until one remains; if that would eliminate everyone
 * (all scores equal), the remaining candidates all win. Condorcet consistent.
 *
 * Sources: Nanson (1882); Niou (1987), doi:10.1007/BF00123008; pref_voting's `weak_nanson`.
 *
 * Complexity: O(m · n · m). Needs strict complete ballots. Irresolute.
 *
 * @example
 * weakNanson(profileOf(4, ['cbad', 'acbd', 'bdac', 'adcb'], [2, 1, 1, 1])).winners; // [2]
 */
export const weakNanson = defineVotingMethod<ProfileInput>(
  {
    id: 'weak-nanson',
    name: 'Weak Nanson',
    aliases: ['Weak Nanson', 'weak_nanson'],
    family: 'iterative',
    description: 'Repeatedly eliminate every candidate whose Borda score is at most the average.',
    citations: [nansonCitation, niou, prefVoting],
    complexity: 'O(m · n · m)',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'irresolute: when all remaining candidates have the same Borda score, they all win',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'weak-nanson', weakNanson.info.ballots);
    const { winners, rounds } = eliminateSimultaneously(e.candidates.length, nansonStage(e, true), e.scale);
    return votingResult({ method: 'weak-nanson', candidates: e.candidates, winners, rounds });
  },
);
