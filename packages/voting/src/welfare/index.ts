export * from './define.js';
export * from './score-ranking.js';
export * from './copeland-ranking.js';
export * from './kemeny-ranking.js';
export * from './ranked-pairs-ranking.js';
export * from './schulze-ranking.js';
export * from './methods.js';
