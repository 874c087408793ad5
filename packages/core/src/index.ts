/**
 * @plural/core — the shared data model of Plural: profiles, ballots, pairwise data, lotteries, exact
 * rationals, a seeded splittable RNG, file formats and preference generators.
 */
export * from './errors/errors.js';
export * from './validation/numbers.js';
export * from './rational/rational.js';
export * from './random/rng.js';
export * from './profiles/types.js';
export * from './profiles/candidates.js';
export * from './profiles/ranking.js';
export * from './profiles/ranking-profiles.js';
export * from './profiles/approval.js';
export * from './pairwise/pairwise-data.js';
export * from './pairwise/majority.js';
export * from './lottery/lottery.js';
export * from './registry/citation.js';
export * from './registry/lookup.js';
export * from './formats/index.js';
export * from './generators/index.js';
