import type { CandidateIndex } from '@plural/core';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';
import { strongestPaths } from './beat-path.js';

/**
 * The Split Cycle defeat relation, restricted to `among` when given: `defeat[a][b]` when a beats b by a
 * margin larger than the strongest path of positive margins from b back to a (inside `among`) — that is,
 * when the edge a → b is not the weakest edge of any majority cycle.
 *
 * Complexity: O(k³) for k candidates.
 */
export function splitCycleDefeat(margins: readonly (readonly number[])[], among?: readonly CandidateIndex[]): boolean[][] {
  const m = margins.length;
  const cs = among ?? Array.from({ length: m }, (_, i) => i);
  const sub = cs.map((a) => cs.map((b) => margins[a]![b]!));
  const p = strongestPaths(sub);
  const defeat = Array.from({ length: m }, () => new Array<boolean>(m).fill(false));
  cs.forEach((a, i) =>
    cs.forEach((b, j) => {
      if (i !== j && sub[i]![j]! > 0 && sub[i]![j]! > p[j]![i]!) defeat[a]![b] = true;
    }),
  );
  return defeat;
}

/** The candidates of `among` (default all) that no candidate of `among` defeats by Split Cycle, ascending. */
export function splitCycleWinners(margins: readonly (readonly number[])[], among?: readonly CandidateIndex[]): CandidateIndex[] {
  const cs = among ?? Array.from({ length: margins.length }, (_, i) => i);
  const defeat = splitCycleDefeat(margins, cs);
  return cs.filter((b) => !cs.some((a) => defeat[a]![b])).sort((x, y) => x - y);
}

/**
 * Split Cycle (Holliday & Pacuit): in every majority cycle, discard the edge(s) with the smallest margin;
 * the remaining majority edges are defeats, and the undefeated candidates win. Equivalently, a defeats b
 * when the margin of a over b exceeds the strength of every path of positive margins from b back to a.
 *
 * Source: W. H. Holliday, E. Pacuit, "Split Cycle: a new Condorcet-consistent voting method independent of
 * clones and immune to spoilers", Public Choice 197 (2023) 1–62, doi:10.1007/s11127-023-01042-3.
 *
 * Complexity: O(m³) after the margins. Irresolute (all undefeated candidates; there always is one).
 *
 * @example
 * splitCycle(profileOf(3, ['abc', 'bca', 'cab'])).winners; // [0, 1, 2]
 */
export const splitCycle = defineVotingMethod<MarginInput, VotingOptions>(
  {
    id: 'split-cycle',
    name: 'Split Cycle',
    aliases: ['Split Cycle', 'split_cycle'],
    family: 'margin',
    description: 'A defeats B when the margin of A over B exceeds the strongest path of positive margins from B back to A; the undefeated candidates win.',
    citations: [{ authors: 'W. H. Holliday, E. Pacuit', year: 2023, title: 'Split Cycle: a new Condorcet-consistent voting method independent of clones and immune to spoilers', doi: '10.1007/s11127-023-01042-3' }],
    complexity: 'O(m³) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all candidates that are not defeated',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': true },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    return votingResult({ method: 'split-cycle', candidates: g.candidates, winners: splitCycleWinners(g.margins) });
  },
);
