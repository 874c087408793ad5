import type { Label, Rational, RationalLike, Seed } from '@plural/core';
import type { Citation, PropertyClaims } from '../registry/types.js';
import type { Tiebreak } from '../tiebreak/tiebreak.js';

/** Index of a party in the `parties` array of the input. */
export type PartyIndex = number;

/**
 * Votes per party (or population per state): `votes[i]` belongs to `parties[i]`. Votes are exact: a
 * number is read as the decimal it prints as (0.1 is 1/10); strings "p/q", bigints and Rationals are
 * taken as they are. Every vote is finite and ≥ 0; labels are distinct.
 */
export interface PartyVotes {
  readonly parties: readonly Label[];
  readonly votes: readonly RationalLike[];
}

/**
 * What to do when the last seats tie (several parties have the same priority, or the same remainder,
 * for fewer seats than there are such parties):
 * - `'report'` (default): irresolute — the result gives the seats that every tied outcome shares, and
 *   `tie` says how many seats are still open and which parties tie for them;
 * - a voting {@link Tiebreak}: `{ order: [...] }` gives the open seats to the first tied parties of a
 *   priority order of party indices (`{ order: [0, 1, …] }` is Condorcet PHP's rule: the first party of
 *   the input wins a tie), `'lexicographic'` to the smallest labels, `{ random: seed }` to a uniformly
 *   random subset chosen with Plural's seeded generator. The result records the choice in `tiebreak`.
 */
export type ApportionmentTies = 'report' | Tiebreak;

export interface ApportionmentOptions {
  /** The house size: how many seats to apportion (a non-negative integer). */
  readonly seats: number;
  /**
   * Legal threshold: a party needs at least this share of the total vote (e.g. `'5/100'` or `0.05`)
   * to take part; parties below it get no seat and the others share the house. Default 0.
   */
  readonly threshold?: RationalLike;
  /** How a tie for the last seats is handled; default `'report'`. */
  readonly ties?: ApportionmentTies;
}

/** Seats still open after the certain ones, and the parties tied for them (each can take at most one). */
export interface ApportionmentTie {
  readonly seats: number;
  readonly among: readonly PartyIndex[];
}

/** How a tie for the last seats was broken, when `ties` asked for it. */
export interface ApportionmentTiebreakRecord {
  readonly rule: 'lexicographic' | 'random' | 'order';
  /** The tied parties, ascending. */
  readonly among: readonly PartyIndex[];
  /** The parties that received the open seats, ascending. */
  readonly chosen: readonly PartyIndex[];
  readonly seed?: Seed;
}

/** The outcome of an apportionment method. */
export interface ApportionmentResult {
  /** The registry id of the method. */
  readonly method: string;
  readonly parties: readonly Label[];
  /** The house size asked for. */
  readonly house: number;
  /**
   * Seats per party. When `tie` is set, these are the seats every tied outcome shares (they add up to
   * `house − tie.seats`); otherwise a complete apportionment of `house` seats.
   */
  readonly seats: readonly number[];
  /** Set when the last seats tie and `ties` is `'report'`. */
  readonly tie?: ApportionmentTie;
  /** Set when a tie was broken. */
  readonly tiebreak?: ApportionmentTiebreakRecord;
  /**
   * Standard quotas, exact: `house × votes[i] / V` with V the votes of the parties that pass the
   * threshold (0 for parties below it).
   */
  readonly standardQuotas: readonly Rational[];
  /** Parties below the threshold, ascending. */
  readonly excluded: readonly PartyIndex[];
  /** Divisor methods: the party that received each seat, in the order of the highest-averages procedure. */
  readonly order?: readonly PartyIndex[];
  /** Largest remainder: the number of votes per seat (the Hare or Droop quota). */
  readonly voteQuota?: Rational;
  /** Plain sentences that explain the outcome. */
  readonly notes?: readonly string[];
}

/**
 * Registry metadata of an apportionment method, in the style of the voting rules' metadata. Property
 * keys: `'house-monotonicity'` (no party loses a seat when the house grows; false = the Alabama
 * paradox), `'lower-quota'` (every party gets at least ⌊standard quota⌋), `'upper-quota'` (at most
 * ⌈standard quota⌉). A `false` claim has a recorded counterexample in the tests.
 */
export interface ApportionmentMethodInfo {
  /** Kebab-case literature name, e.g. `d-hondt`. */
  readonly id: string;
  readonly name: string;
  /** Other names: Jefferson/Webster/…, Condorcet PHP's method names, common short names. */
  readonly aliases: readonly string[];
  readonly family: 'apportionment';
  /** `divisor` (highest averages) or `largest-remainder` (quota method). */
  readonly kind: 'divisor' | 'largest-remainder';
  /** One sentence: the definition. */
  readonly description: string;
  readonly citations: readonly Citation[];
  /** Time complexity in n parties and h seats. */
  readonly complexity: string;
  readonly tieBreaking: string;
  readonly properties: PropertyClaims;
}

/** A registered apportionment method: a function with its metadata attached. */
export interface ApportionmentMethod<Options extends ApportionmentOptions = ApportionmentOptions> {
  (input: PartyVotes, options: Options): ApportionmentResult;
  readonly info: ApportionmentMethodInfo;
}
