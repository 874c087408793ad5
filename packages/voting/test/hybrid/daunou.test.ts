import { describe, expect, it } from 'vitest';
import { daunou, plurality } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';
import { checkCondorcetConsistent } from '../iterative/violations.js';

describe('Daunou', () => {
  it('removes Condorcet losers, then Plurality among the survivors', () => {
    // pref_voting's docstring profile b≻d≻c≻a, a≻c≻d≻b, b≻d≻a≻c, d≻b≻a≻c: no Condorcet winner (b ~ d);
    // c loses to everyone, then a does; among b and d, first places 2–2. Plurality alone elects b.
    const p = profileOf(4, ['bdca', 'acdb', 'bdac', 'dbac']);
    const r = daunou(p);
    expect(r.winners).toEqual([1, 3]);
    expect(r.scores).toEqual([0, 2, 0, 2]);
    expect(plurality(p).winners).toEqual([1]);
  });
  it('a Condorcet winner wins outright', () => {
    expect(daunou(profileOf(3, ['acb', 'bca', 'cab'], [4, 4, 1])).winners).toEqual([2]);
  });
  it('property: Condorcet consistent', () => {
    checkCondorcetConsistent(daunou);
  });
});
