export * from './remaining.js';
export * from './instant-runoff.js';
export * from './methods.js';
