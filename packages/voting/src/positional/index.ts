export * from './scoring.js';
export * from './plurality.js';
export * from './borda.js';
export * from './methods.js';
