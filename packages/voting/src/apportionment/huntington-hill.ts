import { balinskiYoung } from './citations.js';
import { defineApportionmentMethod } from './define.js';
import { divisorApportionment } from './divisor-method.js';

/**
 * Huntington–Hill (equal proportions), the US House method since 1941: the divisor method with the
 * geometric mean d(s) = √(s(s+1)). Compared exactly without square roots: v/√(s(s+1)) orders parties as
 * v²/(s(s+1)) does, a Rational; s = 0 gives infinite priority (every party with votes gets a seat first).
 * House monotone; violates both quotas.
 *
 * Sources: E. V. Huntington, "The apportionment of representatives in Congress", Trans. AMS 30 (1928)
 * 85–110; Balinski & Young (1982).
 *
 * Complexity: O(h·n) exact comparisons. Ties (including the all-infinite tie when the house is smaller
 * than the number of parties): reported unless `ties` breaks them.
 *
 * @example
 * huntingtonHill({ parties: [1, 2, 3, 4], votes: [42444, 73470, 134148, 164343] }, { seats: 14 }).seats; // [2, 2, 4, 6]
 */
export const huntingtonHill = defineApportionmentMethod(
  {
    id: 'huntington-hill',
    name: 'Huntington–Hill (equal proportions)',
    aliases: ['hill', 'Huntington-Hill', 'equal-proportions', 'method-of-equal-proportions', 'geometric-mean-divisor'],
    family: 'apportionment',
    kind: 'divisor',
    description: 'Each seat in turn goes to the party with the largest votes/√(seats·(seats + 1)).',
    citations: [{ authors: 'E. V. Huntington', year: 1928, title: 'The apportionment of representatives in Congress, Transactions of the American Mathematical Society 30(1), 85–110' }, balinskiYoung],
    complexity: 'O(h·n)',
    tieBreaking: 'irresolute: a tie for the last seats is reported with all tied parties; options.ties breaks it',
    properties: { 'house-monotonicity': true, 'lower-quota': false, 'upper-quota': false },
  },
  (input, options) => divisorApportionment('huntington-hill', (v, s) => (s === 0 ? 'infinite' : v.mul(v).div(s * (s + 1))), input, options),
);
