/**
 * @plural/lp — one linear-programming interface for Plural: programs as plain data or through a
 * small fluent builder, pluggable backends (HiGHS by default — Huangfu & Hall 2018,
 * doi:10.1007/s12532-017-0130-5 — and javascript-lp-solver for small programs), and a certificate
 * check (primal feasibility and the LP-duality gap) on every answer before it is returned.
 */
export * from './program/types.js';
export * from './program/normalize.js';
export * from './program/builder.js';
export * from './backends/backend.js';
export * from './backends/lp-format.js';
export * from './backends/highs.js';
export * from './backends/javascript-lp-solver.js';
export * from './backends/default-registry.js';
export * from './certificate/certificate.js';
export * from './solve/types.js';
export * from './solve/solve.js';
