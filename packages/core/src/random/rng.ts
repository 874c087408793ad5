import { ValidationError } from '../errors/errors.js';
import { assertFinite, assertInteger } from '../validation/numbers.js';

/** A seed: a safe integer or any string (hashed). */
export type Seed = number | string;

/**
 * A seeded, splittable pseudo-random generator: xoshiro128** (Blackman & Vigna, "Scrambled linear
 * pseudorandom number generators", ACM TOMS 2021, doi:10.1145/3460772), seeded through SplitMix32.
 * It uses only 32-bit integer arithmetic (`Math.imul`, shifts), so the same seed gives the same stream
 * in Node and in every browser.
 *
 * `split()` returns an independent child generator (seeded from four outputs of the parent, mixed by
 * SplitMix32), so a computation can hand sub-tasks their own streams and stay deterministic whatever
 * order they run in.
 *
 * An `Rng` is a stateful object; functions of Plural take a `Seed` or an `Rng` and never touch global
 * randomness.
 *
 * @example
 * const rng = createRng(42);
 * rng.int(6); // a die roll in 0..5, the same for seed 42 everywhere
 */
export interface Rng {
  /** Uniform 32-bit unsigned integer. */
  uint32(): number;
  /** Uniform double in [0, 1) with 53 random bits. */
  float(): number;
  /** Uniform integer in [0, n), unbiased (rejection sampling). n must be a positive integer ≤ 2^32. */
  int(n: number): number;
  /** Standard normal variate (Box–Muller). */
  normal(): number;
  /** An independent child generator; advances this one. */
  split(): Rng;
  /** A new array with the elements in uniformly random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** Index drawn with probability proportional to the non-negative `weights`. */
  weightedIndex(weights: readonly number[]): number;
}

/** 32-bit FNV-1a hash of a string, for string seeds. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** SplitMix32 step: returns [output, nextState]. */
function splitMix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return [z >>> 0, next];
}

class Xoshiro128 implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(s0: number, s1: number, s2: number, s3: number) {
    this.a = s0 | 0;
    this.b = s1 | 0;
    this.c = s2 | 0;
    this.d = s3 | 0;
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1; // the all-zero state is a fixed point
  }

  static fromSeed(seed: number): Xoshiro128 {
    // Fold the high bits of large integer seeds in, so 2^32 and 0 differ.
    let state = (seed | 0) ^ (Math.floor(seed / 2 ** 32) | 0);
    const words: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [out, next] = splitMix32(state);
      words.push(out);
      state = next;
    }
    return new Xoshiro128(words[0]!, words[1]!, words[2]!, words[3]!);
  }

  uint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9);
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result >>> 0;
  }

  float(): number {
    const hi = this.uint32() >>> 5; // 27 bits
    const lo = this.uint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  int(n: number): number {
    if (!Number.isInteger(n) || n <= 0 || n > 2 ** 32) {
      throw new ValidationError(`rng.int(n) needs an integer 1 ≤ n ≤ 2^32, got ${n}.`, { where: 'n' });
    }
    if (n === 1) return 0;
    // Lemire-style rejection on 32 bits: accept x < 2^32 - (2^32 mod n).
    const limit = 2 ** 32 - (2 ** 32 % n);
    let x = this.uint32();
    while (x >= limit) x = this.uint32();
    return x % n;
  }

  normal(): number {
    let u = this.float();
    while (u === 0) u = this.float();
    const v = this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  split(): Rng {
    let state = this.uint32() ^ 0x6a09e667;
    const words: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [out, next] = splitMix32(state ^ this.uint32());
      words.push(out);
      state = next;
    }
    return new Xoshiro128(words[0]!, words[1]!, words[2]!, words[3]!);
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = out[i]!;
      out[i] = out[j]!;
      out[j] = t;
    }
    return out;
  }

  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i];
      assertFinite(w, `weights[${i}]`);
      if (w < 0) throw new ValidationError(`weight ${w} is negative.`, { where: `weights[${i}]`, code: 'negative-value' });
      total += w;
    }
    if (!(total > 0)) {
      throw new ValidationError('all weights are zero.', { where: 'weights', fix: 'Give at least one positive weight.' });
    }
    let x = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i]!;
      if (x < 0) return i;
    }
    // Rounding left x ≥ 0: return the last index with positive weight.
    for (let i = weights.length - 1; i >= 0; i--) if (weights[i]! > 0) return i;
    return weights.length - 1;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A new generator from a seed (a safe integer or a string). */
export function createRng(seed: Seed): Rng {
  if (typeof seed === 'string') return Xoshiro128.fromSeed(hashString(seed));
  assertInteger(seed, 'seed');
  return Xoshiro128.fromSeed(seed);
}

/** `rng` itself if it is one, else a new generator from the seed (default seed 0). */
export function toRng(seedOrRng: Seed | Rng | undefined): Rng {
  if (seedOrRng === undefined) return createRng(0);
  if (typeof seedOrRng === 'object') return seedOrRng;
  return createRng(seedOrRng);
}
