import type { Citation } from '@plural/core';
import type { LineInput, LineProfileOptions } from '../profile/line-profile.js';
import type { LineOutcome } from '../outcome/outcome.js';
import type { PointInput, PointProfileOptions } from '../euclidean/point-profile.js';
import type { EuclideanOutcome } from '../euclidean/outcome.js';
import type { TwoFacilityOutcome } from '../two-facility/outcome.js';

export type { Citation } from '@plural/core';

/**
 * The settings the registry groups mechanisms by: one facility on the line; two facilities on the line;
 * one facility at a point of ℝ^d; one obnoxious facility (agents want it far away) on the line.
 */
export type FacilitySetting = 'line' | 'line-two-facilities' | 'euclidean' | 'obnoxious-line';

/**
 * A claimed property: `true` (holds; a property test checks it), `false` (fails; a recorded
 * counterexample shows it), `'in-expectation'` (a randomized mechanism satisfies it for expected costs),
 * `null` (not known or not applicable).
 */
export type PropertyClaim = boolean | 'in-expectation' | null;

/** Property id (see the axioms module: `strategyproof`, `ufs`, …) → claim. */
export type MechanismProperties = Readonly<Record<string, PropertyClaim>>;

/** Registry metadata of a mechanism: what the docs, the CLI (`plural locate --list`) and the property tests read. */
export interface MechanismInfo {
  /** Kebab-case literature name, e.g. `uniform-phantom`. */
  readonly id: string;
  /** Display name, e.g. "Uniform Phantom". */
  readonly name: string;
  /** Other names (`up`, `random-dictator`, …). */
  readonly aliases: readonly string[];
  readonly setting: FacilitySetting;
  /** One sentence: the definition. */
  readonly description: string;
  readonly citations: readonly Citation[];
  /** Time complexity in n agents. */
  readonly complexity: string;
  /** True when the answer is a lottery. */
  readonly randomized: boolean;
  /** `'bounded'`: needs an interval domain (phantoms k/n, normalised utilities); `'any'`: works on ℝ too. */
  readonly domain: 'bounded' | 'any';
  /** How ties and even n are settled, e.g. "left median x_(⌈n/2⌉)". */
  readonly convention: string;
  readonly properties: MechanismProperties;
  /**
   * Known worst-case approximation ratios by objective id (`social-cost`, `max-cost`, `nash-welfare`,
   * `complemented-gini`), as text ("1 (optimal)", "2", "3/2", "n − 1"); tests check them where finite.
   */
  readonly approximation?: Readonly<Record<string, string>>;
}

/** Options every single-facility line mechanism takes (mechanism-specific ones ride along). */
export type LineMechanismOptions = LineProfileOptions;

/** A registered single-facility mechanism on the line: a function with its metadata attached. */
export interface LineMechanism<Options extends LineMechanismOptions = LineMechanismOptions> {
  (input: LineInput, options?: Options): LineOutcome;
  readonly info: MechanismInfo;
}

/** A registered single-facility mechanism in ℝ^d (setting `'euclidean'`): a function with its metadata attached. */
export interface EuclideanMechanism<Options extends PointProfileOptions = PointProfileOptions> {
  (input: PointInput, options?: Options): EuclideanOutcome;
  readonly info: MechanismInfo;
}

/**
 * A registered two-facility mechanism on the line (setting `'line-two-facilities'`; each agent uses the
 * nearer facility): a function with its metadata attached.
 */
export interface TwoFacilityMechanism<Options extends LineMechanismOptions = LineMechanismOptions> {
  (input: LineInput, options?: Options): TwoFacilityOutcome;
  readonly info: MechanismInfo;
}

/**
 * A registered obnoxious-facility mechanism on a bounded interval (setting `'obnoxious-line'`; agents
 * want the facility far away, utility = distance): a function with its metadata attached.
 */
export interface ObnoxiousMechanism<Options extends LineMechanismOptions = LineMechanismOptions> {
  (input: LineInput, options?: Options): LineOutcome;
  readonly info: MechanismInfo;
}

/** A registered mechanism of any setting; `info.setting` tells which. */
export type AnyFacilityMechanism = LineMechanism | EuclideanMechanism | TwoFacilityMechanism | ObnoxiousMechanism;
