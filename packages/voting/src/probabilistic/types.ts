import type { CandidateIndex, Label, Lottery, Rational, UnrankedPolicy } from '@plural/core';
import type { Citation, PropertyClaims, VotingInputKind } from '../registry/types.js';
import type { Score } from '../result/result.js';

/** The outcome of a probabilistic rule: an exact lottery over candidate indices. */
export interface ProbabilisticResult {
  /** The registry id of the rule. */
  readonly method: string;
  readonly candidates: readonly Label[];
  /** The lottery, entries in ascending candidate order, candidates with probability 0 left out. */
  readonly lottery: Lottery<CandidateIndex>;
  /** The same probabilities parallel to `candidates` (0 included), exact. */
  readonly probabilities: readonly Rational[];
  /** The scores the probabilities are proportional to, when the rule has scores. */
  readonly scores?: readonly Score[];
  /** Plain sentences that explain the outcome. */
  readonly notes?: readonly string[];
}

/** Options every probabilistic rule takes. */
export interface ProbabilisticOptions {
  /** How unranked candidates of truncated ballots compare (default `'bottom'`). */
  readonly unranked?: UnrankedPolicy;
  /** Stops a long computation cleanly with an AbortedError. */
  readonly signal?: AbortSignal;
}

/**
 * Registry metadata of a probabilistic rule, in the style of the voting rules' metadata. Property keys
 * read for lotteries: `'condorcet-winner'` — a Condorcet winner gets probability 1; `'condorcet-loser'`
 * — a Condorcet loser gets probability 0 (m ≥ 2); `'pareto-dominance'` — a candidate that every voter
 * ranks strictly below another gets probability 0. A `false` claim has a recorded counterexample.
 */
export interface ProbabilisticRuleInfo {
  /** Kebab-case literature name, e.g. `maximal-lottery`. */
  readonly id: string;
  readonly name: string;
  /** Other names: pref_voting's display and function names, Condorcet PHP's, common short names. */
  readonly aliases: readonly string[];
  readonly family: 'probabilistic';
  /** One sentence: the definition. */
  readonly description: string;
  readonly citations: readonly Citation[];
  /** Time complexity in n distinct ballots and m candidates. */
  readonly complexity: string;
  readonly input: VotingInputKind;
  /** Which ballots the rule accepts: with ties, truncated. Others get a typed error naming the fix. */
  readonly ballots: { readonly ties: boolean; readonly truncated: boolean };
  /** True when the rule returns a Promise (it solves a linear program). */
  readonly async: boolean;
  readonly properties: PropertyClaims;
}

/** A registered probabilistic rule: a function with its metadata attached. */
export interface ProbabilisticRule<Input = unknown, Options extends ProbabilisticOptions = ProbabilisticOptions, Output = ProbabilisticResult | Promise<ProbabilisticResult>> {
  (input: Input, options?: Options): Output;
  readonly info: ProbabilisticRuleInfo;
}
