/**
 * The built dashboard (`dist/`, which `npm test` builds first) in Debian's Chromium: every card
 * of the registry shows its chart, quote, sources, verdict and a CSV download that parses back
 * to its rows; an unknown id shows a message; axe finds nothing in light or dark mode; the
 * controls are reachable by keyboard; the charts follow their container at 320, 768 and 1200 px.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE } from '../../src/article.js';
import { checkClaims, type ClaimStatus } from '../../src/indicator.js';
import { INDICATORS } from '../../src/indicators/all.js';
import { neutraliseFormula } from '../../src/lib/csv.js';
import { resourceOf } from '../../src/lib/data.js';
import { parseResource, type Row } from '../../src/lib/datapackage.js';
import { collapseSpace, isInArticle } from '../shared-files.js';
import { dashboardModule, DIST, launchBrowser, serve, type StaticServer, takenOver } from './helpers.js';

const STATUSES: readonly ClaimStatus[] = ['supported', 'partly-supported', 'not-supported', 'unverifiable'];
const IDS = INDICATORS.map((i) => i.id);
/** A chart with fewer drawn elements than this is an empty frame, not a chart. */
const MIN_MARKS = 10;
const MARKS = 'path, line, circle, rect, text, polyline, polygon, use';
const CONTROLS = [/^Download CSV/, /^(Show|Hide) data table$/, /^Embed$/];
const require = createRequire(import.meta.url);
/** The built site; `DIST_DIR` points elsewhere, e.g. at a copy while another build rewrites dist/. */
const SITE = process.env.DIST_DIR ?? DIST;

const dataOf = (id: string) => {
  const indicator = INDICATORS.find((i) => i.id === id)!;
  const resource = resourceOf(indicator.dataset.name);
  return { indicator, resource, rows: parseResource(indicator.dataset.text, resource) };
};

/** What a CSV cell reads back as: formula-like text carries the quote that neutralised it. */
const asWritten = (row: Row): Row =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'string' ? neutraliseFormula(value) : value]));

const builtModule = () => dashboardModule(SITE);

let server: StaticServer;
let browser: Browser;
/** Console errors and warnings, and uncaught errors, of the page under test. */
let problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(SITE, 'index.html'))) throw new Error(`${SITE} is not built: run \`npm run build\` (npm test does)`);
  const card = (id: string) => `<defence-indicator indicator="${id}"></defence-indicator>`;
  server = await serve(SITE, {
    pages: {
      '/unknown.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Unknown indicator</title><link rel="icon" href="data:,">
        <script type="module" src="${builtModule()}"></script></head>
        <body><main><h1>Unknown indicator</h1>${card('nope')}${card(IDS[0]!)}</main></body></html>`,
    },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  const seen = problems;
  problems = [];
  expect(seen, 'console errors and warnings').toEqual([]);
});

async function open(path = '/', options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  await page.goto(server.url + path);
  await takenOver(page);
  return page;
}

const cardOf = (page: Page, id: string) => page.locator(`defence-indicator[indicator="${id}"]`);

/** Scrolls every card into view (they draw lazily) and waits for its chart. */
async function drawAll(page: Page): Promise<void> {
  for (const id of IDS) {
    const card = cardOf(page, id);
    await card.scrollIntoViewIfNeeded();
    await card.locator('[part="chart"] svg').first().waitFor({ state: 'attached', timeout: 10_000 });
  }
}

async function closeAll(page: Page) {
  await page.context().close();
}

describe('the dashboard', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open();
    await drawAll(page);
  });
  afterAll(() => closeAll(page));

  it('shows one card per indicator, in the registry order', async () => {
    const shown = await page.locator('defence-indicator').evaluateAll((cards) => cards.map((c) => c.getAttribute('indicator')));
    expect(shown).toEqual(IDS);
  });

  describe.each(IDS.map((id) => [id]))('%s', (id) => {
    const { indicator, resource, rows } = dataOf(id);
    let card: Locator;
    beforeAll(() => void (card = cardOf(page, id)));

    it('draws a chart with a text alternative', async () => {
      const svg = card.locator('[part="chart"] svg').first();
      expect(await svg.locator(MARKS).count()).toBeGreaterThanOrEqual(MIN_MARKS);
      expect(await card.locator('[part="chart"] [role="img"]').first().getAttribute('aria-label')).toBe(indicator.describe(rows));
    });

    it('quotes each sentence it tests in a blockquote that cites the article', async () => {
      const quotes = card.locator('blockquote');
      // What a reader sees: cards far from the screen are not rendered (content-visibility), so bring it there.
      await quotes.first().scrollIntoViewIfNeeded();
      const sentences = [...new Set(indicator.claims.map((c) => collapseSpace(c.quote)))];
      await expect.poll(() => quotes.count()).toBe(sentences.length);
      // A card far from the screen is laid out only when it comes near (content-visibility): wait for its text.
      const shownTexts = async () => (await quotes.allInnerTexts()).map((t) => collapseSpace(t).replace(/^“|”$/g, ''));
      await expect.poll(shownTexts).toEqual(sentences);
      const shown = await shownTexts();
      for (const text of shown) expect(isInArticle(text), `"${text}" is not in the article`).toBe(true);
      for (const cite of await quotes.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('cite')))) expect(cite).toBe(ARTICLE.url);
    });

    it('links to the sources of its figures', async () => {
      const hrefs = await card.locator('[part="sources"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
      for (const source of resource.sources) expect(hrefs).toContain(source.path);
    });

    it('shows the verdict each check computes from the data', async () => {
      const checks = card.locator('[part="claim-check"]');
      const statuses = (await checks.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-status')))) as ClaimStatus[];
      expect(statuses).toEqual(checkClaims(indicator, rows).map(({ check }) => check.status));
      for (const status of statuses) expect(STATUSES).toContain(status);
      expect(await checks.first().isVisible()).toBe(true);
    });

    it('downloads <id>.csv, which parses back to the card’s rows', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        card.getByRole('button', { name: /^Download CSV/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${id}.csv`);
      const text = readFileSync(await download.path(), 'utf8');
      expect(parseResource(text, resource)).toEqual(rows.map(asWritten));
    });
  });
});

describe('an unknown id', () => {
  it('shows a message naming it and the valid ids, and the other card still renders', async () => {
    const page = await open('/unknown.html');
    const message = cardOf(page, 'nope').locator('[part="error"]');
    await message.waitFor();
    expect(await message.isVisible()).toBe(true);
    const text = await message.innerText();
    expect(text).toContain('"nope"');
    for (const id of IDS) expect(text).toContain(id);
    await cardOf(page, IDS[0]!).locator('[part="chart"] svg').first().waitFor({ state: 'attached' });
    await closeAll(page);
  });
});

/** Text of the chart that runs past the edges of its box, where the card cuts it off. */
function clippedLabels(card: Locator): Promise<string[]> {
  return card.locator('[part="chart"]').evaluate((box) => {
    const edge = box.getBoundingClientRect();
    return [...box.querySelectorAll('svg text')]
      .filter((text) => {
        const { left, right, width } = text.getBoundingClientRect();
        return width > 0 && (left < edge.left - 1 || right > edge.right + 1);
      })
      .map((text) => `"${text.textContent}"`);
  });
}

describe.each([320, 768, 1200])('at %i px wide', (width) => {
  let page: Page;
  beforeAll(async () => {
    page = await open('/', { viewport: { width, height: 800 } });
    await drawAll(page);
  });
  afterAll(() => closeAll(page));

  it('draws every chart at the width of its box, and the page does not scroll sideways', async () => {
    for (const id of IDS) {
      const box = cardOf(page, id).locator('[part="chart"]');
      await box.scrollIntoViewIfNeeded();
      const sizes = await box.evaluate((box) => ({ box: box.clientWidth, svg: box.querySelector('svg')!.getBoundingClientRect().width }));
      expect(sizes.box, id).toBeLessThanOrEqual(width);
      expect(Math.abs(sizes.svg - sizes.box), `${id}: chart ${sizes.svg} px in a box of ${sizes.box} px`).toBeLessThanOrEqual(1);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow of the page').toBeLessThanOrEqual(0);
  });

  it('has nothing a reader must scroll sideways to read, in the scorecard or a card', async () => {
    const scrolled = await page.evaluate(() =>
      [...document.querySelectorAll('defence-scorecard, defence-indicator')].flatMap((host) =>
        [...(host.shadowRoot ?? host).querySelectorAll('*')]
          .filter((node) => ['auto', 'scroll'].includes(getComputedStyle(node).overflowX) && node.scrollWidth > node.clientWidth + 1)
          .map((node) => `${host.localName}#${host.id} ${node.localName}.${node.className}: ${node.scrollWidth} px in ${node.clientWidth}`),
      ),
    );
    expect(scrolled).toEqual([]);
  });

  it('cuts off no label of any chart at the edge of its box', async () => {
    const clipped: string[] = [];
    for (const id of IDS) clipped.push(...(await clippedLabels(cardOf(page, id))).map((label) => `${id}: ${label}`));
    expect(clipped).toEqual([]);
  });
});

const SCHEMES = ['light', 'dark'] as const;
describe.each(SCHEMES.flatMap((scheme) => [[scheme, false], [scheme, true]] as const))(
  'accessibility, %s mode, tables and embed snippets open: %s',
  (colorScheme, revealed) => {
    it('axe-core finds no violations once every card has drawn', async () => {
      const page = await open('/', { colorScheme });
      await drawAll(page);
      if (revealed) {
        // "Show data table" renames itself once clicked, so click the first left until none is.
        const shows = page.getByRole('button', { name: 'Show data table', exact: true });
        while (await shows.count()) await shows.first().click();
        for (const id of IDS) await cardOf(page, id).getByRole('button', { name: 'Embed', exact: true }).click();
        expect(await page.locator('defence-indicator table').count()).toBe(IDS.length);
      }
      // Show each chart's tooltip: Plot draws it anew on every pointer move, after the card finished its chart.
      for (const id of IDS) {
        const chart = cardOf(page, id).locator('[part="chart"] svg').first();
        await chart.hover();
        expect(await chart.evaluate((svg) => svg.querySelectorAll('[aria-label]:not([role])').length), `${id}: aria-label on a bare <g>`).toBe(0);
      }
      // Leave one tooltip showing while axe looks.
      const hovered = cardOf(page, 'f35-fleet').locator('[part="chart"] svg').first();
      await hovered.hover();
      await expect.poll(() => hovered.locator('g[pointer-events="none"] text').count()).toBeGreaterThan(0);
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const { violations } = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { resultTypes: ['violations'] });
        return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await closeAll(page);
    }, 120_000);
  },
);

/** Where keyboard focus is, through shadow roots, and whether it is visibly marked. */
function focused(page: Page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    let host: Element | null = null;
    while (element?.shadowRoot?.activeElement) {
      host = element;
      element = element.shadowRoot.activeElement;
    }
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      card: host?.getAttribute('indicator') ?? null,
      name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(),
      tag: element.localName,
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    };
  });
}

describe('keyboard', () => {
  it('reaches every card’s controls with Tab, in reading order, with a visible focus', async () => {
    const page = await open();
    const reached: string[] = [];
    const unmarked: string[] = [];
    for (let presses = 0; presses < 40 * IDS.length; presses++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (!now) break; // focus left the page: every stop has been visited
      if (!now.outline) unmarked.push(`${now.card}: ${now.tag} "${now.name}"`);
      if (now.card && now.tag === 'button' && CONTROLS.some((name) => name.test(now.name))) reached.push(`${now.card}: ${now.name}`);
    }
    expect(unmarked, 'focused elements without a visible outline').toEqual([]);
    const expected = IDS.flatMap((id) => [`${id}: Download CSV: ${id}.csv`, `${id}: Show data table`, `${id}: Embed`]);
    expect(reached).toEqual(expected);
    await closeAll(page);
  });

  it.each(IDS.map((id) => [id]))('%s: Enter on "Show data table" shows a table of every row', async (id) => {
    const { resource, rows } = dataOf(id);
    const page = await open();
    const card = cardOf(page, id);
    const toggle = card.getByRole('button', { name: 'Show data table' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const table = card.locator('table');
    await table.waitFor();
    expect(await card.getByRole('button', { name: 'Hide data table' }).getAttribute('aria-expanded')).toBe('true');
    expect(await table.locator('thead th[scope="col"]').allInnerTexts()).toEqual(resource.schema.fields.map((f) => f.name));
    expect(await table.locator('tbody tr').count()).toBe(rows.length);
    await closeAll(page);
  });
});
