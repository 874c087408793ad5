import { AbortedError, BudgetExceededError, Rational } from '@plural/core';
import { describe, expect, it } from 'vitest';
import {
  approximationRatio,
  compareRatio,
  complementedGini,
  facilityMechanisms,
  leftmost,
  lineProfile,
  lrm,
  median,
  midpoint,
  nashSolution,
  nashWelfare,
  optimalValue,
  randomRank,
  uniformPhantom,
  worstCaseRatio,
} from '../../src/index.js';

const text = (r: Rational | 'infinite') => (r === 'infinite' ? r : r.toString());

describe('optimalValue', () => {
  it('social cost at the median, max cost at the midpoint', () => {
    const p = lineProfile([0, 0.2, 0.9]);
    expect(optimalValue('social-cost', p)).toMatchObject({ exact: true });
    expect(optimalValue('social-cost', p).value.toString()).toBe('9/10');
    expect(optimalValue('max-cost', p).location.toString()).toBe('9/20');
    expect(optimalValue('max-cost', { positions: [-3, 5], domain: 'real' }).value.toString()).toBe('4');
  });
  it('Nash welfare: exact at a kink or endpoint profile, bracketed otherwise', () => {
    const ends = optimalValue('nash-welfare', [0, 0, 1]);
    expect([ends.exact, ends.location.toString(), ends.value.toString()]).toEqual([true, '1/3', '4/27']);
    const inner = optimalValue('nash-welfare', [0.2, 0.3, 0.9]);
    expect(inner.exact).toBe(false);
    const { lo, hi } = inner.bracket!;
    expect(lo.le(inner.value) && inner.value.le(hi)).toBe(true);
    expect(hi.sub(lo).lt(Rational.of(1, 10 ** 9))).toBe(true);
    expect(Math.abs(inner.value.toNumber() - 0.363376156615)).toBeLessThan(1e-9); // vectors.json
    // no grid point does better than the certified upper bound
    const p = lineProfile([0.2, 0.3, 0.9]);
    for (let k = 0; k <= 200; k++) expect(nashWelfare(p, Rational.of(k, 200)).le(hi)).toBe(true);
  });
  it('complemented Gini: the maximum over the breakpoints beats every grid point', () => {
    const p = lineProfile([0, 0.1, 0.2, 0.9]);
    const opt = optimalValue('complemented-gini', p);
    for (let k = 0; k <= 120; k++) expect(complementedGini(p, Rational.of(k, 120)).le(opt.value)).toBe(true);
    expect(() => optimalValue('nope', p)).toThrow(/unknown objective/);
  });
});

describe('approximationRatio', () => {
  it('median is optimal for social cost; leftmost and median are 2 for max cost on (0, 1)', () => {
    expect(text(approximationRatio(median, 'social-cost', [0, 0.3, 0.8]).ratio)).toBe('1');
    expect(text(approximationRatio(leftmost, 'max-cost', [0, 1]).ratio)).toBe('2');
    expect(text(approximationRatio(median, 'max-cost', [0, 1]).ratio)).toBe('2');
  });
  it('LRM is 3/2 for max cost on (0, 1) in expectation', () => {
    const r = approximationRatio(lrm, 'max-cost', [0, 1]);
    expect([text(r.ratio), r.mechanismValue.toString()]).toEqual(['3/2', '3/4']);
  });
  it('0/0 is 1, x/0 is infinite', () => {
    expect(text(approximationRatio(median, 'max-cost', [0.4, 0.4]).ratio)).toBe('1');
    // leftmost on (0, 1): the agent at 1 has utility 0, Nash welfare 0 against 1/4
    expect(text(approximationRatio(leftmost, 'nash-welfare', [0, 1]).ratio)).toBe('infinite');
    expect(compareRatio('infinite', Rational.of(100))).toBe(1);
  });
  it('the Nash solution has ratio 1 for Nash welfare, with a certified bracket when irrational', () => {
    const r = approximationRatio(nashSolution, 'nash-welfare', [0.2, 0.3, 0.9]);
    expect(text(r.ratio)).toBe('1');
    expect(r.exact).toBe(false);
    expect(r.bracket!.lo.le(Rational.ONE) && r.bracket!.hi.ge(Rational.ONE)).toBe(true);
    expect(text(approximationRatio(uniformPhantom, 'nash-welfare', [0, 0, 1]).ratio)).toBe('1');
  });
});

describe('worstCaseRatio', () => {
  it('median: social cost 1 everywhere; max cost 2 found', () => {
    expect(text(worstCaseRatio(median, 'social-cost', { maxAgents: 4, numRuns: 30 }).ratio)).toBe('1');
    const mc = worstCaseRatio(median, 'max-cost', { maxAgents: 3, numRuns: 30 });
    expect(text(mc.ratio)).toBe('2');
    expect(mc.profile.positions.length).toBe(2);
  });
  it('leftmost: max cost 2 attained on the grid; social cost approaches n − 1', () => {
    expect(text(worstCaseRatio(leftmost, 'max-cost', { maxAgents: 3, numRuns: 20 }).ratio)).toBe('2');
    const sc = worstCaseRatio(leftmost, 'social-cost', { maxAgents: 3, gridDenominator: 6, numRuns: 20 });
    expect(sc.ratio !== 'infinite' && sc.ratio.le(2) && sc.ratio.ge(Rational.of(3, 2))).toBe(true);
  });
  it('LRM: 3/2 for max cost in expectation; midpoint optimal', () => {
    expect(text(worstCaseRatio(lrm, 'max-cost', { maxAgents: 3, numRuns: 20 }).ratio)).toBe('3/2');
    expect(text(worstCaseRatio(midpoint, 'max-cost', { maxAgents: 3, numRuns: 20 }).ratio)).toBe('1');
  });
  it('Random Rank: the approximation claimed in the registry is reached, not exceeded', () => {
    const r = worstCaseRatio(randomRank, 'max-cost', { maxAgents: 4, numRuns: 20 });
    expect(r.ratio !== 'infinite' && r.ratio.le(2)).toBe(true);
  });
  it('budget and signal', () => {
    expect(() => worstCaseRatio(median, 'max-cost', { maxAgents: 3, budget: 10 })).toThrow(BudgetExceededError);
    const controller = new AbortController();
    controller.abort();
    expect(() => worstCaseRatio(median, 'max-cost', { signal: controller.signal })).toThrow(AbortedError);
    expect(() => worstCaseRatio(median, 'max-cost', { maxAgents: 0 })).toThrow(/maxAgents/);
  });
});

describe('registry approximation claims (finite numeric ones) are never beaten on small grids', () => {
  for (const m of facilityMechanisms) {
    for (const [objective, claim] of Object.entries(m.info.approximation ?? {})) {
      const bound = /^\s*(\d+(?:\/\d+)?)/.exec(claim)?.[1];
      if (bound === undefined || /n/.test(claim.replace(/\(optimal\)/, ''))) continue;
      it(`${m.info.id}: ${objective} ≤ ${bound}`, () => {
        const r = worstCaseRatio(m, objective, { maxAgents: 3, gridDenominator: 4, numRuns: 15 });
        expect(r.ratio !== 'infinite' && r.ratio.le(Rational.parse(bound)), `worst ${text(r.ratio)} on ${r.profile.positions.join(', ')}`).toBe(true);
      });
    }
  }
});
