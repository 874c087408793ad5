import { anonymousProfile, ValidationError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packBallots, scanPacked, scanPlainRankings, scanRankings } from '../../src/workloads/floors.js';
import { scanText } from '../../src/workloads/parse-soc.js';

/** The fold every floor computes, written plainly: Σ entries + Σ counts. */
const naive = (ballots: readonly (readonly number[])[], counts?: readonly number[]): number =>
  ballots.flat().reduce((s, c) => s + c, 0) + (counts ?? ballots.map(() => 1)).reduce((s, w) => s + w, 0);

const strictBallots = fc.array(fc.array(fc.integer({ min: 0, max: 127 }), { maxLength: 12 }), { maxLength: 40 });

describe('ballot floors', () => {
  it('all three readers compute Σ entries + Σ counts (property)', () => {
    fc.assert(
      fc.property(strictBallots, fc.boolean(), (ballots, weighted) => {
        const counts = weighted ? ballots.map((_, i) => (i % 3) + 0.5) : undefined;
        const expected = naive(ballots, counts);
        expect(scanPlainRankings(ballots, counts)).toBe(expected);
        expect(scanRankings(ballots.map((b) => Object.freeze(b.slice())), counts)).toBe(expected);
        expect(scanPacked(packBallots(ballots, counts))).toBe(expected);
      }),
    );
  });

  it('packs ballot after ballot with offsets, and reads a core profile', () => {
    const packed = packBallots([[2, 0], [], [1]], [3, 1, 2]);
    expect(Array.from(packed.entries)).toEqual([2, 0, 1]);
    expect(Array.from(packed.starts)).toEqual([0, 2, 2, 3]);
    expect(Array.from(packed.counts!)).toEqual([3, 1, 2]);
    const p = anonymousProfile({ candidates: 3, ballots: [[0, 1, 2], [2, 1, 0], [0, 1, 2]] });
    expect(scanRankings(p.ballots, p.counts)).toBe(6 + 3);
  });

  it('refuses ballots it cannot pack', () => {
    expect(() => packBallots([[0, [1, 2]]])).toThrow(ValidationError);
    expect(() => packBallots([[128]])).toThrow(/0…127/);
  });
});

describe('scanText', () => {
  it('counts lines and commas (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '\n', '1', ' ') }), (text) => {
        const lines = text.split('\n').length - 1;
        const commas = text.split(',').length - 1;
        expect(scanText(text)).toBe(lines * 1000 + commas);
      }),
    );
  });
});
