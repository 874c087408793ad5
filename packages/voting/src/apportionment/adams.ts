import { balinskiYoung } from './citations.js';
import { defineApportionmentMethod } from './define.js';
import { divisorApportionment } from './divisor-method.js';

/**
 * Adams method (smallest divisors): the divisor method with d(s) = s — a party without a seat has
 * infinite priority, so every party with votes gets a seat first (when the house allows); then v/s.
 * Equivalently rounding v_i/λ up. Satisfies upper quota and house monotonicity, violates lower quota.
 *
 * Source: J. Q. Adams (1832), as presented in Balinski & Young, Fair Representation (1982).
 *
 * Complexity: O(h·n). When the house is smaller than the number of parties with votes, all of them tie
 * for the seats (their priorities are all infinite): reported unless `ties` breaks them.
 *
 * @example
 * adams({ parties: ['A', 'B', 'C'], votes: [90, 9, 1] }, { seats: 10 }).seats; // [8, 1, 1]
 */
export const adams = defineApportionmentMethod(
  {
    id: 'adams',
    name: 'Adams (smallest divisors)',
    aliases: ['Adams', 'adams-method', 'smallest-divisors', 'Cambridge compromise divisor'],
    family: 'apportionment',
    kind: 'divisor',
    description: 'Each seat in turn goes to the party with the largest votes/seats (a party without seats first).',
    citations: [balinskiYoung],
    complexity: 'O(h·n)',
    tieBreaking: 'irresolute: a tie for the last seats is reported with all tied parties; options.ties breaks it',
    properties: { 'house-monotonicity': true, 'lower-quota': false, 'upper-quota': true },
  },
  (input, options) => divisorApportionment('adams', (v, s) => (s === 0 ? 'infinite' : v.div(s)), input, options),
);
