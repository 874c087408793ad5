import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { banks, election, smithSet, uncoveredSet, uncoveredSetBordes, uncoveredSetFishburn, uncoveredSetMcKelvey, votingMethod } from '../../src/index.js';
import { strictProfileArbitrary } from '../helpers/profiles.js';

// pref_voting's documentation example for the uncovered sets: rankings 2301, 0213, 3012, 1203 ×2, 1230.
// Hand-computed majority: 2 beats 0 by 2, 1 beats 2 by 2, 1 beats 3 by 2, 2 beats 3 by 4; 0–1 and 0–3 tie.
const ucExample = {
  kind: 'anonymous' as const,
  candidates: [0, 1, 2, 3],
  ballots: [[2, 3, 0, 1], [0, 2, 1, 3], [3, 0, 1, 2], [1, 2, 0, 3], [1, 2, 3, 0]],
  counts: [1, 1, 1, 2, 1],
};

describe('uncovered sets', () => {
  it('the four versions differ on the pref_voting example', () => {
    // Gillies: 2 and 3 are covered by 1 (nobody beats 1); 0 is beaten only by 2, which 1 beats.
    expect(uncoveredSet(ucExample).winners).toEqual([0, 1]);
    // Fishburn: 1 (beaten by nobody) also covers 0 (beaten by 2), with no majority win needed.
    expect(uncoveredSetFishburn(ucExample).winners).toEqual([1]);
    // Bordes (beats-or-ties sets, self included: 0 {0,1,2,3}, 1 {0,1}, 2 {1,2}, 3 {0,1,2,3}): 2 covers 0
    // and 1 covers 3, but 1 does not cover 2, since 0 ties 1 and loses to 2.
    expect(uncoveredSetBordes(ucExample).winners).toEqual([1, 2]);
    // McKelvey: covered in both the Gillies and the Bordes sense: only 3.
    expect(uncoveredSetMcKelvey(ucExample).winners).toEqual([0, 1, 2]);
    expect(votingMethod('Uncovered Set').info.id).toBe('uncovered-set');
    expect(votingMethod('uc_fish').info.id).toBe('uncovered-set-fishburn');
    expect(votingMethod('Uncovered Set - Bordes').info.id).toBe('uncovered-set-bordes');
    expect(votingMethod('Uncovered Set - McKelvey').info.id).toBe('uncovered-set-mckelvey');
  });
  it('property: Fishburn ⊆ Gillies ⊆ McKelvey ⊇ Bordes, all non-empty and inside the Smith set; on tournaments all four coincide and contain Banks', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(6, 8), (p) => {
        const e = election(p);
        const [gill, fish, bordes, mck] = [uncoveredSet, uncoveredSetFishburn, uncoveredSetBordes, uncoveredSetMcKelvey].map((r) => r(e).winners);
        const smith = smithSet(e.margins());
        for (const set of [gill!, fish!, bordes!, mck!]) {
          expect(set.length).toBeGreaterThan(0);
          for (const w of set) expect(smith).toContain(w);
        }
        for (const w of fish!) expect(gill).toContain(w);
        for (const w of gill!) expect(mck).toContain(w);
        for (const w of bordes!) expect(mck).toContain(w);
        const tournament = e.margins().every((row, a) => row.every((v, b) => a === b || v !== 0));
        if (tournament) {
          expect(fish).toEqual(gill);
          expect(bordes).toEqual(gill);
          expect(mck).toEqual(gill);
          for (const w of banks(e).winners) expect(gill).toContain(w);
        }
      }),
      { numRuns: 200 },
    );
  });
});
