/**
 * The built site (Node only, no browser): every page is there, HiGHS's wasm was copied, the generated
 * tables cover the whole registries of @plural/core, internal links resolve, and no page has
 * placeholder text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as core from '@plural/core';
import { describe, expect, it } from 'vitest';
import { pageFiles } from './support/examples.js';
import { DIST, DOCS_ROOT, REPO_ROOT } from './support/paths.js';

const PAGES = ['index.html', 'guide/getting-started.html', 'core/index.html', 'core/formats.html', 'core/generators.html', 'lp/index.html', '404.html'];

function html(page: string): string {
  return readFileSync(join(DIST, page), 'utf8');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [relative(DIST, path).replace(/\\/g, '/')] : [];
  });
}

describe('the built site', () => {
  it('has every page', () => {
    for (const page of PAGES) expect(existsSync(join(DIST, page)), page).toBe(true);
    expect(htmlFiles(DIST).sort()).toEqual([...PAGES].sort());
  });

  it('ships the HiGHS WebAssembly binary, byte for byte, and the code that loads it names it', () => {
    const assets = readdirSync(join(DIST, 'assets'));
    const wasm = assets.filter((name) => name.endsWith('.wasm'));
    expect(wasm).toHaveLength(1);
    const name = wasm[0] as string;
    expect(name).toMatch(/^highs\.[\w-]+\.wasm$/);
    const original = readFileSync(join(DOCS_ROOT, 'node_modules', 'highs', 'build', 'highs.wasm'));
    expect(readFileSync(join(DIST, 'assets', name)).equals(original)).toBe(true);
    const chunks = readdirSync(join(DIST, 'assets', 'chunks')).map((f) => readFileSync(join(DIST, 'assets', 'chunks', f), 'utf8'));
    expect(chunks.some((code) => code.includes(`/assets/${name}`))).toBe(true);
  });

  it('lists every registered format, with a sample file of each', () => {
    const page = html('core/formats.html');
    for (const spec of core.formatRegistry) {
      expect(page.includes(`data-format="${spec.id}"`), `${spec.id} in the table`).toBe(true);
      expect(page.includes(`data-format-sample="${spec.id}"`), `a sample of ${spec.id}`).toBe(true);
    }
    expect(page.match(/data-format="/g)).toHaveLength(core.formatRegistry.length);
  });

  it('lists every registered generator with all its parameters', () => {
    const page = html('core/generators.html');
    for (const generator of core.GENERATORS) {
      expect(page.includes(`data-generator="${generator.id}"`), `${generator.id} in the table`).toBe(true);
      const start = page.indexOf(`data-generator-section="${generator.id}"`);
      expect(start, `a section for ${generator.id}`).toBeGreaterThan(0);
      const section = page.slice(start, page.indexOf('</section>', start));
      expect(section.includes(`id="${generator.id}"`), `the anchor of ${generator.id}`).toBe(true);
      for (const p of [...generator.parameters, core.SEED_PARAMETER]) {
        expect(section.includes(`<code>${p.name}</code>`), `${generator.id}: parameter ${p.name}`).toBe(true);
      }
    }
  });

  it('lists every error class @plural/core exports', () => {
    const page = html('core/index.html');
    const classes = Object.entries(core).filter(([, v]) => typeof v === 'function' && v.prototype instanceof core.PluralError);
    expect(classes.length).toBeGreaterThanOrEqual(10);
    for (const [name] of classes) expect(page.includes(`<code>${name}</code>`), name).toBe(true);
  });

  it('shows every publishable package of the workspace in the package table', () => {
    const page = html('index.html');
    const packages = readdirSync(join(REPO_ROOT, 'packages'))
      .map((dir) => join(REPO_ROOT, 'packages', dir, 'package.json'))
      .filter((file) => existsSync(file))
      .map((file) => JSON.parse(readFileSync(file, 'utf8')) as { name: string; private?: boolean })
      .filter((pkg) => pkg.private !== true);
    expect(packages.map((p) => p.name)).toEqual(expect.arrayContaining(['@plural/core', '@plural/lp']));
    for (const pkg of packages) expect(page.includes(`data-package="${pkg.name}"`), pkg.name).toBe(true);
  });

  it('has no link to a page or file that is not in the site', () => {
    const missing: string[] = [];
    for (const page of htmlFiles(DIST)) {
      for (const [, href] of html(page).matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
        const path = decodeURIComponent(href as string);
        const target = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
        const ok = (existsSync(target) && statSync(target).isFile()) || existsSync(`${target}.html`);
        if (!ok) missing.push(`${page} → ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no placeholder text on any page', () => {
    const placeholder = /\b(TODO|TBD|FIXME|lorem ipsum|coming soon)\b/i;
    for (const file of pageFiles(DOCS_ROOT)) {
      expect(readFileSync(file, 'utf8'), relative(DOCS_ROOT, file)).not.toMatch(placeholder);
    }
    for (const page of htmlFiles(DIST)) {
      const text = html(page).replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');
      expect(text, page).not.toMatch(placeholder);
    }
  });
});
