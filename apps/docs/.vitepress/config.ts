import { defineConfig, type Plugin } from 'vitepress';
import { VOTING_PAGES } from './theme/lib/voting';

/**
 * HiGHS's Emscripten module (`highs/build/highs.mjs`) imports `node:module` only when it runs in Node.
 * In the browser bundle that import is never executed; this stub stands in for it so the build does
 * not warn about externalising a Node built-in.
 */
function stubNodeModuleForHighs(): Plugin {
  const STUB = '\0plural-docs:node-module-stub';
  return {
    name: 'plural-docs:stub-node-module-for-highs',
    enforce: 'pre',
    resolveId(id, importer, options) {
      if (id === 'node:module' && options?.ssr !== true && importer?.replace(/\\/g, '/').includes('/highs/build/')) return STUB;
      return undefined;
    },
    load(id) {
      if (id !== STUB) return undefined;
      return 'export function createRequire() { throw new Error("node:module is not available in a browser"); }\nexport default { createRequire };\n';
    },
  };
}

/**
 * The Plural documentation site. Pages are Markdown; live examples are Vue components
 * (.vitepress/theme/components) that run @plural/core, @plural/lp, @plural/voting and
 * @plural/facility-location in the reader's browser.
 */
export default defineConfig({
  title: 'Plural',
  description: 'Collective decisions, for people and for AI: computational social choice in TypeScript.',
  lang: 'en',
  // The app's README is for people working on the site, not a page of it.
  srcExclude: ['README.md'],
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
  themeConfig: {
    logo: '/favicon.svg',
    nav: [
      { text: 'Getting started', link: '/guide/getting-started' },
      { text: '@plural/core', link: '/core/' },
      { text: '@plural/lp', link: '/lp/' },
      { text: '@plural/voting', link: '/voting/' },
      { text: '@plural/facility-location', link: '/facility-location/' },
    ],
    sidebar: [
      { text: 'Guide', items: [{ text: 'Getting started', link: '/guide/getting-started' }] },
      {
        text: '@plural/core',
        items: [
          { text: 'Data model', link: '/core/' },
          { text: 'File formats', link: '/core/formats' },
          { text: 'Generators', link: '/core/generators' },
        ],
      },
      { text: '@plural/lp', items: [{ text: 'Linear programs', link: '/lp/' }] },
      {
        text: '@plural/voting',
        items: [
          { text: 'Concepts and live example', link: '/voting/' },
          ...VOTING_PAGES.map((page) => ({ text: page.title, link: `/voting/${page.slug}` })),
          { text: 'Axioms', link: '/voting/axioms' },
        ],
      },
      { text: '@plural/facility-location', items: [{ text: 'Facility location', link: '/facility-location/' }] },
    ],
    search: { provider: 'local' },
    outline: { level: [2, 3] },
    footer: { message: 'Plural is released under the MIT licence.' },
  },
  vite: {
    plugins: [stubNodeModuleForHighs()],
    // Pre-rendering loads the workspace packages through Node itself, so their own dependencies
    // (yaml, highs, javascript-lp-solver, fast-check) resolve from their package folders.
    ssr: { external: ['@plural/core', '@plural/facility-location', '@plural/lp', '@plural/voting'] },
    // Keep class and function names through minification: Plural's errors take their `name` from
    // their class (`new.target.name`), and the error table reads class names.
    esbuild: { keepNames: true },
  },
});
