import { describe, it } from 'vitest';
import { positionalMethods, votingMethod } from '../../src/index.js';
import { expectCounterexample, expectCounterexamplesCover, type Counterexample } from '../iterative/violations.js';

/**
 * One profile per property each positional rule claims false, the smallest found by exhaustive search
 * (3 candidates up to 10 voters, then 4 candidates up to 4 voters).
 */
const table: Counterexample[] = [
  { id: 'plurality', property: 'condorcet-winner', m: 3, ballots: ['cba', 'bca', 'acb'] },
  { id: 'plurality', property: 'condorcet-loser', m: 3, ballots: ['cba', 'bca', 'acb'] },
  { id: 'borda', property: 'condorcet-winner', m: 3, ballots: ['cba', 'bac'], counts: [2, 1] },
  { id: 'anti-plurality', property: 'condorcet-winner', m: 3, ballots: ['cba'] },
  { id: 'anti-plurality', property: 'condorcet-loser', m: 3, ballots: ['cba', 'bac', 'cab'] },
  { id: 'anti-plurality', property: 'pareto-dominance', m: 3, ballots: ['cba'] },
  { id: 'dowdall', property: 'condorcet-winner', m: 3, ballots: ['cba', 'bca', 'bac', 'acb'], counts: [2, 1, 1, 1] },
  { id: 'dowdall', property: 'condorcet-loser', m: 3, ballots: ['cba', 'bca', 'acb', 'abc'], counts: [2, 2, 2, 1] },
  { id: 'positive-negative', property: 'condorcet-winner', m: 3, ballots: ['cba', 'bac'], counts: [2, 1] },
  { id: 'positive-negative', property: 'condorcet-loser', m: 4, ballots: ['dcba', 'cabd', 'adbc'] },
  { id: 'positive-negative', property: 'pareto-dominance', m: 4, ballots: ['dcba', 'acbd'] },
  { id: 'superior-voting', property: 'condorcet-winner', m: 4, ballots: ['dcba', 'bcda', 'acdb'] },
  { id: 'superior-voting', property: 'positive-involvement', m: 3, ballots: ['cba', 'bca', 'bac', 'acb'], counts: [2, 1, 1, 2], added: 'bca' },
];

describe('positional rules: a counterexample for every property claimed false', () => {
  for (const c of table) {
    it(`${c.id} violates ${c.property}`, () => expectCounterexample(votingMethod(c.id), c));
  }
  it('the table covers every false claim of the family', () => expectCounterexamplesCover(positionalMethods, table));
});
