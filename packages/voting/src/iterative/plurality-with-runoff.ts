import type { CandidateIndex } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import { argmax, toScore, votingResult } from '../result/result.js';
import { remainingPluralityScores } from './remaining.js';

/**
 * Plurality with Runoff PUT: if one candidate has the most first places, it meets each candidate with
 * the second most in a head-to-head runoff; if several tie for the most, each pair of them meets. With
 * parallel-universe tie-breaking, every such runoff counts: its majority winner wins (both on a tied
 * runoff). With one candidate, it wins.
 *
 * Sources: pref_voting's `plurality_with_runoff_put` (Holliday & Pacuit, doi:10.21105/joss.07020);
 * the two-round system, see Wikipedia "Two-round system".
 *
 * Complexity: O(n + m²) after the margins. Truncated ballots: first places as Plurality, margins with
 * unranked candidates as `options.unranked` says. Irresolute.
 *
 * @example
 * pluralityWithRunoffPut(profileOf(3, ['abc', 'bca', 'cba'], [4, 3, 2])).winners; // [1]
 */
export const pluralityWithRunoffPut = defineVotingMethod<ProfileInput>(
  {
    id: 'plurality-with-runoff-put',
    name: 'Plurality with Runoff PUT',
    aliases: ['PluralityWRunoff PUT', 'Plurality with Runoff PUT', 'plurality_with_runoff_put', 'plurality-with-runoff', 'top-two-runoff', 'runoff'],
    family: 'iterative',
    description: 'A head-to-head runoff between the two candidates with the most first places, every tie for the top two counted.',
    citations: [
      { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' },
      { authors: 'Wikipedia contributors', year: 2024, title: 'Two-round system', url: 'https://en.wikipedia.org/wiki/Two-round_system' },
    ],
    complexity: 'O(n + m²) after the margins',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'parallel universes: every runoff pair allowed by ties for first or second place; the union of their winners',
    properties: { 'condorcet-winner': false, 'condorcet-loser': true, 'pareto-dominance': null, 'positive-involvement': true },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'plurality-with-runoff-put', pluralityWithRunoffPut.info.ballots);
    const m = e.candidates.length;
    const all = Array.from({ length: m }, (_, c) => c);
    const scores = remainingPluralityScores(e, all.map(() => true));
    const roundScores = Array.from(scores, (s) => toScore(s, e.scale));
    if (m === 1) return votingResult({ method: 'plurality-with-runoff-put', candidates: e.candidates, winners: [0], rounds: [{ scores: roundScores, eliminated: [], note: 'one candidate' }] });
    const first = argmax(scores);
    const pairs: [CandidateIndex, CandidateIndex][] = [];
    if (first.length === 1) {
      const second = argmax(scores, all.filter((c) => c !== first[0]));
      for (const b of second) pairs.push([first[0]!, b]);
    } else {
      for (const a of first) for (const b of first) if (a < b) pairs.push([a, b]);
    }
    const margins = e.margins();
    const winners = new Set<CandidateIndex>();
    for (const [a, b] of pairs) {
      if (margins[a]![b]! >= 0) winners.add(a);
      if (margins[a]![b]! <= 0) winners.add(b);
    }
    const finalists = [...new Set(pairs.flat())].sort((a, b) => a - b);
    return votingResult({
      method: 'plurality-with-runoff-put',
      candidates: e.candidates,
      winners: [...winners],
      rounds: [
        { scores: roundScores, eliminated: all.filter((c) => !finalists.includes(c)), note: 'first round: the top two by first places (every tie) go to a runoff' },
        { scores: all.map(() => undefined), eliminated: finalists.filter((c) => !winners.has(c)), note: `runoffs: ${pairs.map(([a, b]) => `${String(e.candidates[a])}–${String(e.candidates[b])}`).join(', ')}` },
      ],
    });
  },
);
