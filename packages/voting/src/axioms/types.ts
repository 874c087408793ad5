import type { AnonymousProfile, CandidateIndex, RankingProfile, UnrankedPolicy } from '@plural/core';
import type { Election } from '../election/election.js';
import type { Citation, VotingMethod } from '../registry/types.js';
import type { VotingResult } from '../result/result.js';

/**
 * A rule as the axiom checkers call it: a profile in, an irresolute result out. Every registered
 * voting method fits (`votingMethod('borda')`); the checker passes `unranked` (how the candidates a
 * truncated ballot leaves out compare) and `signal`.
 */
export type AxiomRule =
  | ((profile: AnonymousProfile, options?: { readonly unranked?: UnrankedPolicy; readonly signal?: AbortSignal }) => VotingResult)
  | VotingMethod<never, never>;

/** What a checker accepts as the profile: a ranking profile (integer counts: axioms speak of voters) or an Election. */
export type AxiomProfile = AnonymousProfile | RankingProfile | Election;

/** The families pref_voting files its axioms under. */
export type AxiomFamily = 'dominance' | 'invariance' | 'monotonicity' | 'variable-candidate' | 'variable-voter' | 'strategic' | 'other';

/**
 * What a checker reads or builds, so callers know which rules it can judge:
 * - `margins`: the majority margins of the given profile;
 * - `ballots`: individual ballots (it moves candidates inside them, or swaps ballots);
 * - `voters`: it adds or removes voters (the counts must be whole numbers);
 * - `candidates`: it removes candidates, so the rule must run on sub-profiles;
 * - `ties`: it builds ballots with tied candidates, which the rule must accept to be judged there;
 * - `truncated`: it builds truncated ballots, likewise.
 */
export type AxiomInput = 'margins' | 'ballots' | 'voters' | 'candidates' | 'ties' | 'truncated';

/** Registry metadata of an axiom. */
export interface AxiomInfo {
  /** Kebab-case name, e.g. `positive-involvement`. */
  readonly id: string;
  /** Display name, e.g. "Positive Involvement". */
  readonly name: string;
  /** Other names: pref_voting's display name exactly (e.g. "Positive Involvement") and its Python name (`positive_involvement`), common short names. */
  readonly aliases: readonly string[];
  /** pref_voting's display name of the axiom, as its axiom tables spell it (absent for the classical criteria pref_voting does not check). */
  readonly prefVotingName?: string;
  readonly family: AxiomFamily;
  /** One sentence: what a violation is. */
  readonly definition: string;
  readonly citations: readonly Citation[];
  readonly inputs: readonly AxiomInput[];
}

/** Options every checker takes. */
export interface AxiomOptions {
  /** How unranked candidates of truncated ballots compare when the rule runs (default `'bottom'`). */
  readonly unranked?: UnrankedPolicy;
  /** Stop after this many violations (default: find them all). */
  readonly maxViolations?: number;
  /** At most this many rule evaluations (default 200 000); past it a BudgetExceededError says how to go on. */
  readonly budget?: number;
  /** Stops the search cleanly with an AbortedError. */
  readonly signal?: AbortSignal;
}

/**
 * One profile of a witness: the profile the rule ran on (self-contained: its ballots index its own
 * `candidates`), who won there, and, when candidates were removed, where each of its candidates sits
 * in the checked profile.
 */
export interface WitnessProfile {
  /** What this profile is, e.g. "original", "after removing one voter ranking 2 ≻ 0 ≻ 1". */
  readonly role: string;
  readonly profile: AnonymousProfile;
  /** How unranked candidates compared when the rule ran on it. */
  readonly unranked: UnrankedPolicy;
  /** The rule's winners here, as indices of the CHECKED profile's candidates (ascending). */
  readonly winners: readonly CandidateIndex[];
  /** `candidateMap[i]` = index in the checked profile of this profile's candidate i (present when candidates were removed). */
  readonly candidateMap?: readonly CandidateIndex[];
}

/** A violation, shown by the profiles whose winners contradict the axiom. */
export interface Witness {
  readonly axiom: string;
  /** A sentence explaining the violation, with candidate labels. */
  readonly explanation: string;
  /** The candidates the violation is about (indices of the checked profile). */
  readonly candidates: readonly CandidateIndex[];
  /** The profiles compared; the first is usually the checked profile. */
  readonly profiles: readonly WitnessProfile[];
}

/** The outcome of checking an axiom for a rule on one profile (and its neighbourhood). */
export interface AxiomCheck {
  readonly axiom: string;
  readonly method: string;
  /** True when no violation was found in the whole neighbourhood. */
  readonly satisfied: boolean;
  readonly violations: readonly Witness[];
  /** Rule evaluations spent (distinct profiles; repeats come from a cache). */
  readonly evaluations: number;
  /**
   * Neighbouring profiles the rule refused with a ValidationError (e.g. a rule for strict ballots
   * asked about a ballot with ties): the axiom is not judged there.
   */
  readonly skipped: number;
}

/** A registered axiom checker: call it with a rule and a profile; metadata in `info`. */
export interface Axiom<Options extends AxiomOptions = AxiomOptions> {
  (rule: AxiomRule, profile: AxiomProfile, options?: Options): AxiomCheck;
  readonly info: AxiomInfo;
}
