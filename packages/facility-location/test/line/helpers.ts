import { expectation, Rational, type RationalLike } from '@plural/core';
import { outcomeLottery, type LineOutcome } from '../../src/index.js';

/** The location of a deterministic outcome as text ('lottery' otherwise). */
export const at = (o: LineOutcome): string => (o.kind === 'location' ? o.location.toString() : 'lottery');

/** A lottery outcome as { location: probability } texts (a location is one entry with probability 1). */
export const dist = (o: LineOutcome): Record<string, string> =>
  Object.fromEntries(outcomeLottery(o).entries.map((e) => [e.outcome.toString(), e.probability.toString()]));

/** Agent at x: its expected distance to the facility. */
export const expectedCost = (o: LineOutcome, x: RationalLike): Rational => {
  const p = Rational.from(x);
  return expectation(outcomeLottery(o), (y) => p.sub(y).abs());
};
