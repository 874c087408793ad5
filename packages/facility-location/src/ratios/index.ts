export * from './optimum.js';
export * from './ratio.js';
