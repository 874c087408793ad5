import { ValidationError } from '../errors/errors.js';

/**
 * A name as the registries compare it: lower case, diacritics removed ("Sainte-Laguë" = "Sainte-Lague"),
 * with spaces, underscores and dots read as hyphens.
 */
export function normalizeMethodName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_.]+/g, '-');
}

/** Anything registered under an id and aliases. */
export interface Named {
  readonly info: { readonly id: string; readonly aliases: readonly string[] };
}

/**
 * A lookup over a list of registered entries by id or alias (see {@link normalizeMethodName}). Throws at
 * construction when two entries claim the same name, so a registry cannot be ambiguous; the returned
 * function throws a ValidationError listing the ids for an unknown name. `what` names the registry in
 * messages ("voting method", "facility-location mechanism", …).
 */
export function methodLookup<M extends Named>(methods: readonly M[], what = 'method'): (name: string) => M {
  const byName = new Map<string, M>();
  for (const method of methods) {
    for (const name of [method.info.id, ...method.info.aliases]) {
      const key = normalizeMethodName(name);
      const other = byName.get(key);
      if (other !== undefined && other !== method) {
        throw new Error(`${what} registry: the name ${JSON.stringify(name)} belongs to both ${other.info.id} and ${method.info.id}`);
      }
      byName.set(key, method);
    }
  }
  return (name: string) => {
    const method = typeof name === 'string' ? byName.get(normalizeMethodName(name)) : undefined;
    if (method === undefined) {
      throw new ValidationError(`unknown ${what} ${JSON.stringify(name)}.`, {
        where: 'method',
        fix: `Use one of: ${methods.map((m) => m.info.id).join(', ')} (or an alias).`,
      });
    }
    return method;
  };
}
