import { bucklinMethods } from '../bucklin/methods.js';
import { condorcetMethods } from '../condorcet/methods.js';
import { hybridMethods } from '../hybrid/methods.js';
import { optimizationMethods } from '../optimization/methods.js';
import { iterativeMethods } from '../iterative/methods.js';
import { marginMethods } from '../margin/methods.js';
import { positionalMethods } from '../positional/methods.js';
import type { ProfileInput } from '../election/election.js';
import { methodLookup } from './lookup.js';
import type { VotingMethod, VotingOptions } from './types.js';

/**
 * A rule as the registry hands it out: every registered rule accepts a profile (or a prepared Election)
 * and the common options; rule-specific options (`alpha`, `variant`, `budget`, …) pass through the same
 * object. Margin-based rules also accept a margin matrix: call them by their exported name for that.
 */
export type RegisteredVotingMethod = VotingMethod<ProfileInput, VotingOptions & Record<string, unknown>>;

/**
 * Every single-winner voting rule of this package, registered once with its metadata: the families'
 * lists (each family folder has a `methods.ts`) joined. The docs, the CLI (`plural vote --list`) and
 * the property tests iterate over this list; nothing else enumerates rules.
 */
export const votingMethods: readonly RegisteredVotingMethod[] = Object.freeze([
  ...positionalMethods,
  ...iterativeMethods,
  ...condorcetMethods,
  ...bucklinMethods,
  ...hybridMethods,
  ...marginMethods,
  ...optimizationMethods,
] as unknown as RegisteredVotingMethod[]);

/**
 * The registered rule with this id or alias (case, spaces and underscores ignored; pref_voting's and
 * Condorcet PHP's names are aliases). Throws ValidationError listing the ids otherwise.
 *
 * @example
 * votingMethod('Beat Path').info.id; // 'schulze'
 */
export const votingMethod: (name: string) => RegisteredVotingMethod = methodLookup(votingMethods, 'voting method');
