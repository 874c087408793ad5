/**
 * The registries of @plural/facility-location as the facility-location page reads them: every
 * registered mechanism of every setting, the axioms of line mechanisms, and what the live line example
 * computes for a profile (each line mechanism's location or lottery, a profitable misreport when some
 * agent has one, and which axioms hold). Nothing here lists a mechanism or an axiom by hand.
 */
import {
  allFacilityMechanisms,
  checkStrategyproofness,
  facilityMechanisms,
  lineAxioms,
  lineProfile,
  type Citation,
  type LineAxiom,
  type LineMechanism,
  type LineOutcome,
  type LineProfile,
  type MechanismInfo,
  type MisreportWitness,
  type PropertyCheck,
  type PropertyClaim,
} from '@plural/facility-location';
import { isPluralError, Rational } from '@plural/core';

/** Every single-facility mechanism on the line (`facilityMechanisms`), in registry order. */
export const LINE_MECHANISMS: readonly LineMechanism[] = facilityMechanisms;

/** Every registered mechanism of every setting (`allFacilityMechanisms`), in registry order. */
export const ALL_MECHANISMS: readonly { readonly info: MechanismInfo }[] = allFacilityMechanisms;

/** The registered axioms of line mechanisms (`lineAxioms`). */
export const LINE_AXIOMS: readonly LineAxiom[] = lineAxioms;

const SETTING_TITLES: Readonly<Record<string, string>> = {
  line: 'One facility on the line',
  euclidean: 'One facility in ℝ^d',
  'line-two-facilities': 'Two facilities on the line',
  'obnoxious-line': 'One obnoxious facility on the line',
};

/** The settings of the registered mechanisms, in registry order, with a title each. */
export function settings(): { readonly id: string; readonly title: string }[] {
  const ids = [...new Set(ALL_MECHANISMS.map((m) => m.info.setting as string))];
  return ids.map((id) => ({ id, title: SETTING_TITLES[id] ?? id }));
}

/** The mechanisms of one setting. */
export function mechanismsOf(setting: string): MechanismInfo[] {
  return ALL_MECHANISMS.filter((m) => m.info.setting === setting).map((m) => m.info);
}

/** The property ids the mechanisms claim: the registered axioms' ids first (in their order), then any others. */
export function propertyIds(infos: readonly MechanismInfo[]): string[] {
  const claimed = new Set(infos.flatMap((info) => Object.keys(info.properties)));
  const axiomIds = LINE_AXIOMS.map((a) => a.id).filter((id) => claimed.has(id));
  return [...axiomIds, ...[...claimed].filter((id) => !axiomIds.includes(id))];
}

/** The display name of a property: the axiom's name when registered. */
export function propertyName(id: string): string {
  return LINE_AXIOMS.find((a) => a.id === id)?.name ?? id;
}

/** How a claim shows: ✓ holds, E holds in expectation, ✗ fails, ? unknown, · not stated. */
export function claimMark(properties: Readonly<Record<string, PropertyClaim>>, id: string): { mark: string; claim: string; title: string } {
  if (!Object.prototype.hasOwnProperty.call(properties, id)) return { mark: '·', claim: 'not-stated', title: 'not stated in the registry' };
  const value = properties[id];
  if (value === true) return { mark: '✓', claim: 'satisfied', title: 'satisfied (a property test checks it)' };
  if (value === 'in-expectation') return { mark: 'E', claim: 'in-expectation', title: 'satisfied in expectation' };
  if (value === false) return { mark: '✗', claim: 'violated', title: 'violated (a counterexample is recorded in the tests)' };
  return { mark: '?', claim: 'unknown', title: 'unknown or not applicable' };
}

/** The registered mechanisms that claim a property, by claim. */
export function claimsOf(id: string): { satisfied: string[]; violated: string[]; expectation: string[] } {
  const having = ALL_MECHANISMS.filter((m) => Object.prototype.hasOwnProperty.call(m.info.properties, id));
  return {
    satisfied: having.filter((m) => m.info.properties[id] === true).map((m) => m.info.id),
    violated: having.filter((m) => m.info.properties[id] === false).map((m) => m.info.id),
    expectation: having.filter((m) => m.info.properties[id] === 'in-expectation').map((m) => m.info.id),
  };
}

// ---------------------------------------------------------------------------------------------------
// The live example
// ---------------------------------------------------------------------------------------------------

/** An exact number for reading: two decimals when that is exact (0.40), else the fraction (1/15). */
export function showExact(value: Rational): string {
  const hundredths = value.mul(100);
  if (hundredths.den === 1n) return value.toNumber().toFixed(2);
  const exact = value.toString();
  // A bracketed Nash-welfare location has a long exact form: show its decimal instead.
  return exact.length > 16 ? `≈ ${value.toNumber().toFixed(4)}` : exact;
}

/** "agent 1 at 0.40 gains by reporting 0.70: cost 0.30 → 0.10" (agents numbered from 0, as in the witnesses). */
export function misreportText(w: MisreportWitness): string {
  return `agent ${w.agent} at ${showExact(w.truthful)} gains by reporting ${showExact(w.misreport)}: cost ${showExact(w.truthfulCost)} → ${showExact(w.misreportCost)}`;
}

/** One point of a mechanism's answer: a location and its probability (1 for a deterministic mechanism). */
export interface Placement {
  readonly location: Rational;
  readonly probability: Rational;
}

/** A line mechanism's answer on the current profile, or the error it gave. */
export interface MechanismRow {
  readonly id: string;
  readonly name: string;
  readonly randomized: boolean;
  readonly placements: readonly Placement[];
  /** The exact answer as text: `1/3`, or `0 (1/3), 1 (2/3)` for a lottery. */
  readonly exact: string;
  /** The answer as a decimal (a lottery: its expected location). */
  readonly approx: string;
  /** False when the location is a rational inside a certified bracket (the Nash-welfare optimum). */
  readonly inexact?: string;
  readonly error?: string;
}

/** A line profile of positions in [0, 1], each read as the decimal it prints as. */
export function profileOf(positions: readonly string[]): LineProfile {
  return lineProfile(positions, { domain: [0, 1] });
}

function placementsOf(outcome: LineOutcome): Placement[] {
  if (outcome.kind === 'location') return [{ location: outcome.location, probability: Rational.ONE }];
  return outcome.lottery.entries.map((e) => ({ location: e.outcome, probability: e.probability }));
}

/** Every registered line mechanism on the profile. */
export function locateAll(profile: LineProfile): MechanismRow[] {
  return LINE_MECHANISMS.map((mechanism) => {
    const { info } = mechanism;
    try {
      const outcome = mechanism(profile);
      const placements = placementsOf(outcome);
      const expected = Rational.sum(placements.map((p) => p.location.mul(p.probability)));
      return {
        id: info.id,
        name: info.name,
        randomized: info.randomized,
        placements,
        exact: outcome.kind === 'location' ? outcome.location.toString() : placements.map((p) => `${p.location} (${p.probability})`).join(', '),
        approx: expected.toNumber().toFixed(4),
        ...(outcome.kind === 'location' && !outcome.exact && outcome.bracket !== undefined
          ? { inexact: `within [${outcome.bracket.lo.toNumber().toFixed(6)}, ${outcome.bracket.hi.toNumber().toFixed(6)}]` }
          : {}),
      };
    } catch (error) {
      return { id: info.id, name: info.name, randomized: info.randomized, placements: [], exact: '—', approx: '—', error: isPluralError(error) ? error.message : String(error) };
    }
  });
}

/** The verdict of one check on the profile. */
export interface Verdict {
  /** `holds`, `fails`, `vacuous` (the axiom says nothing about this profile) or `unchecked`. */
  readonly status: 'holds' | 'fails' | 'vacuous' | 'unchecked';
  readonly text: string;
}

/** Mechanism calls one check may make in the live example (more is reported as not checked). */
export const CHECK_BUDGET = 20_000;

function verdictOf(run: () => PropertyCheck, describe: (check: PropertyCheck) => string): Verdict {
  try {
    const check = run();
    if (check.vacuous === true) return { status: 'vacuous', text: check.explanation ?? 'vacuous on this profile' };
    return { status: check.holds ? 'holds' : 'fails', text: describe(check) };
  } catch (error) {
    if (isPluralError(error)) return { status: 'unchecked', text: `not checked: ${error.message}` };
    throw error;
  }
}

/** Whether some agent gains by misreporting, with the misreport (checkStrategyproofness). */
export function misreportVerdict(mechanism: LineMechanism, profile: LineProfile): Verdict {
  return verdictOf(
    () => checkStrategyproofness(mechanism, profile, { budget: CHECK_BUDGET }),
    (c) => (c.holds ? 'no agent gains by misreporting' : c.witness !== undefined ? misreportText(c.witness as MisreportWitness) : (c.explanation ?? 'some agent gains by misreporting')),
  );
}

/** The verdicts of the registered axioms (other than strategyproofness, which has its own column). */
export function axiomVerdicts(mechanism: LineMechanism, profile: LineProfile, axioms: readonly LineAxiom[]): Verdict[] {
  return axioms.map((axiom) =>
    verdictOf(
      () => axiom.check(mechanism, profile, { budget: CHECK_BUDGET }),
      (c) => (c.holds ? `${axiom.name} holds` : (c.explanation ?? `${axiom.name} fails`)),
    ),
  );
}

/** The axioms the live example checks: every registered one but strategyproofness (its own column). */
export function demoAxioms(): LineAxiom[] {
  return LINE_AXIOMS.filter((a) => a.id !== 'strategyproof');
}


/** Approximation ratios as `objective: ratio` pairs. */
export function approximations(info: MechanismInfo): { readonly objective: string; readonly ratio: string }[] {
  return Object.entries(info.approximation ?? {}).map(([objective, ratio]) => ({ objective, ratio }));
}
