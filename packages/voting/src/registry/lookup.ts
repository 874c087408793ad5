import { ValidationError } from '@plural/core';
import type { VotingMethod } from './types.js';

/** A name as the registry compares it: lower case, with spaces, underscores and dots read as hyphens. */
export function normalizeMethodName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_.]+/g, '-');
}

/**
 * A lookup over a list of registered methods by id or alias (case, spaces and underscores ignored).
 * Throws at construction when two methods claim the same name, so the registry cannot be ambiguous.
 */
export function methodLookup<M extends VotingMethod<never, never>>(methods: readonly M[]): (name: string) => M {
  const byName = new Map<string, M>();
  for (const method of methods) {
    for (const name of [method.info.id, ...method.info.aliases]) {
      const key = normalizeMethodName(name);
      const other = byName.get(key);
      if (other !== undefined && other !== method) {
        throw new Error(`registry: the name ${JSON.stringify(name)} belongs to both ${other.info.id} and ${method.info.id}`);
      }
      byName.set(key, method);
    }
  }
  return (name: string) => {
    const method = typeof name === 'string' ? byName.get(normalizeMethodName(name)) : undefined;
    if (method === undefined) {
      throw new ValidationError(`unknown voting method ${JSON.stringify(name)}.`, {
        where: 'method',
        fix: `Use one of: ${methods.map((m) => m.info.id).join(', ')} (or an alias; plural vote --list shows them).`,
      });
    }
    return method;
  };
}
