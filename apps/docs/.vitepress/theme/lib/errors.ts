/** The error classes @plural/core exports, found by walking its exports (not a hand-kept list). */
import * as core from '@plural/core';

export interface ErrorClassInfo {
  readonly name: string;
  /** The class it extends (`PluralError` for the direct subclasses). */
  readonly parent: string;
  /** The `code` an instance carries by default. */
  readonly code: string;
  /** How many classes lie between it and `PluralError` (0 for direct subclasses). */
  readonly depth: number;
}

type ErrorClass = (new (message: string) => core.PluralError) & { readonly name: string };

function depthOf(cls: ErrorClass): number {
  let depth = 0;
  for (let p: unknown = Object.getPrototypeOf(cls); p !== core.PluralError; p = Object.getPrototypeOf(p)) depth++;
  return depth;
}

/** Every subclass of `PluralError` exported by @plural/core, parents before children, then by name. */
export function errorClasses(): ErrorClassInfo[] {
  return Object.entries(core)
    .filter(([, value]) => typeof value === 'function' && value.prototype instanceof core.PluralError)
    .map(([name, value]) => {
      const cls = value as ErrorClass;
      return { name, parent: (Object.getPrototypeOf(cls) as ErrorClass).name, code: new cls('example').code, depth: depthOf(cls) };
    })
    .sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name));
}
