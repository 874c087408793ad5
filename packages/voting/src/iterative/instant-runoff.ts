import type { CandidateIndex } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { toScore, votingResult, type Round } from '../result/result.js';
import { remainingCandidates, remainingPluralityScores } from './remaining.js';

/**
 * Instant Runoff (Hare, alternative vote): repeatedly eliminate the candidates with the fewest
 * first-place votes among those remaining — all of them at once when several tie for fewest — until the
 * remaining candidates all have the same score; they win. Truncated ballots are exhausted when all
 * their ranked candidates are out. (For parallel-universe tie-breaking see `instant-runoff-put`.)
 *
 * Source: T. Hare, "The Machinery of Representation" (1857); simultaneous elimination of tied losers
 * as in pref_voting (Holliday & Pacuit, JOSS 2025, doi:10.21105/joss.07020).
 *
 * Complexity: O(m · total ballot length). Irresolute.
 */
export const instantRunoff = defineVotingMethod<ProfileInput, VotingOptions>(
  {
    id: 'instant-runoff',
    name: 'Instant Runoff',
    aliases: ['irv', 'hare', 'alternative-vote', 'ranked-choice', 'Instant Runoff', 'instant_runoff', 'Instant-runoff'],
    family: 'iterative',
    description: 'Repeatedly eliminate the candidates with the fewest first places among those remaining.',
    citations: [
      { authors: 'T. Hare', year: 1857, title: 'The Machinery of Representation', url: 'https://en.wikipedia.org/wiki/Instant-runoff_voting' },
      { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' },
    ],
    complexity: 'O(m · total ballot length)',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'irresolute: all candidates tied for fewest first places are eliminated together; the last remaining tie wins',
    properties: { 'condorcet-winner': false, 'condorcet-loser': false, 'pareto-dominance': null },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'instant-runoff', instantRunoff.info.ballots);
    const m = e.candidates.length;
    const inRace = Array.from({ length: m }, () => true);
    const rounds: Round[] = [];
    for (;;) {
      const remaining = remainingCandidates(inRace);
      const scores = remainingPluralityScores(e, inRace);
      let low = Infinity;
      let high = -Infinity;
      for (const c of remaining) {
        low = Math.min(low, scores[c]!);
        high = Math.max(high, scores[c]!);
      }
      const roundScores = Array.from({ length: m }, (_, c) => (inRace[c] ? toScore(scores[c]!, e.scale) : undefined));
      if (low === high) {
        rounds.push({ scores: roundScores, eliminated: [], note: remaining.length === 1 ? 'one candidate remains' : 'the remaining candidates tie' });
        return votingResult({ method: 'instant-runoff', candidates: e.candidates, winners: remaining, rounds });
      }
      const out: CandidateIndex[] = remaining.filter((c) => scores[c] === low);
      for (const c of out) inRace[c] = false;
      rounds.push({ scores: roundScores, eliminated: out, note: 'fewest first places among the remaining candidates' });
    }
  },
);
