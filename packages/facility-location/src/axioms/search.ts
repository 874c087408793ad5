import fc from 'fast-check';
import { Rational, ValidationError, type RationalLike } from '@plural/core';
import type { LineMechanism } from '../registry/types.js';
import { lineAxiom } from './registry.js';
import type { AxiomCheckOptions, AxiomProfiles, PropertyCheck } from './types.js';
import { intervalOf, UNIT_INTERVAL } from '../profile/line-profile.js';

/** A small profile on a grid, as the counterexample search draws it: `{ positions, domain }` (a {@link LineInput}). */
export interface GridProfile {
  readonly positions: readonly Rational[];
  readonly domain: readonly [Rational, Rational];
}

/** Options of {@link lineProfileArbitrary}. */
export interface GridProfileOptions {
  /** 1…maxAgents agents (default 5; two-location profiles have at least 2). */
  readonly maxAgents?: number;
  /** Positions lo + (k/q)(hi − lo), k = 0…q (default q = 6). */
  readonly gridDenominator?: number;
  /** The domain (default [0, 1]). */
  readonly domain?: readonly [RationalLike, RationalLike];
}

function wholeNumber(v: number, min: number, where: string): number {
  if (!Number.isInteger(v) || v < min) throw new ValidationError(`expected a whole number ≥ ${min}, got ${v}.`, { where, fix: `Use a whole number ≥ ${min}.` });
  return v;
}

/**
 * A fast-check arbitrary of small profiles on the grid {lo + k/q (hi − lo)} of the shape an axiom
 * constrains: any profile, unanimous ones, profiles with every agent at an end of the domain, or with
 * exactly two distinct positions. Shrinks toward fewer agents and positions nearer lo.
 */
export function lineProfileArbitrary(shape: AxiomProfiles, options: GridProfileOptions = {}): fc.Arbitrary<GridProfile> {
  const maxAgents = wholeNumber(options.maxAgents ?? 5, 1, 'options.maxAgents');
  const q = wholeNumber(options.gridDenominator ?? 6, 1, 'options.gridDenominator');
  const { lo, hi } = options.domain === undefined ? UNIT_INTERVAL : intervalOf(options.domain, 'options.domain');
  const at = (k: number): Rational => lo.add(hi.sub(lo).mul(Rational.of(k, q)));
  const domain = Object.freeze([lo, hi] as const);
  const make = (ks: readonly number[]): GridProfile => Object.freeze({ positions: Object.freeze(ks.map(at)), domain });
  switch (shape) {
    case 'any':
      return fc.array(fc.integer({ min: 0, max: q }), { minLength: 1, maxLength: maxAgents }).map(make);
    case 'unanimous':
      return fc.tuple(fc.integer({ min: 1, max: maxAgents }), fc.integer({ min: 0, max: q })).map(([n, k]) => make(new Array<number>(n).fill(k)));
    case 'two-ends':
      return fc.array(fc.boolean(), { minLength: 1, maxLength: maxAgents }).map((bs) => make(bs.map((b) => (b ? q : 0))));
    case 'two-locations':
      if (maxAgents < 2 || q < 1) throw new ValidationError('two-location profiles need maxAgents ≥ 2.', { where: 'options.maxAgents', fix: 'Use maxAgents ≥ 2.' });
      return fc
        .tuple(fc.integer({ min: 0, max: q - 1 }), fc.integer({ min: 1, max: q }), fc.array(fc.boolean(), { minLength: 2, maxLength: maxAgents }))
        .map(([a, gap, side]) => {
          const b = Math.min(q, a + gap);
          const sides = side.every((s) => s === side[0]) ? [!side[0], ...side.slice(1)] : side;
          return make(sides.map((s) => (s ? b : a)));
        });
  }
}

/** Options of {@link findCounterexample}. */
export interface CounterexampleOptions extends GridProfileOptions {
  /** Random profiles tried (default 200). */
  readonly numRuns?: number;
  /** The fast-check seed (default 0: the search is deterministic). */
  readonly seed?: number;
  /** Options passed to the axiom's checker (misreport grid, lottery reading, mechanism options …). */
  readonly axiomOptions?: AxiomCheckOptions;
}

/** A shrunk counterexample: the profile, the failed check with its witness, and how to replay the search. */
export interface FacilityCounterexample {
  readonly profile: GridProfile;
  readonly check: PropertyCheck;
  readonly seed: number;
  readonly path: string;
  readonly numShrinks: number;
}

/**
 * Searches small random profiles on a rational grid (of the shape the axiom constrains, see
 * {@link lineProfileArbitrary}) for one where `mechanism` violates the axiom `axiomId`, and returns the
 * profile fast-check shrank it to (fewer agents, smaller grid indices) with the checker's witness, or
 * `undefined` when none of `numRuns` profiles violates it. Profiles the mechanism refuses
 * (ValidationError) count as passing.
 *
 * @example
 * findCounterexample(median, 'ufs')?.profile.positions.map(String); // e.g. ['0', '0', '1'] or smaller
 */
export function findCounterexample(
  mechanism: LineMechanism,
  axiomId: string,
  options: CounterexampleOptions = {},
): FacilityCounterexample | undefined {
  const axiom = lineAxiom(axiomId);
  const axiomOptions: AxiomCheckOptions = options.axiomOptions ?? {};
  const holds = (profile: GridProfile): boolean => {
    try {
      return axiom.check(mechanism, profile, axiomOptions).holds;
    } catch (error) {
      if (error instanceof ValidationError) return true;
      throw error;
    }
  };
  const seed = options.seed ?? 0;
  const details = fc.check(fc.property(lineProfileArbitrary(axiom.profiles, options), holds), { numRuns: options.numRuns ?? 200, seed });
  if (!details.failed) return undefined;
  const profile = details.counterexample?.[0];
  if (profile === undefined) throw details.errorInstance instanceof Error ? details.errorInstance : new Error(String(details.errorInstance));
  const check = axiom.check(mechanism, profile, axiomOptions);
  if (check.holds) throw details.errorInstance instanceof Error ? details.errorInstance : new Error(`the search for ${axiom.id} failed without a violation.`);
  return Object.freeze({ profile, check, seed: details.seed, path: details.counterexamplePath ?? '', numShrinks: details.numShrinks });
}
