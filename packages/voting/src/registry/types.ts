import type { UnrankedPolicy } from '@plural/core';
import type { VotingResult } from '../result/result.js';
import type { Tiebreak } from '../tiebreak/tiebreak.js';

/** Where a rule comes from (the type is shared by every registry of Plural, from @plural/core). */
export type { Citation } from '@plural/core';
import type { Citation } from '@plural/core';

/** The families the docs and `plural vote --list` group rules by. */
export type VotingFamily =
  | 'positional'
  | 'condorcet'
  | 'margin'
  | 'tournament-solution'
  | 'iterative'
  | 'bucklin'
  | 'optimization'
  | 'hybrid'
  | 'probabilistic'
  | 'welfare-function';

/** What a rule reads: the ballots themselves, or only the margin graph (computed once). */
export type VotingInputKind = 'profile' | 'margins';

/** A claimed property: true (satisfied), false (violated, with a recorded counterexample), null (unknown). */
export type PropertyClaims = Readonly<Record<string, boolean | null>>;

/** Registry metadata of a rule: what the docs, the CLI and the property tests read. */
export interface VotingMethodInfo {
  /** Kebab-case literature name, e.g. `schulze`, `instant-runoff`. */
  readonly id: string;
  /** Display name, e.g. "Beat Path (Schulze)". */
  readonly name: string;
  /** Other names: short ones (`irv`), pref_voting's function and display names, Condorcet PHP's. */
  readonly aliases: readonly string[];
  readonly family: VotingFamily;
  /** One sentence: the definition. */
  readonly description: string;
  readonly citations: readonly Citation[];
  /** Time complexity in n distinct ballots and m candidates. */
  readonly complexity: string;
  readonly input: VotingInputKind;
  /** Which ballots the rule accepts: with ties, truncated. Others get a typed error naming the fix. */
  readonly ballots: { readonly ties: boolean; readonly truncated: boolean };
  /** How ties are handled: "irresolute: all tied winners" unless the rule says otherwise. */
  readonly tieBreaking: string;
  /** Axiom ids (see the axioms module) → claimed. */
  readonly properties: PropertyClaims;
  /** True when the rule's running time is exponential in m (it then honours `budget` and `signal`). */
  readonly exponential?: boolean;
}

/** Options every rule takes. */
export interface VotingOptions {
  /** Make the result resolute by this tie-break (the result records how). */
  readonly tiebreak?: Tiebreak;
  /** How unranked candidates of truncated ballots compare in the margins (default `'bottom'`). */
  readonly unranked?: UnrankedPolicy;
  /** Stops an exponential rule cleanly with an AbortedError. */
  readonly signal?: AbortSignal;
}

/** A registered voting rule: a function with its metadata attached. */
export interface VotingMethod<Input = unknown, Options extends VotingOptions = VotingOptions> {
  (input: Input, options?: Options): VotingResult;
  readonly info: VotingMethodInfo;
}
