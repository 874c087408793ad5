/**
 * Axioms of voting rules as checkers over (rule, profile): pref_voting's axioms (Holliday & Pacuit) and
 * the classical majority criteria and neutrality, a registry with metadata, a fast-check counterexample
 * search that shrinks violations to minimal profiles, and exhaustive coalitional manipulation.
 */
export * from './types.js';
export { defineAxiom, DEFAULT_AXIOM_BUDGET, type CheckContext, type Evaluated } from './define.js';
export * from './set-preference.js';
export * from './dominance.js';
export * from './invariance.js';
export * from './monotonicity.js';
export * from './variable-candidate.js';
export * from './variable-voter.js';
export * from './strategic.js';
export * from './other.js';
export * from './majority.js';
export * from './registry.js';
export * from './search.js';
export * from './manipulation.js';
