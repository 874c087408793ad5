import { describe, it } from 'vitest';
import { condorcetMethods, votingMethod } from '../../src/index.js';
import { expectCounterexample, expectCounterexamplesCover, type Counterexample } from '../iterative/violations.js';

/**
 * One profile per property each Condorcet method or tournament solution of this folder claims false,
 * found by a seeded counterexample search (src/axioms findCounterexample over 3, then 4 candidates and
 * ≤ 9 voters) and shrunk; "added" is the voter whose arrival makes its favourite lose (positive
 * involvement).
 */
const table: Counterexample[] = [
  // a and b tie, both beat c: no Condorcet winner, so all three win, including the Condorcet loser c,
  // whom both voters rank below a.
  { id: 'condorcet', property: 'condorcet-loser', m: 3, ballots: ['bac', 'abc'] },
  { id: 'condorcet', property: 'pareto-dominance', m: 3, ballots: ['bac', 'abc'] },
  { id: 'condorcet', property: 'positive-involvement', m: 3, ballots: ['abc', 'cab'], added: 'bac' },
  // The cycle b→a→c→b (each by 1) above d, whom everyone beats by 5: no weak Condorcet winner, so all
  // four win, including the Condorcet loser d.
  { id: 'weak-condorcet', property: 'condorcet-loser', m: 4, ballots: ['bacd', 'abcd', 'cbad', 'acbd'], counts: [1, 1, 2, 1] },
  // The cycle a→c→d→a with b beaten by a and c: all four win, though every voter prefers c to b.
  { id: 'weak-condorcet', property: 'pareto-dominance', m: 4, ballots: ['dacb', 'cbda', 'acbd'] },
  // The cycle a→b→c→a (5–2, 5–2, 4–3): all win; one more b≻a≻c voter ties c with a, and a, now
  // unbeaten, is the only weak Condorcet winner.
  { id: 'weak-condorcet', property: 'positive-involvement', m: 3, ballots: ['abc', 'cab', 'bca'], counts: [3, 2, 2], added: 'bac' },
  // a ties b and beats c, b ties c: the top cycle is {a, b, c}, though both voters prefer a to c.
  { id: 'top-cycle', property: 'pareto-dominance', m: 3, ballots: ['bac', 'acb'] },
  { id: 'top-cycle', property: 'positive-involvement', m: 3, ballots: ['abc', 'cab'], added: 'bac' },
  { id: 'gocha', property: 'positive-involvement', m: 3, ballots: ['abc', 'cab', 'bca'], counts: [3, 2, 2], added: 'bac' },
  { id: 'essential-set', property: 'positive-involvement', m: 3, ballots: ['abc', 'cab', 'bca'], counts: [3, 2, 2], added: 'bac' },
];

describe('Condorcet methods and tournament solutions: a counterexample for every property claimed false', () => {
  for (const c of table) {
    it(`${c.id} violates ${c.property}`, () => expectCounterexample(votingMethod(c.id), c));
  }
  it('the table covers every false claim of the folder', () => expectCounterexamplesCover(condorcetMethods, table));
});
