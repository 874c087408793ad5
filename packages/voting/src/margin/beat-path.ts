import { defineVotingMethod } from '../registry/define.js';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import type { VotingOptions } from '../registry/types.js';
import { toScores, votingResult } from '../result/result.js';
import type { CandidateIndex } from '@plural/core';

/**
 * The strengths of the strongest paths of a margin graph (Floyd–Warshall on widest paths): `p[a][b]` is
 * the maximum over paths a = x0 → x1 → … → b of the minimum margin along the path, counting only
 * positive margins (defeats); 0 when there is no such path.
 *
 * Complexity: O(m³).
 */
export function strongestPaths(margins: readonly (readonly number[])[]): number[][] {
  const m = margins.length;
  const p = Array.from({ length: m }, (_, a) => Array.from({ length: m }, (_, b) => (a !== b && margins[a]![b]! > 0 ? margins[a]![b]! : 0)));
  for (let k = 0; k < m; k++) {
    const pk = p[k]!;
    for (let a = 0; a < m; a++) {
      if (a === k) continue;
      const pak = p[a]![k]!;
      if (pak === 0) continue;
      const pa = p[a]!;
      for (let b = 0; b < m; b++) {
        if (b === a || b === k) continue;
        const via = pak < pk[b]! ? pak : pk[b]!;
        if (via > pa[b]!) pa[b] = via;
      }
    }
  }
  return p;
}

/**
 * Beat Path (the Schulze method): a beats b by path when the strongest path from a to b is stronger
 * than the one from b to a; the winners are the candidates no one beats by path. Condorcet consistent,
 * clone independent, monotone; always has a winner (the path relation is transitive).
 *
 * Source: M. Schulze, "A new monotonic, clone-independent, reversal symmetric, and
 * Condorcet-consistent single-winner election method", Social Choice and Welfare 36 (2011) 267–303,
 * doi:10.1007/s00355-010-0475-4.
 *
 * Complexity: O(m³) after the margins. Irresolute. Scores: the number of candidates each beats by path.
 */
export const beatPath = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'beat-path',
    name: 'Beat Path (Schulze)',
    aliases: ['schulze', 'Beat Path', 'beat_path', 'Schulze', 'Schulze Margin', 'schulze-margin'],
    family: 'margin',
    description: 'Winners are the candidates whose strongest path to every rival is at least as strong as the rival\'s path back.',
    citations: [{ authors: 'M. Schulze', year: 2011, title: 'A new monotonic, clone-independent, reversal symmetric, and Condorcet-consistent single-winner election method', doi: '10.1007/s00355-010-0475-4' }],
    complexity: 'O(m³) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all candidates unbeaten by path win',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const m = g.candidates.length;
    const p = strongestPaths(g.margins);
    const wins = new Float64Array(m);
    const winners: CandidateIndex[] = [];
    for (let a = 0; a < m; a++) {
      let unbeaten = true;
      for (let b = 0; b < m; b++) {
        if (b === a) continue;
        if (p[a]![b]! > p[b]![a]!) wins[a]! += 1;
        else if (p[b]![a]! > p[a]![b]!) unbeaten = false;
      }
      if (unbeaten) winners.push(a);
    }
    // The beat-path relation is a strict weak order's asymmetric part only up to ties; rank by wins.
    return votingResult({ method: 'beat-path', candidates: g.candidates, winners, scores: toScores(wins, 1) });
  },
);
