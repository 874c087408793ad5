import { methodLookup } from '../registry/lookup.js';
import { c1MaximalLottery, maximalLottery } from './maximal-lottery.js';
import { proportionalBorda } from './proportional-borda.js';
import { randomDictator } from './random-dictator.js';
import type { ProbabilisticRule } from './types.js';

/** Every probabilistic rule of this package, registered once with its metadata, in the docs' order. */
export const probabilisticRules: readonly ProbabilisticRule<never, never, unknown>[] = Object.freeze([
  randomDictator,
  proportionalBorda,
  maximalLottery,
  c1MaximalLottery,
] as ProbabilisticRule<never, never, unknown>[]);

/**
 * The registered probabilistic rule with this id or alias (case, spaces, underscores and dots ignored;
 * pref_voting's names are aliases). Rules with `info.async` return a Promise.
 *
 * @example
 * probabilisticRule('Random Ballot').info.id; // 'random-dictator'
 */
export const probabilisticRule: (name: string) => ProbabilisticRule<never, never, unknown> = methodLookup(probabilisticRules, 'probabilistic rule');
