import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational } from '@plural/core';
import { average, checkIfs, checkPf, checkProportionality, checkStrategyproofness, checkStrongProportionality, checkUfs, facilityMechanism, leftmost, maxCost, midpoint, lineProfile, rightmost } from '../../src/index.js';
import { at, expectedCost } from './helpers.js';

describe('leftmost and rightmost', () => {
  it('put the facility at the extreme report, on any domain', () => {
    expect(at(leftmost([0.7, 0.2, 0.9]))).toBe('1/5');
    expect(at(rightmost([0.7, 0.2, 0.9]))).toBe('9/10');
    expect(at(leftmost([-3, 5, 2], { domain: 'real' }))).toBe('-3');
    expect(facilityMechanism('left-dictator').info.id).toBe('leftmost');
  });
  it('is a 2-approximation of the maximum cost (Procaccia & Tennenholtz), tight on (0, 1)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 6 }), (ks) => {
        const p = lineProfile(ks.map((k) => Rational.of(k, 12)));
        const opt = maxCost(p, p.sorted[0]!.add(p.sorted[p.sorted.length - 1]!).div(2));
        const got = maxCost(p, (leftmost(p) as { location: Rational }).location);
        return got.le(opt.mul(2));
      }),
    );
    const p = lineProfile([0, 1]);
    expect(maxCost(p, 0).div(maxCost(p, '1/2')).toString()).toBe('2');
  });
  it('counterexamples of the false claims: (0, 1) and (0, 0, 1)', () => {
    // IFS / UFS / PF: on (0, 1) the agent at 1 gets utility 0 < 1/2.
    expect(checkIfs(leftmost, [0, 1]).holds).toBe(false);
    expect(checkUfs(leftmost, [0, 1]).holds).toBe(false);
    expect(checkPf(leftmost, [0, 1]).holds).toBe(false);
    expect(checkIfs(rightmost, [0, 1]).holds).toBe(false);
    // Proportionality: (0, 1) must give 1/2.
    expect(checkProportionality(leftmost, [0, 1]).holds).toBe(false);
    expect(checkProportionality(rightmost, [0, 0, 1]).holds).toBe(false);
    // Strong proportionality: (0, 1) gives 0: the groups pay 0 and 1.
    expect(checkStrongProportionality(leftmost, [0, 1]).holds).toBe(false);
    expect(checkStrongProportionality(rightmost, [0, 1]).holds).toBe(false);
  });
});

describe('average', () => {
  it('is the exact mean of the reports', () => {
    expect(at(average([0.1, 0.2]))).toBe('3/20');
    expect(at(average([0, 0, 1]))).toBe('1/3');
    expect(at(average({ positions: [-1, 4], domain: 'real' }))).toBe('3/2');
  });
  it('is not strategyproof: on (0, 1/2) the agent at 1/2 reports 1 and gets the facility at 1/2', () => {
    const truthful = average([0, '1/2']);
    const lie = average([0, 1]);
    expect(at(truthful)).toBe('1/4');
    expect(at(lie)).toBe('1/2');
    expect(expectedCost(lie, '1/2').lt(expectedCost(truthful, '1/2'))).toBe(true);
    const check = checkStrategyproofness(average, [0, '1/2']);
    expect(check.holds).toBe(false);
    expect(check.witness!.misreportCost.lt(check.witness!.truthfulCost)).toBe(true);
  });
  it('equalises the two groups’ total costs on two-location profiles (strong proportionality ex post)', () => {
    // 3 agents at 0 and 2 at 1: mean 2/5, group costs 3·2/5 = 6/5 and 2·3/5 = 6/5.
    expect(at(average([0, 0, 0, 1, 1]))).toBe('2/5');
    expect(checkStrongProportionality(average, [0, 0, 0, 1, 1]).holds).toBe(true);
  });
});

describe('midpoint of the extremes', () => {
  it('minimises the maximum cost', () => {
    expect(at(midpoint([0.2, 0.3, 0.9]))).toBe('11/20');
    expect(maxCost(lineProfile([0.2, 0.3, 0.9]), '11/20').toString()).toBe('7/20');
  });
  it('is not strategyproof: on (0, 1/2) the agent at 1/2 reports 1', () => {
    expect(at(midpoint([0, '1/2']))).toBe('1/4');
    expect(at(midpoint([0, 1]))).toBe('1/2');
    expect(checkStrategyproofness(midpoint, [0, '1/2']).holds).toBe(false);
  });
  it('fails UFS, PF, proportionality and strong proportionality on (0, 0, 1): 1/2 where the pair is owed ≤ 1/3', () => {
    expect(at(midpoint([0, 0, 1]))).toBe('1/2');
    const ufs = checkUfs(midpoint, [0, 0, 1]);
    expect(ufs.holds).toBe(false);
    expect(ufs.witness!.bound.toString()).toBe('1/3');
    expect(checkPf(midpoint, [0, 0, 1]).holds).toBe(false);
    expect(checkProportionality(midpoint, [0, 0, 1]).holds).toBe(false);
    expect(checkStrongProportionality(midpoint, [0, 0, 1]).holds).toBe(false);
  });
});
