import type { Citation, Rational, RationalLike } from '@plural/core';
import type { Interval, LineInput, LineProfile } from '../profile/line-profile.js';
import type { LineMechanism, LineMechanismOptions, PropertyClaim } from '../registry/types.js';

/**
 * A profitable misreport: agent `agent` at `truthful` reports `misreport` instead and its (expected)
 * cost falls from `truthfulCost` to `misreportCost`. Re-running the mechanism on both profiles shows it.
 */
export interface MisreportWitness {
  readonly agent: number;
  readonly truthful: Rational;
  readonly misreport: Rational;
  readonly truthfulCost: Rational;
  readonly misreportCost: Rational;
}

/**
 * A profitable joint misreport of a coalition: every member's (expected) cost is weakly lower with the
 * `misreports` than with the truthful `positions`, and at least one member's is strictly lower.
 */
export interface GroupMisreportWitness {
  /** Agent indices of the coalition, ascending. */
  readonly agents: readonly number[];
  readonly truthful: readonly Rational[];
  readonly misreports: readonly Rational[];
  readonly truthfulCosts: readonly Rational[];
  readonly misreportCosts: readonly Rational[];
}

/**
 * The verdict of an axiom checker on one profile: `holds`, and when it does not, a `witness` (for
 * strategyproofness a {@link MisreportWitness}; for fairness axioms the violated group, its bound and
 * the distance it got) and a one-line `explanation` in words.
 */
export interface PropertyCheck<W = unknown> {
  readonly property: string;
  readonly holds: boolean;
  readonly witness?: W;
  readonly explanation?: string;
  /** True when the axiom says nothing about this profile (e.g. proportionality on a profile with interior agents). */
  readonly vacuous?: boolean;
}

/**
 * A violated distance bound of a fairness axiom (IFS, UFS, PF, proportionality, unanimity): the group
 * `agents` (indices) at positions within `range`, the member `agent` whose (expected) distance
 * `distance` to the facility exceeds `bound` (all in the domain's units, not normalised).
 */
export interface FairnessWitness {
  readonly agents: readonly number[];
  readonly range: Interval;
  readonly agent: number;
  readonly distance: Rational;
  readonly bound: Rational;
}

/** Strong proportionality's witness: the two groups (at `locations`) and their unequal total (expected) costs. */
export interface StrongProportionalityWitness {
  readonly locations: readonly [Rational, Rational];
  readonly groups: readonly [readonly number[], readonly number[]];
  readonly costs: readonly [Rational, Rational];
}

/** Anonymity's witness: a permutation of the reports (`permuted[k]` = agent whose report is k-th) that changed the outcome. */
export interface AnonymityWitness {
  readonly permutation: readonly number[];
  readonly original: string;
  readonly permuted: string;
}

/** Pareto's witness: a location `better` that every agent weakly prefers, with the agents' costs before and after. */
export interface ParetoWitness {
  readonly better: Rational;
  readonly costs: readonly Rational[];
  readonly betterCosts: readonly Rational[];
}

/** How a lottery is judged by a fairness axiom: `'expected'` compares expected distances (the "in expectation" reading, default); `'ex-post'` requires every location in the support to satisfy the axiom. */
export type LotteryReading = 'expected' | 'ex-post';

/** Options every axiom checker takes. */
export interface AxiomCheckOptions {
  /** Options passed to the mechanism on every call (e.g. `phantoms`); the domain comes from the input. */
  readonly mechanismOptions?: Omit<LineMechanismOptions, 'domain'> & Record<string, unknown>;
  /** How a lottery outcome is judged (fairness axioms; default `'expected'`). */
  readonly lottery?: LotteryReading;
  /** Strategyproofness: extra misreports to try. */
  readonly misreports?: readonly RationalLike[];
  /** Strategyproofness: the misreport grid {lo + k/q (hi − lo)}, q = this (default max(4n, 20)). */
  readonly gridDenominator?: number;
  /** Strategyproofness: only these agents (indices) misreport. */
  readonly agents?: readonly number[];
  /** Group strategyproofness: the largest coalition tried (default 2). */
  readonly maxCoalition?: number;
  /** Anonymity: permutations to try (each a permutation of 0…n−1); default all when n ≤ 6, else a seeded sample. */
  readonly permutations?: readonly (readonly number[])[];
  /** Anonymity: how many random permutations when n > 6 (default 24). */
  readonly samples?: number;
  /** Seed of the random permutations (anonymity). */
  readonly seed?: number;
  /** Mechanism calls allowed; more throws BudgetExceededError. */
  readonly budget?: number;
  readonly signal?: AbortSignal;
}

/**
 * Which profiles an axiom constrains (the rest make it vacuous): counterexample search and the
 * registry's property tests draw profiles of this shape.
 */
export type AxiomProfiles = 'any' | 'unanimous' | 'two-ends' | 'two-locations';

/** A registered axiom of single-facility mechanisms on the line (what the docs and the CLI list). */
export interface LineAxiom {
  /** The property id used in `info.properties` (`strategyproof`, `ufs`, …). */
  readonly id: string;
  readonly name: string;
  /** One sentence: the definition as checked. */
  readonly description: string;
  readonly citations: readonly Citation[];
  /** Needs a bounded domain (normalised utilities). */
  readonly needsBoundedDomain: boolean;
  /** The profiles on which the axiom is not vacuous. */
  readonly profiles: AxiomProfiles;
  readonly check: (mechanism: LineMechanism, input: LineInput, options?: AxiomCheckOptions) => PropertyCheck;
}

/** A claim and the reading a checker uses for it (re-exported for the property tests). */
export type { PropertyClaim, LineProfile };
