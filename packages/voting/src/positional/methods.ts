import type { VotingMethod } from '../registry/types.js';
import { antiPlurality } from './anti-plurality.js';
import { borda } from './borda.js';
import { bordaTruncated } from './borda-truncated.js';
import { dowdall } from './dowdall.js';
import { plurality } from './plurality.js';
import { positionalScoringRule } from './positional-scoring-rule.js';
import { positiveNegative } from './positive-negative.js';
import { superiorVoting } from './superior-voting.js';

/** The positional scoring rules, in the order the docs list them. */
export const positionalMethods: readonly VotingMethod<never, never>[] = [
  plurality,
  borda,
  bordaTruncated,
  antiPlurality,
  dowdall,
  positiveNegative,
  superiorVoting,
  positionalScoringRule,
] as VotingMethod<never, never>[];
