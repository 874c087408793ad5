import { ValidationError } from '../../errors/errors.js';
import { candidateSet } from '../../profiles/approval.js';
import { approvalProfile } from '../../profiles/approval.js';
import type { ApprovalProfile, Label } from '../../profiles/types.js';
import type { Rng } from '../../random/rng.js';
import { profileArguments, unitParameter, votersRng, type SeedOption } from '../parameters.js';

/** Options of {@link resampling}. */
export interface ResamplingOptions extends SeedOption {
  /** Approval probability p ∈ [0, 1]; the central ballot has ⌊p·m⌋ candidates. */
  readonly p: number;
  /** Resampling probability φ ∈ [0, 1]: 0 copies the central ballot, 1 is p-impartial culture. */
  readonly phi: number;
  /**
   * The central ballot: `'first'` (default, candidates 0…⌊p·m⌋−1, as prefsampling), `'random'`
   * (a uniformly random set of ⌊p·m⌋ candidates, drawn before the voters), or an explicit set of
   * candidate indices.
   */
  readonly central?: 'first' | 'random' | readonly number[];
}

/**
 * One resampled ballot: each candidate, with probability φ, is resampled (approved with probability p),
 * and otherwise keeps its status in the central ballot. Internal.
 */
export function resampleBallot(inCentral: Uint8Array, p: number, phi: number, rng: Rng): number[] {
  const ballot: number[] = [];
  for (let c = 0; c < inCentral.length; c++) {
    const approved = rng.float() < phi ? rng.float() < p : inCentral[c] === 1;
    if (approved) ballot.push(c);
  }
  return ballot;
}

/** A uniformly random k-subset of 0…m−1, sorted. Internal. */
export function randomSubset(m: number, k: number, rng: Rng): number[] {
  const items = Array.from({ length: m }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(m - i);
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  }
  return items.slice(0, k).sort((a, b) => a - b);
}

function centralParameter(value: unknown, m: number, k: number, rng: Rng): readonly number[] {
  if (value === undefined || value === 'first') return Array.from({ length: k }, (_, i) => i);
  if (value === 'random') return randomSubset(m, k, rng);
  if (Array.isArray(value)) return candidateSet(value, m, 'central');
  throw new ValidationError('central must be "first", "random" or an array of candidate indices.', {
    where: 'central',
    fix: 'Pass central: "first", central: "random", or e.g. central: [0, 2].',
  });
}

/**
 * Resampling model for approval ballots: a central ballot of ⌊p·m⌋ candidates; each voter starts from
 * it and, independently for every candidate, with probability φ resamples that candidate (approves it
 * with probability p) and otherwise keeps it as in the central ballot. A candidate of the central
 * ballot is approved with probability (1−φ) + φ·p, any other with probability φ·p.
 *
 * Source: S. Szufa, P. Faliszewski, Ł. Janeczko, M. Lackner, A. Slinko, K. Sornat, N. Talmon, "How to
 * sample approval elections?", IJCAI 2022, arXiv:2207.01140. Same as prefsampling's
 * `approval.resampling` (central ballot `'first'`).
 *
 * Complexity: O(n·m).
 *
 * @example
 * const profile = resampling(100, 10, { p: 0.3, phi: 0.5, seed: 1 });
 */
export function resampling(voters: number, candidates: number | readonly Label[], options: ResamplingOptions): ApprovalProfile {
  const { opts, n, labels, m } = profileArguments(voters, candidates, options);
  const p = unitParameter(opts.p, 'p');
  const phi = unitParameter(opts.phi, 'phi');
  const rng = votersRng(n, m, opts.seed);
  const central = centralParameter(opts.central, m, Math.floor(p * m), rng);
  const inCentral = new Uint8Array(m);
  for (const c of central) inCentral[c] = 1;
  const ballots: number[][] = new Array(n);
  for (let v = 0; v < n; v++) ballots[v] = resampleBallot(inCentral, p, phi, rng);
  return approvalProfile({ candidates: labels, ballots });
}
