/**
 * Seeded preference generators: ordinal (impartial culture, IAC, Mallows, Plackett–Luce, urn,
 * single-peaked), spatial (Euclidean), approval (p-impartial, resampling, disjoint resampling) and
 * pairwise (Bradley–Terry), plus the registry the CLI and docs read.
 */
export {
  MAX_GENERATED_ENTRIES,
  type SeedOption,
} from './parameters.js';
export { impartialCulture, type ImpartialCultureOptions } from './ordinal/impartial-culture.js';
export { impartialAnonymousCulture, type ImpartialAnonymousCultureOptions } from './ordinal/impartial-anonymous-culture.js';
export {
  mallows,
  normalizedMallows,
  expectedSwapDistance,
  phiFromNormPhi,
  type MallowsOptions,
  type NormalizedMallowsOptions,
} from './ordinal/mallows.js';
export { plackettLuce, type PlackettLuceOptions } from './ordinal/plackett-luce.js';
export { polyaEggenbergerUrn, type UrnOptions } from './ordinal/urn.js';
export { singlePeakedWalsh, type SinglePeakedOptions } from './ordinal/single-peaked-walsh.js';
export { singlePeakedConitzer } from './ordinal/single-peaked-conitzer.js';
export {
  euclidean,
  euclideanElection,
  POINT_DISTRIBUTIONS,
  type EuclideanElection,
  type EuclideanOptions,
  type PointDistribution,
  type PointInput,
} from './spatial/euclidean.js';
export { pImpartial, type PImpartialOptions } from './approval/p-impartial.js';
export { resampling, type ResamplingOptions } from './approval/resampling.js';
export {
  disjointResampling,
  disjointResamplingElection,
  type DisjointResamplingElection,
  type DisjointResamplingOptions,
} from './approval/disjoint-resampling.js';
export { bradleyTerry, bradleyTerryProbability, type BradleyTerryOptions } from './pairwise/bradley-terry.js';
export {
  GENERATORS,
  SEED_PARAMETER,
  generate,
  generatorById,
  type GeneratedData,
  type GeneratorFamily,
  type GeneratorInfo,
  type GeneratorOutputKind,
  type GeneratorParameter,
  type GeneratorParameterType,
} from './registry.js';
