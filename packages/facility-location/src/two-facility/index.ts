export * from './outcome.js';
export * from './objectives.js';
export * from './define.js';
export * from './two-extremes.js';
export * from './proportional.js';
export * from './optimal-two-median.js';
export * from './strategyproofness.js';
export * from './mechanisms.js';
