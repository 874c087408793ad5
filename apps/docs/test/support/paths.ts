/** Where things are, relative to this app. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** apps/docs */
export const DOCS_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** apps/docs/.vitepress/dist, the built site. */
export const DIST = join(DOCS_ROOT, '.vitepress', 'dist');
/** The repository root. */
export const REPO_ROOT = join(DOCS_ROOT, '..', '..');
/** Scratch space for the extracted examples (ignored by git with the rest of the VitePress cache). */
export const EXAMPLES_CACHE = join(DOCS_ROOT, '.vitepress', 'cache', 'examples');
