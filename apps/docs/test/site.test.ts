/**
 * The built site (Node only, no browser): every page is there, HiGHS's wasm was copied, the generated
 * tables cover the whole registries of @plural/core and @plural/voting (compared with the registries
 * themselves, not with the docs' own lists), internal links resolve, ids are unique, and no page has
 * placeholder text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as core from '@plural/core';
import * as facility from '@plural/facility-location';
import * as voting from '@plural/voting';
import { describe, expect, it } from 'vitest';
import { VOTING_PAGES } from '../.vitepress/theme/lib/voting.js';
import { pageFiles } from './support/examples.js';
import { DIST, DOCS_ROOT, REPO_ROOT } from './support/paths.js';

const VOTING = ['index', 'positional', 'iterative', 'bucklin', 'hybrid', 'condorcet', 'margin', 'optimization', 'welfare', 'probabilistic', 'apportionment', 'axioms'];
const PAGES = [
  'index.html',
  'guide/getting-started.html',
  'core/index.html',
  'core/formats.html',
  'core/generators.html',
  'lp/index.html',
  ...VOTING.map((page) => `voting/${page}.html`),
  'facility-location/index.html',
  '404.html',
];

/** Text as Vue's server renderer escapes it inside HTML. */
function escaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Every entry of the registries of @plural/voting, with the registry it is in. */
interface Registered {
  readonly registry: string;
  readonly info: {
    readonly id: string;
    readonly family: string;
    readonly description: string;
    readonly citations: readonly voting.Citation[];
    readonly properties: voting.PropertyClaims;
  };
}
const REGISTERED: readonly Registered[] = [
  ...voting.votingMethods.map((m) => ({ registry: 'votingMethods', info: m.info })),
  ...voting.welfareFunctions.map((m) => ({ registry: 'welfareFunctions', info: m.info })),
  ...voting.probabilisticRules.map((m) => ({ registry: 'probabilisticRules', info: m.info })),
  ...voting.apportionmentMethods.map((m) => ({ registry: 'apportionmentMethods', info: m.info })),
];

/** The HTML of the table row with this attribute, from `<tr` to `</tr>` (empty when there is none). */
function row(page: string, attribute: string): string {
  const at = page.indexOf(attribute);
  return at < 0 ? '' : page.slice(page.lastIndexOf('<tr', at), page.indexOf('</tr>', at));
}

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

  it('documents every registered voting rule on the page of its family, with its definition and citations', () => {
    const counts = new Map<string, number>();
    for (const { registry, info } of REGISTERED) {
      const slug = VOTING_PAGES.find((p) => p.families.includes(info.family))?.slug;
      expect(slug, `${registry} ${info.id}: family ${info.family} has a page`).toBeDefined();
      counts.set(slug as string, (counts.get(slug as string) ?? 0) + 1);
      const page = html(`voting/${slug}.html`);
      const tableRow = row(page, `data-rule="${info.id}"`);
      expect(tableRow, `${info.id} in the table of voting/${slug}`).not.toBe('');
      expect(tableRow.includes(escaped(info.description)), `${info.id}: its definition`).toBe(true);
      for (const c of info.citations) {
        expect(tableRow.includes(escaped(c.authors)), `${info.id}: ${c.authors}`).toBe(true);
        if (c.doi !== undefined) expect(tableRow.includes(`href="${escaped(`https://doi.org/${c.doi}`)}"`), `${info.id}: doi:${c.doi}`).toBe(true);
        if (c.arxiv !== undefined) expect(tableRow.includes(`href="https://arxiv.org/abs/${c.arxiv}"`), `${info.id}: arXiv:${c.arxiv}`).toBe(true);
        if (c.url !== undefined) expect(tableRow.includes(`href="${escaped(c.url)}"`), `${info.id}: ${c.url}`).toBe(true);
      }
    }
    for (const { slug } of VOTING_PAGES) {
      const page = html(`voting/${slug}.html`);
      expect(page.match(/data-rule="/g) ?? [], `rows of voting/${slug}`).toHaveLength(counts.get(slug) ?? 0);
      expect(counts.get(slug) ?? 0, `voting/${slug} documents some rule`).toBeGreaterThan(0);
    }
  });

  it("shows every rule's claimed properties in its family's axiom table, as the registry states them", () => {
    const mark = { true: 'satisfied', false: 'violated', null: 'unknown' } as const;
    for (const { info } of REGISTERED) {
      const slug = VOTING_PAGES.find((p) => p.families.includes(info.family))?.slug as string;
      const claims = row(html(`voting/${slug}.html`), `data-claims="${info.id}"`);
      expect(claims, `${info.id} in the axiom table of voting/${slug}`).not.toBe('');
      const cells = [...claims.matchAll(/data-property="([^"]+)" data-claim="([^"]+)"/g)].map(([, property, claim]) => [property, claim]);
      const stated = cells.filter(([, claim]) => claim !== 'not-stated');
      expect(Object.fromEntries(stated), info.id).toEqual(Object.fromEntries(Object.entries(info.properties).map(([k, v]) => [k, mark[String(v) as 'true']])));
    }
  });

  it('lists all the axioms with their definitions and sources', () => {
    const page = html('voting/axioms.html');
    expect(voting.votingAxioms).toHaveLength(43);
    expect(page.match(/data-axiom="/g)).toHaveLength(voting.votingAxioms.length);
    for (const { info } of voting.votingAxioms) {
      const tableRow = row(page, `data-axiom="${info.id}"`);
      expect(tableRow.includes(`id="${info.id}"`), info.id).toBe(true);
      expect(tableRow.includes(escaped(info.definition)), `${info.id}: its definition`).toBe(true);
      for (const c of info.citations) expect(tableRow.includes(escaped(c.authors)), `${info.id}: ${c.authors}`).toBe(true);
    }
  });

  it('offers every registered rule in the live examples, and every voting page in the sidebar', () => {
    const index = html('voting/index.html');
    for (const m of [...voting.votingMethods, ...voting.welfareFunctions, ...voting.probabilisticRules]) {
      expect(index.includes(`<option value="${m.info.id}"`), `${m.info.id} in the rule dropdown`).toBe(true);
    }
    const lotteries = html('voting/probabilistic.html');
    for (const m of voting.probabilisticRules) expect(lotteries.includes(`<option value="${m.info.id}"`), m.info.id).toBe(true);
    const seats = html('voting/apportionment.html');
    for (const m of voting.apportionmentMethods) expect(seats.includes(`<option value="${m.info.id}"`), m.info.id).toBe(true);
    for (const { slug } of VOTING_PAGES) {
      expect(index.includes(`data-family-page="${slug}"`), `${slug} in the family table`).toBe(true);
      expect(index.includes(`href="/voting/${slug}.html"`), `${slug} in the sidebar`).toBe(true);
    }
    expect(index.includes('data-family-page="none"'), 'a family without a page').toBe(false);
  });

  it('documents every registered facility-location mechanism of every setting, with its definition, citations and claims', () => {
    const page = html('facility-location/index.html');
    const all = facility.allFacilityMechanisms;
    expect(all.length).toBeGreaterThanOrEqual(facility.facilityMechanisms.length);
    const mark = { true: 'satisfied', false: 'violated', null: 'unknown', 'in-expectation': 'in-expectation' } as const;
    for (const { info } of all) {
      const tableRow = row(page, `data-mechanism="${info.id}"`);
      expect(tableRow, `${info.id} in the mechanism table`).not.toBe('');
      expect(tableRow.includes(`id="${info.id}"`), `${info.id}: its anchor`).toBe(true);
      expect(tableRow.includes(escaped(info.description)), `${info.id}: its definition`).toBe(true);
      expect(tableRow.includes(escaped(info.complexity)), `${info.id}: its complexity`).toBe(true);
      expect(tableRow.includes(escaped(info.convention)), `${info.id}: its convention`).toBe(true);
      for (const c of info.citations) {
        expect(tableRow.includes(escaped(c.authors)), `${info.id}: ${c.authors}`).toBe(true);
        if (c.doi !== undefined) expect(tableRow.includes(`href="${escaped(`https://doi.org/${c.doi}`)}"`), `${info.id}: doi:${c.doi}`).toBe(true);
        if (c.arxiv !== undefined) expect(tableRow.includes(`href="https://arxiv.org/abs/${c.arxiv}"`), `${info.id}: arXiv:${c.arxiv}`).toBe(true);
      }
      for (const [objective, ratio] of Object.entries(info.approximation ?? {})) {
        expect(tableRow.includes(`<code>${objective}</code> ${escaped(ratio)}`), `${info.id}: ${objective} ratio`).toBe(true);
      }
      const claims = row(page, `data-claims="${info.id}"`);
      const cells = [...claims.matchAll(/data-property="([^"]+)" data-claim="([^"]+)"/g)].map(([, property, claim]) => [property, claim]);
      expect(Object.fromEntries(cells.filter(([, claim]) => claim !== 'not-stated')), info.id).toEqual(
        Object.fromEntries(Object.entries(info.properties).map(([k, v]) => [k, mark[String(v) as 'true']])),
      );
    }
    expect(page.match(/data-mechanism="/g)?.length).toBe(all.length + facility.facilityMechanisms.length);
  });

  it('lists every axiom of lineAxioms with its definition and sources, and offers every line mechanism in the live example', () => {
    const page = html('facility-location/index.html');
    const axioms = facility.lineAxioms;
    expect(page.match(/<tr id="axiom-/g)?.length).toBe(axioms.length);
    for (const axiom of axioms) {
      const tableRow = row(page, `id="axiom-${axiom.id}"`);
      expect(tableRow, axiom.id).not.toBe('');
      expect(tableRow.includes(escaped(axiom.description)), `${axiom.id}: its definition`).toBe(true);
      for (const c of axiom.citations) expect(tableRow.includes(escaped(c.authors)), `${axiom.id}: ${c.authors}`).toBe(true);
    }
    const demo = page.slice(page.indexOf('data-testid="facility-line"'));
    for (const m of facility.facilityMechanisms) expect(demo.includes(`data-mechanism="${m.info.id}"`), `${m.info.id} in the live example`).toBe(true);
    expect(html('index.html').includes('href="/facility-location/"'), 'in the nav').toBe(true);
  });

  it('gives no two elements of a page the same id', () => {
    for (const page of htmlFiles(DIST)) {
      const body = html(page).replace(/<script[\s\S]*?<\/script>/g, '');
      const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), page).toEqual([]);
    }
  });

  it('shows every publishable package of the workspace in the package table', () => {
    const page = html('index.html');
    const packages = readdirSync(join(REPO_ROOT, 'packages'))
      .map((dir) => join(REPO_ROOT, 'packages', dir, 'package.json'))
      .filter((file) => existsSync(file))
      .map((file) => JSON.parse(readFileSync(file, 'utf8')) as { name: string; private?: boolean })
      .filter((pkg) => pkg.private !== true);
    expect(packages.map((p) => p.name)).toEqual(expect.arrayContaining(['@plural/core', '@plural/lp', '@plural/voting', '@plural/facility-location']));
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
