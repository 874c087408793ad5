import type { ApprovalProfile, Label } from '../../profiles/types.js';
import { approvalProfile } from '../../profiles/approval.js';
import { profileArguments, unitParameter, votersRng, type SeedOption } from '../parameters.js';

/** Options of {@link pImpartial}. */
export interface PImpartialOptions extends SeedOption {
  /** Probability p ∈ [0, 1] that a voter approves a given candidate. */
  readonly p: number;
}

/**
 * p-impartial culture for approval ballots: every voter approves every candidate independently with
 * probability p (so a ballot of size k has probability p^k (1−p)^(m−k)).
 *
 * Source: S. Szufa, P. Faliszewski, Ł. Janeczko, M. Lackner, A. Slinko, K. Sornat, N. Talmon, "How to
 * sample approval elections?", IJCAI 2022, arXiv:2207.01140. Same as prefsampling's `approval.impartial`.
 *
 * Complexity: O(n·m).
 *
 * @example
 * const profile = pImpartial(100, 10, { p: 0.3, seed: 1 });
 */
export function pImpartial(voters: number, candidates: number | readonly Label[], options: PImpartialOptions): ApprovalProfile {
  const { opts, n, labels, m } = profileArguments(voters, candidates, options);
  const p = unitParameter(opts.p, 'p');
  const rng = votersRng(n, m, opts.seed);
  const ballots: number[][] = new Array(n);
  for (let v = 0; v < n; v++) {
    const ballot: number[] = [];
    for (let c = 0; c < m; c++) if (rng.float() < p) ballot.push(c);
    ballots[v] = ballot;
  }
  return approvalProfile({ candidates: labels, ballots });
}
