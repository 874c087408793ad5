import { Rational } from '@plural/core';
import { balinskiYoung, pukelsheim } from './citations.js';
import { defineApportionmentMethod } from './define.js';
import { divisorApportionment } from './divisor-method.js';

/**
 * Sainte-Laguë (Webster) method: the divisor method with d(s) = s + ½ — each seat in turn goes to the
 * party with the highest v/(2s+1); equivalently standard rounding of v_i/λ. House monotone; violates
 * both quotas (rarely). Unbiased between large and small parties (Balinski & Young 1982).
 *
 * Sources: A. Sainte-Laguë, "La représentation proportionnelle et la méthode des moindres carrés",
 * Annales scientifiques de l'É.N.S. 27 (1910) 529–542; Balinski & Young (1982).
 *
 * Complexity: O(h·n) exact comparisons. Ties for the last seats: reported unless `ties` breaks them.
 *
 * @example
 * sainteLague({ parties: ['A', 'B', 'C', 'D'], votes: [100000, 80000, 30000, 20000] }, { seats: 8 }).seats; // [3, 3, 1, 1]
 */
export const sainteLague = defineApportionmentMethod(
  {
    id: 'sainte-lague',
    name: 'Sainte-Laguë (Webster)',
    aliases: ['Sainte-Laguë', 'SainteLague', 'Webster', 'webster-method', 'Major Fractions Method', 'major-fractions', 'odd-divisors'],
    family: 'apportionment',
    kind: 'divisor',
    description: 'Each seat in turn goes to the party with the largest votes/(2·seats + 1).',
    citations: [
      { authors: 'A. Sainte-Laguë', year: 1910, title: "La représentation proportionnelle et la méthode des moindres carrés, Annales scientifiques de l'École Normale Supérieure 27, 529–542" },
      balinskiYoung,
    ],
    complexity: 'O(h·n)',
    tieBreaking: 'irresolute: a tie for the last seats is reported with all tied parties; options.ties breaks it',
    properties: { 'house-monotonicity': true, 'lower-quota': false, 'upper-quota': false },
  },
  (input, options) => divisorApportionment('sainte-lague', (v, s) => v.div(2 * s + 1), input, options),
);

const firstModifiedDivisor = Rational.of(7, 5);

/**
 * Modified Sainte-Laguë (Norway, Sweden): Sainte-Laguë's divisors 1, 3, 5, 7, … with the first one raised
 * to 1.4, which makes a party's first seat dearer (a hurdle for very small parties). House monotone.
 *
 * Source: F. Pukelsheim, Proportional Representation (2017), the divisor method with signposts; Balinski &
 * Young (1982).
 *
 * Complexity: O(h·n) exact comparisons. Ties for the last seats: reported unless `ties` breaks them.
 *
 * @example
 * modifiedSainteLague({ parties: ['A', 'B', 'C'], votes: [5000, 1800, 700] }, { seats: 6 }).seats; // [4, 2, 0] (Sainte-Laguë: [4, 1, 1])
 */
export const modifiedSainteLague = defineApportionmentMethod(
  {
    id: 'modified-sainte-lague',
    name: 'Modified Sainte-Laguë',
    aliases: ['Modified Sainte-Laguë', 'modified-webster', 'norwegian-sainte-lague', 'swedish-sainte-lague'],
    family: 'apportionment',
    kind: 'divisor',
    description: 'Each seat in turn goes to the party with the largest votes/divisor, divisors 1.4, 3, 5, 7, … by seats held.',
    citations: [pukelsheim, balinskiYoung],
    complexity: 'O(h·n)',
    tieBreaking: 'irresolute: a tie for the last seats is reported with all tied parties; options.ties breaks it',
    properties: { 'house-monotonicity': true, 'lower-quota': false, 'upper-quota': false },
  },
  (input, options) => divisorApportionment('modified-sainte-lague', (v, s) => v.div(s === 0 ? firstModifiedDivisor : Rational.of(2 * s + 1)), input, options),
);
