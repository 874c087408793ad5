/**
 * Vitest setup shared by every workspace: in CI (or when PLURAL_FC_SEED is set) every fast-check property
 * runs from one fixed seed, so a CI run is reproducible and a red run can be replayed; locally the seeds
 * vary from run to run, to keep exploring. A property that passes its own `seed` keeps it.
 */
import fc from 'fast-check';

const seed = process.env['PLURAL_FC_SEED'] ?? (process.env['CI'] ? '20261130' : undefined);
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(seed) });
