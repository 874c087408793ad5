import type { VotingMethod } from '../registry/types.js';

/** The Bucklin family (median-rank rules), in the order the docs list them. */
export const bucklinMethods: readonly VotingMethod<never, never>[] = [] as VotingMethod<never, never>[];
