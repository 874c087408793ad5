export * from './top-cycle.js';
export * from './methods.js';
