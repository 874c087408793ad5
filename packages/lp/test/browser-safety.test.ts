/**
 * @plural/lp must run in browsers as well as Node: its source may not touch Node-only APIs. (The
 * browser run itself is tested in apps/docs; this guards the source.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Code without comments, so that documentation may mention these names. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const forbidden: [string, RegExp][] = [
  ['Node built-in imports', /from\s+['"](node:[\w/]+|fs|path|os|url|crypto|child_process|worker_threads|module)['"]/],
  ['dynamic Node built-in imports', /import\(\s*['"](node:[\w/]+|fs|path|os|module)['"]\s*\)/],
  ['require()', /\brequire\s*\(/],
  ['process', /\bprocess\s*[.[]/],
  ['Buffer', /\bBuffer\b/],
  ['__dirname / __filename', /\b__(dirname|filename)\b/],
];

describe('browser safety of src', () => {
  const files = sourceFiles(srcDir);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(forbidden)('no %s in src', (_label, pattern) => {
    const offenders = files.filter((file) => pattern.test(code(readFileSync(file, 'utf8'))));
    expect(offenders).toEqual([]);
  });

  it('the patterns do catch offending code', () => {
    const sample = "import { readFileSync } from 'node:fs';\nconst b = Buffer.from('x');\nif (process.env.X) require('path');";
    for (const [, pattern] of forbidden.filter(([label]) => label !== 'dynamic Node built-in imports' && label !== '__dirname / __filename')) {
      expect(pattern.test(code(sample))).toBe(true);
    }
    expect(forbidden[5]?.[1].test('const d = __dirname;')).toBe(true);
    expect(forbidden[1]?.[1].test("await import('node:fs')")).toBe(true);
  });
});
