/**
 * Runs the ```ts examples of README.md and checks every `expression; // → expected` claim (a claim
 * on its own line belongs to the statement above it). Blocks marked "browser only" are only compiled.
 */
import { readFileSync } from 'node:fs';
import * as core from '@plural/core';
import { describe, expect, it } from 'vitest';
import * as lp from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);

/** Deep equality with a relative tolerance of 1e-9 on numbers (so −0 equals 0 and 1/3 rounds). */
function same(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return false;
    if (Number.isNaN(expected)) return Number.isNaN(actual);
    if (!Number.isFinite(expected)) return actual === expected;
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, k) => same(actual[k], e));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
    const keys = Object.keys(expected);
    return keys.length === Object.keys(actual).length && keys.every((k) => same((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k]));
  }
  return Object.is(actual, expected);
}

/** Turns a README block into the body of an async function with checks. */
function instrument(block: string): { body: string; claims: number } {
  const lines = block.split('\n');
  const out: string[] = [];
  let claims = 0;
  for (let k = 0; k < lines.length; k++) {
    let line = lines[k] as string;
    line = line.replace(/^import \{([^}]*)\} from '@plural\/lp';$/, 'const {$1} = __lp;');
    line = line.replace(/^import \{([^}]*)\} from '@plural\/core';$/, 'const {$1} = __core;');
    const next = lines[k + 1] ?? '';
    const inline = /^(\s*)(.+?);\s*\/\/ → (.+)$/.exec(line);
    const below = /^\s*\/\/ → (.+)$/.exec(next);
    if (inline) {
      out.push(`${inline[1]}__check(() => (${inline[2]}), ${JSON.stringify(inline[3])}, ${claims++});`);
    } else if (below && /;\s*$/.test(line)) {
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      out.push(`${indent}__check(() => (${line.trim().replace(/;\s*$/, '')}), ${JSON.stringify(below[1])}, ${claims++});`);
      k += 1;
    } else {
      out.push(line);
    }
  }
  return { body: out.join('\n'), claims };
}

type AsyncFn = (...args: unknown[]) => Promise<void>;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => AsyncFn;

describe('README examples', () => {
  it('has runnable examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  blocks.forEach((block, index) => {
    if (block.includes('browser only')) {
      it(`example ${index + 1} (browser only) at least compiles`, () => {
        expect(() => new AsyncFunction('__lp', '__core', '__check', instrument(block).body)).not.toThrow();
      });
      return;
    }
    it(`example ${index + 1} runs and its claims hold`, async () => {
      const { body, claims } = instrument(block);
      const checked = new Set<number>();
      const check = (value: () => unknown, expected: string, id: number): void => {
        const wanted: unknown = new Function(`return (${expected});`)();
        const actual = value();
        if (!same(actual, wanted)) {
          throw new Error(`README example ${index + 1}, claim ${id + 1}: expected ${expected}, got ${JSON.stringify(actual)}`);
        }
        checked.add(id);
      };
      await new AsyncFunction('__lp', '__core', '__check', body)(lp, core, check);
      expect(claims).toBeGreaterThan(0);
      expect(checked.size).toBe(claims);
    });
  });
});
