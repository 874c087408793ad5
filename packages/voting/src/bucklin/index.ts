export * from './bucklin.js';
export * from './weighted-bucklin.js';
export * from './methods.js';
