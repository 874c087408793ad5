import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beatPath, condorcetLoser, condorcetWinner, election, rankedPairs, smithSet, splitCycle, splitCycleDefeat, votingMethod } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { positiveInvolvementViolation } from './violations.js';

// pref_voting's documentation example (margin_based_methods.split_cycle): edges 1→0 (5), 2→1 (5), 0→2 (3),
// 3→0 (3), 2→3 (1), 3→1 (1). 1→0 is a defeat (the path 0→2→1 back has strength 3 < 5), so are 2→1 (path
// 1→0→2: 3) and 3→0 (path 0→2→3: 1); 0→2 is not (2→1→0: 5), nor 2→3 (3→0→2: 3) nor 3→1 (1→0→2→3: 1).
const docMargins = { kind: 'margins' as const, candidates: [0, 1, 2, 3], margins: [[0, -5, 3, -3], [5, 0, -5, -1], [-3, 5, 0, 1], [3, 1, -1, 0]] };

describe('split cycle', () => {
  it("reproduces pref_voting's documentation example: 2 and 3 are undefeated", () => {
    expect(splitCycle(docMargins).winners).toEqual([2, 3]);
    const defeat = splitCycleDefeat(docMargins.margins);
    expect([defeat[1]![0], defeat[2]![1], defeat[3]![0], defeat[0]![2], defeat[2]![3], defeat[3]![1]]).toEqual([true, true, true, false, false, false]);
  });
  it('a cycle of equal margins has no defeat; a Condorcet winner defeats everyone', () => {
    expect(splitCycle(profileOf(3, ['abc', 'bca', 'cab'])).winners).toEqual([0, 1, 2]);
    expect(splitCycle(profileOf(3, ['abc', 'acb', 'bca'])).winners).toEqual([0]);
    expect(votingMethod('split_cycle').info.id).toBe('split-cycle');
  });
  it('property: always a winner, inside the Smith set, containing the Ranked Pairs and Beat Path winners; Condorcet winner and loser', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(6, 8), (p) => {
        const e = election(p);
        const winners = splitCycle(e).winners;
        expect(winners.length).toBeGreaterThan(0);
        const smith = smithSet(e.margins());
        for (const w of winners) expect(smith).toContain(w);
        for (const w of rankedPairs(e).winners) expect(winners).toContain(w);
        for (const w of beatPath(e).winners) expect(winners).toContain(w);
        const cw = condorcetWinner(e.margins());
        if (cw !== undefined) expect(winners).toEqual([cw]);
        const cl = condorcetLoser(e.margins());
        if (cl !== undefined && p.candidates.length > 1) expect(winners).not.toContain(cl);
      }),
      { numRuns: 200 },
    );
  });
  it('property: positive involvement (pref_voting: true) — adding a voter who ranks a winner first keeps it a winner', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(5, 7), (p) => {
        expect(positiveInvolvementViolation(splitCycle, p)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
