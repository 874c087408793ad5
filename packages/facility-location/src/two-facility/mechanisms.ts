import type { TwoFacilityMechanism } from '../registry/types.js';
import { optimalTwoMedian } from './optimal-two-median.js';
import { proportionalTwoFacility } from './proportional.js';
import { twoExtremes } from './two-extremes.js';

/** The two-facility mechanisms on the line, in the order the docs list them. */
export const twoFacilityMechanisms: readonly TwoFacilityMechanism[] = Object.freeze([twoExtremes, proportionalTwoFacility, optimalTwoMedian] as TwoFacilityMechanism[]);
