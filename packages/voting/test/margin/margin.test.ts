import { marginMatrix } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beatPath, condorcet, condorcetWinner, copeland, election, llull, minimax, smithSet, strongestPaths, topCycle } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';

// Schulze (2011), §3.1's example 1: 45 voters, 5 candidates; the winner is E.
const schulzeExample = profileOf(5, ['acbed', 'adecb', 'bedac', 'cabed', 'caebd', 'cbade', 'dceba', 'ebadc'], [5, 5, 8, 3, 7, 2, 7, 8]);

describe('beat path (Schulze)', () => {
  it("reproduces Schulze's 45-voter example: E wins, strongest paths as in the paper", () => {
    expect(beatPath(schulzeExample).winners).toEqual([4]);
    // E's strongest path to each rival is at least as strong as the rival's path back, strictly here.
    const p = strongestPaths(marginMatrix(schulzeExample).margins);
    for (let b = 0; b < 4; b++) expect(p[4]![b]!).toBeGreaterThan(p[b]![4]!);
  });
  it('property: beat path always has a winner, inside the Smith set; a Condorcet winner wins', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(6, 10), (p) => {
        const e = election(p);
        const winners = beatPath(e).winners;
        expect(winners.length).toBeGreaterThan(0);
        const smith = smithSet(e.margins());
        for (const w of winners) expect(smith).toContain(w);
        const cw = condorcetWinner(e.margins());
        if (cw !== undefined) expect(winners).toEqual([cw]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('copeland, llull, minimax, condorcet, top cycle', () => {
  const cycle = profileOf(3, ['abc', 'bca', 'cab']);
  it('a Condorcet cycle ties everyone', () => {
    for (const rule of [copeland, llull, minimax, beatPath, topCycle, condorcet]) expect(rule(cycle).winners).toEqual([0, 1, 2]);
  });
  it('copeland scores wins + α·ties exactly; llull counts ties as wins', () => {
    const p = profileOf(3, ['abc', 'bac']); // a ~ b, both beat c
    expect(copeland(p).scores?.map(String)).toEqual(['3/2', '3/2', '0']);
    expect(copeland(p, { alpha: 0 }).scores).toEqual([1, 1, 0]);
    expect(llull(p).scores).toEqual([2, 2, 0]);
    expect(() => copeland(p, { alpha: 2 })).toThrow(/outside \[0, 1\]/);
  });
  it('minimax variants differ as Tideman describes', () => {
    const p = profileOf(3, ['abc', 'bca', 'cab', 'acb'], [4, 3, 2, 1]);
    expect(minimax(p).winners).toEqual([0]);
    expect(minimax(p, { variant: 'winning' }).winners).toEqual([0]);
    expect(() => minimax(marginMatrix(p), { variant: 'winning' })).toThrow(/needs ballots/);
  });
  it('top cycle is the Smith set; condorcet elects a Condorcet winner', () => {
    const p = profileOf(4, ['abcd', 'bcad', 'cabd'], [1, 1, 1]);
    expect(topCycle(p).winners).toEqual([0, 1, 2]);
    expect(condorcet(profileOf(3, ['abc', 'acb', 'bca'])).winners).toEqual([0]);
  });
  it('top cycle fails Pareto dominance: the unanimously dominated d is in the majority cycle a→d→b→c→a', () => {
    const p = profileOf(4, ['adbc', 'bcad', 'cadb']);
    expect(topCycle(p).winners).toContain(3);
    expect(topCycle.info.properties['pareto-dominance']).toBe(false); // pref_voting's table says true; see test/helpers/pref-voting-corrections.ts
  });
  it('rules accept a margin matrix directly', () => {
    const m = marginMatrix(schulzeExample);
    expect(beatPath(m).winners).toEqual([4]);
    expect(minimax(m).winners).toEqual(minimax(schulzeExample).winners);
  });
});
