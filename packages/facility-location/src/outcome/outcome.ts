import { degenerateLottery, type Lottery, Rational } from '@plural/core';
import type { Interval } from '../profile/line-profile.js';

/**
 * A deterministic mechanism's answer: one location. `exact` is false only when the location is
 * irrational in general (the Nash-welfare optimum): `location` is then a rational inside `bracket`, an
 * interval of width ≤ the requested tolerance that provably contains the true optimum.
 */
export interface FacilityLocation {
  readonly kind: 'location';
  readonly mechanism: string;
  readonly location: Rational;
  readonly exact: boolean;
  readonly bracket?: Interval;
}

/** A randomized mechanism's answer: a lottery over locations with exact probabilities. */
export interface FacilityLottery {
  readonly kind: 'lottery';
  readonly mechanism: string;
  readonly lottery: Lottery<Rational>;
}

/** What a single-facility mechanism on the line returns. */
export type LineOutcome = FacilityLocation | FacilityLottery;

/** A frozen exact location. */
export function locationOutcome(mechanism: string, location: Rational): FacilityLocation {
  return Object.freeze({ kind: 'location' as const, mechanism, location, exact: true });
}

/** A frozen lottery outcome. */
export function lotteryOutcome(mechanism: string, l: Lottery<Rational>): FacilityLottery {
  return Object.freeze({ kind: 'lottery' as const, mechanism, lottery: l });
}

/** The outcome as a lottery: a location is the lottery that puts probability 1 on it. */
export function outcomeLottery(outcome: LineOutcome): Lottery<Rational> {
  return outcome.kind === 'lottery' ? outcome.lottery : degenerateLottery(outcome.location);
}
