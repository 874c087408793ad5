export * from './minimax.js';
export * from './beat-path.js';
export * from './copeland.js';
export * from './methods.js';
