import type { Citation, PropertyClaims } from './types.js';

/** What every registry's metadata (voting rules, SWFs, probabilistic rules) has that `attachInfo` freezes. */
interface RegistryInfo {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly ballots: { readonly ties: boolean; readonly truncated: boolean };
  readonly properties: PropertyClaims;
  readonly citations: readonly Citation[];
}

/**
 * Registers `fn` under its metadata: names it `info.id` and attaches a frozen copy of `info` (aliases,
 * ballots, properties and citations copied and frozen too) as the enumerable property `info`, which the
 * registries, docs, CLI and property tests read. Internal: shared by `defineVotingMethod`,
 * `defineWelfareFunction` and `defineProbabilisticRule`.
 */
export function attachInfo<F extends object>(fn: F, info: RegistryInfo): F {
  Object.defineProperty(fn, 'name', { value: info.id });
  Object.defineProperty(fn, 'info', {
    value: Object.freeze({
      ...info,
      aliases: Object.freeze([...info.aliases]),
      ballots: Object.freeze({ ...info.ballots }),
      properties: Object.freeze({ ...info.properties }),
      citations: Object.freeze(info.citations.map((c) => Object.freeze({ ...c }))),
    }),
    enumerable: true,
  });
  return fn;
}
