import { Rational, ValidationError, type CandidateIndex, type RationalLike } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { toScore, votingResult, type Round } from '../result/result.js';

export interface ConsensusBuilderOptions extends VotingOptions {
  /**
   * The consensus-building ranking σ, a permutation of the candidate indices, best first. Default
   * 0, 1, …, m−1 (pref_voting's deterministic Consensus Builder; Random Consensus Builder draws σ at
   * random).
   */
  readonly consensusRanking?: readonly CandidateIndex[];
  /** The elimination threshold β in (0, 1]: the share of all voters that must prefer the lower candidate; default 1/2. */
  readonly beta?: RationalLike;
}

function consensusRankingOf(order: readonly CandidateIndex[] | undefined, m: number): CandidateIndex[] {
  if (order === undefined) return Array.from({ length: m }, (_, i) => i);
  const seen = new Uint8Array(m);
  const ok = Array.isArray(order) && order.length === m && order.every((c) => Number.isInteger(c) && c >= 0 && c < m && seen[c] === 0 && (seen[c] = 1) === 1);
  if (!ok) throw new ValidationError(`the consensus-building ranking is not a permutation of the ${m} candidate indices.`, { where: 'options.consensusRanking', fix: `List every candidate index 0…${m - 1} exactly once, best first.` });
  return [...order];
}

function betaOf(beta: RationalLike | undefined): Rational {
  const r = Rational.from(beta ?? '1/2', 'options.beta');
  if (!r.gt(0) || r.gt(1)) throw new ValidationError(`beta ${r.toString()} is outside (0, 1].`, { where: 'options.beta', fix: 'Give the share of voters needed to eliminate, e.g. "1/2" (the default).' });
  return r;
}

/**
 * Consensus Builder: the candidates are processed from the bottom of a consensus-building ranking σ to
 * its top; a processed candidate c that is still in eliminates every remaining candidate above it in σ
 * that at least β (default ½) of all voters rank below c. The highest remaining candidate in σ wins.
 * With the default σ (candidate order) and β = ½ this is pref_voting's deterministic Consensus Builder,
 * the fixed-ranking version of Charikar et al.'s Random Consensus Builder (which draws σ at random).
 * On linear ballots, "at least half prefer c" is a majority win or tie, so a Condorcet
 * winner eliminates everyone above it and is never eliminated.
 *
 * Sources: M. Charikar, P. Ramakrishnan, K. Wang, H. Wu, "Breaking the metric voting distortion
 * barrier", SODA 2024, arXiv:2306.17838; pref_voting's `consensus_builder` (Holliday & Pacuit,
 * doi:10.21105/joss.07020) — its records' stated winners all follow the bottom-up processing above.
 *
 * Complexity: O(n·m²) for the supports, then O(m²). Needs strict complete ballots (shares are of all
 * voters). Resolute: σ decides; `rounds` lists each elimination.
 *
 * @example
 * // The cycle a≻c≻b, b≻a≻c, c≻b≻a: c eliminates b (2 of 3 prefer c), a survives above c → a.
 * consensusBuilder(profileOf(3, ['acb', 'bac', 'cba'])).winners; // [0]
 */
export const consensusBuilder = defineVotingMethod<ProfileInput, ConsensusBuilderOptions>(
  {
    id: 'consensus-builder',
    name: 'Consensus Builder',
    aliases: ['Consensus Builder', 'consensus_builder'],
    family: 'iterative',
    description: 'From the bottom of a fixed ranking up, each surviving candidate eliminates those above it that at least half the voters rank below it; the highest survivor wins.',
    citations: [
      { authors: 'M. Charikar, P. Ramakrishnan, K. Wang, H. Wu', year: 2024, title: 'Breaking the metric voting distortion barrier', arxiv: '2306.17838' },
      { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python (consensus_builder)', doi: '10.21105/joss.07020' },
    ],
    complexity: 'O(n·m²) for the supports, then O(m²)',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'resolute: the consensus-building ranking (options.consensusRanking, default candidate index order) decides',
    properties: { 'condorcet-winner': true, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': false },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'consensus-builder', consensusBuilder.info.ballots);
    const m = e.candidates.length;
    const sigma = consensusRankingOf(options.consensusRanking, m);
    const beta = betaOf(options.beta);
    const support = e.support();
    const needed = beta.num * BigInt(e.voters);
    const eliminated = new Uint8Array(m);
    const rounds: Round[] = [];
    const label = (c: CandidateIndex) => String(e.candidates[c]);
    for (let k = m - 1; k >= 0; k--) {
      const c = sigma[k]!;
      if (eliminated[c] === 1) continue;
      const above = sigma.slice(0, k).filter((d) => eliminated[d] === 0);
      const out = above.filter((d) => BigInt(support[c]![d]!) * beta.den >= needed);
      if (out.length === 0) continue;
      for (const d of out) eliminated[d] = 1;
      rounds.push({
        scores: e.candidates.map((_, d) => (above.includes(d) ? toScore(support[c]![d]!, e.scale) : undefined)),
        eliminated: [...out].sort((a, b) => a - b),
        note: `${label(c)} is preferred to ${out.map(label).join(', ')} by at least ${beta.toString()} of the voters (scores: voters preferring ${label(c)} to each candidate above it)`,
      });
    }
    const winner = sigma.find((c) => eliminated[c] === 0)!;
    return votingResult({
      method: 'consensus-builder',
      candidates: e.candidates,
      winners: [winner],
      rounds,
      notes: [`Consensus-building ranking: ${sigma.map(label).join(' ≻ ')}; the highest candidate not eliminated wins.`],
    });
  },
);
