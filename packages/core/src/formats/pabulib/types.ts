/**
 * Participatory-budgeting instances as PabuLib stores them (Stolicki, Szufa & Talmon, "Pabulib: A
 * Participatory Budgeting Library", 2020, arXiv:2012.06539; pabulib.org/format).
 */

/** How PabuLib voters voted: approval sets, rankings (best first), or points (`cumulative`, `scoring`). */
export type PBVoteType = 'approval' | 'ordinal' | 'cumulative' | 'scoring';

/** A `[column, value]` pair of a `.pb` row, kept as text. */
export type PBField = readonly [string, string];

/** One project: its id, its cost, and every other column of its PROJECTS row in column order (name, votes, selected, …). */
export interface PBProject {
  readonly id: string;
  /** Non-negative and finite. */
  readonly cost: number;
  readonly fields: readonly PBField[];
}

/** One voter's ballot. */
export interface PBVote {
  readonly voterId: string;
  /** Project ids: the approved set for `approval` (file order), best first for `ordinal`, the pointed projects otherwise. */
  readonly vote: readonly string[];
  /** Points parallel to `vote`, for `cumulative` and `scoring` votes. */
  readonly points?: readonly number[];
  /** Every other column of the VOTES row in column order (age, sex, voting_method, …). */
  readonly fields: readonly PBField[];
}

/** A PabuLib `.pb` instance. */
export interface PBInstance {
  readonly kind: 'pb';
  /** The META section as `[key, value]` pairs in file order (including `budget`, `vote_type`, `num_votes`, …). */
  readonly meta: readonly PBField[];
  /** The budget limit (META `budget`), non-negative and finite. */
  readonly budget: number;
  /** META `vote_type` (`approval` when absent). */
  readonly voteType: PBVoteType;
  readonly projects: readonly PBProject[];
  readonly votes: readonly PBVote[];
}
