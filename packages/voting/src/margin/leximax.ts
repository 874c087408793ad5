import type { CandidateIndex } from '@plural/core';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { toScores, votingResult } from '../result/result.js';

/** The margins of every rival over c, largest first: c's "losses" from worst to mildest (negative = a win). */
function sortedLosses(margins: readonly (readonly number[])[], c: CandidateIndex): number[] {
  const out: number[] = [];
  for (let d = 0; d < margins.length; d++) if (d !== c) out.push(margins[d]![c]!);
  return out.sort((x, y) => y - x);
}

/** Lexicographic comparison of two equally long vectors: negative when u comes first. */
function compareLex(u: readonly number[], v: readonly number[]): number {
  for (let i = 0; i < u.length; i++) if (u[i] !== v[i]) return u[i]! - v[i]!;
  return 0;
}

/**
 * Leximax: Minimax refined lexicographically. Each candidate's vector lists the margins of all its rivals
 * over it, largest first (its worst loss, then its second worst, …; a win counts as a negative loss);
 * the candidates with the lexicographically smallest vector win. The first entry is the Simpson–Kramer
 * minimax score, so the winners are among the Minimax winners. Condorcet consistent.
 *
 * Sources: pref_voting's `leximax` (Holliday & Pacuit, doi:10.21105/joss.07020), which settles Minimax
 * ties on the second worst loss, then the third, and so on; P. B. Simpson (1969), doi:10.2307/1880527
 * (Minimax); W. H. Holliday, E. Pacuit, "An extension of May's Theorem to three alternatives:
 * axiomatizing Minimax voting" (2023), arXiv:2312.14256 (refinements of Minimax).
 *
 * Complexity: O(m² log m) after the margins. Irresolute: candidates with equal vectors tie. Scores are
 * the worst losses (the minimax scores, lower is better); `ranking` orders candidates by their vectors.
 *
 * @example
 * // a, b, c each lose once by 1 and win once by 1; d loses to all: a, b and c tie at [1, −1, −3].
 * leximax(profileOf(4, ['abcd', 'bcad', 'cabd'])).winners; // [0, 1, 2]
 */
export const leximax = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'leximax',
    name: 'Leximax',
    aliases: ['Leximax', 'leximax', 'lexicographic-minimax'],
    family: 'margin',
    description: 'The candidates whose margins of defeat, sorted from worst to mildest, are lexicographically smallest win.',
    citations: [
      { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python (leximax)', doi: '10.21105/joss.07020' },
      { authors: 'P. B. Simpson', year: 1969, title: 'On defining areas of voter choice: Professor Tullock on stable voting', doi: '10.2307/1880527' },
      { authors: 'W. H. Holliday, E. Pacuit', year: 2023, title: "An extension of May's Theorem to three alternatives: axiomatizing Minimax voting", arxiv: '2312.14256' },
    ],
    complexity: 'O(m² log m) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all candidates with the lexicographically smallest sorted losses',
    properties: { 'condorcet-winner': true, 'condorcet-loser': false, 'pareto-dominance': true, 'positive-involvement': true },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const m = g.candidates.length;
    const vectors = g.candidates.map((_, c) => sortedLosses(g.margins, c));
    const order = Array.from({ length: m }, (_, c) => c).sort((a, b) => compareLex(vectors[a]!, vectors[b]!) || a - b);
    const ranking: CandidateIndex[][] = [];
    for (const c of order) {
      const last = ranking[ranking.length - 1];
      if (last !== undefined && compareLex(vectors[last[0]!]!, vectors[c]!) === 0) last.push(c);
      else ranking.push([c]);
    }
    return votingResult({
      method: 'leximax',
      candidates: g.candidates,
      winners: ranking[0] ?? [],
      scores: toScores(vectors.map((v) => v[0] ?? 0), g.scale),
      ranking,
      notes: ['Scores are worst losses (largest margin of a rival over the candidate); ties are broken by the next worst losses.'],
    });
  },
);
