import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, toRng, ValidationError } from '../../src/index.js';

describe('createRng (xoshiro128**)', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 8 }, () => a.uint32());
    expect(Array.from({ length: 8 }, () => b.uint32())).toEqual(sa);
    expect(Array.from({ length: 8 }, () => c.uint32())).not.toEqual(sa);
    expect(createRng('election').uint32()).toBe(createRng('election').uint32());
  });

  it('pins the stream so Node and browsers agree (golden values)', () => {
    const rng = createRng(1);
    const values = Array.from({ length: 4 }, () => rng.uint32());
    // Golden values of this implementation; a change here changes every seeded result in Plural.
    expect(values).toMatchInlineSnapshot(`
      [
        2442144158,
        3238099751,
        3819917871,
        2104621829,
      ]
    `);
  });

  it('float is in [0,1) and int(n) is in range and roughly uniform', () => {
    const rng = createRng(7);
    const counts = new Array(6).fill(0);
    for (let i = 0; i < 60_000; i++) {
      const f = rng.float();
      expect(f >= 0 && f < 1).toBe(true);
      counts[rng.int(6)]++;
    }
    // chi-square with 5 degrees of freedom; 0.999 quantile is 20.52
    const chi = counts.reduce((s, o) => s + (o - 10_000) ** 2 / 10_000, 0);
    expect(chi).toBeLessThan(20.52);
  });

  it('normal() has mean 0 and variance 1', () => {
    const rng = createRng(3);
    let s = 0;
    let s2 = 0;
    const n = 50_000;
    for (let i = 0; i < n; i++) {
      const x = rng.normal();
      s += x;
      s2 += x * x;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.02);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.03);
  });

  it('split gives independent, reproducible children', () => {
    const parent1 = createRng(9);
    const parent2 = createRng(9);
    const child1 = parent1.split();
    const child2 = parent2.split();
    expect(child1.uint32()).toBe(child2.uint32());
    expect(parent1.uint32()).toBe(parent2.uint32());
    const other = parent1.split();
    expect(other.uint32()).not.toBe(child1.uint32());
  });

  it('shuffle returns a permutation and leaves its input alone (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = items.slice();
        const out = createRng(seed).shuffle(items);
        expect(items).toEqual(copy);
        expect(out.slice().sort((x, y) => x - y)).toEqual(copy.sort((x, y) => x - y));
      }),
    );
  });

  it('weightedIndex follows the weights and rejects bad weights', () => {
    const rng = createRng(11);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[rng.weightedIndex([1, 0, 3])]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.7);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.3);
    expect(() => rng.weightedIndex([0, 0])).toThrow(ValidationError);
    expect(() => rng.weightedIndex([1, -1])).toThrow(ValidationError);
    expect(() => rng.weightedIndex([1, Number.NaN])).toThrow(ValidationError);
  });

  it('rejects bad seeds and bad ranges', () => {
    expect(() => createRng(1.5)).toThrow(ValidationError);
    expect(() => createRng(Number.NaN)).toThrow(ValidationError);
    expect(() => createRng(1).int(0)).toThrow(ValidationError);
    expect(toRng(undefined).uint32()).toBe(createRng(0).uint32());
  });
});
