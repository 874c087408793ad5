import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InvalidNumberError, Rational, ValidationError } from '@plural/core';
import {
  asymmetricLinearPreference,
  checkStrategyproofnessSinglePeaked,
  distancePreference,
  generalizedMedian,
  lineProfile,
  locationOutcome,
  median,
  piecewiseLinearPreference,
  singlePeakedPreference,
  uniformPhantom,
  type LineProfile,
  type SinglePeakedPreference,
} from '../../src/index.js';

const q = (k: number) => Rational.of(k, 8);
const slopes = ['1/4', '1/2', 1, 2, 5];
/** n agents on the grid k/8 with random asymmetric linear preferences peaked at their reports. */
const agents = (minN: number, maxN: number) =>
  fc.array(fc.record({ x: fc.integer({ min: 0, max: 8 }).map(q), a: fc.constantFrom(...slopes), b: fc.constantFrom(...slopes) }), { minLength: minN, maxLength: maxN });
const prefsOf = (as: { x: Rational; a: string | number; b: string | number }[]) => as.map(({ x, a, b }) => asymmetricLinearPreference(x, a, b));
/** The mean of the reports: not strategyproof. */
const average = (p: LineProfile) => locationOutcome('average', Rational.sum(p.positions).div(p.positions.length));

describe('single-peaked preference builders', () => {
  it('asymmetric linear costs', () => {
    const p = asymmetricLinearPreference(0.5, 2, 1);
    expect(p.peak.toString()).toBe('1/2');
    expect(p.cost(Rational.of(1, 4)).toString()).toBe('1/2');
    expect(p.cost(Rational.of(3, 4)).toString()).toBe('1/4');
    expect(p.cost(Rational.of(1, 2)).toString()).toBe('0');
    expect(distancePreference(0.2).cost(Rational.ONE).toString()).toBe('4/5');
    expect(() => asymmetricLinearPreference(0.5, 0, 1)).toThrow(/left/);
    expect(() => asymmetricLinearPreference(0.5, 1, -1)).toThrow(/right/);
    expect(() => asymmetricLinearPreference(Number.NaN, 1, 1)).toThrow(InvalidNumberError);
  });
  it('piecewise-linear tables: interpolation, extension past the ends, checks naming table[i][j]', () => {
    const p = piecewiseLinearPreference([[0, 3], [0.5, 0], [0.6, 2], [1, 2.5]]);
    expect(p.peak.toString()).toBe('1/2');
    expect(p.cost(Rational.of(1, 4)).toString()).toBe('3/2');
    expect(p.cost(Rational.of(11, 20)).toString()).toBe('1');
    expect(p.cost(Rational.of(4, 5)).toString()).toBe('9/4');
    expect(p.cost(Rational.of(-1)).toString()).toBe('9');
    expect(p.cost(Rational.of(2)).toString()).toBe('15/4');
    const atEnd = piecewiseLinearPreference([[0.2, 0], [1, 4]]);
    expect(atEnd.cost(Rational.ZERO).toString()).toBe('1');
    expect(() => piecewiseLinearPreference([[0, 1]])).toThrow(/at least two/);
    expect(() => piecewiseLinearPreference([[0, 1], [0, 0]])).toThrow(/table\[1\]\[0\]/);
    expect(() => piecewiseLinearPreference([[0, 1], [0.5, 0], [0.7, 1], [1, 0.5]])).toThrow(/table\[3\]\[1\]/);
    expect(() => piecewiseLinearPreference([[0, 1], [0.5, 1]])).toThrow(/table\[1\]\[1\]/);
    expect(() => singlePeakedPreference(0.5, 3 as unknown as () => number)).toThrow(ValidationError);
    expect(singlePeakedPreference(0.5, (y) => y.sub(Rational.of(1, 2)).abs().mul(3)).cost(Rational.ONE).toString()).toBe('3/2');
  });
});

describe('strategyproofness for general single-peaked preferences', () => {
  it('median, Uniform Phantom and the generalized median (random phantoms) are SP for random asymmetric preferences', () => {
    fc.assert(
      fc.property(agents(1, 4), fc.array(fc.integer({ min: 0, max: 8 }).map(q), { minLength: 0, maxLength: 5 }), (as, phantoms) => {
        const peaks = as.map((a) => a.x);
        const prefs = prefsOf(as);
        expect(checkStrategyproofnessSinglePeaked(median, peaks, prefs).witness).toBeUndefined();
        expect(checkStrategyproofnessSinglePeaked(uniformPhantom, peaks, prefs).witness).toBeUndefined();
        const ph = (peaks.length + phantoms.length) % 2 === 1 ? phantoms : phantoms.slice(1);
        if ((peaks.length + ph.length) % 2 === 1) {
          expect(checkStrategyproofnessSinglePeaked(generalizedMedian, peaks, prefs, { mechanismOptions: { phantoms: ph } }).witness).toBeUndefined();
        }
      }),
      { numRuns: 100 },
    );
  });
  it('the median is SP for piecewise-linear preferences too', () => {
    const tables: [number, number][][] = [
      [[0, 1], [0.25, 0], [0.5, 4], [1, 5]],
      [[0, 9], [0.5, 1], [0.75, 0], [1, 0.1]],
      [[0, 0], [1, 1]],
    ];
    const prefs: SinglePeakedPreference[] = tables.map((t) => piecewiseLinearPreference(t));
    expect(checkStrategyproofnessSinglePeaked(median, prefs.map((p) => p.peak), prefs, { gridSteps: 16 }).holds).toBe(true);
    expect(checkStrategyproofnessSinglePeaked(uniformPhantom, prefs.map((p) => p.peak), prefs, { gridSteps: 16 }).holds).toBe(true);
  });
  it('the average is not SP (counterexample with a witness that replays)', () => {
    const prefs = [distancePreference(0), distancePreference(0.5)];
    const first = checkStrategyproofnessSinglePeaked(average, [0, 0.5], prefs);
    expect(first.holds).toBe(false);
    expect(first.witness!.misreport.toString()).toBe('5/8');
    expect(prefs[1]!.cost((average(lineProfile([0, first.witness!.misreport])) as { location: Rational }).location).equals(first.witness!.misreportCost)).toBe(true);
    const r = checkStrategyproofnessSinglePeaked(average, [0, 0.5], prefs, { misreports: [1] });
    expect(r.holds).toBe(false);
    const w = r.witness!;
    expect(w.agent).toBe(1);
    expect(w.truthfulCost.toString()).toBe('1/4');
    expect(w.misreport.toString()).toBe('1');
    expect(w.misreportCost.toString()).toBe('0');
  });
  it('with asymmetric costs a misreport can pay even when the distance story says otherwise', () => {
    // An agent who dislikes the facility left of it 5× more still cannot gain against the median,
    // but gains against the average: reporting higher drags the mean right.
    const prefs = [asymmetricLinearPreference(0, 1, 1), asymmetricLinearPreference(0.5, 5, 1), asymmetricLinearPreference(1, 1, 1)];
    expect(checkStrategyproofnessSinglePeaked(median, [0, 0.5, 1], prefs).holds).toBe(true);
    expect(checkStrategyproofnessSinglePeaked(average, [0, 0.25, 1], [prefs[0]!, asymmetricLinearPreference(0.25, 5, 1), prefs[2]!]).holds).toBe(false);
  });
  it('typed errors: mismatched peaks and lengths', () => {
    expect(() => checkStrategyproofnessSinglePeaked(median, [0, 0.5], [distancePreference(0)])).toThrow(/preferences/);
    expect(() => checkStrategyproofnessSinglePeaked(median, [0, 0.5], [distancePreference(0), distancePreference(0.4)])).toThrow(/preferences\[1\]/);
    expect(() => checkStrategyproofnessSinglePeaked(median, [0, 2], [distancePreference(0), distancePreference(2)])).toThrow(/positions\[1\]/);
  });
});
