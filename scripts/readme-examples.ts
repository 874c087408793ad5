/**
 * Runs the ```ts examples of a package README as tests and checks every `expression; // → expected`
 * claim (a claim on its own line belongs to the statement above it). `import { … } from '<package>'`
 * lines are bound to the modules given. Blocks containing "browser only" are only compiled. Shared by
 * every package's readme.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Deep equality with a relative tolerance of 1e-9 on numbers (so −0 equals 0 and 1/3 rounds). */
export function sameValue(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return false;
    if (Number.isNaN(expected)) return Number.isNaN(actual);
    if (!Number.isFinite(expected)) return actual === expected;
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, k) => sameValue(actual[k], e));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
    const keys = Object.keys(expected);
    return keys.length === Object.keys(actual).length && keys.every((k) => sameValue((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k]));
  }
  return Object.is(actual, expected);
}

/** Turns a README block into the body of an async function with checks; imports become bindings. */
export function instrumentExample(block: string, packages: readonly string[]): { body: string; claims: number } {
  const lines = block.split('\n');
  const out: string[] = [];
  let claims = 0;
  for (let k = 0; k < lines.length; k++) {
    let line = lines[k] as string;
    const importLine = /^import \{([^}]*)\} from '([^']+)';$/.exec(line);
    if (importLine) {
      const index = packages.indexOf(importLine[2]!);
      if (index < 0) throw new Error(`README imports ${importLine[2]}, which the test does not provide`);
      line = `const {${importLine[1]!.replace(/\btype\s+\w+\s*,?/g, '')}} = __modules[${index}];`;
    }
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

/**
 * Declares the tests: one per ```ts block of the README at `readmeUrl`, with `modules` mapping the
 * package names the examples import to the loaded modules. At least `minimumBlocks` blocks must exist.
 */
export function describeReadmeExamples(readmeUrl: URL, modules: Readonly<Record<string, unknown>>, minimumBlocks = 1): void {
  const readme = readFileSync(readmeUrl, 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  const names = Object.keys(modules);
  const values = names.map((n) => modules[n]);
  describe('README examples', () => {
    it('has runnable examples', () => {
      expect(blocks.length).toBeGreaterThanOrEqual(minimumBlocks);
    });
    blocks.forEach((block, index) => {
      if (block.includes('browser only')) {
        it(`example ${index + 1} (browser only) at least compiles`, () => {
          expect(() => new AsyncFunction('__modules', '__check', instrumentExample(block, names).body)).not.toThrow();
        });
        return;
      }
      it(`example ${index + 1} runs and its claims hold`, async () => {
        const { body, claims } = instrumentExample(block, names);
        const checked = new Set<number>();
        const check = (value: () => unknown, expected: string, id: number): void => {
          const wanted: unknown = new Function(`return (${expected});`)();
          const actual = value();
          if (!sameValue(actual, wanted)) {
            throw new Error(`README example ${index + 1}, claim ${id + 1}: expected ${expected}, got ${JSON.stringify(actual)}`);
          }
          checked.add(id);
        };
        await new AsyncFunction('__modules', '__check', body)(values, check);
        expect(claims).toBeGreaterThan(0);
        expect(checked.size).toBe(claims);
      });
    });
  });
}
