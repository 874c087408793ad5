import type { VotingMethod } from '../registry/types.js';

/** Hybrid rules that combine simpler ones (Black's, Daunou, Condorcet–plurality, …). */
export const hybridMethods: readonly VotingMethod<never, never>[] = [] as VotingMethod<never, never>[];
