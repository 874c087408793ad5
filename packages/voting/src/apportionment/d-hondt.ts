import { balinskiYoung } from './citations.js';
import { defineApportionmentMethod } from './define.js';
import { divisorApportionment } from './divisor-method.js';

/**
 * D'Hondt (Jefferson) method: the divisor method with d(s) = s + 1 — each seat in turn goes to the party
 * with the highest v/(s+1); equivalently s_i = ⌊v_i/λ⌋ for a divisor λ that hands out exactly h seats.
 * Satisfies lower quota and house monotonicity, violates upper quota (favours large parties).
 *
 * Sources: V. D'Hondt, "Système pratique et raisonné de représentation proportionnelle" (1882);
 * Balinski & Young, Fair Representation (1982).
 *
 * Complexity: O(h·n) exact comparisons. Ties for the last seats: reported (`tie`) unless `ties` breaks them.
 *
 * @example
 * dHondt({ parties: ['A', 'B', 'C', 'D'], votes: [100000, 80000, 30000, 20000] }, { seats: 8 }).seats; // [4, 3, 1, 0]
 */
export const dHondt = defineApportionmentMethod(
  {
    id: 'd-hondt',
    name: "D'Hondt (Jefferson)",
    aliases: ['dhondt', "D'Hondt", 'Jefferson', 'Thomas Jefferson', 'jefferson-method', 'greatest-divisors', 'hagenbach-bischoff-divisor'],
    family: 'apportionment',
    kind: 'divisor',
    description: 'Each seat in turn goes to the party with the largest votes/(seats + 1).',
    citations: [{ authors: "V. D'Hondt", year: 1882, title: 'Système pratique et raisonné de représentation proportionnelle (Muquardt, Bruxelles)' }, balinskiYoung],
    complexity: 'O(h·n)',
    tieBreaking: 'irresolute: a tie for the last seats is reported with all tied parties; options.ties breaks it',
    properties: { 'house-monotonicity': true, 'lower-quota': true, 'upper-quota': false },
  },
  (input, options) => divisorApportionment('d-hondt', (v, s) => v.div(s + 1), input, options),
);
