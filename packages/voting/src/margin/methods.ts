import type { VotingMethod } from '../registry/types.js';
import { beatPath } from './beat-path.js';
import { copeland, llull } from './copeland.js';
import { minimax } from './minimax.js';

/** The margin-based rules, in the order the docs list them. */
export const marginMethods: readonly VotingMethod<never, never>[] = [copeland, llull, minimax, beatPath] as VotingMethod<never, never>[];
