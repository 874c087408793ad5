import { bucklinMethods } from '../bucklin/methods.js';
import { condorcetMethods } from '../condorcet/methods.js';
import { hybridMethods } from '../hybrid/methods.js';
import { optimizationMethods } from '../optimization/methods.js';
import { iterativeMethods } from '../iterative/methods.js';
import { marginMethods } from '../margin/methods.js';
import { positionalMethods } from '../positional/methods.js';
import { methodLookup } from './lookup.js';
import type { VotingMethod } from './types.js';

/**
 * Every single-winner voting rule of this package, registered once with its metadata: the families'
 * lists (each family folder has a `methods.ts`) joined. The docs, the CLI (`plural vote --list`) and
 * the property tests iterate over this list; nothing else enumerates rules.
 */
export const votingMethods: readonly VotingMethod<never, never>[] = Object.freeze([
  ...positionalMethods,
  ...iterativeMethods,
  ...condorcetMethods,
  ...bucklinMethods,
  ...hybridMethods,
  ...marginMethods,
  ...optimizationMethods,
]);

/**
 * The registered rule with this id or alias (case, spaces and underscores ignored; pref_voting's and
 * Condorcet PHP's names are aliases). Throws ValidationError listing the ids otherwise.
 *
 * @example
 * votingMethod('Beat Path').info.id; // 'schulze'
 */
export const votingMethod: (name: string) => VotingMethod<never, never> = methodLookup(votingMethods);
