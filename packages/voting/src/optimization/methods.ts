import type { VotingMethod } from '../registry/types.js';

/** Rules defined by an optimisation over rankings or profiles (Kemeny–Young, Slater, Dodgson, Young). */
export const optimizationMethods: readonly VotingMethod<never, never>[] = [] as VotingMethod<never, never>[];
