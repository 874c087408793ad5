/** How the generators page describes a registry parameter. */
import type { GeneratorParameter } from '@plural/core';

/** `required`, or the default value (`default 0`), or `optional` when the default depends on others. */
export function parameterPresence(p: GeneratorParameter): string {
  if (p.required) return 'required';
  return p.default === undefined ? 'optional' : `default ${p.default}`;
}

/** The allowed range or values: `0 ≤ phi ≤ 1`, `≥ 1`, `uniform-cube | gaussian | …`; empty if none. */
export function parameterRange(p: GeneratorParameter): string {
  if (p.values !== undefined && p.values.length > 0) return p.values.join(' | ');
  if (p.minimum !== undefined && p.maximum !== undefined) return `${p.minimum} ≤ ${p.name} ≤ ${p.maximum}`;
  if (p.minimum !== undefined) return `≥ ${p.minimum}`;
  if (p.maximum !== undefined) return `≤ ${p.maximum}`;
  return '';
}
