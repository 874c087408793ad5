export * from './preferences.js';
export * from './strategyproofness.js';
