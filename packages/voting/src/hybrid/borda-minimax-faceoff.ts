import type { CandidateIndex } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { minimax } from '../margin/minimax.js';
import { borda } from '../positional/borda.js';
import { defineVotingMethod } from '../registry/define.js';
import { votingResult } from '../result/result.js';

/**
 * Borda-Minimax Faceoff: if the Borda winners and the Minimax winners are the same set, they win;
 * otherwise every Borda winner a faces every Minimax winner b head-to-head and the majority winner of
 * each face-off wins (both on a tied face-off).
 *
 * Source: proposed by E. B. Foley; pref_voting's `borda_minimax_faceoff` (Holliday & Pacuit,
 * doi:10.21105/joss.07020). Uses `borda` and `minimax` (margins).
 *
 * Complexity: O(n·m + m²) after the margins. Needs strict complete ballots (Borda). Irresolute.
 *
 * @example
 * bordaMinimaxFaceoff(profileOf(3, ['abc', 'bca'], [3, 2])).winners; // [0] (Borda [1], Minimax [0])
 */
export const bordaMinimaxFaceoff = defineVotingMethod<ProfileInput>(
  {
    id: 'borda-minimax-faceoff',
    name: 'Borda-Minimax Faceoff',
    aliases: ['Borda-Minimax Faceoff', 'borda_minimax_faceoff'],
    family: 'hybrid',
    description: 'The Borda and Minimax winners if they agree; otherwise the majority winners of their head-to-head face-offs.',
    citations: [{ authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python (borda_minimax_faceoff, after E. B. Foley)', doi: '10.21105/joss.07020' }],
    complexity: 'O(n·m + m²) after the margins',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'irresolute: all face-off winners (both candidates on a tied face-off)',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'borda-minimax-faceoff', bordaMinimaxFaceoff.info.ballots);
    const b = borda(e, {}).winners;
    const mm = minimax(e, {}).winners;
    const label = (cs: readonly CandidateIndex[]) => cs.map((c) => String(e.candidates[c])).join(', ');
    if (b.length === mm.length && b.every((c, i) => c === mm[i])) {
      return votingResult({ method: 'borda-minimax-faceoff', candidates: e.candidates, winners: b, notes: [`Borda and Minimax agree: ${label(b)}.`] });
    }
    const margins = e.margins();
    const winners = new Set<CandidateIndex>();
    for (const x of b) {
      for (const y of mm) {
        if (margins[x]![y]! >= 0) winners.add(x);
        if (margins[x]![y]! <= 0) winners.add(y);
      }
    }
    return votingResult({ method: 'borda-minimax-faceoff', candidates: e.candidates, winners: [...winners], notes: [`Borda winners ${label(b)} face Minimax winners ${label(mm)}.`] });
  },
);
