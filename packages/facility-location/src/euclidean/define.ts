import { attachMechanismInfo } from '../registry/define.js';
import type { EuclideanMechanism, MechanismInfo } from '../registry/types.js';
import type { EuclideanOutcome } from './outcome.js';
import { toPointProfile, type PointInput, type PointProfile, type PointProfileOptions } from './point-profile.js';

/** Throws at definition time when a mechanism is registered under the wrong setting. */
export function assertMechanismSetting(info: MechanismInfo, setting: MechanismInfo['setting']): void {
  if (info.setting !== setting) throw new Error(`mechanism ${info.id}: expected setting ${setting}, got ${info.setting}`);
}

/**
 * Makes a registered mechanism in ℝ^d from its metadata (setting `'euclidean'`) and its computation on
 * a checked {@link PointProfile}: the returned function accepts any {@link PointInput}, checks it once,
 * and runs `compute`.
 */
export function defineEuclideanMechanism<Options extends PointProfileOptions = PointProfileOptions>(
  info: MechanismInfo,
  compute: (profile: PointProfile, options: Options) => EuclideanOutcome,
): EuclideanMechanism<Options> {
  assertMechanismSetting(info, 'euclidean');
  const mechanism = (input: PointInput, options: Options = {} as Options): EuclideanOutcome => compute(toPointProfile(input, options), options);
  return attachMechanismInfo(mechanism, info) as EuclideanMechanism<Options>;
}
