import type { VotingMethod } from '../registry/types.js';
import { instantRunoff } from './instant-runoff.js';

/** The iterative elimination rules, in the order the docs list them. */
export const iterativeMethods: readonly VotingMethod<never, never>[] = [instantRunoff] as VotingMethod<never, never>[];
