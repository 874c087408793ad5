import type { Rational } from '@plural/core';

/**
 * The k-th smallest (1-based) of the agents' sorted positions merged with extra points (phantoms),
 * without building the merged array: O(n + p) for ascending phantoms, O(n + p log p) otherwise.
 */
export function kthSmallestWith(sorted: readonly Rational[], phantoms: readonly Rational[], k: number): Rational {
  let ascending = true;
  for (let i = 1; i < phantoms.length && ascending; i++) ascending = phantoms[i - 1]!.le(phantoms[i]!);
  const extra = ascending ? phantoms : [...phantoms].sort((a, b) => a.compare(b));
  let i = 0;
  let j = 0;
  for (let taken = 1; ; taken++) {
    const takeAgent = j >= extra.length || (i < sorted.length && sorted[i]!.le(extra[j]!));
    const value = takeAgent ? sorted[i++]! : extra[j++]!;
    if (taken === k) return value;
  }
}
