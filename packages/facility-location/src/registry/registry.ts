import { methodLookup } from '@plural/core';
import { lineMechanisms } from '../line/mechanisms.js';
import { euclideanMechanisms } from '../euclidean/mechanisms.js';
import { obnoxiousMechanisms } from '../obnoxious/mechanisms.js';
import { twoFacilityMechanisms } from '../two-facility/mechanisms.js';
import type { AnyFacilityMechanism, LineMechanism } from './types.js';

/**
 * Every single-facility mechanism on the line, registered once with its metadata. The docs, the CLI
 * (`plural locate --list`) and the property tests iterate over this list; nothing else enumerates them.
 */
export const facilityMechanisms: readonly LineMechanism[] = lineMechanisms;

/**
 * The registered line mechanism with this id or alias (case, spaces and underscores ignored). Throws
 * ValidationError listing the ids otherwise.
 *
 * @example
 * facilityMechanism('UP').info.id; // 'uniform-phantom'
 */
export const facilityMechanism: (name: string) => LineMechanism = methodLookup(facilityMechanisms, 'facility-location mechanism');

export { euclideanMechanisms } from '../euclidean/mechanisms.js';
export { obnoxiousMechanisms } from '../obnoxious/mechanisms.js';
export { twoFacilityMechanisms } from '../two-facility/mechanisms.js';

/**
 * Every registered mechanism of every setting — one facility on the line, one in ℝ^d, two on the line,
 * one obnoxious facility — each with `info.setting`. Ids and aliases are unique across all of them.
 */
export const allFacilityMechanisms: readonly AnyFacilityMechanism[] = Object.freeze([
  ...facilityMechanisms,
  ...euclideanMechanisms,
  ...twoFacilityMechanisms,
  ...obnoxiousMechanisms,
] as AnyFacilityMechanism[]);

/**
 * The registered mechanism of any setting with this id or alias (case, spaces and underscores ignored);
 * check `info.setting` before calling it. Throws ValidationError listing the ids otherwise.
 *
 * @example
 * anyFacilityMechanism('two-extremes').info.setting; // 'line-two-facilities'
 */
export const anyFacilityMechanism: (name: string) => AnyFacilityMechanism = methodLookup(allFacilityMechanisms, 'facility-location mechanism');
