import { balinskiYoung } from './citations.js';
import { defineApportionmentMethod } from './define.js';
import { divisorApportionment } from './divisor-method.js';

/**
 * Dean method (harmonic mean): the divisor method with d(s) = 2s(s+1)/(2s+1), the harmonic mean of s and
 * s+1; s = 0 gives infinite priority. House monotone; violates both quotas.
 *
 * Source: J. W. Dean (1832), as presented in Balinski & Young, Fair Representation (1982).
 *
 * Complexity: O(h·n) exact comparisons. Ties: reported unless `ties` breaks them.
 *
 * @example
 * dean({ parties: ['A', 'B', 'C'], votes: [60, 28, 12] }, { seats: 10 }).seats; // [6, 3, 1]
 */
export const dean = defineApportionmentMethod(
  {
    id: 'dean',
    name: 'Dean (harmonic mean)',
    aliases: ['Dean', 'dean-method', 'harmonic-mean', 'harmonic-mean-divisor'],
    family: 'apportionment',
    kind: 'divisor',
    description: 'Each seat in turn goes to the party with the largest votes/d(seats), d(s) = 2s(s+1)/(2s+1).',
    citations: [balinskiYoung],
    complexity: 'O(h·n)',
    tieBreaking: 'irresolute: a tie for the last seats is reported with all tied parties; options.ties breaks it',
    properties: { 'house-monotonicity': true, 'lower-quota': false, 'upper-quota': false },
  },
  (input, options) => divisorApportionment('dean', (v, s) => (s === 0 ? 'infinite' : v.mul(2 * s + 1).div(2 * s * (s + 1))), input, options),
);
