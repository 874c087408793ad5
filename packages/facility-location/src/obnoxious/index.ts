export * from './objectives.js';
export * from './define.js';
export * from './majority-endpoint.js';
export * from './optimal.js';
export * from './strategyproofness.js';
export * from './mechanisms.js';
