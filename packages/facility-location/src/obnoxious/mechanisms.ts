import type { ObnoxiousMechanism } from '../registry/types.js';
import { obnoxiousMajorityEndpoint } from './majority-endpoint.js';
import { obnoxiousOptimal } from './optimal.js';

/** The obnoxious-facility mechanisms on a bounded interval, in the order the docs list them. */
export const obnoxiousMechanisms: readonly ObnoxiousMechanism[] = Object.freeze([obnoxiousMajorityEndpoint, obnoxiousOptimal] as ObnoxiousMechanism[]);
