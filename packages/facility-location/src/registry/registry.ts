import { methodLookup } from '@plural/core';
import { lineMechanisms } from '../line/mechanisms.js';
import type { LineMechanism } from './types.js';

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
