export * from './types.js';
export { agentCost, outcomeKey, type CostRange } from './evaluate.js';
export * from './strategyproofness.js';
export * from './fairness.js';
export * from './anonymity.js';
export * from './registry.js';
export * from './search.js';
