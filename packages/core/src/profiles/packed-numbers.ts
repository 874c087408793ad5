/**
 * Private `Float64Array` copies of the frozen number lists core builds (counts, weights), for hot loops.
 *
 * Why: V8 as shipped in Node 20 (11.3) does not inline element loads of frozen (or sealed, or
 * non-extensible) arrays in optimised code; each `counts[i]` is an inline-cache call, ~10× a load from
 * a plain or typed array. The public arrays stay frozen; the copy is never handed out, so it cannot be
 * mutated, and a frozen list cannot change, so the copy cannot go stale.
 */
const copies = new WeakMap<readonly number[], Float64Array>();

/**
 * Freezes `values` (a fresh array the caller owns) and records a packed copy for {@link numbersOf}.
 *
 * Complexity: O(n).
 */
export function frozenNumbers(values: number[]): readonly number[] {
  const copy = new Float64Array(values.length);
  copy.set(values);
  const frozen = Object.freeze(values);
  copies.set(frozen, copy);
  return frozen;
}

/**
 * The values of a number list as a `Float64Array`: the recorded copy when core froze the list itself,
 * else a fresh copy (one read of every element). Callers must not write to the result.
 *
 * Complexity: O(1) for lists core froze, else O(n).
 */
export function numbersOf(values: readonly number[]): Float64Array {
  const copy = copies.get(values);
  if (copy !== undefined && copy.length === values.length) return copy;
  const fresh = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) fresh[i] = values[i]!;
  return fresh;
}
