import { describe, expect, it } from 'vitest';
import { bracketVoting } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';

describe('bracket voting', () => {
  it('seeds the top four by first places: 1 v 4, 2 v 3, final', () => {
    // Seeds a (4), b (3), c (2), d (1). d beats a 6–4; b beats c 7–3; b beats d 7–3 in the final.
    const r = bracketVoting(profileOf(4, ['abcd', 'bcda', 'cdab', 'dcba'], [4, 3, 2, 1]));
    expect(r.winners).toEqual([1]);
    expect(r.notes?.[0]).toMatch(/a \(seed 1\) v d \(seed 4\) → d \(seed 4\)/);
  });
  it('three candidates: seed 1 has a bye; two: plurality', () => {
    // Seeds a (3), b (2), c (2; b first by index order).
    const r = bracketVoting(profileOf(3, ['abc', 'bca', 'cba'], [3, 2, 2]));
    expect(r.notes?.[0]).toMatch(/a \(seed 1\) has a bye/);
    // b beats c 5–2; b beats a 4–3 in the final.
    expect(r.winners).toEqual([1]);
    expect(bracketVoting(profileOf(2, ['ab', 'ba'])).winners).toEqual([0, 1]);
    expect(bracketVoting(profileOf(1, ['a'])).winners).toEqual([0]);
  });
  it('seeding ties follow tiebreakOrder; tied matches go to the higher seed', () => {
    // Four candidates with one first place each in a cycle a≻b≻c≻d≻a (a beats b, c; …).
    const p = profileOf(4, ['abcd', 'bcda', 'cdab', 'dabc']);
    // Default order a, b, c, d: seeds a, b, c, d. a v d: d≻a 3–1 → d; b v c: b 3–1; d v b: b≻d? 2–2 tie
    // → higher seed b.
    expect(bracketVoting(p).winners).toEqual([1]);
    // Reversed order: seeds d, c, b, a: d v a → d; c v b → b; d v b tie → d (seed 1).
    expect(bracketVoting(p, { tiebreakOrder: [3, 2, 1, 0] }).winners).toEqual([3]);
  });
});
