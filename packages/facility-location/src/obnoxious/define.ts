import { toLineProfile, type LineInput, type LineProfile } from '../profile/line-profile.js';
import type { LineOutcome } from '../outcome/outcome.js';
import { attachMechanismInfo } from '../registry/define.js';
import type { LineMechanismOptions, MechanismInfo, ObnoxiousMechanism } from '../registry/types.js';
import { assertMechanismSetting } from '../euclidean/define.js';

/**
 * Makes a registered obnoxious-facility mechanism from its metadata (setting `'obnoxious-line'`) and its
 * computation on a checked {@link LineProfile}: the returned function accepts any {@link LineInput},
 * checks it once, and runs `compute`.
 */
export function defineObnoxiousMechanism<Options extends LineMechanismOptions = LineMechanismOptions>(
  info: MechanismInfo,
  compute: (profile: LineProfile, options: Options) => LineOutcome,
): ObnoxiousMechanism<Options> {
  assertMechanismSetting(info, 'obnoxious-line');
  const mechanism = (input: LineInput, options: Options = {} as Options): LineOutcome => compute(toLineProfile(input, options), options);
  return attachMechanismInfo(mechanism, info) as ObnoxiousMechanism<Options>;
}
