import { describe, it } from 'vitest';
import { bucklinMethods, votingMethod } from '../../src/index.js';
import { expectCounterexample, expectCounterexamplesCover, type Counterexample } from '../iterative/violations.js';

/**
 * One profile per property each Bucklin rule claims false. Found by exhaustive search over small
 * 3-candidate profiles, random 4-candidate profiles, or taken from pref_voting's axiom pages (noted).
 */
const table: Counterexample[] = [
  { id: 'bucklin', property: 'condorcet-winner', m: 3, ballots: ['cba', 'bca', 'bac', 'acb'], counts: [2, 1, 1, 1] },
  { id: 'bucklin', property: 'condorcet-loser', m: 3, ballots: ['cba', 'cab', 'acb', 'abc'], counts: [2, 1, 1, 2] },
  // pref_voting's page profile_Bucklin_positive_involvement (require_resoluteness): c wins; a voter
  // c ≻ e ≻ d ≻ b ≻ a arrives and e wins. (No 3- or small 4-candidate example exists.)
  { id: 'bucklin', property: 'positive-involvement', m: 5, ballots: ['dbcea', 'eacdb'], added: 'cedba' },
  { id: 'simplified-bucklin', property: 'condorcet-winner', m: 3, ballots: ['cba', 'bca', 'acb'] },
  { id: 'simplified-bucklin', property: 'condorcet-loser', m: 3, ballots: ['cba', 'bca', 'bac', 'cab', 'acb'] },
  { id: 'simplified-bucklin', property: 'positive-involvement', m: 5, ballots: ['dbcea', 'eacdb'], added: 'cedba' },
  { id: 'weighted-bucklin', property: 'condorcet-winner', m: 3, ballots: ['cba', 'bca', 'bac', 'acb'], counts: [2, 1, 1, 1] },
  { id: 'weighted-bucklin', property: 'positive-involvement', m: 4, ballots: ['dabc', 'bcda', 'cbad', 'acbd'], counts: [2, 1, 1, 1], added: 'bcad' },
];

describe('Bucklin rules: a counterexample for every property claimed false', () => {
  for (const c of table) {
    it(`${c.id} violates ${c.property}`, () => expectCounterexample(votingMethod(c.id), c));
  }
  it('the table covers every false claim of the family', () => expectCounterexamplesCover(bucklinMethods, table));
});
