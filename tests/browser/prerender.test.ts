/**
 * The prerendered dashboard (`scripts/prerender.ts`, part of `npm run build`): without JavaScript
 * every card shows its title, quote, verdicts and chart, with links to its published CSV file and
 * to its data table. With JavaScript, the page loads no script until the reader acts (or the
 * HTML cannot show what the address or the colour scheme asks for); the elements then take over
 * the same DOM without a layout shift, without drawing a chart twice, and work as before; a
 * button pressed before the script arrived is pressed again once its card has taken over.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE } from '../../src/article.js';
import { checkClaims, headlineOf } from '../../src/indicator.js';
import { INDICATORS } from '../../src/indicators/all.js';
import { loadRows, resourceOf } from '../../src/lib/data.js';
import { sitePathOf } from '../../src/lib/jsonld.js';
import { collapseSpace } from '../shared-files.js';
import { dashboardModule, DIST, launchBrowser, serve, type StaticServer } from './helpers.js';

const SITE = process.env.DIST_DIR ?? DIST;
const IDS = INDICATORS.map((i) => i.id);
const CLAIMS = INDICATORS.flatMap((i) => i.claims).length;
/** The window the build draws in (`scripts/prerender.ts`): there, no chart needs drawing again. */
const BUILT = { width: 1200, height: 900 };
/** Tall enough that every card is on the screen: a shift anywhere on the page is one the reader would see. */
const TALL = 20_000;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(SITE, 'index.html'))) throw new Error(`${SITE} is not built: run \`npm run build\` (npm test does)`);
  [server, browser] = await Promise.all([serve(SITE), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built page', () => {
  it('holds the scorecard and every card, each with its shadow root and its styles', () => {
    const html = readFileSync(join(SITE, 'index.html'), 'utf8');
    expect(html).toContain('<defence-dashboard prerendered>');
    expect(html.match(/<template shadowrootmode="open">/g)).toHaveLength(IDS.length + 1);
    expect(html.match(/<template shadowrootmode="open"><style>/g)).toHaveLength(IDS.length + 1);
    expect(html.match(/data-drawn-width="\d+"/g)).toHaveLength(IDS.length);
  });
});

describe('without JavaScript', () => {
  let page: Page;
  beforeAll(async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 900 } });
    page = await context.newPage();
    await page.goto(`${server.url}/index.html`);
  });
  afterAll(() => page.context().close());

  it('shows the scorecard with every claim, then every card in the registry’s order', async () => {
    expect(await page.locator('defence-scorecard tr[data-status]').count()).toBe(CLAIMS);
    expect(await page.locator('defence-indicator').evaluateAll((cards) => cards.map((c) => c.id))).toEqual(IDS);
    // The dashboard's own rules hold without the script that adopts them: no list numbers.
    expect(await page.locator('defence-dashboard > ol').evaluate((ol) => getComputedStyle(ol).listStyleType)).toBe('none');
  });

  describe.each(IDS.map((id) => [id]))('%s', (id) => {
    const indicator = INDICATORS.find((i) => i.id === id)!;
    const rows = loadRows(indicator.dataset);
    const card = () => page.locator(`defence-indicator#${id}`);

    it('shows its title, quotes, verdicts and chart', async () => {
      // Text content: cards far from the screen are not laid out (content-visibility), so they have no inner text yet.
      expect(collapseSpace((await card().locator('h2').first().textContent())!)).toBe(collapseSpace(headlineOf(indicator, rows)));
      const quotes = (await card().locator('blockquote').allTextContents()).map((t) => collapseSpace(t).replace(/^“|”$/g, ''));
      expect(quotes).toEqual([...new Set(indicator.claims.map((c) => collapseSpace(c.quote)))]);
      expect(await card().locator('blockquote').first().getAttribute('cite')).toBe(ARTICLE.url);
      const statuses = await card().locator('[part="claim-check"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-status')));
      expect(statuses).toEqual(checkClaims(indicator, rows).map(({ check }) => check.status));
      const chart = card().locator('[part="chart"] svg[role="img"]').first();
      expect(await chart.getAttribute('aria-label')).toBe(indicator.describe(rows));
      expect(await chart.locator('path, line, rect, text, circle').count()).toBeGreaterThan(10);
      await chart.scrollIntoViewIfNeeded();
      expect(await chart.isVisible()).toBe(true);
      // At the size the build drew it (legible), in a box that scrolls sideways on a phone.
      const sizes = await card().evaluate((element) => {
        const box = element.shadowRoot!.querySelector('[part="chart"]')!;
        const svg = box.querySelector('svg[role="img"]')!;
        return { drawn: Number(box.firstElementChild!.getAttribute('data-drawn-width')), shown: svg.getBoundingClientRect().width, box: box.clientWidth, scrolls: box.scrollWidth };
      });
      expect(sizes.shown).toBeCloseTo(Number((await chart.getAttribute('width')) ?? sizes.drawn), 0);
      expect(sizes.box).toBeLessThan(sizes.drawn);
      expect(sizes.scrolls).toBeGreaterThanOrEqual(sizes.drawn);
    });

    it('links Download CSV to the published file, byte for byte, and the data table to a page of its own; shows no button', async () => {
      const link = card().locator('a[part="download"]');
      await link.scrollIntoViewIfNeeded();
      expect(await link.isVisible()).toBe(true);
      expect(await link.getAttribute('download')).toBe(`${id}.csv`);
      const href = (await link.getAttribute('href'))!;
      expect(href).toBe(sitePathOf(resourceOf(indicator.dataset.name).path));
      const served = Buffer.from(await (await page.request.get(new URL(href, page.url()).href)).body());
      expect(served.equals(readFileSync(join(SITE, href)))).toBe(true);
      const table = card().locator('a[part="table-link"]');
      expect(await table.isVisible()).toBe(true);
      const tablePage = await (await page.request.get(new URL((await table.getAttribute('href'))!, page.url()).href)).text();
      expect(tablePage.match(/<tr>/g)?.length, 'header row and one row per data row').toBe(rows.length + 1);
      // The buttons need the script: hidden, not dead.
      expect(await card().locator('button:visible').count()).toBe(0);
    });
  });
});

interface Recorded {
  shifts: number[];
  renders: Array<{ id: string; width: number }>;
  problems: string[];
}

/**
 * A page that records every layout shift from the moment the elements are defined (the
 * hydration), every `di-render` and every problem, once every element has taken over its root.
 */
async function openHydrated(viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    const w = window as unknown as Omit<Recorded, 'problems'>;
    w.shifts = [];
    w.renders = [];
    // From the moment the script defines the elements: before it, the page is its HTML (whose
    // off-screen cards take their size as they come near, with or without the script).
    let defined = Infinity;
    void customElements.whenDefined('defence-indicator').then(() => (defined = performance.now()));
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => e.startTime >= defined && w.shifts.push((e as PerformanceEntry & { value: number }).value)),
    ).observe({ type: 'layout-shift' });
    document.addEventListener('di-render', (e) => w.renders.push((e as CustomEvent<{ id: string; width: number }>).detail));
  });
  await page.goto(`${server.url}/index.html`);
  // The reader acts: the page loads its script.
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => [...document.querySelectorAll('defence-scorecard, defence-indicator')].every((e) => (e as unknown as { hasUpdated: boolean }).hasUpdated));
  await page.waitForTimeout(500);
  (page as Page & { problems: string[] }).problems = problems;
  return page;
}

const recorded = async (page: Page): Promise<Recorded> => ({
  ...(await page.evaluate(() => {
    const { shifts, renders } = window as unknown as Recorded;
    return { shifts, renders };
  })),
  problems: (page as Page & { problems: string[] }).problems,
});

/** What each card's shadow root holds once taken over. */
const cardContents = (page: Page) =>
  page.locator('defence-indicator').evaluateAll((cards) =>
    cards.map((card) => {
      const root = card.shadowRoot!;
      return {
        cards: root.querySelectorAll('[part="card"]').length,
        charts: root.querySelectorAll('[part="chart"] > *').length,
        leftovers: root.querySelectorAll('style, noscript').length,
      };
    }),
  );

describe('with JavaScript, in the window the build drew in', () => {
  let page: Page;
  beforeAll(async () => void (page = await openHydrated({ width: BUILT.width, height: TALL })));
  afterAll(() => page.close());

  it('takes over the prerendered DOM without a layout shift and without drawing any chart again', async () => {
    const { shifts, renders, problems } = await recorded(page);
    expect(shifts.filter((value) => value > 0), 'layout shifts').toEqual([]);
    expect(renders, 'charts drawn again').toEqual([]);
    expect(problems).toEqual([]);
    expect(await page.locator('defence-dashboard > ol > li > defence-indicator').count()).toBe(IDS.length);
    expect(await page.locator('defence-scorecard').count()).toBe(1);
    expect(await page.locator('defence-scorecard').evaluate((el) => el.shadowRoot!.querySelectorAll('table').length)).toBe(1);
    expect(await cardContents(page)).toEqual(IDS.map(() => ({ cards: 1, charts: 1, leftovers: 0 })));
  });
});

describe.each([320, 412, 768])('with JavaScript, %i px wide', (width) => {
  let page: Page;
  beforeAll(async () => void (page = await openHydrated({ width, height: 900 })));
  afterAll(() => page.close());

  it('takes over without a layout shift, redrawing only the charts near the screen, at their box’s width', async () => {
    const { shifts, renders, problems } = await recorded(page);
    expect(shifts.filter((value) => value > 0), 'layout shifts').toEqual([]);
    expect(problems).toEqual([]);
    expect(await cardContents(page)).toEqual(IDS.map(() => ({ cards: 1, charts: 1, leftovers: 0 })));
    const boxes = new Map(
      await page.locator('defence-indicator').evaluateAll((cards) =>
        cards.map((card) => [card.id, Math.floor(card.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect().width)] as const),
      ),
    );
    expect(renders.length).toBeLessThan(IDS.length);
    for (const { id, width: drawn } of renders) expect(drawn, id).toBe(boxes.get(id));
    expect(new Set(renders.map((r) => r.id)).size, 'each chart drawn once').toBe(renders.length);
  });
});

describe('with JavaScript, once taken over', () => {
  let page: Page;
  beforeAll(async () => void (page = await openHydrated({ width: 412, height: 900 })));
  afterAll(() => page.close());
  const card = (id: string) => page.locator(`defence-indicator#${id}`);

  it('shows a tooltip where the reader points at a chart', async () => {
    const chart = card(IDS[0]!).locator('[part="chart"] svg').first();
    await chart.scrollIntoViewIfNeeded();
    // Drawn again at the box's width (the build drew it wider).
    const fits = () =>
      card(IDS[0]!).evaluate((c) => {
        const box = c.shadowRoot!.querySelector('[part="chart"]')!;
        return box.firstElementChild?.getAttribute('data-drawn-width') === String(Math.floor(box.getBoundingClientRect().width));
      });
    await expect.poll(fits).toBe(true);
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
    await expect.poll(() => card(IDS[0]!).locator('[part="chart"] svg g[pointer-events="none"] text').count()).toBeGreaterThan(0);
  });

  it('opens the data table, the citations and the explorer from their buttons, and downloads the CSV', async () => {
    const first = card(IDS[0]!);
    await first.getByRole('button', { name: 'Show data table' }).click();
    await expect.poll(() => first.locator('[part="table"] tbody tr').count()).toBe(loadRows(INDICATORS[0]!.dataset).length);
    await first.getByRole('button', { name: 'Cite' }).click();
    await expect.poll(() => first.locator('[part="cite"]').count()).toBe(1);
    const download = page.waitForEvent('download');
    await first.locator('[part="download"]').click();
    expect((await download).suggestedFilename()).toBe(`${IDS[0]}.csv`);
    await first.getByRole('button', { name: 'Explore' }).click();
    await first.locator('defence-country-picker').waitFor({ state: 'attached', timeout: 15_000 });
    expect((page as Page & { problems: string[] }).problems).toEqual([]);
  });
});

describe('with JavaScript, on a page too busy for idle periods', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    // No idle period ever comes: an element takes its root over only when the reader reaches for it.
    await page.addInitScript(() => void (window.requestIdleCallback = () => 0));
    await page.goto(`${server.url}/index.html`);
    await page.mouse.move(1, 1);
    await page.waitForFunction(() => customElements.get('defence-indicator') !== undefined);
  });
  afterAll(() => page.close());

  const takenOver = (id: string) => page.locator(`defence-indicator#${id}`).evaluate((card) => (card as unknown as { hasUpdated: boolean }).hasUpdated);

  it('takes over the card the reader points at, and only that one', async () => {
    expect(await takenOver(IDS[0]!)).toBe(false);
    await page.locator(`defence-indicator#${IDS[1]}`).scrollIntoViewIfNeeded();
    await page.locator(`defence-indicator#${IDS[1]} h2`).hover();
    await expect.poll(() => takenOver(IDS[1]!)).toBe(true);
    expect(await takenOver(IDS[0]!)).toBe(false);
  });

  it('takes over the card the keyboard reaches, and keeps the focus on the same control', async () => {
    const card = page.locator(`defence-indicator#${IDS[2]}`);
    expect(await takenOver(IDS[2]!)).toBe(false);
    // As Tab would: the focus moves onto the prerendered button, and the card takes over.
    await card.evaluate((el) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="download"]')!.focus());
    await expect.poll(() => takenOver(IDS[2]!)).toBe(true);
    const focused = await card.evaluate((el) => {
      const active = el.shadowRoot!.activeElement;
      return { part: active?.getAttribute('part'), fresh: active?.isConnected === true };
    });
    expect(focused).toEqual({ part: 'download', fresh: true });
    expect((await page.locator(`defence-indicator#${IDS[2]} [part="download"]`).getAttribute('aria-label'))!).toBe(`Download CSV: ${IDS[2]}.csv`);
  });
});


/** Whether the page has defined its elements, that is, run its script. */
const scriptRan = (page: Page) => page.evaluate(() => customElements.get('defence-indicator') !== undefined);

describe('with JavaScript, before the reader acts', () => {
  const MODULE = dashboardModule(SITE).replace(/^\.\//, '');

  /** Opens the dashboard at a phone's width, as Lighthouse does, and records the requests for its script. */
  async function open(options: { colorScheme?: 'light' | 'dark'; query?: string } = {}) {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 }, colorScheme: options.colorScheme ?? 'light' });
    const requested: string[] = [];
    page.on('request', (request) => request.url().endsWith(MODULE) && requested.push(request.url()));
    await page.goto(`${server.url}/index.html${options.query ?? ''}`, { waitUntil: 'load' });
    return { page, requested };
  }

  it('loads no script while the reader only reads, and shows every card with its chart', async () => {
    const { page, requested } = await open();
    await page.waitForTimeout(1500);
    expect(requested).toEqual([]);
    expect(await scriptRan(page)).toBe(false);
    const charts = await page.locator('defence-indicator').evaluateAll((cards) => cards.map((card) => card.shadowRoot!.querySelectorAll('[part="chart"] > [data-drawn-width]').length));
    expect(charts).toEqual(IDS.map(() => 1));
    await page.close();
  });

  it.each([
    ['points', (page: Page) => page.mouse.move(200, 300)],
    ['scrolls', (page: Page) => page.mouse.wheel(0, 600)],
    ['presses Tab', (page: Page) => page.keyboard.press('Tab')],
  ] as const)('loads the script when the reader %s, and the elements take over', async (_act, act) => {
    const { page, requested } = await open();
    await act(page);
    await expect.poll(() => scriptRan(page)).toBe(true);
    expect(requested).toHaveLength(1);
    await expect
      .poll(() => page.locator('defence-indicator').evaluateAll((cards) => cards.every((card) => (card as unknown as { hasUpdated: boolean }).hasUpdated)))
      .toBe(true);
    await page.close();
  });

  it('loads the script at once for an explored view in the address, and shows that view', async () => {
    const { page } = await open({ query: `?indicator=${IDS[0]}&countries=JPN,KOR&from=2000&to=2024` });
    await expect.poll(() => scriptRan(page)).toBe(true);
    const card = page.locator(`defence-indicator#${IDS[0]}`);
    await expect.poll(() => card.getAttribute('countries')).toBe('JPN KOR');
    await page.close();
  });

  it('loads the script at once in a dark colour scheme, and draws the charts on the screen in its colours', async () => {
    const { page } = await open({ colorScheme: 'dark' });
    await expect.poll(() => scriptRan(page)).toBe(true);
    const colours = (id: string) => page.locator(`defence-indicator#${id}`).evaluate((card) => card.shadowRoot!.querySelector('[part="chart"] > *')?.getAttribute('data-drawn-colors'));
    const baked = readFileSync(join(SITE, 'index.html'), 'utf8').match(/data-drawn-colors="([^"]+)"/)![1];
    await page.locator(`defence-indicator#${IDS[0]}`).scrollIntoViewIfNeeded();
    await expect.poll(() => colours(IDS[0]!)).not.toBe(baked);
    await page.close();
  });

  it('downloads the CSV once the script has arrived when the reader pressed Download CSV before it did', async () => {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    let arrive!: () => void;
    const arrived = new Promise<void>((done) => (arrive = done));
    await page.route(`**/${MODULE}`, async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto(`${server.url}/index.html`);
    const card = page.locator(`defence-indicator#${IDS[0]}`);
    await card.locator('button[part="download"]').click();
    expect(await card.getAttribute('data-early-click')).toBe('download');
    const download = page.waitForEvent('download');
    arrive();
    expect((await download).suggestedFilename()).toBe(`${IDS[0]}.csv`);
    expect(await card.getAttribute('data-early-click')).toBeNull();
    await page.close();
  });
});
