import { describe, expect, it } from 'vitest';
import { blacks, borda } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';
import { checkCondorcetConsistent } from '../iterative/violations.js';

describe("Black's rule", () => {
  it('the Condorcet winner, else Borda', () => {
    // pref_voting's docstring profile c≻a≻b, a≻b≻c, c≻b≻a, b≻c≻a: c ties b 2–2, no Condorcet winner;
    // Borda a 3, b 4, c 5.
    const p = profileOf(3, ['cab', 'abc', 'cba', 'bca']);
    expect(blacks(p).scores).toEqual([3, 4, 5]);
    expect(blacks(p).winners).toEqual([2]);
    // a≻b≻c ×3, b≻c≻a ×2: a is the Condorcet winner (3–2 over both); Borda elects b (7 vs 6).
    const q = profileOf(3, ['abc', 'bca'], [3, 2]);
    expect(borda(q).winners).toEqual([1]);
    expect(blacks(q).winners).toEqual([0]);
  });
  it('property: Condorcet consistent', () => {
    checkCondorcetConsistent(blacks);
  });
});
