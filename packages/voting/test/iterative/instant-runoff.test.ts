import { AbortedError, BudgetExceededError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantRunoff, instantRunoffPut, instantRunoffTb } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';

function permutations(m: number): number[][] {
  if (m === 0) return [[]];
  return permutations(m - 1).flatMap((p) => Array.from({ length: m }, (_, i) => [...p.slice(0, i), m - 1, ...p.slice(i)]));
}

describe('instant runoff', () => {
  it('eliminates the fewest first places until one remains, recording rounds', () => {
    // a: 4, b: 3, c: 2 (c's voters prefer b) → c out; b gets 5 → b wins.
    const r = instantRunoff(profileOf(3, ['abc', 'bac', 'cba'], [4, 3, 2]));
    expect(r.winners).toEqual([1]);
    expect(r.rounds?.map((x) => x.eliminated)).toEqual([[2], [0], []]);
    expect(r.rounds?.[0]?.scores).toEqual([4, 3, 2]);
  });
  it('eliminates all tied losers together; an all-way tie wins together', () => {
    expect(instantRunoff(profileOf(3, ['abc', 'bca', 'cab'])).winners).toEqual([0, 1, 2]);
    // c and d tie for fewest (1 each) and leave together; their voters go to a: a 5, b 3.
    const r = instantRunoff(profileOf(4, ['abcd', 'bacd', 'cdab', 'dcab'], [3, 3, 1, 1]));
    expect(r.rounds?.[0]?.eliminated).toEqual([2, 3]);
    expect(r.winners).toEqual([0]);
    // pref_voting's Plurality-with-Runoff docstring profile: d out, then b and c tie (3 each) and leave together.
    expect(instantRunoff(profileOf(4, ['abcd', 'dbca', 'cadb', 'bcda', 'cdab', 'adcb'], [2, 1, 2, 2, 1, 2])).winners).toEqual([0]);
  });
  it('exhausts truncated ballots', () => {
    // c out first; the ballot "c" is exhausted, "cb" goes to b.
    const r = instantRunoff(profileOf(3, ['a', 'b', 'c', 'cb'], [3, 3, 1, 1]));
    expect(r.rounds?.[1]?.scores).toEqual([3, 4, undefined]);
    expect(r.winners).toEqual([1]);
  });
  it('refuses tied ballots', () => {
    expect(() => instantRunoff(profileOf(3, ['(ab)c']))).toThrow(/strict rankings/);
  });
  it("Condorcet PHP's convention: tied ranks are skipped", () => {
    // "(ab) ≻ c" counts for c, its first untied candidate: a 2, b 2, c 3 → a and b tie for fewest.
    const p = profileOf(3, ['(ab)c', '(ab)c', '(ab)c', 'abc', 'abc', 'bac', 'bac']);
    const r = instantRunoff(p, { convention: 'condorcet-php' });
    expect(r.rounds?.[0]?.scores).toEqual([2, 2, 3]);
    // a and b tie on margins (4–3 for neither: a ≻ b on 2 ballots, b ≻ a on 2, 3 tied), both go: c wins.
    expect(r.winners).toEqual([2]);
  });
  it("Condorcet PHP's convention: among tied losers only the pairwise-weakest go", () => {
    // First places a 3, b 2, c 2. c beats b head-to-head (5–2), so only b is eliminated, then c gets b's
    // voters: a 3, c 4 → c. (pref_voting's convention eliminates b and c together: a wins.)
    const p = profileOf(3, ['acb', 'acb', 'acb', 'bca', 'bca', 'cba', 'cba']);
    expect(instantRunoff(p).winners).toEqual([0]);
    const r = instantRunoff(p, { convention: 'condorcet-php' });
    expect(r.rounds?.[0]?.eliminated).toEqual([1]);
    expect(r.winners).toEqual([2]);
    expect(() => instantRunoff(p, { convention: 'php' as 'condorcet-php' })).toThrow(/unknown Instant Runoff convention/);
  });
});

describe('instant runoff TB and PUT', () => {
  // pref_voting's docstring profile: three voters 1≻2≻0, 2≻1≻0, 0≻1≻2 — every first place tied.
  const p = profileOf(3, ['bca', 'cba', 'abc']);
  it('TB eliminates the first tied candidate of the tie-break order', () => {
    // Order 0,1,2: a goes, its voter moves to b: b 2 of 3. Order 1,2,0: b goes, c gets 2 of 3.
    expect(instantRunoffTb(p).winners).toEqual([1]);
    expect(instantRunoffTb(p, { tiebreakOrder: [1, 2, 0] }).winners).toEqual([2]);
    expect(() => instantRunoffTb(p, { tiebreakOrder: [0, 0, 1] })).toThrow(/not a permutation/);
  });
  it('PUT is the union over elimination orders', () => {
    // Removing a → b; removing b → c; removing c → b (2 of 3).
    expect(instantRunoffPut(p).winners).toEqual([1, 2]);
  });
  it('property: PUT winners are the union of TB winners over all tie-break orders', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(4, 6), (q) => {
        const union = new Set<number>();
        for (const order of permutations(q.candidates.length)) for (const w of instantRunoffTb(q, { tiebreakOrder: order }).winners) union.add(w);
        expect(instantRunoffPut(q).winners).toEqual([...union].sort((a, b) => a - b));
      }),
      { numRuns: 150 },
    );
  });
  it('property: a majority winner wins alone under every variant', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(5, 6), (q) => {
        const n = q.counts.reduce((s, c) => s + c, 0);
        const top = q.candidates.map((_, c) => q.ballots.reduce((s, b, i) => s + (b[0] === c ? q.counts[i]! : 0), 0));
        const w = top.findIndex((t) => 2 * t > n);
        if (w < 0) return;
        for (const rule of [instantRunoff, instantRunoffPut, instantRunoffTb]) expect(rule(q).winners).toEqual([w]);
      }),
      { numRuns: 150 },
    );
  });
  it('PUT honours its budget and AbortSignal', () => {
    // Six candidates with one first place each: every elimination order is explored.
    const q = profileOf(6, ['abcdef', 'bcdefa', 'cdefab', 'defabc', 'efabcd', 'fabcde']);
    expect(() => instantRunoffPut(q, { budget: 5 })).toThrow(BudgetExceededError);
    expect(() => instantRunoffPut(q, { budget: 0 })).toThrow(/positive integer/);
    const controller = new AbortController();
    controller.abort();
    expect(() => instantRunoffPut(q, { signal: controller.signal })).toThrow(AbortedError);
    expect(instantRunoffPut(q).winners).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
