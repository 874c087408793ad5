import type { CandidateIndex } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import { argmax, toScores, votingResult } from '../result/result.js';
import { tiebreakOrderOf } from './elimination.js';
import type { TiebreakOrderOptions } from './instant-runoff.js';
import { remainingPluralityScores } from './remaining.js';

/**
 * Bracket Voting: the four candidates with the most first places are seeded 1–4 by plurality score; seed
 * 1 meets seed 4 and seed 2 meets seed 3 head-to-head, and the two winners meet in a final; majority
 * decides each match, a tied match goes to the higher seed. With three candidates seed 1 has a bye;
 * with two, the plurality winners win. Ties in plurality scores when seeding are broken by
 * `tiebreakOrder` (the earlier candidate gets the better seed; default candidate index order —
 * pref_voting's `tie_break="lexicographic"`; pref_voting's default is a random order).
 *
 * Source: proposed by E. B. Foley; pref_voting's `bracket_voting` (Holliday & Pacuit,
 * doi:10.21105/joss.07020).
 *
 * Complexity: O(n + m log m) after the margins. Truncated ballots: first places as Plurality, margins
 * with unranked candidates as `options.unranked` says. Resolute (one winner) except with two
 * candidates tied on first places.
 *
 * @example
 * bracketVoting(profileOf(4, ['abcd', 'bcda', 'cdab', 'dcba'], [4, 3, 2, 1])).winners; // [1]
 */
export const bracketVoting = defineVotingMethod<ProfileInput, TiebreakOrderOptions>(
  {
    id: 'bracket-voting',
    name: 'Bracket Voting',
    aliases: ['Bracket Voting', 'bracket_voting', 'bracket'],
    family: 'iterative',
    description: 'A knockout bracket of the top four plurality candidates: 1 v 4, 2 v 3, then the final, decided by majority.',
    citations: [{ authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python (bracket_voting, after E. B. Foley)', doi: '10.21105/joss.07020' }],
    complexity: 'O(n + m log m) after the margins',
    input: 'profile',
    ballots: { ties: false, truncated: true },
    tieBreaking: 'resolute: seeding ties by options.tiebreakOrder (default candidate index order), tied matches to the higher seed',
    properties: { 'condorcet-winner': false, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'bracket-voting', bracketVoting.info.ballots);
    const m = e.candidates.length;
    const all = Array.from({ length: m }, (_, c) => c);
    const scores = remainingPluralityScores(e, all.map(() => true));
    const result = (winners: CandidateIndex[], note: string) => votingResult({ method: 'bracket-voting', candidates: e.candidates, winners, scores: toScores(scores, e.scale), notes: [note] });
    if (m === 1) return result([0], 'one candidate');
    if (m === 2) return result(argmax(scores), 'two candidates: plurality');
    const rank = new Int32Array(m);
    tiebreakOrderOf(options.tiebreakOrder, m).forEach((c, i) => (rank[c] = i));
    const descending = Array.from(scores).sort((a, b) => b - a);
    const seeds: CandidateIndex[] = [];
    for (let s = 0; s < Math.min(4, m); s++) {
      const pool = all.filter((c) => scores[c] === descending[s] && !seeds.includes(c));
      seeds.push(pool.reduce((a, b) => (rank[b]! < rank[a]! ? b : a)));
    }
    const margins = e.margins();
    const match = (hi: number, lo: number) => (margins[seeds[hi]!]![seeds[lo]!]! >= 0 ? hi : lo);
    const semi1 = m === 3 ? 0 : match(0, 3);
    const semi2 = match(1, 2);
    const final = semi1 < semi2 ? match(semi1, semi2) : match(semi2, semi1);
    const label = (s: number) => `${String(e.candidates[seeds[s]!])} (seed ${s + 1})`;
    return result([seeds[final]!], `semi-finals: ${m === 3 ? `${label(0)} has a bye` : `${label(0)} v ${label(3)} → ${label(semi1)}`}; ${label(1)} v ${label(2)} → ${label(semi2)}; final → ${label(final)}`);
  },
);
