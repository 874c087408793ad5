/**
 * What the RNG example prints for a seed: the first `count` 32-bit outputs, the first three floats of a
 * fresh generator, and the first three outputs of its first child (`split()`). The browser test runs
 * this same function in Node and compares the two.
 */
import { createRng, type Seed } from '@plural/core';

export interface RngStream {
  readonly uint32: number[];
  readonly floats: number[];
  readonly child: number[];
}

export function rngStream(seed: Seed, count = 5): RngStream {
  const rng = createRng(seed);
  const uint32 = Array.from({ length: count }, () => rng.uint32());
  const fresh = createRng(seed);
  const floats = [fresh.float(), fresh.float(), fresh.float()];
  const child = createRng(seed).split();
  return { uint32, floats, child: [child.uint32(), child.uint32(), child.uint32()] };
}
