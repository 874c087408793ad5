/**
 * The TypeScript examples of the pages, as runnable modules. Every ```ts block without a title is an
 * example (a block with a title, ```ts [file.ts], shows a snippet that needs a bundler or a browser
 * and is not run). In an example, a statement ending in `// → value` claims its value: the module
 * made from the block checks each claim through `globalThis.__checkExample`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Example {
  /** `core/index.md:42`, the line of the opening fence. */
  readonly where: string;
  /** The block as written. */
  readonly source: string;
  /** The block with every claim turned into a check. */
  readonly code: string;
  /** The number of `// →` claims. */
  readonly claims: number;
}

const CLAIM = /^(\s*)(.+?);\s*\/\/ → (.+)$/;

/** The Markdown pages of the site: every .md file outside node_modules, .vitepress and test. */
export function pageFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (['node_modules', '.vitepress', 'test', 'public'].includes(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md') && entry.name !== 'README.md') out.push(path);
    }
  };
  walk(root);
  return out.sort();
}

/** The examples of one page, with their claims turned into checks. */
export function examplesOf(root: string, file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const page = relative(root, file).replace(/\\/g, '/');
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```ts(.*)$/.exec(lines[i] as string);
    if (fence === null) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i] as string).startsWith('```'); i++) body.push(lines[i] as string);
    if ((fence[1] ?? '').includes('[')) continue; // a titled snippet, not an example
    let claims = 0;
    const code = body.map((line, k) => {
      const claim = CLAIM.exec(line);
      if (claim === null) return line;
      claims++;
      const [, indent, expression, expected] = claim;
      const where = `${page}:${start + 2 + k}`;
      return `${indent}await globalThis.__checkExample(${JSON.stringify(where)}, async () => (${expression}), () => (${expected}));`;
    });
    examples.push({ where: `${page}:${start + 1}`, source: body.join('\n'), code: code.join('\n'), claims });
  }
  return examples;
}

/** Values as JSON would show them (Rationals by `toJSON`), keeping numbers, ±Infinity and bigints. */
function plain(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return plain((value as { toJSON: () => unknown }).toJSON());
  }
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** Deep equality with numbers compared to a relative 1e-9 (solvers return 2.7999999999999994 for 2.8). */
export function sameValue(actual: unknown, expected: unknown): boolean {
  const a = plain(actual);
  const b = plain(expected);
  if (typeof a === 'number' && typeof b === 'number') {
    if (Object.is(a, b) || a === b) return true;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return sameValue(ka, kb) && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}
