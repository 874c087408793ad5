import type { ApportionmentMethod, ApportionmentMethodInfo, ApportionmentOptions, ApportionmentResult, PartyVotes } from './types.js';

/**
 * Makes a registered apportionment method from its metadata and its computation (mirrors
 * `defineVotingMethod`): the metadata is frozen and attached as `info`, which the registry, docs and
 * property tests read; the result is frozen.
 */
export function defineApportionmentMethod<Options extends ApportionmentOptions = ApportionmentOptions>(
  info: ApportionmentMethodInfo,
  compute: (input: PartyVotes, options: Options) => ApportionmentResult,
): ApportionmentMethod<Options> {
  const method = (input: PartyVotes, options: Options): ApportionmentResult => Object.freeze(compute(input, options));
  Object.defineProperty(method, 'name', { value: info.id });
  Object.defineProperty(method, 'info', {
    value: Object.freeze({
      ...info,
      aliases: Object.freeze([...info.aliases]),
      properties: Object.freeze({ ...info.properties }),
      citations: Object.freeze(info.citations.map((c) => Object.freeze({ ...c }))),
    }),
    enumerable: true,
  });
  return method as ApportionmentMethod<Options>;
}
