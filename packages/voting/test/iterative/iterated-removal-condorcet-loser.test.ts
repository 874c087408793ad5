import { marginMatrix } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condorcetLoser, election, iteratedRemovalCondorcetLoser } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';

describe('iterated removal of Condorcet losers', () => {
  it("pref_voting's docstring profile: a, then d, are Condorcet losers", () => {
    // c≻b≻d≻a, c≻b≻a≻d, d≻b≻c≻a, b≻c≻d≻a: a loses to all; then d loses to b and c; b and c tie 2–2.
    const p = profileOf(4, ['cbda', 'cbad', 'dbca', 'bcda']);
    const r = iteratedRemovalCondorcetLoser(p);
    expect(r.rounds?.map((x) => x.eliminated)).toEqual([[0], [3]]);
    expect(r.winners).toEqual([1, 2]);
    // It reads only margins: a margin matrix gives the same answer.
    expect(iteratedRemovalCondorcetLoser(marginMatrix(p)).winners).toEqual([1, 2]);
  });
  it('accepts weak and truncated ballots; unranked candidates as options.unranked says', () => {
    // Bullet votes "a" and "b": with unranked candidates at the bottom both beat c, which goes, and a
    // and b tie. Ignoring unranked candidates, no pair is compared: no loser, everyone wins.
    const p = profileOf(3, ['a', 'b']);
    expect(iteratedRemovalCondorcetLoser(p).winners).toEqual([0, 1]);
    expect(iteratedRemovalCondorcetLoser(p, { unranked: 'ignore' }).winners).toEqual([0, 1, 2]);
  });
  it('property: never elects a Condorcet loser; keeps every candidate that beats or ties all others', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(), (p) => {
        const margins = election(p).margins();
        const w = iteratedRemovalCondorcetLoser(p).winners;
        const cl = condorcetLoser(margins);
        if (cl !== undefined && p.candidates.length > 1) expect(w).not.toContain(cl);
        p.candidates.forEach((_, a) => {
          if (p.candidates.every((__, b) => a === b || margins[a]![b]! >= 0)) expect(w).toContain(a);
        });
      }),
      { numRuns: 200 },
    );
  });
});
