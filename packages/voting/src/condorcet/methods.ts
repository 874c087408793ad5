import type { VotingMethod } from '../registry/types.js';
import { banks } from './banks.js';
import { bipartisanSet, essentialSet } from './bipartisan-set.js';
import { gocha } from './gocha.js';
import { condorcet, topCycle } from './top-cycle.js';
import { weakCondorcet } from './weak-condorcet.js';
import { uncoveredSet, uncoveredSetBordes, uncoveredSetFishburn, uncoveredSetMcKelvey } from './uncovered-set.js';

/** Condorcet methods and tournament solutions (sets of winners from the majority graph). */
export const condorcetMethods: readonly VotingMethod<never, never>[] = [
  condorcet,
  weakCondorcet,
  topCycle,
  gocha,
  uncoveredSet,
  uncoveredSetFishburn,
  uncoveredSetBordes,
  uncoveredSetMcKelvey,
  banks,
  bipartisanSet,
  essentialSet,
] as VotingMethod<never, never>[];
