import { describe, expect, it } from 'vitest';
import { InvalidNumberError, ValidationError } from '@plural/core';
import { facilityMechanism, generalizedMedian, lineProfile, median, uniformPhantom } from '../src/index.js';

const at = (o: ReturnType<typeof median>) => (o.kind === 'location' ? o.location.toString() : 'lottery');

describe('median family', () => {
  it('left and right medians', () => {
    expect(at(median([0, 0.1, 0.2, 0.9]))).toBe('1/10');
    expect(at(median([0, 0.1, 0.2, 0.9], { side: 'right' }))).toBe('1/5');
  });
  it('Uniform Phantom on [0,0,1] is 1/3 where the median is 0', () => {
    expect(at(uniformPhantom([0, 0, 1]))).toBe('1/3');
    expect(at(median([0, 0, 1]))).toBe('0');
  });
  it('phantoms: default is the left median; n − 1 phantoms at k/n is Uniform Phantom', () => {
    expect(at(generalizedMedian([0, 0.1, 0.2, 0.9]))).toBe('1/10');
    expect(at(generalizedMedian([0, 0, 1], { phantoms: ['1/3', '2/3'] }))).toBe('1/3');
    expect(() => generalizedMedian([0, 1], { phantoms: [0.5, 0.5] })).toThrow(ValidationError);
  });
  it('Uniform Phantom scales its phantoms to the domain', () => {
    expect(at(uniformPhantom({ positions: [0, 0, 3], domain: [0, 3] }))).toBe('1');
    expect(() => uniformPhantom([0, 1], { domain: 'real' })).toThrow(/bounded domain/);
  });
});

describe('bad input', () => {
  it('names the field and the fix', () => {
    expect(() => lineProfile([])).toThrow(/no agents/);
    expect(() => lineProfile([0.5, Number.NaN])).toThrow(InvalidNumberError);
    expect(() => lineProfile([0.5, 2])).toThrow(/positions\[1\].*outside the domain/);
    expect(() => lineProfile([0.5], { domain: [1, 0] })).toThrow(/domain/);
  });
  it('looks mechanisms up by alias', () => {
    expect(facilityMechanism('UP').info.id).toBe('uniform-phantom');
    expect(() => facilityMechanism('nope')).toThrow(/unknown facility-location mechanism/);
  });
});

describe('objectives', () => {
  it('exact costs and Gini on a vector of the corpus', async () => {
    const { socialCost, maxCost, nashWelfare, gini } = await import('../src/index.js');
    const p = lineProfile([0, 0, 1]);
    expect(socialCost(p, '1/3').toString()).toBe('4/3');
    expect(maxCost(p, '1/3').toString()).toBe('2/3');
    expect(nashWelfare(p, '1/3').toString()).toBe('4/27');
    // vectors.json: gini_at_left_median 0.333333333 for [0, 0, 1] at 0
    expect(gini(p, 0).toString()).toBe('1/3');
  });
});
