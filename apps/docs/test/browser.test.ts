/**
 * The built site in a real browser (Debian's Chromium through playwright-core): every page loads
 * without console errors, and every live example, clicked, shows what @plural/core, @plural/lp and
 * @plural/voting compute — the RNG and the Mallows profile equal to what the same seed gives in Node in
 * this test, the HiGHS WebAssembly loaded in the browser and its answers certified, the voting rules'
 * winners, the exact maximal lottery and the seats of an apportionment.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { anonymize, createRng, mallows, readFormat, writeFormat } from '@plural/core';
import { average, checkStrategyproofness, facilityMechanisms, lineProfile, type MisreportWitness } from '@plural/facility-location';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, haveChromium, launchChromium } from './support/chromium.js';
import { DIST } from './support/paths.js';
import { serveStatic, type StaticSite } from './support/static-server.js';
import { SMALL_TOI } from '../.vitepress/theme/lib/examples.js';
import { misreportText } from '../.vitepress/theme/lib/facility.js';

const available = haveChromium();
if (!available) console.log(`docs: no Chromium at ${CHROMIUM_PATH}; the browser tests are skipped (apt-get install chromium to run them).`);

/** Every built page as a URL path (`core/index.html` → `/core/`). */
function pagePaths(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'assets' ? [] : walk(path);
      return entry.name.endsWith('.html') && entry.name !== '404.html' ? [relative(DIST, path).replace(/\\/g, '/')] : [];
    });
  return walk(DIST).map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`).sort();
}

interface Problems {
  readonly messages: string[];
}

describe.skipIf(!available)('the site in Chromium', () => {
  let site: StaticSite;
  let browser: Browser;
  /** One browser session for all tests: pages share the HTTP cache, as a reader's tabs do. */
  let context: BrowserContext;

  beforeAll(async () => {
    site = await serveStatic(DIST);
    browser = await launchChromium();
    context = await browser.newContext();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await site?.close();
  });

  /** Opens a page and records console errors and warnings, uncaught exceptions and failed requests. */
  async function open(path: string, waitUntil: 'load' | 'networkidle' = 'load'): Promise<{ page: Page; problems: Problems }> {
    const page = await context.newPage();
    const problems: Problems = { messages: [] };
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.messages.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.messages.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) => problems.messages.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.messages.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`${site.url}${path}`, { waitUntil });
    // VitePress hydrates the pre-rendered page once its scripts have run; Vue then marks the root.
    await page.waitForFunction(() => '__vue_app__' in (document.querySelector('#app') ?? {}), undefined, { polling: 50 });
    return { page, problems };
  }

  async function run(example: Locator): Promise<Locator> {
    await example.getByTestId('run').click();
    const outcome = example.locator('[data-testid=output], [data-testid=error]').first();
    await outcome.waitFor({ timeout: 30_000 });
    return outcome;
  }

  /** A rendered table as text cells, row by row. */
  async function cells(table: Locator): Promise<string[][]> {
    return table.locator('tr').evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => (cell.textContent ?? '').trim())),
    );
  }

  it('loads every page without console errors, warnings or failed requests', async () => {
    const paths = pagePaths();
    const voting = ['apportionment', 'axioms', 'bucklin', 'condorcet', 'hybrid', 'iterative', 'margin', 'optimization', 'positional', 'probabilistic', 'welfare'];
    expect(paths).toEqual(['/', '/core/', '/core/formats.html', '/core/generators.html', '/facility-location/', '/guide/getting-started.html', '/lp/', '/voting/', ...voting.map((p) => `/voting/${p}.html`)]);
    // Three pages at a time: most of a page's time is spent waiting for the network to fall idle.
    const queue = [...paths];
    const worker = async (): Promise<void> => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const { page, problems } = await open(path, 'networkidle');
        expect(await page.locator('h1').first().textContent(), path).toBeTruthy();
        expect(problems.messages, path).toEqual([]);
        await page.close();
      }
    };
    await Promise.all([worker(), worker(), worker()]);
  }, 120_000);

  it('navigates between pages in the browser without reloading', async () => {
    const { page, problems } = await open('/');
    await page.locator('a[href="/lp/"]').first().click();
    await page.waitForURL(`${site.url}/lp/`);
    await page.getByTestId('lp-solve').waitFor();
    expect(problems.messages).toEqual([]);
    await page.close();
  });

  it('parses a pasted .soc file and shows its margin matrix (the Tennessee example)', async () => {
    const { page, problems } = await open('/core/');
    const example = page.getByTestId('profile-margins');
    await run(example);
    expect(await example.getByTestId('voters').textContent()).toBe('100');
    expect(await example.getByTestId('unique').textContent()).toBe('4');
    expect(await example.getByTestId('winner').textContent()).toBe('Nashville');
    expect(await cells(example.getByTestId('margins'))).toEqual([
      ['margin', 'Memphis', 'Nashville', 'Chattanooga', 'Knoxville'],
      ['Memphis', '0', '-16', '-16', '-16'],
      ['Nashville', '16', '0', '36', '36'],
      ['Chattanooga', '16', '-36', '0', '66'],
      ['Knoxville', '16', '-36', '-66', '0'],
    ]);

    // A ballot naming an alternative twice: a ParseError at the line, with a fix.
    const input = example.getByTestId('input');
    await input.fill((await input.inputValue()).replace('42: 1,2,3,4', '42: 1,1,3,4'));
    await run(example);
    expect(await example.getByTestId('error-code').textContent()).toBe('parse-error');
    expect(await example.getByTestId('error-where').textContent()).toBe('pasted.soc:10');
    expect(await example.getByTestId('error-fix').textContent()).not.toBe('');
    expect(problems.messages).toEqual([]);
    await page.close();
  });

  it('gives the same random numbers for a seed as Node does', async () => {
    const { page, problems } = await open('/core/');
    const example = page.getByTestId('rng');
    for (const seed of ['42', 'plural']) {
      await example.getByTestId('seed').fill(seed);
      await example.getByTestId('count').fill('8');
      await run(example);
      const node = createRng(/^\d+$/.test(seed) ? Number(seed) : seed);
      const uint32 = Array.from({ length: 8 }, () => node.uint32());
      const fresh = createRng(/^\d+$/.test(seed) ? Number(seed) : seed);
      const floats = [fresh.float(), fresh.float(), fresh.float()];
      const child = createRng(/^\d+$/.test(seed) ? Number(seed) : seed).split();
      expect(await example.getByTestId('uint32').textContent(), seed).toBe(uint32.join(', '));
      expect(await example.getByTestId('floats').textContent(), seed).toBe(floats.join(', '));
      expect(await example.getByTestId('child').textContent(), seed).toBe([child.uint32(), child.uint32(), child.uint32()].join(', '));
    }
    expect(await example.getByTestId('uint32').textContent()).not.toBe('');
    expect(problems.messages).toEqual([]);
    await page.close();
  });

  it('samples the same Mallows profile for a seed as Node does', async () => {
    const { page, problems } = await open('/core/generators.html');
    const example = page.getByTestId('mallows');
    const output = await run(example);
    const rows = (await cells(output)).slice(1);
    const profile = anonymize(mallows(20, ['a', 'b', 'c', 'd'], { phi: 0.5, seed: 7 }));
    const expected = profile.ballots.map((ballot, i) => [String(profile.counts[i]), ballot.map((c) => profile.candidates[c as number]).join(' ≻ ')]);
    expect(rows.map((r) => r.join('|')).sort()).toEqual(expected.map((r) => r.join('|')).sort());
    expect(rows.reduce((sum, [count]) => sum + Number(count), 0)).toBe(20);
    expect(problems.messages).toEqual([]);
    await page.close();
  });

  it('converts between formats, and explains a conversion that cannot be done', async () => {
    const { page, problems } = await open('/core/formats.html');
    const example = page.getByTestId('format-convert');
    await run(example);
    expect(await example.getByTestId('kind').textContent()).toBe('anonymous');
    const json = await example.getByTestId('converted').textContent();
    expect(json).toBe(writeFormat(readFormat(SMALL_TOI, { format: 'toi' }).data, 'json'));
    expect(JSON.parse(json ?? '')).toMatchObject({ type: 'ranking', candidates: [1, 2, 3] });

    await example.getByTestId('to').selectOption('soc');
    await run(example);
    expect(await example.getByTestId('error-code').textContent()).toBe('unsupported-format');
    expect(await example.getByTestId('error-fix').textContent()).toMatch(/Write \.to[ci] instead/);
    expect(problems.messages).toEqual([]);
    await page.close();
  });

  it('solves an LP with HiGHS compiled to WebAssembly in the browser, certified', async () => {
    const { page, problems } = await open('/lp/');
    const example = page.getByTestId('lp-solve');
    const wasm = page.waitForResponse((response) => response.url().endsWith('.wasm'));
    await run(example);
    const response = await wasm;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/wasm');

    expect(await example.getByTestId('status').textContent()).toBe('optimal');
    expect(await example.getByTestId('objective').textContent()).toBe('2.8');
    expect(await example.getByTestId('backend-used').textContent()).toBe('highs');
    expect(await cells(example.getByTestId('values'))).toEqual([
      ['variable', 'value', 'reduced cost'],
      ['x', '1.6', '0'],
      ['y', '1.2', '0'],
    ]);
    expect(await cells(example.getByTestId('duals'))).toEqual([
      ['constraint', 'dual (shadow price)'],
      ['wood', '0.4'],
      ['labour', '0.2'],
    ]);
    const certificate = example.getByTestId('certificate');
    expect(await certificate.locator('[data-field=checked] td').textContent()).toBe('true');
    expect(await certificate.locator('[data-field=method] td').textContent()).toBe('lp-duality');
    expect(Math.abs(Number(await certificate.locator('[data-field=dualityGap] td').textContent()))).toBeLessThan(1e-9);

    // The other statuses, and javascript-lp-solver's answer certified with HiGHS's duals.
    await example.getByTestId('preset').selectOption('infeasible');
    await run(example);
    expect(await example.getByTestId('status').textContent()).toBe('infeasible');
    expect(await certificate.locator('[data-field=method] td').textContent()).toBe('farkas');
    expect(await certificate.locator('[data-field=checked] td').textContent()).toBe('true');

    await example.getByTestId('preset').selectOption('mixed-integer');
    await run(example);
    expect(await example.getByTestId('objective').textContent()).toBe('9');
    expect(await certificate.locator('[data-field=method] td').textContent()).toBe('primal');

    await example.getByTestId('preset').selectOption('optimal');
    await example.getByTestId('backend').selectOption('javascript-lp-solver');
    await run(example);
    expect(await example.getByTestId('backend-used').textContent()).toBe('javascript-lp-solver');
    expect(await certificate.locator('[data-field=method] td').textContent()).toBe('lp-duality-cross');
    expect(await certificate.locator('[data-field=certifiedBy] td').textContent()).toBe('highs');

    expect(site.requests.filter(([path]) => path.endsWith('.wasm'))).toEqual([[expect.stringMatching(/^\/assets\/highs\.[\w-]+\.wasm$/), 200]]);
    expect(problems.messages).toEqual([]);
    await page.close();
  });

  it('computes the maximal lottery of a Condorcet cycle with the zero-sum game LP', async () => {
    const { page, problems } = await open('/lp/');
    const example = page.getByTestId('maximal-lottery');
    await run(example);
    expect(await example.getByTestId('status').textContent()).toBe('optimal');
    expect(await example.getByTestId('backend-used').textContent()).toBe('highs');
    expect(await example.getByTestId('value').textContent()).toBe('0');
    expect(await cells(example.getByTestId('lottery'))).toEqual([
      ['candidate', 'probability'],
      ['Alice', '0.555556'],
      ['Bob', '0.111111'],
      ['Carol', '0.333333'],
    ]);
    expect(await example.locator('[data-testid=certificate] [data-field=checked] td').textContent()).toBe('true');
    expect(problems.messages).toEqual([]);
    await page.close();
  });

  it('runs any registered rule on a pasted profile: Memphis, Knoxville or Nashville for Tennessee', async () => {
    const { page, problems } = await open('/voting/');
    const example = page.getByTestId('vote');
    const winners = async (rule: string): Promise<string | null> => {
      await example.getByTestId('rule').selectOption(rule);
      await run(example);
      await example.locator(`[data-testid=output][data-rule="${rule}"]`).waitFor();
      return example.getByTestId('winners').textContent();
    };
    expect(await winners('plurality')).toBe('Memphis');
    expect(await cells(example.getByTestId('scores'))).toEqual([
      ['candidate', 'score'],
      ['Memphis', '42'],
      ['Nashville', '26'],
      ['Chattanooga', '15'],
      ['Knoxville', '17'],
    ]);
    expect(await winners('instant-runoff')).toBe('Knoxville');
    expect((await cells(example.getByTestId('rounds'))).map((r) => r.slice(0, 6))).toEqual([
      ['round', 'Memphis', 'Nashville', 'Chattanooga', 'Knoxville', 'out'],
      ['1', '42', '26', '15', '17', 'Chattanooga'],
      ['2', '42', '26', '—', '32', 'Nashville'],
      ['3', '42', '—', '—', '58', 'Memphis'],
      ['4', '—', '—', '—', '100', ''],
    ]);
    expect(await winners('schulze')).toBe('Nashville');
    expect(await winners('kemeny-ranking')).toBe('Nashville');
    expect(await example.getByTestId('ranking').textContent()).toBe('Nashville ≻ Chattanooga ≻ Knoxville ≻ Memphis');

    // Irresolute, then made resolute with the tie-break recorded (labels 2 and 3: lexicographic picks 2).
    expect(await winners('anti-plurality')).toBe('Nashville, Chattanooga');
    await example.getByTestId('tiebreak').selectOption('lexicographic');
    expect(await winners('anti-plurality')).toBe('Nashville');
    expect(await example.getByTestId('tiebreak-record').textContent()).toBe('lexicographic chose Nashville among Nashville, Chattanooga');

    // Exact probabilities of a probabilistic rule, and a typed error for a rule that needs an option.
    expect(await winners('random-dictator')).toBe('Memphis, Nashville, Chattanooga, Knoxville');
    expect((await cells(example.getByTestId('lottery'))).map((r) => r.slice(0, 2))).toEqual([
      ['candidate', 'probability'],
      ['Memphis', '21/50'],
      ['Nashville', '13/50'],
      ['Chattanooga', '3/20'],
      ['Knoxville', '17/100'],
    ]);
    await example.getByTestId('rule').selectOption('positional-scoring-rule');
    await run(example);
    expect(await example.getByTestId('error-code').textContent()).toBe('invalid-input');
    expect(await example.getByTestId('error-where').textContent()).toBe('options.vector');
    expect(problems.messages).toEqual([]);
    await page.close();
  });

  it('computes the exact maximal lottery of a 3-cycle with margins 3, 1, 1 in the browser: 1/5, 1/5, 3/5', async () => {
    const { page, problems } = await open('/voting/probabilistic.html');
    const example = page.getByTestId('exact-lottery');
    await run(example);
    expect(await cells(example.getByTestId('lottery'))).toEqual([
      ['candidate', 'probability', '≈'],
      ['Alice', '1/5', '0.200000'],
      ['Bob', '1/5', '0.200000'],
      ['Carol', '3/5', '0.600000'],
    ]);
    expect(await example.getByTestId('unique').textContent()).toBe('the only maximal lottery');
    expect(await example.getByTestId('route').textContent()).toBe('lp-support');
    expect(site.requests.some(([path, status]) => path.endsWith('.wasm') && status === 200)).toBe(true);

    await example.getByTestId('rule').selectOption('c1-maximal-lottery');
    await run(example);
    await example.locator('[data-testid=output][data-rule="c1-maximal-lottery"]').waitFor();
    expect((await cells(example.getByTestId('lottery'))).map((r) => r[1])).toEqual(['probability', '1/3', '1/3', '1/3']);
    expect(problems.messages).toEqual([]);
    await page.close();
  });

  it("apportions seats: D'Hondt's 4, 3, 1, 0 of 8, and a tie for the last seat reported, then broken", async () => {
    const { page, problems } = await open('/voting/apportionment.html');
    const example = page.getByTestId('apportionment');
    await run(example);
    expect(await cells(example.getByTestId('seats-table'))).toEqual([
      ['party', 'votes', 'standard quota', '≈', 'seats'],
      ['A', '100000', '80/23', '3.478261', '4'],
      ['B', '80000', '64/23', '2.782609', '3'],
      ['C', '30000', '24/23', '1.043478', '1'],
      ['D', '20000', '16/23', '0.695652', '0'],
    ]);
    expect(await example.getByTestId('order').textContent()).toBe('A B A B A C B A');

    await example.getByTestId('method').selectOption('sainte-lague');
    await run(example);
    await example.locator('[data-testid=output][data-method="sainte-lague"]').waitFor();
    expect((await cells(example.getByTestId('seats-table'))).map((r) => r[4])).toEqual(['seats', '3', '3', '1', '1']);

    await example.getByTestId('method').selectOption('d-hondt');
    await example.getByTestId('input').fill('X: 300\nY: 200\nZ: 100\n');
    await example.getByTestId('seats').fill('4');
    await run(example);
    await example.getByTestId('tie').waitFor();
    expect((await cells(example.getByTestId('seats-table'))).map((r) => r[4])).toEqual(['seats', '2', '1', '0']);
    expect(await example.getByTestId('tie').textContent()).toBe('1 seat is still open: X, Y, Z tie for it (at most one each).');

    await example.getByTestId('ties').selectOption('order');
    await run(example);
    await example.getByTestId('tiebreak-record').waitFor();
    expect((await cells(example.getByTestId('seats-table'))).map((r) => r[4])).toEqual(['seats', '3', '1', '0']);
    expect(await example.getByTestId('tiebreak-record').textContent()).toBe('order gave the open seats to X among X, Y, Z.');

    // A threshold above a party's share leaves it out.
    await example.getByTestId('ties').selectOption('report');
    await example.getByTestId('threshold').fill('0.2');
    await example.getByTestId('seats').fill('5');
    await run(example);
    await example.locator('[data-party="Z"]').getByText('(below the threshold)').waitFor();
    expect((await cells(example.getByTestId('seats-table'))).map((r) => r[4])).toEqual(['seats', '3', '2', '0']);
    expect(problems.messages).toEqual([]);
    await page.close();
  });
  it('moves agents on the line and shows every line mechanism: Uniform Phantom at 1/3 on [0, 0, 1], misreports and axioms', async () => {
    const { page, problems } = await open('/facility-location/');
    const demo = page.getByTestId('facility-line');
    const table = demo.getByTestId('locations');
    const cell = (id: string, field: string): Locator => table.locator(`tr[data-mechanism="${id}"] [data-field=${field}]`);
    const location = (id: string): Promise<string | null> => cell(id, 'location').textContent();
    /** Waits until the checks of the shown profile are in (they run a moment after the agents stop). */
    const settled = async (profile: string): Promise<void> => {
      await demo.and(page.locator(`[data-profile="${profile}"]`)).waitFor();
      await table.locator('[data-field=misreport][data-status=pending]').first().waitFor({ state: 'detached', timeout: 30_000 });
    };

    // The preset [0, 0, 1]: every registered line mechanism has a row; the median says 0, Uniform Phantom 1/3.
    expect(await table.locator('tbody tr[data-mechanism]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-mechanism')))).toEqual(facilityMechanisms.map((m) => m.info.id));
    expect(await location('uniform-phantom')).toBe('1/3');
    expect(await cell('uniform-phantom', 'approx').textContent()).toBe('0.3333');
    expect(await location('median')).toBe('0');
    await settled('0.00,0.00,1.00');
    expect(await cell('uniform-phantom', 'misreport').getAttribute('data-status')).toBe('holds');
    expect(await cell('uniform-phantom', 'misreport').textContent()).toBe('✓');
    expect(await table.locator('tr[data-detail-of="uniform-phantom"]').count()).toBe(0);
    const axiom = (id: string, property: string): Locator => table.locator(`tr[data-mechanism="${id}"] td[data-axiom="${property}"]`);
    expect(await axiom('uniform-phantom', 'ufs').getAttribute('data-status')).toBe('holds');
    expect(await axiom('uniform-phantom', 'pf').getAttribute('data-status')).toBe('holds');
    expect(await axiom('median', 'ufs').getAttribute('data-status')).toBe('fails');
    expect(await axiom('median', 'ufs').textContent()).toBe('✗');

    // Keyboard: agent 1 forty steps right, to 0.40. Median and Uniform Phantom move to 2/5, the mean to 7/15,
    // and the agent at 0.40 gains by pulling the mean down: exactly the witness the checker gives in Node.
    const agent1 = demo.getByTestId('agent-1');
    await agent1.focus();
    for (let k = 0; k < 40; k++) await page.keyboard.press('ArrowRight');
    expect(await agent1.getAttribute('data-position')).toBe('0.40');
    expect(await location('median')).toBe('2/5');
    expect(await location('uniform-phantom')).toBe('2/5');
    expect(await location('average')).toBe('7/15');
    await settled('0.00,0.40,1.00');
    const witness = checkStrategyproofness(average, lineProfile(['0.00', '0.40', '1.00'])).witness as MisreportWitness;
    expect(witness.agent).toBe(1);
    expect(await cell('average', 'misreport').getAttribute('data-status')).toBe('fails');
    expect(await cell('average', 'misreport').textContent()).toBe('✗');
    const detail = table.locator('tr[data-detail-of="average"] [data-field=detail]');
    expect(await detail.textContent()).toBe(`↳ ${misreportText(witness)}`);
    expect(await detail.textContent()).toMatch(/^↳ agent 1 at 0\.40 gains by reporting \S+: cost 1\/15 → \S+$/);
    expect(await cell('median', 'misreport').getAttribute('data-status')).toBe('holds');
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await agent1.getAttribute('data-position')).toBe('0.30');

    // Pointer: drag agent 2 from 1 to the middle of the line.
    const line = await demo.getByTestId('line').boundingBox();
    const marker = await demo.getByTestId('agent-2').locator('circle').boundingBox();
    if (line === null || marker === null) throw new Error('the line is not visible');
    await page.mouse.move(marker.x + marker.width / 2, marker.y + marker.height / 2);
    await page.mouse.down();
    // The line's viewBox is 600 wide with a margin of 20 on each side.
    const xAt = (t: number): number => line.x + ((20 + t * 560) / 600) * line.width;
    await page.mouse.move(xAt(0.75), marker.y + marker.height / 2, { steps: 5 });
    await page.mouse.move(xAt(0.5), marker.y + marker.height / 2, { steps: 5 });
    await page.mouse.up();
    const dragged = Number(await demo.getByTestId('agent-2').getAttribute('data-position'));
    expect(Math.abs(dragged - 0.5)).toBeLessThanOrEqual(0.01);
    expect(await location('median')).toBe('3/10');
    expect(await location('uniform-phantom')).not.toBe('2/5');

    // Add an agent (at 0.50), then remove it again.
    await demo.getByTestId('add-agent').click();
    expect(await demo.getByTestId('agent-3').getAttribute('data-position')).toBe('0.50');
    expect(await demo.locator('[role=slider]').count()).toBe(4);
    await demo.getByTestId('remove-agent').click();
    expect(await demo.locator('[role=slider]').count()).toBe(3);
    expect(problems.messages).toEqual([]);
    await page.close();
  }, 90_000);
});
