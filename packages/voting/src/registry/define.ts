import { breakTie } from '../tiebreak/tiebreak.js';
import { attachInfo } from './attach-info.js';
import type { VotingResult } from '../result/result.js';
import type { VotingMethod, VotingMethodInfo, VotingOptions } from './types.js';

/**
 * Makes a registered rule from its metadata and its irresolute computation: the returned function runs
 * the computation, then applies `options.tiebreak` when given. The metadata is frozen and attached as
 * `info`, which the registry, docs, CLI and property tests read.
 */
export function defineVotingMethod<Input, Options extends VotingOptions = VotingOptions>(
  info: VotingMethodInfo,
  compute: (input: Input, options: Options) => VotingResult,
): VotingMethod<Input, Options> {
  const method = (input: Input, options: Options = {} as Options): VotingResult => {
    const result = compute(input, options);
    return options.tiebreak === undefined ? result : breakTie(result, options.tiebreak);
  };
  return attachInfo(method, info) as VotingMethod<Input, Options>;
}
