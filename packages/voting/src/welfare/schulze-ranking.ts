import type { CandidateIndex } from '@plural/core';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { beatPath, strongestPaths } from '../margin/beat-path.js';
import { defineWelfareFunction, welfareResult, type WelfareOptions } from './define.js';

/**
 * Schulze ranking: a beats b when the strongest path from a to b is stronger than the one back
 * (p[a][b] > p[b][a]). Schulze (2011, §4.1) proves this relation transitive, so it is a strict partial
 * order; when the strongest-path strengths have no ties it is moreover complete, hence a linear order.
 * With ties it need not be a weak order (two candidates may be unrelated while a third beats only one
 * of them); the SWF then ranks by layers — first the candidates no one beats, then those no remaining
 * candidate beats, and so on — which extends the relation (if a beats b, a is in an earlier tier), is
 * exactly the relation when it is a strict weak order, and matches Condorcet PHP's Schulze ranking. A
 * note says when the layering had to separate unrelated candidates. Scores: the number of candidates
 * each beats by path.
 *
 * Source: M. Schulze, "A new monotonic, clone-independent, reversal symmetric, and Condorcet-consistent
 * single-winner election method", Social Choice and Welfare 36 (2011) 267–303,
 * doi:10.1007/s00355-010-0475-4.
 *
 * Complexity: O(m³) after the margins.
 *
 * @example
 * schulzeRanking(schulzeExample).ranking; // [[4], [0], [2], [1], [3]]: E > A > C > B > D (Schulze 2011, §3.1)
 */
export const schulzeRanking = defineWelfareFunction<MarginInput, WelfareOptions>(
  {
    id: 'schulze-ranking',
    name: 'Schulze ranking',
    aliases: ['Schulze ranking', 'beat-path-ranking', 'Beat Path ranking', 'schulze_ranking'],
    family: 'welfare-function',
    description: 'Ranks the candidates by the beat-path relation (strongest path to a rival stronger than the path back), layer by layer.',
    citations: beatPath.info.citations,
    complexity: 'O(m³) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'none: candidates unbeaten within the remaining ones share a tier',
    properties: beatPath.info.properties,
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const m = g.candidates.length;
    const p = strongestPaths(g.margins);
    const beats = (a: CandidateIndex, b: CandidateIndex): boolean => p[a]![b]! > p[b]![a]!;
    const wins = Array.from({ length: m }, (_, a) => Array.from({ length: m }, (_, b) => (a !== b && beats(a, b) ? 1 : 0)).reduce<number>((s, v) => s + v, 0));
    const ranking: CandidateIndex[][] = [];
    let left = Array.from({ length: m }, (_, i) => i);
    while (left.length > 0) {
      const tier = left.filter((a) => left.every((b) => !beats(b, a)));
      ranking.push(tier);
      left = left.filter((a) => !tier.includes(a));
    }
    // The layering equals the relation iff candidates in different tiers are always related.
    let separated = 0;
    ranking.forEach((tier, i) => {
      for (const later of ranking.slice(i + 1)) for (const a of tier) for (const b of later) if (!beats(a, b)) separated++;
    });
    return welfareResult({
      method: 'schulze-ranking',
      candidates: g.candidates,
      scores: wins,
      ranking,
      notes: [
        separated === 0
          ? 'The beat-path relation is a strict weak order; the ranking is that order.'
          : `The beat-path relation is only a partial order here: ${separated} pair${separated === 1 ? ' is' : 's are'} unrelated but placed in different tiers by the layering.`,
      ],
    });
  },
);
