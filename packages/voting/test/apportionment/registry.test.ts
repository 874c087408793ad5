import { ValidationError } from '@plural/core';
import { describe, expect, it } from 'vitest';
import { apportionmentMethod, apportionmentMethods, dHondt, hamilton, sainteLague, type ApportionmentOptions, type PartyVotes } from '../../src/apportionment/index.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('apportionment registry', () => {
  it('lists every method once, found by id and by Condorcet PHP’s names', () => {
    expect(apportionmentMethods.map((m) => m.info.id)).toEqual(['d-hondt', 'sainte-lague', 'modified-sainte-lague', 'adams', 'huntington-hill', 'dean', 'hamilton']);
    expect(apportionmentMethod('Jefferson')).toBe(dHondt);
    expect(apportionmentMethod("D'Hondt")).toBe(dHondt);
    expect(apportionmentMethod('Sainte-Laguë')).toBe(sainteLague);
    expect(apportionmentMethod('webster')).toBe(sainteLague);
    expect(apportionmentMethod('Largest Remainder')).toBe(hamilton);
    expect(apportionmentMethod('Hare–Niemeyer method')).toBe(hamilton);
    expect(() => apportionmentMethod('STV')).toThrow(ValidationError);
    for (const m of apportionmentMethods) {
      expect(Object.isFrozen(m.info)).toBe(true);
      expect(Object.keys(m.info.properties).sort()).toEqual(['house-monotonicity', 'lower-quota', 'upper-quota']);
      expect(m.info.properties['house-monotonicity']).toBe(m.info.kind === 'divisor');
    }
  });
  it('every method leaves its input and options untouched (deep-frozen) and is deterministic', () => {
    for (const method of apportionmentMethods as unknown as ((v: PartyVotes, o: ApportionmentOptions) => ReturnType<typeof dHondt>)[]) {
      const input = deepFreeze({ parties: ['A', 'B', 'C', 'D'], votes: [100000, '80000', 30000.5, 20000] });
      const options = deepFreeze({ seats: 9, threshold: '1/100', ties: { order: [3, 2, 1, 0] } });
      const before = JSON.stringify([input, options]);
      const first = method(input, options);
      expect(JSON.stringify([input, options])).toBe(before);
      expect(method(input, options)).toEqual(first);
      expect(Object.isFrozen(first)).toBe(true);
      expect(Object.isFrozen(first.seats)).toBe(true);
    }
  });
});
