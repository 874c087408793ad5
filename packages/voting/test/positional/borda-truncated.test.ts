import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { borda, bordaTruncated, election, type BordaConvention } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';

const conventions: BordaConvention[] = ['symmetric', 'domination', 'weak-domination', 'non-domination', 'condorcet-php-implicit', 'condorcet-php-explicit'];

describe('borda-truncated', () => {
  // Two ballots over a, b, c: "a ≻ b" (c unranked) and "c ≻ a ~ b".
  const p = profileOf(3, ['ab', 'c(ab)']);
  it('symmetric (pref_voting): ranked below minus ranked above, unranked tied last', () => {
    // a: (2 − 0) + (0 − 1) = 1; b: (1 − 1) + (0 − 1) = −1; c: (0 − 2) + (2 − 0) = 0.
    const r = bordaTruncated(p);
    expect(r.scores).toEqual([1, -1, 0]);
    expect(r.winners).toEqual([0]);
  });
  it("pref_voting's other dominance scores", () => {
    expect(bordaTruncated(p, { convention: 'domination' }).scores).toEqual([2, 1, 2]);
    expect(bordaTruncated(p, { convention: 'weak-domination' }).scores).toEqual([5, 4, 4]);
    expect(bordaTruncated(p, { convention: 'non-domination' }).scores).toEqual([-1, -2, -2]);
    expect(bordaTruncated(p, { convention: 'domination' }).winners).toEqual([0, 2]);
  });
  it("Condorcet PHP's BordaCount: places earn 3, 2, 1, ties share, unranked tied last (implicit) or 0 (explicit)", () => {
    // Implicit: a 3 + 3/2, b 2 + 3/2, c 1 + 3. Explicit: c gets 0 on the first ballot.
    expect(bordaTruncated(p, { convention: 'condorcet-php-implicit' }).scores?.map(String)).toEqual(['9/2', '7/2', '4']);
    expect(bordaTruncated(p, { convention: 'condorcet-php-explicit' }).scores?.map(String)).toEqual(['9/2', '7/2', '3']);
  });
  it('the explicit convention can change the winner: an unranked candidate gets nothing', () => {
    // Ballots "a", "b ≻ a", "b ≻ a". Symmetric: a 2 + 0 + 0 = 2, b −1 + 2 + 2 = 3, c −5: b wins.
    // Explicit: a 3 + 2 + 2 = 7, b 0 + 3 + 3 = 6, c 0: a wins (b's place on the bullet ballot is lost).
    const q = profileOf(3, ['a', 'ba', 'ba']);
    expect(bordaTruncated(q).scores).toEqual([2, 3, -5]);
    expect(bordaTruncated(q).winners).toEqual([1]);
    expect(bordaTruncated(q, { convention: 'condorcet-php-explicit' }).scores).toEqual([7, 6, 0]);
    expect(bordaTruncated(q, { convention: 'condorcet-php-explicit' }).winners).toEqual([0]);
  });
  it('property: on strict complete ballots every convention elects the Borda winners', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(), (q) => {
        const expected = borda(q).winners;
        for (const convention of conventions) expect(bordaTruncated(q, { convention }).winners).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
  it('property: symmetric scores are the sums of margins (unranked at the bottom)', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(), fc.nat(), (q, cut) => {
        // Truncate every ballot after a random length to exercise unranked candidates.
        const ballots = q.ballots.map((b) => b.slice(0, 1 + (cut % b.length)));
        const t = { ...q, ballots };
        const margins = election(t).margins();
        expect(bordaTruncated(t).scores).toEqual(margins.map((row) => row.reduce((s, v) => s + v, 0)));
      }),
      { numRuns: 150 },
    );
  });
  it('rejects an unknown convention', () => {
    expect(() => bordaTruncated(p, { convention: 'modified' as BordaConvention })).toThrow(/unknown Borda convention/);
  });
});
