/**
 * Builds the site when the built copy is missing or older than anything it is made from: the pages,
 * the theme and config, the public files, and the built @plural/core, @plural/lp, @plural/voting and
 * @plural/facility-location. Under
 * `turbo run test` the docs' own build task has already run (apps/docs/turbo.json), so this only
 * checks; run directly (`npx vitest run`) it builds once, in the vitest global setup.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, DOCS_ROOT, REPO_ROOT } from './paths.js';

const SKIP = new Set(['node_modules', 'dist', 'cache', '.temp']);

function newestIn(path: string, filter: (name: string) => boolean = () => true): number {
  if (!existsSync(path)) return 0;
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestIn(child, filter));
    else if (filter(entry.name)) newest = Math.max(newest, statSync(child).mtimeMs);
  }
  return newest;
}

/** The newest modification time among the inputs of the build. */
export function newestInput(): number {
  const pages = readdirSync(DOCS_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['node_modules', 'test', 'public', '.vitepress'].includes(entry.name))
    .map((entry) => newestIn(join(DOCS_ROOT, entry.name), (name) => name.endsWith('.md')));
  return Math.max(
    ...pages,
    newestIn(join(DOCS_ROOT, 'index.md')),
    newestIn(join(DOCS_ROOT, 'package.json')),
    newestIn(join(DOCS_ROOT, 'public')),
    newestIn(join(DOCS_ROOT, '.vitepress')),
    newestIn(join(REPO_ROOT, 'packages', 'core', 'dist')),
    newestIn(join(REPO_ROOT, 'packages', 'lp', 'dist')),
    newestIn(join(REPO_ROOT, 'packages', 'voting', 'dist')),
    newestIn(join(REPO_ROOT, 'packages', 'facility-location', 'dist')),
  );
}

/** Why the site must be (re)built, or undefined when the built copy is current. */
export function staleReason(): string | undefined {
  const index = join(DIST, 'index.html');
  if (!existsSync(index)) return 'no built site';
  return statSync(index).mtimeMs < newestInput() ? 'the built site is older than its sources' : undefined;
}

/** Runs `vitepress build` when needed; returns what it did. Throws with the build log on failure. */
export function ensureSiteBuilt(): string {
  const reason = staleReason();
  if (reason === undefined) return 'site is up to date';
  const cli = join(DOCS_ROOT, 'node_modules', 'vitepress', 'bin', 'vitepress.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: DOCS_ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (result.status !== 0) {
    throw new Error(`vitepress build failed (${reason}):\n${result.stdout}\n${result.stderr}`);
  }
  return `built the site (${reason})`;
}
