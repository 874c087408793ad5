export * from './median.js';
export * from './generalized-median.js';
export * from './uniform-phantom.js';
export * from './mechanisms.js';
