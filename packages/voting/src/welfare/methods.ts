import { methodLookup } from '../registry/lookup.js';
import { copelandRanking } from './copeland-ranking.js';
import type { WelfareFunction } from './define.js';
import { kemenyRanking } from './kemeny-ranking.js';
import { rankedPairsRanking } from './ranked-pairs-ranking.js';
import { schulzeRanking } from './schulze-ranking.js';
import { bordaRanking, pluralityRanking, scoreRanking } from './score-ranking.js';

/** Every social welfare function, in the order the docs list them. */
export const welfareFunctions: readonly WelfareFunction<never, never>[] = Object.freeze([
  scoreRanking,
  bordaRanking,
  pluralityRanking,
  copelandRanking,
  kemenyRanking,
  rankedPairsRanking,
  schulzeRanking,
] as WelfareFunction<never, never>[]);

/**
 * The registered SWF with this id or alias (case, spaces and underscores ignored). Throws
 * ValidationError listing the ids otherwise.
 *
 * @example
 * welfareFunction('Kemeny ranking').info.id; // 'kemeny-ranking'
 */
export const welfareFunction: (name: string) => WelfareFunction<never, never> = methodLookup(welfareFunctions, 'social welfare function');
