import { toLineProfile, type LineInput, type LineProfile } from '../profile/line-profile.js';
import type { LineOutcome } from '../outcome/outcome.js';
import type { LineMechanism, LineMechanismOptions, MechanismInfo } from './types.js';

/**
 * Freezes `info` (aliases, citations, properties and approximations copied and frozen too), names `fn`
 * by `info.id` and attaches the metadata as the enumerable property `info`. Shared by every setting's
 * `define…` function.
 */
export function attachMechanismInfo<F extends object>(fn: F, info: MechanismInfo): F {
  Object.defineProperty(fn, 'name', { value: info.id });
  Object.defineProperty(fn, 'info', {
    value: Object.freeze({
      ...info,
      aliases: Object.freeze([...info.aliases]),
      citations: Object.freeze(info.citations.map((c) => Object.freeze({ ...c }))),
      properties: Object.freeze({ ...info.properties }),
      ...(info.approximation === undefined ? {} : { approximation: Object.freeze({ ...info.approximation }) }),
    }),
    enumerable: true,
  });
  return fn;
}

/**
 * Makes a registered single-facility line mechanism from its metadata and its computation on a checked
 * {@link LineProfile}: the returned function accepts any {@link LineInput} (array, `{ positions, domain }`
 * or a prepared profile), checks it once, and runs `compute`.
 */
export function defineLineMechanism<Options extends LineMechanismOptions = LineMechanismOptions>(
  info: MechanismInfo,
  compute: (profile: LineProfile, options: Options) => LineOutcome,
): LineMechanism<Options> {
  const mechanism = (input: LineInput, options: Options = {} as Options): LineOutcome =>
    compute(toLineProfile(input, options), options);
  return attachMechanismInfo(mechanism, info) as LineMechanism<Options>;
}
