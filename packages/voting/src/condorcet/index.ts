export * from './top-cycle.js';
export * from './weak-condorcet.js';
export * from './gocha.js';
export * from './uncovered-set.js';
export * from './banks.js';
export * from './essential-support.js';
export * from './bipartisan-set.js';
export * from './methods.js';
