import type { VotingMethod } from '../registry/types.js';
import { borda } from './borda.js';
import { plurality } from './plurality.js';

/** The positional scoring rules, in the order the docs list them. */
export const positionalMethods: readonly VotingMethod<never, never>[] = [plurality, borda] as VotingMethod<never, never>[];
