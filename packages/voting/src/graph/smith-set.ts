import type { CandidateIndex } from '@plural/core';
import { topOfClosure } from './dominance.js';

/**
 * The Smith set (Smith 1973; Good 1971's top cycle): the smallest non-empty set of candidates each of
 * which beats or ties (margin ≥ 0) every candidate outside it. Equivalently the maximal elements of the
 * transitive closure of the weak majority relation.
 *
 * Complexity: O(m³).
 *
 * @example
 * smithSet([[0, 1, -1], [-1, 0, 1], [1, -1, 0]]); // [0, 1, 2]
 */
export function smithSet(margins: readonly (readonly number[])[]): CandidateIndex[] {
  return topOfClosure(margins.length, (a, b) => margins[a]![b]! >= 0);
}

/**
 * The Schwartz set (Schwartz 1972, 1986): the union of the minimal sets that no outside candidate beats
 * (margin > 0). Equivalently the maximal elements of the transitive closure of the strict majority
 * relation. Subset of the Smith set; equal when there are no majority ties.
 *
 * Complexity: O(m³).
 */
export function schwartzSet(margins: readonly (readonly number[])[]): CandidateIndex[] {
  return topOfClosure(margins.length, (a, b) => margins[a]![b]! > 0);
}
