/**
 * The registries of @plural/voting as the voting pages read them: every single-winner rule, social
 * welfare function, probabilistic rule and apportionment method in one list, grouped into pages by
 * their `family`. Nothing here lists a rule by hand: a rule added to a registry appears on the page of
 * its family the next time the site is built.
 */
import {
  apportionmentMethods,
  probabilisticRules,
  votingAxioms,
  votingMethods,
  welfareFunctions,
  type Citation,
  type ProbabilisticResult,
  type PropertyClaims,
  type Score,
  type VotingResult,
} from '@plural/voting';
import type { AnonymousProfile } from '@plural/core';

/** Which registry an entry comes from. */
export type RuleKind = 'single-winner' | 'welfare-function' | 'probabilistic' | 'apportionment';

/** One registered rule or method, with the metadata the tables show. */
export interface RuleEntry {
  readonly kind: RuleKind;
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly family: string;
  readonly description: string;
  readonly citations: readonly Citation[];
  readonly complexity: string;
  /** `'profile'` or `'margins'` for rules over rankings; absent for apportionment methods. */
  readonly input?: string;
  /** The ballots a rule over rankings accepts. */
  readonly ballots?: { readonly ties: boolean; readonly truncated: boolean };
  /** How ties are handled (absent for probabilistic rules: a lottery has no tie to break). */
  readonly tieBreaking?: string;
  readonly properties: PropertyClaims;
  readonly exponential: boolean;
  /** True when the rule returns a Promise (it solves a linear program). */
  readonly async: boolean;
  /** Apportionment methods: `divisor` or `largest-remainder`. */
  readonly methodKind?: string;
}

/** Every entry of the four registries of @plural/voting, in registry order. */
export const ALL_RULES: readonly RuleEntry[] = [
  ...votingMethods.map((m): RuleEntry => ({ kind: 'single-winner', ...m.info, exponential: m.info.exponential === true, async: false })),
  ...welfareFunctions.map((m): RuleEntry => ({ kind: 'welfare-function', ...m.info, exponential: m.info.exponential === true, async: false })),
  ...probabilisticRules.map((m): RuleEntry => ({ kind: 'probabilistic', ...m.info, exponential: false, async: m.info.async })),
  ...apportionmentMethods.map(
    (m): RuleEntry => ({
      kind: 'apportionment',
      id: m.info.id,
      name: m.info.name,
      aliases: m.info.aliases,
      family: m.info.family,
      description: m.info.description,
      citations: m.info.citations,
      complexity: m.info.complexity,
      tieBreaking: m.info.tieBreaking,
      properties: m.info.properties,
      exponential: false,
      async: false,
      methodKind: m.info.kind,
    }),
  ),
];

/** A page of the voting section and the families it documents. */
export interface VotingPage {
  /** The page's file name without `.md`: `/voting/<slug>`. */
  readonly slug: string;
  readonly title: string;
  readonly families: readonly string[];
}

/** The family pages, in the sidebar's order. */
export const VOTING_PAGES: readonly VotingPage[] = [
  { slug: 'positional', title: 'Positional scoring rules', families: ['positional'] },
  { slug: 'iterative', title: 'Iterative elimination', families: ['iterative'] },
  { slug: 'bucklin', title: 'Bucklin rules', families: ['bucklin'] },
  { slug: 'hybrid', title: 'Hybrid rules', families: ['hybrid'] },
  { slug: 'condorcet', title: 'Condorcet methods and tournament solutions', families: ['condorcet', 'tournament-solution'] },
  { slug: 'margin', title: 'Margin-based rules', families: ['margin'] },
  { slug: 'optimization', title: 'Optimization rules', families: ['optimization'] },
  { slug: 'welfare', title: 'Social welfare functions', families: ['welfare-function'] },
  { slug: 'probabilistic', title: 'Probabilistic rules', families: ['probabilistic'] },
  { slug: 'apportionment', title: 'Apportionment', families: ['apportionment'] },
];

export function votingPage(slug: string): VotingPage {
  const page = VOTING_PAGES.find((p) => p.slug === slug);
  if (page === undefined) throw new Error(`no voting page ${JSON.stringify(slug)}; the pages are ${VOTING_PAGES.map((p) => p.slug).join(', ')}.`);
  return page;
}

/** The page that documents a family, if any. */
export function pageOfFamily(family: string): VotingPage | undefined {
  return VOTING_PAGES.find((p) => p.families.includes(family));
}

/** The entries of the given families, in registry order. */
export function rulesOfFamilies(families: readonly string[]): RuleEntry[] {
  return ALL_RULES.filter((rule) => families.includes(rule.family));
}

/** The entries a page documents. */
export function rulesOfPage(slug: string): RuleEntry[] {
  return rulesOfFamilies(votingPage(slug).families);
}

/** What a rule accepts, in words. */
export function acceptedBallots(rule: RuleEntry): string {
  if (rule.ballots === undefined) return rule.methodKind === undefined ? 'votes per party' : `votes per party (${rule.methodKind} method)`;
  const { ties, truncated } = rule.ballots;
  if (ties && truncated) return 'any rankings: ties and truncated ballots';
  if (ties) return 'complete rankings, ties allowed';
  if (truncated) return 'strict rankings, truncated allowed';
  return 'strict complete rankings only';
}

/** A column of a property table: an axiom of `votingAxioms` (linked) or a property of its own. */
export interface PropertyColumn {
  readonly id: string;
  readonly name: string;
  /** The axiom's entry on the axioms page, when the property is a registered axiom. */
  readonly href?: string;
}

/** The properties the given rules claim, in the order of `votingAxioms`, then the others by first appearance. */
export function propertyColumns(rules: readonly RuleEntry[]): PropertyColumn[] {
  const claimed = new Set(rules.flatMap((rule) => Object.keys(rule.properties)));
  const axioms = votingAxioms.filter((a) => claimed.has(a.info.id)).map((a): PropertyColumn => ({ id: a.info.id, name: a.info.name, href: `/voting/axioms#${a.info.id}` }));
  const others = [...claimed]
    .filter((id) => !votingAxioms.some((a) => a.info.id === id))
    .map((id): PropertyColumn => ({ id, name: id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()) }));
  return [...axioms, ...others];
}

/** How a claim shows in a property table. */
export interface ClaimMark {
  readonly mark: string;
  /** `satisfied`, `violated`, `unknown` or `not-stated`. */
  readonly claim: string;
  readonly title: string;
}

export function claimMark(properties: PropertyClaims, id: string): ClaimMark {
  if (!Object.prototype.hasOwnProperty.call(properties, id)) return { mark: '·', claim: 'not-stated', title: 'not stated in the registry' };
  const value = properties[id];
  if (value === true) return { mark: '✓', claim: 'satisfied', title: 'satisfied' };
  if (value === false) return { mark: '✗', claim: 'violated', title: 'violated (a counterexample is recorded in the tests)' };
  return { mark: '?', claim: 'unknown', title: 'unknown' };
}

/** An exact score as text: integers as they are, Rationals as `p/q`, other numbers rounded for display. */
export function showScore(score: Score | undefined): string {
  if (score === undefined) return '—';
  if (typeof score === 'number') return Number.isInteger(score) ? String(score) : String(Number(score.toPrecision(8)));
  return score.toString();
}

/** A Rational's value with six decimals, for reading next to the exact fraction. */
export function approximately(value: Score): string {
  return (typeof value === 'number' ? value : value.toNumber()).toFixed(6);
}

/** Candidate names of a set of indices, joined. */
export function namesOf(indices: readonly number[], names: readonly string[]): string {
  return indices.map((c) => names[c] ?? String(c)).join(', ');
}

/** A weak order (tiers of indices, best first) as `a ≻ b ~ c`. */
export function showTiers(tiers: readonly (readonly number[])[], names: readonly string[]): string {
  return tiers.map((tier) => tier.map((c) => names[c] ?? String(c)).join(' ~ ')).join(' ≻ ');
}

/** A rule the live examples can run on a ranking profile, with the registry it comes from. */
export interface RunnableRule {
  readonly kind: Exclude<RuleKind, 'apportionment'>;
  readonly entry: RuleEntry;
  readonly run: (profile: AnonymousProfile, options: Record<string, unknown>) => VotingResult | ProbabilisticResult | Promise<ProbabilisticResult>;
}

/** Every rule over rankings: single-winner rules, social welfare functions and probabilistic rules. */
export const RUNNABLE_RULES: readonly RunnableRule[] = [
  ...votingMethods.map((m) => runnable('single-winner', m)),
  ...welfareFunctions.map((m) => runnable('welfare-function', m)),
  ...probabilisticRules.map((m) => runnable('probabilistic', m)),
];

function runnable(kind: RunnableRule['kind'], rule: { readonly info: { readonly id: string } }): RunnableRule {
  const entry = ALL_RULES.find((e) => e.kind === kind && e.id === rule.info.id) as RuleEntry;
  return { kind, entry, run: rule as unknown as RunnableRule['run'] };
}
