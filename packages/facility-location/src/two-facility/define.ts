import { toLineProfile, type LineInput, type LineProfile } from '../profile/line-profile.js';
import { attachMechanismInfo } from '../registry/define.js';
import type { LineMechanismOptions, MechanismInfo, TwoFacilityMechanism } from '../registry/types.js';
import { assertMechanismSetting } from '../euclidean/define.js';
import type { TwoFacilityOutcome } from './outcome.js';

/**
 * Makes a registered two-facility mechanism on the line from its metadata (setting
 * `'line-two-facilities'`) and its computation on a checked {@link LineProfile}: the returned function
 * accepts any {@link LineInput}, checks it once, and runs `compute`.
 */
export function defineTwoFacilityMechanism<Options extends LineMechanismOptions = LineMechanismOptions>(
  info: MechanismInfo,
  compute: (profile: LineProfile, options: Options) => TwoFacilityOutcome,
): TwoFacilityMechanism<Options> {
  assertMechanismSetting(info, 'line-two-facilities');
  const mechanism = (input: LineInput, options: Options = {} as Options): TwoFacilityOutcome => compute(toLineProfile(input, options), options);
  return attachMechanismInfo(mechanism, info) as TwoFacilityMechanism<Options>;
}
