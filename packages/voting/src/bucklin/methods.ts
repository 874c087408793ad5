import type { VotingMethod } from '../registry/types.js';
import { bucklin, simplifiedBucklin } from './bucklin.js';
import { weightedBucklin } from './weighted-bucklin.js';

/** The Bucklin family (median-rank rules), in the order the docs list them. */
export const bucklinMethods: readonly VotingMethod<never, never>[] = [bucklin, simplifiedBucklin, weightedBucklin] as VotingMethod<never, never>[];
