/**
 * Every TypeScript example on the pages runs in Node against the workspace's @plural/core,
 * @plural/lp, @plural/voting and @plural/facility-location, every `// → value` claim in it is checked, and all examples
 * type-check (strict).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesOf, pageFiles, sameValue, type Example } from './support/examples.js';
import { DOCS_ROOT, EXAMPLES_CACHE } from './support/paths.js';

const examples: Example[] = pageFiles(DOCS_ROOT).flatMap((file) => examplesOf(DOCS_ROOT, file));
const fileName = (example: Example, suffix: string): string =>
  join(EXAMPLES_CACHE, `${example.where.replace(/[^\w]+/g, '_')}${suffix}.ts`);

type Check = (where: string, actual: () => Promise<unknown>, expected: () => unknown) => Promise<void>;
let checked = 0;

beforeAll(() => {
  rmSync(EXAMPLES_CACHE, { recursive: true, force: true });
  mkdirSync(EXAMPLES_CACHE, { recursive: true });
  const check: Check = async (where, actual, expected) => {
    const value = await actual();
    const claimed = expected();
    if (!sameValue(value, claimed)) {
      throw new Error(`${where}: the page claims ${JSON.stringify(claimed)}, the code gives ${JSON.stringify(value)}`);
    }
    checked++;
  };
  (globalThis as { __checkExample?: Check }).__checkExample = check;
});

afterAll(() => {
  delete (globalThis as { __checkExample?: Check }).__checkExample;
});

describe('the examples on the pages', () => {
  it('exist on every package page, with claims to check', () => {
    const pages = new Set(examples.map((e) => e.where.split(':')[0]));
    const voting = ['index', 'positional', 'iterative', 'bucklin', 'hybrid', 'condorcet', 'margin', 'optimization', 'welfare', 'probabilistic', 'apportionment', 'axioms'];
    for (const page of ['index.md', 'guide/getting-started.md', 'core/index.md', 'core/formats.md', 'core/generators.md', 'lp/index.md', ...voting.map((p) => `voting/${p}.md`), 'facility-location/index.md']) {
      expect(pages.has(page), page).toBe(true);
    }
    expect(examples.reduce((sum, e) => sum + e.claims, 0)).toBeGreaterThan(200);
  });

  it.each(examples.map((e) => [e.where, e] as const))('%s runs and its claims hold', async (_where, example) => {
    const file = fileName(example, '.run');
    writeFileSync(file, `${example.code}\nexport {};\n`);
    const before = checked;
    await import(/* @vite-ignore */ pathToFileURL(file).href);
    expect(checked - before, 'claims checked').toBe(example.claims);
  });

  it('type-check under strict TypeScript', () => {
    const files = examples.map((example) => {
      const file = fileName(example, '.types');
      writeFileSync(file, `${example.source}\nexport {};\n`);
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
      skipLibCheck: true,
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${relative(EXAMPLES_CACHE, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
  });
});
