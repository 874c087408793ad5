import { ValidationError } from '../../errors/errors.js';
import { approvalProfile } from '../../profiles/approval.js';
import type { ApprovalProfile, CandidateIndex, Label } from '../../profiles/types.js';
import { assertInteger } from '../../validation/numbers.js';
import { profileArguments, unitParameter, votersRng, type SeedOption } from '../parameters.js';
import { resampleBallot } from './resampling.js';

/** Options of {@link disjointResampling}. */
export interface DisjointResamplingOptions extends SeedOption {
  /** Approval probability p ∈ [0, 1]; each central ballot has k = ⌊p·m⌋ candidates. */
  readonly p: number;
  /** Resampling probability φ ∈ [0, 1]. */
  readonly phi: number;
  /** Number of groups g ≥ 1 (default 2); needs g·⌊p·m⌋ ≤ m. */
  readonly groups?: number;
}

/** A disjoint-resampling election: the profile, the groups' central ballots and each voter's group. */
export interface DisjointResamplingElection {
  readonly profile: ApprovalProfile;
  /** `centralBallots[g]`: the central ballot of group g, {g·k, …, g·k + k − 1}. */
  readonly centralBallots: readonly (readonly CandidateIndex[])[];
  /** `groups[i]`: the group of voter i. */
  readonly groups: readonly number[];
}

/**
 * Disjoint resampling model with its groups: g groups with pairwise disjoint central ballots
 * {g·k, …, g·k + k − 1}, k = ⌊p·m⌋; each voter joins a uniformly random group and draws a ballot from
 * the resampling model around that group's central ballot (see `resampling`).
 *
 * Source: S. Szufa, P. Faliszewski, Ł. Janeczko, M. Lackner, A. Slinko, K. Sornat, N. Talmon, "How to
 * sample approval elections?", IJCAI 2022, arXiv:2207.01140. Same as prefsampling's
 * `approval.disjoint_resampling`.
 *
 * Complexity: O(n·m).
 *
 * @example
 * const { profile, groups } = disjointResamplingElection(60, 12, { p: 0.25, phi: 0.2, groups: 3, seed: 1 });
 */
export function disjointResamplingElection(
  voters: number,
  candidates: number | readonly Label[],
  options: DisjointResamplingOptions,
): DisjointResamplingElection {
  const { opts, n, labels, m } = profileArguments(voters, candidates, options);
  const p = unitParameter(opts.p, 'p');
  const phi = unitParameter(opts.phi, 'phi');
  const g = opts.groups ?? 2;
  assertInteger(g, 'groups', 1);
  const k = Math.floor(p * m);
  if (g * k > m) {
    throw new ValidationError(`${g} disjoint central ballots of ⌊p·m⌋ = ${k} candidates need ${g * k} > ${m} candidates.`, {
      where: 'groups',
      fix: 'Lower groups or p so that groups·⌊p·m⌋ ≤ m (p·groups ≤ 1).',
    });
  }
  const rng = votersRng(n, m, opts.seed);
  const centralBallots = Array.from({ length: g }, (_, group) => Object.freeze(Array.from({ length: k }, (_, i) => group * k + i)));
  const masks = centralBallots.map((central) => {
    const mask = new Uint8Array(m);
    for (const c of central) mask[c] = 1;
    return mask;
  });
  const groups: number[] = new Array(n);
  const ballots: number[][] = new Array(n);
  for (let v = 0; v < n; v++) {
    const group = rng.int(g);
    groups[v] = group;
    ballots[v] = resampleBallot(masks[group]!, p, phi, rng);
  }
  return Object.freeze({
    profile: approvalProfile({ candidates: labels, ballots }),
    centralBallots: Object.freeze(centralBallots),
    groups: Object.freeze(groups),
  });
}

/**
 * Disjoint resampling model: the approval profile of {@link disjointResamplingElection} (g groups with
 * disjoint central ballots of ⌊p·m⌋ candidates, each voter resampling around its group's ballot).
 *
 * Source: Szufa et al., "How to sample approval elections?", IJCAI 2022, arXiv:2207.01140.
 *
 * Complexity: O(n·m).
 *
 * @example
 * const profile = disjointResampling(60, 12, { p: 0.25, phi: 0.2, groups: 3, seed: 1 });
 */
export function disjointResampling(
  voters: number,
  candidates: number | readonly Label[],
  options: DisjointResamplingOptions,
): ApprovalProfile {
  return disjointResamplingElection(voters, candidates, options).profile;
}
