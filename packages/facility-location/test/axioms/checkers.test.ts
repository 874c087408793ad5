import { AbortedError, BudgetExceededError, Rational, ValidationError } from '@plural/core';
import { describe, expect, it } from 'vitest';
import {
  average,
  checkAnonymity,
  checkGroupStrategyproofness,
  checkIfs,
  checkPareto,
  checkPf,
  checkProportionality,
  checkStrategyproofness,
  checkStrongProportionality,
  checkUfs,
  checkUnanimity,
  defineLineMechanism,
  findCounterexample,
  lineAxiom,
  lineAxioms,
  locationOutcome,
  lrm,
  median,
  nashSolution,
  randomRank,
  uniformPhantom,
} from '../../src/index.js';
import { describeCorpus, corpora } from '../helpers/corpora.js';

/** The first agent's report: a dictatorship, strategyproof but not anonymous. */
const firstAgent = defineLineMechanism(
  { id: 'test-first-agent', name: 'First agent', aliases: [], setting: 'line', description: 'test', citations: [], complexity: 'O(1)', randomized: false, domain: 'any', convention: '', properties: { anonymous: false } },
  (p) => locationOutcome('test-first-agent', p.positions[0]!),
);
/** Always 1/2 of [0, 1]: anonymous, SP, not unanimous, not Pareto. */
const constantHalf = defineLineMechanism(
  { id: 'test-half', name: 'Half', aliases: [], setting: 'line', description: 'test', citations: [], complexity: 'O(1)', randomized: false, domain: 'any', convention: '', properties: { anonymous: true } },
  () => locationOutcome('test-half', Rational.of(1, 2)),
);

describe('strategyproofness', () => {
  it('median and Uniform Phantom: no profitable misreport', () => {
    for (const p of [[0.2, 0.5, 0.9], [0, 0, 1], [0.1, 0.4], [0.3]]) {
      expect(checkStrategyproofness(median, p).holds).toBe(true);
      expect(checkStrategyproofness(uniformPhantom, p).holds).toBe(true);
    }
  });
  it('average is not SP: the most profitable misreport as witness, re-run to confirm', () => {
    const check = checkStrategyproofness(average, [0.2, 0.4, 0.9]);
    expect(check.holds).toBe(false);
    const w = check.witness!;
    const y = (reports: Rational[]) => (average(reports) as { location: Rational }).location;
    const truthful = [0.2, 0.4, 0.9].map((x) => Rational.parse(String(x)));
    const lied = truthful.map((x, i) => (i === w.agent ? w.misreport : x));
    expect(w.truthfulCost.equals(y(truthful).sub(w.truthful).abs())).toBe(true);
    expect(w.misreportCost.equals(y(lied).sub(w.truthful).abs())).toBe(true);
    expect(w.misreportCost.lt(w.truthfulCost)).toBe(true);
  });
  it('LRM is SP in expectation; Random Rank too', () => {
    expect(checkStrategyproofness(lrm, [0, 0.3, 1]).holds).toBe(true);
    expect(checkStrategyproofness(randomRank, [0, 0.3, 0.3, 1]).holds).toBe(true);
  });
  it('the Nash solution (bracketed locations) is manipulable on (0, 1/2)', () => {
    const w = checkStrategyproofness(nashSolution, [0, 0.5]).witness!;
    expect([w.agent, w.misreport.toString()]).toEqual([1, '1']);
  });
  it('extra misreports, agent subsets, and a real-line domain', () => {
    const check = checkStrategyproofness(average, { positions: [0, 1], domain: 'real' }, { agents: [1], misreports: [5] });
    expect(check.witness?.agent).toBe(1);
    expect(check.witness?.misreport.toString()).toBe('2'); // the grid spans [min − w, max + w] = [−1, 2] on the real line
    expect(() => checkStrategyproofness(average, [0, 1], { misreports: [2] })).toThrow(ValidationError);
    expect(() => checkStrategyproofness(average, [0, 1], { agents: [2] })).toThrow(/agents\[0\]/);
  });
  it('budget and signal', () => {
    expect(() => checkStrategyproofness(median, [0.1, 0.5, 0.9], { budget: 5 })).toThrow(BudgetExceededError);
    const controller = new AbortController();
    controller.abort();
    expect(() => checkStrategyproofness(median, [0.1, 0.5], { signal: controller.signal })).toThrow(AbortedError);
  });
  it('group strategyproofness: median holds for pairs and triples; average fails', () => {
    expect(checkGroupStrategyproofness(median, [0.1, 0.4, 0.8], { maxCoalition: 3, gridDenominator: 6 }).holds).toBe(true);
    const check = checkGroupStrategyproofness(average, [0, 0.5], { gridDenominator: 4 });
    expect(check.holds).toBe(false);
    expect(check.witness!.misreportCosts.every((c, t) => c.le(check.witness!.truthfulCosts[t]!))).toBe(true);
  });
});

describe('fairness axioms', () => {
  it('median on [0, 0, 1] fails IFS, UFS, PF and proportionality; Uniform Phantom (1/3) satisfies them', () => {
    for (const check of [checkIfs, checkUfs, checkPf, checkProportionality]) {
      expect(check(median, [0, 0, 1]).holds).toBe(false);
      expect(check(uniformPhantom, [0, 0, 1]).holds).toBe(true);
    }
    const ufs = checkUfs(median, [0, 0, 1]);
    expect(ufs.witness).toMatchObject({ agent: 2 });
    expect(ufs.witness!.bound.toString()).toBe('2/3');
    expect(ufs.explanation).toMatch(/agent 2 at 1 has distance 1 > 2\/3/);
  });
  it('bounds scale with the domain', () => {
    expect(checkUfs(uniformPhantom, { positions: [0, 0, 3], domain: [0, 3] }).holds).toBe(true);
    expect(checkUfs(median, { positions: [0, 0, 3], domain: [0, 3] }).witness!.bound.toString()).toBe('2');
    expect(() => checkUfs(median, { positions: [0, 1], domain: 'real' })).toThrow(/bounded domain/);
  });
  it('PF: a group within range r is owed 1 − |S|/n + r', () => {
    // a facility at 7/10 for (0, 0.1, 0.9, 1): every agent within 3/4 (UFS holds), but the pair {0, 0.1}
    // (r = 1/10) is owed ≤ 1 − 2/4 + 1/10 = 3/5 and the agent at 0 gets 7/10
    const at07 = defineLineMechanism({ ...constantHalf.info, id: 'test-07' }, () => locationOutcome('test-07', Rational.of(7, 10)));
    const check = checkPf(at07, [0, 0.1, 0.9, 1]);
    expect(check.holds).toBe(false);
    expect(check.witness!.agents).toEqual([0, 1]);
    expect([check.witness!.bound.toString(), check.witness!.distance.toString()]).toEqual(['3/5', '7/10']);
    expect(checkUfs(at07, [0, 0.1, 0.9, 1]).holds).toBe(true);
    expect(checkPf(uniformPhantom, [0, 0.1, 0.9, 1]).holds).toBe(true);
  });
  it('proportionality and strong proportionality are vacuous off their profiles', () => {
    expect(checkProportionality(median, [0, 0.5, 1])).toMatchObject({ holds: true, vacuous: true });
    expect(checkStrongProportionality(median, [0, 0.5, 1])).toMatchObject({ holds: true, vacuous: true });
    expect(checkUnanimity(constantHalf, [0, 1])).toMatchObject({ holds: true, vacuous: true });
  });
  it('Strong Proportionality: UP on (0.2, 0.6) fails; Random Rank holds in expectation (3 at 0, 2 at 1: 6/5 each), not ex post', () => {
    const up = checkStrongProportionality(uniformPhantom, [0.2, 0.6]);
    expect(up.witness!.costs.map(String)).toEqual(['3/10', '1/10']);
    expect(checkStrongProportionality(randomRank, [0, 0, 0, 1, 1]).holds).toBe(true);
    expect(checkStrongProportionality(randomRank, [0, 0, 0, 1, 1], { lottery: 'ex-post' }).holds).toBe(false);
    expect(checkStrongProportionality(average, [0.2, 0.6]).holds).toBe(true);
  });
  it('IFS in expectation vs ex post for Random Rank on [0, 1]', () => {
    expect(checkIfs(randomRank, [0, 1]).holds).toBe(true);
    const expost = checkIfs(randomRank, [0, 1], { lottery: 'ex-post' });
    expect(expost.holds).toBe(false);
    expect(expost.explanation).toMatch(/support location/);
  });
  it('unanimity and Pareto', () => {
    expect(checkUnanimity(constantHalf, [0.2, 0.2]).holds).toBe(false);
    expect(checkUnanimity(median, [0.2, 0.2]).holds).toBe(true);
    const p = checkPareto(constantHalf, [0, 0.1]);
    expect(p.holds).toBe(false);
    expect(p.witness!.better.toString()).toBe('1/10');
    expect(checkPareto(median, [0, 0.1, 0.7]).holds).toBe(true);
    expect(checkPareto(randomRank, [0, 0.5, 1]).holds).toBe(false);
    expect(checkPareto(randomRank, [0, 0.5, 1], { lottery: 'ex-post' }).holds).toBe(true);
  });
});

describe('anonymity', () => {
  it('a dictatorship is not anonymous; median is', () => {
    const check = checkAnonymity(firstAgent, [0.1, 0.7, 0.4]);
    expect(check.holds).toBe(false);
    expect(check.witness!.original).toBe('1/10');
    expect(checkAnonymity(median, [0.1, 0.7, 0.4, 0.2]).holds).toBe(true);
    expect(checkAnonymity(randomRank, [0.1, 0.7, 0.4]).holds).toBe(true);
  });
  it('given permutations, sampled permutations for n > 6, bad permutations', () => {
    expect(checkAnonymity(firstAgent, [0.1, 0.7], { permutations: [[0, 1]] }).holds).toBe(true);
    expect(checkAnonymity(firstAgent, [0.1, 0.7, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8], { samples: 5, seed: 3 }).holds).toBe(false);
    expect(checkAnonymity(median, [0.1, 0.7, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8], { samples: 5 }).holds).toBe(true);
    expect(() => checkAnonymity(median, [0.1, 0.7], { permutations: [[0, 0]] })).toThrow(/permutations\[0\]/);
  });
});

describe('axiom registry and counterexample search', () => {
  it('lists the conventions’ property ids and looks them up by alias', () => {
    expect(lineAxioms.map((a) => a.id)).toEqual(['strategyproof', 'group-strategyproof', 'anonymous', 'unanimous', 'ifs', 'ufs', 'proportional', 'pf', 'strong-proportionality', 'pareto']);
    expect(lineAxiom('UFS').id).toBe('ufs');
    expect(lineAxiom('proportional fairness').id).toBe('pf');
    expect(() => lineAxiom('nope')).toThrow(/unknown facility-location axiom/);
  });
  it('finds and shrinks counterexamples', () => {
    const ufs = findCounterexample(median, 'ufs', { numRuns: 100 });
    expect(ufs).toBeDefined();
    expect(ufs!.check.holds).toBe(false);
    expect(ufs!.profile.positions.length).toBeLessThanOrEqual(3);
    const sp = findCounterexample(average, 'strategyproof', { numRuns: 50 });
    expect(sp!.check.witness).toBeDefined();
    const prop = findCounterexample(median, 'proportional');
    expect(prop!.profile.positions.every((x) => x.isZero() || x.equals(Rational.ONE))).toBe(true);
    expect(findCounterexample(uniformPhantom, 'pf', { numRuns: 100 })).toBeUndefined();
    expect(findCounterexample(uniformPhantom, 'strong-proportionality')!.profile.positions.length).toBe(2);
  });
});

describeCorpus('facility-location', 'corpus: UFS and PF verdicts of vectors.json', () => {
  it('agrees with the brute-force checkers of the corpus', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const data = JSON.parse(fs.readFileSync(path.join(corpora, 'facility-location/vectors.json'), 'utf8')) as {
      cases: { agents: number[]; uniform_phantom_satisfies_UFS: boolean; uniform_phantom_satisfies_PF: boolean; left_median_satisfies_UFS: boolean }[];
    };
    expect(data.cases.length).toBeGreaterThan(0);
    for (const c of data.cases) {
      expect(checkUfs(uniformPhantom, c.agents).holds, `UP UFS ${c.agents}`).toBe(c.uniform_phantom_satisfies_UFS);
      expect(checkPf(uniformPhantom, c.agents).holds, `UP PF ${c.agents}`).toBe(c.uniform_phantom_satisfies_PF);
      expect(checkUfs(median, c.agents).holds, `median UFS ${c.agents}`).toBe(c.left_median_satisfies_UFS);
    }
  });
});
