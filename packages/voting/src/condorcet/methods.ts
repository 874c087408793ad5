import type { VotingMethod } from '../registry/types.js';
import { condorcet, topCycle } from './top-cycle.js';

/** Condorcet methods and tournament solutions (sets of winners from the majority graph). */
export const condorcetMethods: readonly VotingMethod<never, never>[] = [condorcet, topCycle] as VotingMethod<never, never>[];
