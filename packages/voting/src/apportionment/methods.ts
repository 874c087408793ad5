import { methodLookup } from '../registry/lookup.js';
import { adams } from './adams.js';
import { dHondt } from './d-hondt.js';
import { dean } from './dean.js';
import { hamilton } from './hamilton.js';
import { huntingtonHill } from './huntington-hill.js';
import { modifiedSainteLague, sainteLague } from './sainte-lague.js';
import type { ApportionmentMethod } from './types.js';

/** Every apportionment method of this package, registered once with its metadata, in the docs' order. */
export const apportionmentMethods: readonly ApportionmentMethod<never>[] = Object.freeze([
  dHondt,
  sainteLague,
  modifiedSainteLague,
  adams,
  huntingtonHill,
  dean,
  hamilton,
] as ApportionmentMethod<never>[]);

/**
 * The registered apportionment method with this id or alias (case, spaces, underscores and dots
 * ignored; Condorcet PHP's names such as "Jefferson" and "Largest Remainder" are aliases).
 *
 * @example
 * apportionmentMethod('Webster').info.id; // 'sainte-lague'
 */
export const apportionmentMethod: (name: string) => ApportionmentMethod<never> = methodLookup(apportionmentMethods, 'apportionment method');
