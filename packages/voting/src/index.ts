/**
 * @plural/voting — voting rules: single-winner rules, social welfare functions, probabilistic rules,
 * axioms and apportionment. Every rule is a documented function registered with its metadata
 * (`votingMethods`), irresolute by default, with explicit tie-breaking (`breakTie`).
 */
export * from './election/weights.js';
export * from './election/election.js';
export * from './election/margin-graph.js';
export * from './election/requirements.js';
export * from './result/result.js';
export * from './tiebreak/tiebreak.js';
export * from './registry/types.js';
export * from './registry/define.js';
export * from './registry/lookup.js';
export * from './registry/registry.js';
export * from './graph/dominance.js';
export * from './graph/smith-set.js';
export * from './positional/index.js';
export * from './iterative/index.js';
export * from './condorcet/index.js';
export * from './margin/index.js';
export * from './bucklin/index.js';
export * from './hybrid/index.js';
export * from './optimization/index.js';
export * from './probabilistic/index.js';
export * from './apportionment/index.js';
export * from './axioms/index.js';
export * from './welfare/index.js';
