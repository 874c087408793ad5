import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condorcetLoser, condorcetWinner, election, gocha, smithSet, topCycle, votingMethod } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { withoutOneVoter } from '../margin/violations.js';

describe('GOCHA (Schwartz set)', () => {
  it("pref_voting's documentation example: the Schwartz set {1, 3} inside the top cycle {0, 1, 3}", () => {
    // Rankings 1203, 1302, 3102, 0312 (hand-computed): 1 beats 0 3–1, 0 beats 2 3–1, 1 beats 2 4–0,
    // 3 beats 2 3–1; 0–3 and 1–3 tie. Nobody beats 1 or 3; 0 is beaten by 1 and cannot reach it back.
    const p = { kind: 'anonymous' as const, candidates: [0, 1, 2, 3], ballots: [[1, 2, 0, 3], [1, 3, 0, 2], [3, 1, 0, 2], [0, 3, 1, 2]], counts: [1, 1, 1, 1] };
    expect(gocha(p).winners).toEqual([1, 3]);
    expect(topCycle(p).winners).toEqual([0, 1, 3]);
    expect(votingMethod('Schwartz Set').info.id).toBe('gocha');
    expect(votingMethod('GOCHA').info.id).toBe('gocha');
  });
  it('property: inside the Smith set, equal to it without majority ties; Condorcet winner and loser', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(6, 8), (p) => {
        const e = election(p);
        const winners = gocha(e).winners;
        const smith = smithSet(e.margins());
        for (const w of winners) expect(smith).toContain(w);
        if (e.margins().every((row, a) => row.every((v, b) => a === b || v !== 0))) expect(winners).toEqual(smith);
        const cw = condorcetWinner(e.margins());
        if (cw !== undefined) expect(winners).toEqual([cw]);
        const cl = condorcetLoser(e.margins());
        if (cl !== undefined && p.candidates.length > 1) expect(winners).not.toContain(cl);
      }),
      { numRuns: 200 },
    );
  });
  it('recorded positive-involvement violation (pref_voting: false): b loses, and wins once a voter ranking b first leaves', () => {
    // Smallest case found by random search: 4 voters, 4 candidates.
    const p = profileOf(4, ['cbad', 'bdac', 'adcb', 'dcba']);
    expect(gocha(p).winners).not.toContain(1);
    expect(gocha(withoutOneVoter(p, 1)!).winners).toContain(1);
  });
});
