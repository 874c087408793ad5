import { BudgetExceededError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condorcetWinner, election, preliminaryWeightedCondorcet } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';

/** The winners by brute force over all orders (as pref_voting computes them). */
function bruteForce(p: ReturnType<typeof profileOf>): number[] {
  const e = election(p);
  const m = p.candidates.length;
  const plur = p.candidates.map((_, c) => p.ballots.reduce((s, b, i) => s + (b[0] === c ? p.counts[i]! : 0), 0));
  const margins = e.margins();
  const perms = (k: number): number[][] => (k === 0 ? [[]] : perms(k - 1).flatMap((q) => Array.from({ length: k }, (_, i) => [...q.slice(0, i), k - 1, ...q.slice(i)])));
  let best = -Infinity;
  let first = new Set<number>();
  for (const order of perms(m)) {
    let s = 0;
    for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) s += plur[order[i]!]! * plur[order[j]!]! * margins[order[i]!]![order[j]!]!;
    if (s > best) {
      best = s;
      first = new Set([order[0]!]);
    } else if (s === best) first.add(order[0]!);
  }
  return [...first].sort((a, b) => a - b);
}

describe('preliminary weighted Condorcet', () => {
  it('Kemeny with pairs weighted by both first-place counts', () => {
    // First places a 3, b 2, c 2; a≻b by 3, b≻c by 3, c≻a by 1. Weighted: a≻b 18, b≻c 12, c≻a 6: the
    // order a, b, c scores 18 + 12 − 6 = 24, the best.
    expect(preliminaryWeightedCondorcet(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2])).winners).toEqual([0]);
    // Candidates without first places weigh nothing: with one ballot type, every order scores 0.
    expect(preliminaryWeightedCondorcet(profileOf(3, ['cba', 'cba'])).winners).toEqual([0, 1, 2]);
  });
  it('property: the dynamic programme equals the brute force over orders', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(5, 6), (p) => {
        expect(preliminaryWeightedCondorcet(p).winners).toEqual(bruteForce(p));
      }),
      { numRuns: 150 },
    );
  });
  it('property: Condorcet consistent when every candidate has a first place (pref_voting records true)', () => {
    // Moving a Condorcet winner x ahead of y changes an order's score by 2·p(x)·p(y)·margin(x, y) > 0.
    fc.assert(
      fc.property(strictProfileArbitrary(5, 8), (p) => {
        if (!p.candidates.every((_, c) => p.ballots.some((b) => b[0] === c))) return;
        const cw = condorcetWinner(election(p).margins());
        if (cw !== undefined) expect(preliminaryWeightedCondorcet(p).winners).toEqual([cw]);
      }),
      { numRuns: 200 },
    );
    // Without first places the weights vanish and every order ties (as in pref_voting): a ≻ c ≻ b alone
    // has the Condorcet winner a, yet all three win.
    expect(preliminaryWeightedCondorcet(profileOf(3, ['acb'])).winners).toEqual([0, 1, 2]);
  });
  it('exact with weights beyond 2^53 (big-integer path)', () => {
    // Scores grow as k³ when every count is multiplied by k: 3·10⁶ voters push p·p·margin past 2^53.
    expect(preliminaryWeightedCondorcet(profileOf(3, ['abc', 'bca', 'cab'], [3e6, 2e6, 2e6])).winners).toEqual([0]);
    const q = profileOf(4, ['abcd', 'bdca', 'cadb', 'dcba'], [4, 3, 2, 2]);
    const big = profileOf(4, ['abcd', 'bdca', 'cadb', 'dcba'], [4e6, 3e6, 2e6, 2e6]);
    expect(preliminaryWeightedCondorcet(big).winners).toEqual(preliminaryWeightedCondorcet(q).winners);
  });
  it('budget', () => {
    expect(() => preliminaryWeightedCondorcet(profileOf(5, ['abcde']), { budget: 16 })).toThrow(BudgetExceededError);
  });
});
