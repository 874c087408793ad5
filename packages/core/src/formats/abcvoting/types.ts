import type { ApprovalProfile } from '../../profiles/types.js';

/**
 * Approval-based committee instances as abcvoting stores them in `.abc.yaml` files (M. Lackner et al.,
 * "abcvoting: A Python package for approval-based multi-winner voting rules", github.com/martinlackner/abcvoting,
 * module `abcvoting.fileio`).
 */

/** A YAML value kept as data (the extra parameters of a compute entry, e.g. `algorithm`). */
export type AbcValue = null | boolean | number | string | readonly AbcValue[] | { readonly [key: string]: AbcValue };

/** One `compute` entry: a rule to run on the instance and, when known, all its winning committees. */
export interface AbcComputeEntry {
  /** abcvoting's rule id, e.g. `pav`, `seqphragmen`, `equal-shares`. */
  readonly ruleId: string;
  /**
   * All winning committees (each a sorted list of candidate indices), `null` when the file says the result
   * is unknown; absent when the entry has no `result`.
   */
  readonly result?: readonly (readonly number[])[] | null;
  readonly resolute?: boolean;
  /** Every other key of the entry (`algorithm`, `max_num_of_committees`, …) in file order. */
  readonly options: readonly (readonly [string, AbcValue])[];
}

/** An abcvoting instance: an approval profile over candidates 0…num_cand−1, and what to compute on it. */
export interface AbcInstance {
  readonly kind: 'abc';
  /** Candidates are the numbers 0…num_cand−1; `counts` are the voter weights (1 when absent). Ballots keep file order. */
  readonly profile: ApprovalProfile;
  readonly committeeSize?: number;
  readonly description?: string;
  readonly compute: readonly AbcComputeEntry[];
}
