import type { CandidateIndex, Label } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import type { Citation, VotingMethod, VotingMethodInfo, VotingOptions } from '../registry/types.js';
import { toScores, votingResult, type VotingResult } from '../result/result.js';

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
 * The Beat Path result for a strength matrix (positive entries are the defeats, only their order matters):
 * the winners are unbeaten by path; the score of a candidate is the number of candidates it beats by path.
 *
 * Complexity: O(m³).
 */
export function beatPathResult(method: string, candidates: readonly Label[], strength: readonly (readonly number[])[]): VotingResult {
  const m = candidates.length;
  const p = strongestPaths(strength);
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
  return votingResult({ method, candidates, winners, scores: toScores(wins, 1) });
}

const schulze2011: Citation = { authors: 'M. Schulze', year: 2011, title: 'A new monotonic, clone-independent, reversal symmetric, and Condorcet-consistent single-winner election method', doi: '10.1007/s00355-010-0475-4' };

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
    id: 'schulze',
    name: 'Schulze (Beat Path)',
    aliases: ['beat-path', 'Beat Path', 'Schulze Margin', 'schulze-margin'],
    family: 'margin',
    description: 'Winners are the candidates whose strongest path to every rival is at least as strong as the rival\'s path back.',
    citations: [schulze2011],
    complexity: 'O(m³) after the margins',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all candidates unbeaten by path win',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const g = marginGraph(input, options);
    return beatPathResult('schulze', g.candidates, g.margins);
  },
);

/**
 * The rank of each fraction num/den (den > 0) among all of them, 1 for the smallest; equal fractions get
 * equal ranks. Exact (cross-multiplication in BigInt).
 */
function fractionRanks(fractions: readonly (readonly [number, number])[]): number[] {
  const order = fractions.map((_, i) => i).sort((i, j) => {
    const [a, b] = fractions[i]!;
    const [c, d] = fractions[j]!;
    const left = BigInt(a) * BigInt(d);
    const right = BigInt(c) * BigInt(b);
    return left < right ? -1 : left > right ? 1 : 0;
  });
  const ranks = new Array<number>(fractions.length).fill(0);
  let rank = 0;
  order.forEach((i, k) => {
    const prev = order[k - 1];
    if (prev === undefined || BigInt(fractions[prev]![0]) * BigInt(fractions[i]![1]) !== BigInt(fractions[i]![0]) * BigInt(fractions[prev]![1])) rank++;
    ranks[i] = rank;
  });
  return ranks;
}

/** The Schulze strength matrix of a variant from the supports: 0 unless a beats b by majority. */
function schulzeStrengths(support: readonly (readonly number[])[], variant: 'winning' | 'ratio'): number[][] {
  const m = support.length;
  const out = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  if (variant === 'winning') {
    for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) if (a !== b && support[a]![b]! > support[b]![a]!) out[a]![b] = support[a]![b]!;
    return out;
  }
  // Ratio: support(a, b) / support(b, a), or (support(a, b) + 1) / 1 when no one prefers b (Condorcet PHP).
  const pairs: [number, number][] = [];
  const fractions: [number, number][] = [];
  for (let a = 0; a < m; a++)
    for (let b = 0; b < m; b++) {
      if (a === b || support[a]![b]! <= support[b]![a]!) continue;
      pairs.push([a, b]);
      fractions.push(support[b]![a]! === 0 ? [support[a]![b]! + 1, 1] : [support[a]![b]!, support[b]![a]!]);
    }
  fractionRanks(fractions).forEach((r, i) => (out[pairs[i]![0]]![pairs[i]![1]] = r));
  return out;
}

/**
 * Registers a Schulze variant that needs ballots: Beat Path on the strengths `variant` reads off the
 * supports (Schulze 2011, §2.1; Condorcet PHP's naming).
 */
function defineSchulzeVariant(
  variant: 'winning' | 'ratio',
  info: Pick<VotingMethodInfo, 'id' | 'name' | 'aliases' | 'description' | 'citations' | 'complexity'>,
): VotingMethod<ProfileInput, VotingOptions> {
  const method = defineVotingMethod<ProfileInput, VotingOptions>(
    {
      id: info.id,
      name: info.name,
      aliases: info.aliases,
      family: 'margin',
      description: info.description,
      citations: info.citations,
      complexity: info.complexity,
      input: 'profile',
      ballots: { ties: true, truncated: true },
      tieBreaking: 'irresolute: all candidates unbeaten by path',
      properties: { 'condorcet-winner': true },
    },
    (input, options) => {
      const e = election(input, options);
      requireBallots(e, info.id, method.info.ballots);
      return beatPathResult(info.id, e.candidates, schulzeStrengths(e.support(), variant));
    },
  );
  return method;
}

/**
 * Schulze Winning: Beat Path with the strength of a defeat measured by the winning votes — the number of
 * voters who prefer the winner of the pair (Schulze's own recommendation; Condorcet PHP's "Schulze
 * Winning"). Differs from Beat Path on margins only when ballots have ties or are truncated. Needs ballots.
 *
 * Source: M. Schulze (2011), doi:10.1007/s00355-010-0475-4, §2.1 (winning votes).
 *
 * Complexity: O(m³) after the supports. Irresolute.
 *
 * @example
 * beatPathWinning(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners; // [0]
 */
export const beatPathWinning = defineSchulzeVariant('winning', {
  id: 'schulze-winning',
  name: 'Schulze Winning (Beat Path, winning votes)',
  aliases: ['beat-path-winning', 'Schulze Winning', 'SchulzeWinning', 'beat-path-winning-votes'],
  description: 'Beat Path where a defeat is as strong as the number of voters preferring its winner.',
  citations: [schulze2011, { authors: 'J. Boudry and contributors', year: 2023, title: 'Condorcet PHP 4.5: Schulze Winning', url: 'https://github.com/julien-boudry/Condorcet/blob/master/src/Algo/Methods/Schulze/SchulzeWinning.php' }],
  complexity: 'O(m³) after the supports',
});

/**
 * Schulze Ratio: Beat Path with the strength of a defeat of b by a measured by the ratio support(a, b) /
 * support(b, a), and support(a, b) + 1 when no voter prefers b (Condorcet PHP's "Schulze Ratio"); ratios
 * are compared exactly. Needs ballots.
 *
 * Source: M. Schulze (2011), doi:10.1007/s00355-010-0475-4, §2.1 (the ratio of votes); the convention for
 * unopposed defeats is Condorcet PHP's.
 *
 * Complexity: O(m³ + m² log m) after the supports. Irresolute.
 *
 * @example
 * beatPathRatio(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners; // [0]
 */
export const beatPathRatio = defineSchulzeVariant('ratio', {
  id: 'schulze-ratio',
  name: 'Schulze Ratio (Beat Path, ratio of votes)',
  aliases: ['beat-path-ratio', 'Schulze Ratio', 'SchulzeRatio'],
  description: 'Beat Path where a defeat is as strong as the ratio of the voters preferring its winner to those preferring its loser.',
  citations: [schulze2011, { authors: 'J. Boudry and contributors', year: 2023, title: 'Condorcet PHP 4.5: Schulze Ratio', url: 'https://github.com/julien-boudry/Condorcet/blob/master/src/Algo/Methods/Schulze/SchulzeRatio.php' }],
  complexity: 'O(m³ + m² log m) after the supports',
});
