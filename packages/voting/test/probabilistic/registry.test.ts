import { ValidationError } from '@plural/core';
import { describe, expect, it } from 'vitest';
import { normalizeMethodName, votingMethods } from '../../src/index.js';
import { apportionmentMethods } from '../../src/apportionment/index.js';
import { c1MaximalLottery, maximalLottery, probabilisticRule, probabilisticRules, proportionalBorda, randomDictator, type ProbabilisticResult } from '../../src/probabilistic/index.js';
import { profileOf } from '../helpers/profiles.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('probabilistic registry', () => {
  it('lists every rule once, with frozen metadata, found by id and aliases (pref_voting names included)', () => {
    expect(probabilisticRules.map((r) => r.info.id)).toEqual(['random-dictator', 'proportional-borda', 'maximal-lottery', 'c1-maximal-lottery']);
    expect(probabilisticRule('Random Dictator')).toBe(randomDictator);
    expect(probabilisticRule('random_dictator')).toBe(randomDictator);
    expect(probabilisticRule('Random Ballot')).toBe(randomDictator);
    expect(probabilisticRule('pr_borda')).toBe(proportionalBorda);
    expect(probabilisticRule('Maximal Lottery')).toBe(maximalLottery);
    expect(probabilisticRule('c1_maximal_lottery')).toBe(c1MaximalLottery);
    expect(() => probabilisticRule('borda')).toThrow(ValidationError);
    for (const r of probabilisticRules) {
      expect(Object.isFrozen(r.info)).toBe(true);
      expect(r.info.family).toBe('probabilistic');
      expect(r.info.citations.length).toBeGreaterThan(0);
      expect(r.name).toBe(r.info.id);
    }
  });
  it('names collide neither with the single-winner rules nor with the apportionment methods', () => {
    const taken = new Map<string, string>();
    for (const m of [...votingMethods, ...apportionmentMethods, ...probabilisticRules] as { info: { id: string; aliases: readonly string[] } }[]) {
      for (const name of [m.info.id, ...m.info.aliases]) {
        const key = normalizeMethodName(name);
        const other = taken.get(key);
        expect(other === undefined || other === m.info.id, `${name}: ${other} and ${m.info.id}`).toBe(true);
        taken.set(key, m.info.id);
      }
    }
  });
  it('every rule leaves its input untouched (deep-frozen) and is deterministic', async () => {
    for (const rule of probabilisticRules as unknown as ((p: unknown) => ProbabilisticResult | Promise<ProbabilisticResult>)[]) {
      const profile = deepFreeze(profileOf(4, ['abcd', 'b(ca)d', 'cd', 'dcba'], [3, 2, 2, 0.5]));
      const before = JSON.stringify(profile);
      const first = await rule(profile);
      const second = await rule(profile);
      expect(JSON.stringify(profile)).toBe(before);
      expect(second).toEqual(first);
      expect(Object.isFrozen(first)).toBe(true);
    }
  });
});
