import type { CandidateIndex, Label } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import type { Citation, VotingMethod, VotingMethodInfo, VotingOptions } from '../registry/types.js';
import { votingResult, type VotingResult } from '../result/result.js';

/** A majority pair as Condorcet PHP sorts it: the winner's support, the loser's support (minority), the margin. */
interface Pair {
  readonly from: CandidateIndex;
  readonly to: CandidateIndex;
  readonly win: number;
  readonly minority: number;
  readonly margin: number;
}

/**
 * Which arcs lie on a cycle of the graph (a list of arcs), by strongly connected components (an arc
 * u → v is on a cycle exactly when v reaches u).
 */
function arcsOnCycle(m: number, arcs: readonly { from: number; to: number }[]): boolean[] {
  const adjacency: number[][] = Array.from({ length: m }, () => []);
  for (const a of arcs) adjacency[a.from]!.push(a.to);
  const reach = Array.from({ length: m }, (_, s) => {
    const seen = new Uint8Array(m);
    const stack = [s];
    while (stack.length > 0) {
      const u = stack.pop()!;
      for (const v of adjacency[u]!) {
        if (seen[v] === 0) {
          seen[v] = 1;
          stack.push(v);
        }
      }
    }
    return seen;
  });
  return arcs.map((a) => reach[a.to]![a.from] === 1);
}

/**
 * Condorcet PHP's Ranked Pairs (version 4.5): the majority pairs sorted by the primary key (winning votes or
 * margin) decreasing, then by the minority (the loser's support) increasing; pairs equal in both keys form
 * one round. In each round, every pair of the round that lies on a cycle together with the locked arcs and
 * the other pairs of the round is dropped, and the rest are locked. The ranking peels off the candidates
 * with no locked arc into them, round after round.
 */
function condorcetPhpRankedPairs(method: string, candidates: readonly Label[], support: readonly (readonly number[])[], key: 'win' | 'margin'): VotingResult {
  const m = candidates.length;
  const pairs: Pair[] = [];
  for (let a = 0; a < m; a++)
    for (let b = 0; b < m; b++) {
      if (a !== b && support[a]![b]! > support[b]![a]!) pairs.push({ from: a, to: b, win: support[a]![b]!, minority: support[b]![a]!, margin: support[a]![b]! - support[b]![a]! });
    }
  pairs.sort((p, q) => q[key] - p[key] || p.minority - q.minority);
  const locked: Pair[] = [];
  for (let i = 0; i < pairs.length; ) {
    let j = i;
    while (j < pairs.length && pairs[j]![key] === pairs[i]![key] && pairs[j]!.minority === pairs[i]!.minority) j++;
    const round = pairs.slice(i, j);
    const base = locked.length;
    const cyclic = arcsOnCycle(m, [...locked, ...round]);
    round.forEach((p, k) => {
      if (!cyclic[base + k]) locked.push(p);
    });
    i = j;
  }
  const ranking: CandidateIndex[][] = [];
  let arcs = locked.slice();
  const done = new Set<CandidateIndex>();
  while (done.size < m) {
    const tier = Array.from({ length: m }, (_, c) => c).filter((c) => !done.has(c) && !arcs.some((a) => a.to === c));
    ranking.push(tier);
    for (const c of tier) done.add(c);
    arcs = arcs.filter((a) => !done.has(a.from) && !done.has(a.to));
  }
  return votingResult({ method, candidates, winners: ranking[0] ?? [], ranking });
}

const condorcetPhpCitation = (variant: string): Citation => ({
  authors: 'J. Boudry and contributors',
  year: 2023,
  title: `Condorcet PHP 4.5: Ranked Pairs ${variant}`,
  url: 'https://github.com/julien-boudry/Condorcet/blob/master/src/Algo/Methods/RankedPairs/RankedPairs_Core.php',
});
const tideman1987: Citation = { authors: 'T. N. Tideman', year: 1987, title: 'Independence of clones as a criterion for voting rules', doi: '10.1007/BF00433944' };

/** Registers Condorcet PHP's Ranked Pairs with the pairs taken by `key` (winning votes or margin); needs ballots. */
function defineCondorcetPhpRankedPairs(
  key: 'win' | 'margin',
  info: Pick<VotingMethodInfo, 'id' | 'name' | 'aliases' | 'description' | 'citations'>,
): VotingMethod<ProfileInput, VotingOptions> {
  const method = defineVotingMethod<ProfileInput, VotingOptions>(
    {
      id: info.id,
      name: info.name,
      aliases: info.aliases,
      family: 'margin',
      description: info.description,
      citations: info.citations,
      complexity: 'O(m⁴) after the supports',
      input: 'profile',
      ballots: { ties: true, truncated: true },
      tieBreaking: 'irresolute: secondary key the opposition; remaining ties dropped together when cyclic',
      properties: { 'condorcet-winner': true },
    },
    (input, options) => {
      const e = election(input, options);
      requireBallots(e, info.id, method.info.ballots);
      return condorcetPhpRankedPairs(info.id, e.candidates, e.support(), key);
    },
  );
  return method;
}

/**
 * Ranked Pairs Winning, as Condorcet PHP computes it: the majority pairs are taken by decreasing winning
 * votes (the number of voters preferring the pair's winner), then by increasing opposition; pairs equal in
 * both form a round, whose pairs are all dropped when they lie on a cycle with the locked pairs and the
 * rest of the round, and otherwise locked. The candidates with no locked pair against them win.
 * (For Tideman's rule with every tie-breaking order see `ranked-pairs`.) Needs ballots.
 *
 * Source: T. N. Tideman (1987), doi:10.1007/BF00433944; Condorcet PHP 4.5 (J. Boudry), RankedPairs_Core.
 *
 * Complexity: O(m⁴) (a reachability pass per round). Irresolute.
 *
 * @example
 * rankedPairsWinning(profileOf(3, ['abc', 'bca', 'cab'])).winners; // [0, 1, 2]: the one round is a cycle
 */
export const rankedPairsWinning = defineCondorcetPhpRankedPairs('win', {
  id: 'ranked-pairs-winning',
  name: 'Ranked Pairs Winning (Condorcet PHP)',
  aliases: ['Ranked Pairs Winning', 'RankedPairsWinning', 'Ranked_Pairs_Winning'],
  description: 'Ranked Pairs by winning votes as Condorcet PHP computes it: equal pairs form a round, and the pairs of a round that would close a cycle are all dropped.',
  citations: [tideman1987, condorcetPhpCitation('Winning')],
});

/**
 * Ranked Pairs Margin, as Condorcet PHP computes it: as `ranked-pairs-winning` with the pairs taken by
 * decreasing margin, then by increasing opposition. (For Tideman's rule with every tie-breaking order see
 * `ranked-pairs`; the two agree whenever no two majority pairs tie in both keys.) Needs ballots.
 *
 * Source: T. N. Tideman (1987), doi:10.1007/BF00433944; Condorcet PHP 4.5 (J. Boudry), RankedPairs_Core.
 *
 * Complexity: O(m⁴) after the supports. Irresolute.
 *
 * @example
 * rankedPairsMargin(profileOf(4, ['abcd', 'bcda', 'cdba', 'dcba'], [42, 26, 15, 17])).winners; // [1]
 */
export const rankedPairsMargin = defineCondorcetPhpRankedPairs('margin', {
  id: 'ranked-pairs-margin',
  name: 'Ranked Pairs Margin (Condorcet PHP)',
  aliases: ['Ranked Pairs Margin', 'RankedPairsMargin', 'Ranked_Pairs_Margin'],
  description: 'Ranked Pairs by margins as Condorcet PHP computes it: ties broken by the smaller opposition, then equal pairs that would close a cycle dropped together.',
  citations: [tideman1987, condorcetPhpCitation('Margin')],
});
