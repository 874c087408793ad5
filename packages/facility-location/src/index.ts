/**
 * @plural/facility-location — strategyproof and fair facility-location mechanisms: on the line (median,
 * phantoms, Uniform Phantom, …), their objectives and approximation ratios, and checkers for
 * strategyproofness and fairness that return a witness when a property fails. Every mechanism is a
 * documented function registered with its metadata (`facilityMechanisms`).
 */
export * from './profile/line-profile.js';
export * from './profile/misreport-search.js';
export * from './outcome/outcome.js';
export * from './registry/types.js';
export * from './registry/define.js';
export * from './registry/registry.js';
export * from './line/index.js';
export * from './objectives/index.js';
export * from './axioms/index.js';
export * from './ratios/index.js';
export * from './euclidean/index.js';
export * from './two-facility/index.js';
export * from './obnoxious/index.js';
export * from './single-peaked/index.js';
