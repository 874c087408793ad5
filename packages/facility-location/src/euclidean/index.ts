export * from './point-profile.js';
export * from './outcome.js';
export * from './costs.js';
export * from './define.js';
export * from './coordinate-wise-median.js';
export * from './strategyproofness.js';
export * from './mechanisms.js';
