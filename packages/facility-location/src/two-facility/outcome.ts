import { lottery as makeLottery, degenerateLottery, mergeLottery, type Lottery, type Rational } from '@plural/core';

/** Two facility locations on the line, ascending: `[y1, y2]` with y1 ≤ y2 (equal when both coincide). */
export type FacilityPair = readonly [Rational, Rational];

/** A deterministic two-facility mechanism's answer. */
export interface TwoFacilityLocations {
  readonly kind: 'locations';
  readonly mechanism: string;
  readonly facilities: FacilityPair;
}

/** A randomized two-facility mechanism's answer: an exact lottery over ascending pairs. */
export interface TwoFacilityLottery {
  readonly kind: 'lottery';
  readonly mechanism: string;
  readonly lottery: Lottery<FacilityPair>;
}

/** What a two-facility mechanism returns. */
export type TwoFacilityOutcome = TwoFacilityLocations | TwoFacilityLottery;

/** The frozen ascending pair of two locations. */
export function facilityPair(a: Rational, b: Rational): FacilityPair {
  return Object.freeze(a.le(b) ? ([a, b] as const) : ([b, a] as const));
}

/** A frozen deterministic outcome. */
export function twoFacilityLocations(mechanism: string, a: Rational, b: Rational): TwoFacilityLocations {
  return Object.freeze({ kind: 'locations' as const, mechanism, facilities: facilityPair(a, b) });
}

/** A frozen lottery outcome; entries with the same pair are merged (exact probabilities summing to 1). */
export function twoFacilityLottery(mechanism: string, entries: readonly { outcome: FacilityPair; probability: Rational }[]): TwoFacilityLottery {
  const merged = mergeLottery(makeLottery(entries), ([a, b]) => `${a}|${b}`);
  return Object.freeze({ kind: 'lottery' as const, mechanism, lottery: merged });
}

/** The outcome as a lottery over pairs (a deterministic outcome is the lottery of one pair). */
export function twoFacilityOutcomeLottery(outcome: TwoFacilityOutcome): Lottery<FacilityPair> {
  return outcome.kind === 'lottery' ? outcome.lottery : degenerateLottery(outcome.facilities);
}
