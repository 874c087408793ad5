/**
 * File formats: PrefLib (.soc .soi .toc .toi .cat), PabuLib (.pb), abcvoting (.abc.yaml), and the
 * registry that detects, reads, writes and summarises them.
 */
export type { FormatData, FormatDataKind, FormatSpec, FormatSummary, ReadOptions } from './types.js';
export {
  detectFormat,
  formatById,
  formatRegistry,
  readFormat,
  summarizeData,
  writeFormat,
  type ReadFormatOptions,
} from './registry.js';
export { MAX_PREFLIB_ALTERNATIVES, type PrefLibType } from './preflib/document.js';
export { readPrefLibOrdinal, writePrefLibOrdinal, type PrefLibOrdinalType } from './preflib/ordinal.js';
export { readPrefLibCategorical, writePrefLibCategorical } from './preflib/categorical.js';
export { catFormat, PREFLIB_REFERENCE, socFormat, soiFormat, tocFormat, toiFormat } from './preflib/formats.js';
export type { PBField, PBInstance, PBProject, PBVote, PBVoteType } from './pabulib/types.js';
export { PB_VOTE_TYPES, pbInstance, type PBInstanceInput, type PBProjectInput, type PBVoteInput } from './pabulib/instance.js';
export { readPabulib } from './pabulib/read.js';
export { writePabulib } from './pabulib/write.js';
export { pabulibFormat } from './pabulib/formats.js';
export type { AbcComputeEntry, AbcInstance, AbcValue } from './abcvoting/types.js';
export {
  ABC_YAML_KEYS,
  abcComputeEntry,
  abcInstance,
  type AbcComputeEntryInput,
  type AbcInstanceInput,
} from './abcvoting/instance.js';
export { MAX_ABC_CANDIDATES, readAbcYaml } from './abcvoting/read.js';
export { writeAbcYaml } from './abcvoting/write.js';
export { abcvotingFormat } from './abcvoting/formats.js';
export * from './csv/index.js';
export * from './json/index.js';
export * from './condorcet/index.js';
