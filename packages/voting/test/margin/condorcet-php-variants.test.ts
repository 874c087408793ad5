import { ValidationError, marginMatrix } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  beatPath,
  beatPathRatio,
  beatPathWinning,
  condorcetWinner,
  election,
  minimax,
  minimaxOpposition,
  minimaxWinning,
  rankedPairs,
  rankedPairsMargin,
  rankedPairsWinning,
  votingMethod,
} from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { fewVoterProfileArbitrary } from './lock-in-reference.js';

// b(ca) ×2, cba, acb ×2 (5 voters, hand-computed supports): b over a 3–2, a over c 2–1, c over b 3–2. Every
// margin is 1 (a cycle), but the winning votes are 3, 2, 3 and the ratios 3/2, 2, 3/2.
const strengths = profileOf(3, ['b(ca)', 'cba', 'acb'], [2, 1, 2]);

describe("Condorcet PHP's strength variants (winning votes, ratio, opposition)", () => {
  it('are registered under Condorcet PHP’s names', () => {
    expect(votingMethod('Minimax Winning').info.id).toBe('minimax-winning');
    expect(votingMethod('Minimax (Support)').info.id).toBe('minimax-winning');
    expect(votingMethod('MinimaxOpposition').info.id).toBe('minimax-opposition');
    expect(votingMethod('Schulze Winning').info.id).toBe('schulze-winning');
    expect(votingMethod('Schulze_Ratio').info.id).toBe('schulze-ratio');
    expect(votingMethod('Ranked Pairs Winning').info.id).toBe('ranked-pairs-winning');
    expect(votingMethod('RankedPairsMargin').info.id).toBe('ranked-pairs-margin');
  });
  it('Schulze: margins tie everyone; winning votes give c (paths of strength 3 beat the 2 back); ratios give a and b', () => {
    expect(beatPath(strengths).winners).toEqual([0, 1, 2]);
    expect(beatPathWinning(strengths).winners).toEqual([2]);
    // Ratios: a→c 2 beats c→b→a min(3/2, 3/2); b–a and c–b tie at 3/2 both ways.
    expect(beatPathRatio(strengths).winners).toEqual([0, 1]);
  });
  it('Ranked Pairs as Condorcet PHP computes it: by winning votes c wins; by margin, a→c goes first (opposition 1), then b→a and c→b close a cycle and are both dropped', () => {
    expect(rankedPairsWinning(strengths).winners).toEqual([2]);
    expect(rankedPairsWinning(strengths).ranking).toEqual([[2], [1], [0]]);
    expect(rankedPairsMargin(strengths).winners).toEqual([0, 1]);
    expect(rankedPairsMargin(strengths).ranking).toEqual([[0, 1], [2]]);
    expect(rankedPairs(strengths).winners).toEqual([0, 1, 2]); // every order of the three equal margins
  });
  it('Minimax: c is never ranked above anyone, so its worst winning-votes defeat (2) equals everyone’s', () => {
    // ba(cd), ad(bc), db(ca): supports (hand-computed) a>b 1–2, a>c 2–0, a>d 2–1, b>c 2–0, b>d 1–2, d>c 2–0.
    const p = profileOf(4, ['ba(cd)', 'ad(bc)', 'db(ca)']);
    expect(minimax(p).winners).toEqual([0, 1, 3]); // c's worst margin is 2, the others' 1
    expect(minimaxWinning(p).winners).toEqual([0, 1, 2, 3]);
    expect(minimaxWinning(p).scores).toEqual([2, 2, 2, 2]);
  });
  it('recorded Condorcet-winner violation of Minimax Opposition: with tied ballots the Condorcet winner c ties a', () => {
    // b(ca), c(ba), (ca)b: c beats a 1–0 and b 2–1; a–b tie. Largest opposition: a 1, b 2, c 1.
    const p = profileOf(3, ['b(ca)', 'c(ba)', '(ca)b']);
    expect(condorcetWinner(election(p).margins())).toBe(2);
    expect(minimaxOpposition(p).winners).toEqual([0, 2]);
    expect(minimaxOpposition(p).scores).toEqual([1, 2, 1]);
  });
  it('need ballots, not a margin matrix', () => {
    const mm = marginMatrix(strengths);
    for (const rule of [beatPathWinning, beatPathRatio, rankedPairsWinning, rankedPairsMargin, minimaxWinning, minimaxOpposition]) {
      expect(() => rule(mm as never)).toThrow(ValidationError);
    }
  });
  it('property: on strict complete ballots every variant agrees with its margin version (minimax, Schulze); all are Condorcet consistent', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(6, 8), (p) => {
        const e = election(p);
        expect(minimaxWinning(e).winners).toEqual(minimax(e).winners);
        expect(minimaxOpposition(e).winners).toEqual(minimax(e).winners);
        expect(beatPathWinning(e).winners).toEqual(beatPath(e).winners);
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fewVoterProfileArbitrary(5, 6), (p) => {
        const e = election(p);
        const cw = condorcetWinner(e.margins());
        if (cw === undefined) return;
        for (const rule of [minimaxWinning, beatPathWinning, beatPathRatio, rankedPairsWinning, rankedPairsMargin]) expect(rule(e).winners).toEqual([cw]);
      }),
      { numRuns: 200 },
    );
  });
});
