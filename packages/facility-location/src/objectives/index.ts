export * from './costs.js';
