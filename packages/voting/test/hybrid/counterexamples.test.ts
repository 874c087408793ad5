import { describe, it } from 'vitest';
import { hybridMethods, votingMethod } from '../../src/index.js';
import { expectCounterexample, expectCounterexamplesCover, type Counterexample } from '../iterative/violations.js';

/**
 * One profile per property each hybrid rule claims false. Found by exhaustive search over 3-candidate
 * profiles with up to 10 voters, or random 4-candidate profiles (Borda-Minimax Faceoff).
 */
const table: Counterexample[] = [
  { id: 'blacks', property: 'positive-involvement', m: 3, ballots: ['cba', 'bac', 'acb'], counts: [3, 2, 1], added: 'bca' },
  { id: 'condorcet-plurality', property: 'condorcet-loser', m: 3, ballots: ['cba', 'bca', 'acb', 'abc'], counts: [2, 2, 1, 1] },
  { id: 'condorcet-plurality', property: 'positive-involvement', m: 3, ballots: ['cba', 'bca', 'acb', 'abc'], counts: [2, 2, 1, 1], added: 'acb' },
  { id: 'daunou', property: 'positive-involvement', m: 3, ballots: ['cba', 'bca', 'bac', 'acb'], counts: [2, 1, 1, 2], added: 'bca' },
  { id: 'borda-minimax-faceoff', property: 'positive-involvement', m: 4, ballots: ['cbda', 'bacd', 'dacb'], counts: [2, 2, 2], added: 'abdc' },
  { id: 'copeland-global-borda', property: 'positive-involvement', m: 3, ballots: ['cba', 'bac', 'acb'], counts: [4, 3, 2], added: 'bca' },
  { id: 'copeland-local-borda', property: 'positive-involvement', m: 3, ballots: ['cba', 'bac', 'acb'], counts: [4, 3, 2], added: 'bca' },
  // Seeded counterexample search (src/axioms findCounterexample, 4 candidates). Global: Copeland winners
  // a and c, both with worst loss 3, win; an a≻b≻c≻d voter leaves b unbeaten, b joins a on Copeland
  // score with worst loss 0 and wins alone.
  { id: 'copeland-global-minimax', property: 'positive-involvement', m: 4, ballots: ['bacd', 'cdba', 'acdb', 'dbac', 'acbd'], counts: [2, 2, 1, 1, 1], added: 'abcd' },
  // Local: c is the only Copeland winner; a c≻b≻a≻d voter lifts b to c's Copeland score, and b beats c.
  { id: 'copeland-local-minimax', property: 'positive-involvement', m: 4, ballots: ['bacd', 'bcad', 'cdab', 'cadb', 'dabc', 'dbca'], added: 'cbad' },
  { id: 'woodall', property: 'positive-involvement', m: 3, ballots: ['cba', 'bac', 'abc'], counts: [3, 1, 2], added: 'abc' },
  // With only c ≻ b ≻ a ballots every order scores 0 (a and b have no first place), so a wins; one voter
  // a ≻ c ≻ b gives a a first place and the weighted margins then favour b and c.
  { id: 'preliminary-weighted-condorcet', property: 'positive-involvement', m: 3, ballots: ['cba'], counts: [2], added: 'acb' },
  // One voter a ≻ b ≻ c: b and c have no first place, every order scores 0 and all three win
  // (pref_voting's table claims these three properties; see test/helpers/pref-voting-corrections.ts).
  { id: 'preliminary-weighted-condorcet', property: 'condorcet-winner', m: 3, ballots: ['abc'] },
  { id: 'preliminary-weighted-condorcet', property: 'condorcet-loser', m: 3, ballots: ['abc'] },
  { id: 'preliminary-weighted-condorcet', property: 'pareto-dominance', m: 3, ballots: ['abc'] },
  { id: 'pareto', property: 'condorcet-winner', m: 3, ballots: ['cba', 'bca'], counts: [2, 1] },
  { id: 'pareto', property: 'condorcet-loser', m: 3, ballots: ['cba', 'acb'], counts: [2, 1] },
];

describe('hybrid rules: a counterexample for every property claimed false', () => {
  for (const c of table) {
    it(`${c.id} violates ${c.property}`, () => expectCounterexample(votingMethod(c.id), c));
  }
  it('the table covers every false claim of the family', () => expectCounterexamplesCover(hybridMethods, table));
});
