/**
 * The embed script (`dist/defence-indicators.js`, which `npm test` builds first) on other people's
 * pages, in Debian's Chromium: the example report opened from `file://`; a page under a strict
 * Content-Security-Policy with every indicator, where no violation may be reported; the same card
 * twice; a narrow column resized wider; print; and no request to any other origin.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/indicators/all.js';
import { DIST, launchBrowser, ROOT, serve, type StaticServer, takenOver } from './helpers.js';

/** The built files; `DIST_DIR` points elsewhere, e.g. at a copy while another build rewrites dist/. */
const SITE = process.env.DIST_DIR ?? DIST;
const SCRIPT = 'defence-indicators.js';
const CSP = "default-src 'self'";
const IDS = INDICATORS.map((i) => i.id);
/** The report's accent, set with `--di-accent` in its house style. */
const REPORT_ACCENT = '#0b5a4a';

/** A test page as a report under the policy would be: a script from its own origin, no inline style or script. */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<script src="/${SCRIPT}"></script></head><body>${body}</body></html>`;
/** Blank space made with attributes, which the policy allows, not with a style attribute, which it blocks. */
const SPACER = '<svg width="1" height="3000" aria-hidden="true"></svg>';
const card = (id: string, attributes = '') => `<defence-indicator indicator="${id}" ${attributes}></defence-indicator>`;

const PAGES = {
  // Chromium asks every origin for an icon; a 404 would be logged as a console error.
  '/favicon.ico': '',
  '/all.html': page('Every card under CSP', IDS.map((id) => card(id)).join('')),
  '/twice.html': page('The same card twice', card(IDS[0]!, 'id="a"') + card(IDS[0]!, 'id="b"')),
  '/switch.html': page('A card whose indicator changes', card(IDS[0]!, 'id="a"')),
  '/print.html': page('Cards below the fold', IDS.map((id) => SPACER + card(id)).join('')),
  '/report-top.html': page('A card at the top of a report', `<h1>Report</h1>${card(IDS[0]!)}<p id="after">The report goes on.</p>`),
};

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** What the page under test did wrong: console errors and warnings, uncaught errors, CSP violations. */
let problems: string[] = [];
/** Every address the page under test asked for. */
let requests: string[] = [];

/** A page that records its problems and requests, and counts `di-render` per card from the start. */
async function open(url: string, viewport?: { width: number; height: number }): Promise<Page> {
  const tab = await context.newPage();
  if (viewport) await tab.setViewportSize(viewport);
  tab.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`));
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  tab.on('request', (r) => requests.push(r.url()));
  await tab.exposeFunction('reportViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  // Injected by the browser, not by the page: allowed under the policy, and there before any script.
  await tab.addInitScript(() => {
    const w = window as unknown as { renders: Record<string, number[]>; reportViolation(t: string): void };
    w.renders = {};
    document.addEventListener('securitypolicyviolation', (e) =>
      w.reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
    document.addEventListener('di-render', (e) => {
      const target = e.target as Element;
      const key = target.id || target.getAttribute('indicator') || '?';
      (w.renders[key] ??= []).push((e as CustomEvent<{ width: number }>).detail.width);
    });
  });
  await tab.goto(url);
  await takenOver(tab);
  return tab;
}

/** Resolves once every card on the page has drawn its chart. */
async function allDrawn(tab: Page): Promise<void> {
  // Cards draw when they come near the viewport: bring each one there and stay until it has drawn,
  // as a reader would. (On a busy machine, a card scrolled past before any frame saw it draws only when it comes back.)
  for (const card of await tab.locator('defence-indicator').all()) {
    await card.scrollIntoViewIfNeeded();
    await card.locator('[part="chart"] svg').first().waitFor();
  }
}

const renders = (tab: Page) => tab.evaluate(() => (window as unknown as { renders: Record<string, number[]> }).renders);
const chartWidth = (tab: Page, selector: string) =>
  tab.$eval(selector, (el) => Number(el.shadowRoot!.querySelector('[part="chart"] > svg, [part="chart"] svg')!.getAttribute('width')));

beforeAll(async () => {
  if (!existsSync(join(SITE, SCRIPT))) throw new Error(`${SITE}/${SCRIPT} is not built: run \`npm run build\` (npm test does)`);
  server = await serve(SITE, { headers: { 'content-security-policy': CSP }, pages: PAGES });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the embed script', () => {
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  });
  afterAll(() => context.close());
  afterEach(() => {
    expect(problems).toEqual([]);
    problems = [];
    requests = [];
  });

  it('is a classic script with no eval', () => {
    const code = readFileSync(join(SITE, SCRIPT), 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\beval\(/);
  });

  it('says which part of Plot’s dependencies it left out when a chart asks for one (scripts/lean-dependencies.ts)', async () => {
    const tab = await open(`${server.url}/report-top.html`);
    const messages = await tab.evaluate(() => {
      const { Plot } = (window as unknown as { DefenceIndicators: { shared: { Plot: typeof import('@observablehq/plot') } } }).DefenceIndicators.shared;
      const attempts = [
        () => Plot.plot({ color: { scheme: 'blues' }, marks: [Plot.dot([1, 2, 3], { x: (d) => d, fill: (d) => d })] }),
        // A categorical colour with no colours given takes Plot's default scheme.
        () => Plot.plot({ marks: [Plot.dot(['a', 'b'], { x: (d) => d, fill: (d) => d })] }),
        () => Plot.plot({ projection: 'mercator', marks: [Plot.dot([[0, 0]], { x: (d) => d[0], y: (d) => d[1] })] }),
      ];
      return attempts.map((attempt) => {
        try {
          attempt();
          return 'drawn';
        } catch (error) {
          return (error as Error).message;
        }
      });
    });
    expect(messages).toEqual([
      "d3-scale-chromatic's interpolateBlues is left out of this build (scripts/lean-dependencies.ts)",
      // Which scheme Plot picks by default is Plot's business; that the message names it is ours.
      expect.stringMatching(/^d3-scale-chromatic's scheme\w+ is left out of this build/),
      "d3-geo's geoMercator is left out of this build (scripts/lean-dependencies.ts)",
    ]);
    // What the charts use is there: an Equal Earth projection, and colours given as colours.
    const drawn = await tab.evaluate(() => {
      const { Plot } = (window as unknown as { DefenceIndicators: { shared: { Plot: typeof import('@observablehq/plot') } } }).DefenceIndicators.shared;
      const dots = (options: Record<string, unknown>) => Plot.plot({ ...options, marks: [Plot.dot([[139.7, 35.7]], { x: (d) => d[0], y: (d) => d[1], fill: () => 'red' })] });
      return [dots({ projection: 'equal-earth' }), dots({})].map((svg) => svg.querySelectorAll('circle[fill="red"]').length);
    });
    expect(drawn).toEqual([1, 1]);
    await tab.close();
  });

  it('draws the example report from file://, in the report’s colours, asking for nothing but files', async () => {
    // A copy of the report beside a copy of the built script, as `../dist/` from `examples/`.
    const dir = mkdtempSync(join(tmpdir(), 'di-report-'));
    try {
      mkdirSync(join(dir, 'examples'));
      mkdirSync(join(dir, 'dist'));
      copyFileSync(join(ROOT, 'examples', 'report.html'), join(dir, 'examples', 'report.html'));
      copyFileSync(join(SITE, SCRIPT), join(dir, 'dist', SCRIPT));
      const tab = await open(pathToFileURL(join(dir, 'examples', 'report.html')).href);
      const cards = tab.locator('defence-indicator');
      expect(await cards.count()).toBe(3);
      for (let i = 0; i < 3; i++) await cards.nth(i).scrollIntoViewIfNeeded();
      await allDrawn(tab);
      const accent = await cards.first().evaluate((el) => el.shadowRoot!.querySelector('[part="chart"] svg')!.innerHTML);
      expect(accent.toLowerCase()).toContain(REPORT_ACCENT);
      const fonts = await cards.first().evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('[part="title"]')!).fontFamily);
      expect(fonts).toMatch(/^Georgia/);
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
      await tab.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('draws every indicator under a strict CSP with no violation, even with tooltips shown', async () => {
    const tab = await open(`${server.url}/all.html`);
    const cards = tab.locator('defence-indicator');
    for (let i = 0; i < IDS.length; i++) await cards.nth(i).scrollIntoViewIfNeeded();
    await allDrawn(tab);
    // Plot draws tooltips on pointer moves: sweep the pointer across each chart.
    for (let i = 0; i < IDS.length; i++) {
      const box = (await cards.nth(i).locator('[part="chart"] svg').first().boundingBox())!;
      await cards.nth(i).scrollIntoViewIfNeeded();
      for (const fx of [0.3, 0.5, 0.7]) await tab.mouse.move(box.x + box.width * fx, box.y + box.height / 2, { steps: 3 });
    }
    await tab.evaluate(() => new Promise(requestAnimationFrame));
    const origin = new URL(server.url).origin;
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    // Each card drew once, not once per layout pass.
    expect(Object.fromEntries(Object.entries(await renders(tab)).map(([id, widths]) => [id, widths.length]))).toEqual(
      Object.fromEntries(IDS.map((id) => [id, 1])),
    );
    await tab.close();
  });

  it('draws a card on the screen before its first paint: nothing on the page moves', async () => {
    const tab = await context.newPage();
    await tab.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.shifts.push((e as PerformanceEntry & { value: number }).value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
    });
    await tab.goto(`${server.url}/report-top.html`);
    await tab.locator('defence-indicator [part="chart"] svg').first().waitFor();
    const after = await tab.locator('#after').boundingBox();
    await tab.waitForTimeout(500);
    expect(await tab.locator('#after').boundingBox()).toEqual(after);
    expect(await tab.evaluate(() => (window as unknown as { shifts: number[] }).shifts), 'layout shifts').toEqual([]);
    await tab.close();
  });

  it('keeps two copies of the same card apart', async () => {
    const tab = await open(`${server.url}/twice.html`);
    await allDrawn(tab);
    const first = tab.locator('#a');
    const second = tab.locator('#b');
    await first.getByRole('button', { name: 'Show data table' }).click();
    await expect.poll(() => first.locator('[part="table"]').count()).toBe(1);
    expect(await second.locator('[part="table"]').count()).toBe(0);
    expect(await second.getByRole('button', { name: 'Show data table' }).isVisible()).toBe(true);
    expect(await renders(tab)).toEqual({ a: [expect.any(Number)], b: [expect.any(Number)] });
    await tab.close();
  });

  it('follows its container: a narrow column made wider redraws the chart once, at the new width', async () => {
    // The page's only column is the window: a phone's width, then a desktop's.
    const tab = await open(`${server.url}/twice.html`, { width: 360, height: 800 });
    await allDrawn(tab);
    const narrow = await chartWidth(tab, '#a');
    const column = () => tab.$eval('#a', (el) => Math.floor(el.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect().width));
    expect(narrow).toBe(await column());
    expect(narrow).toBeLessThan(360);
    await tab.setViewportSize({ width: 1000, height: 800 });
    await expect.poll(() => chartWidth(tab, '#a')).toBeGreaterThan(narrow);
    const wide = await chartWidth(tab, '#a');
    expect(wide).toBe(await column());
    expect(wide).toBeGreaterThan(800);
    expect((await renders(tab)).a).toEqual([narrow, wide]);
    await tab.close();
  });

  it('changes indicator, through a wrong id and back, and still follows its container', async () => {
    const tab = await open(`${server.url}/switch.html`, { width: 500, height: 800 });
    await allDrawn(tab);
    const setIndicator = (id: string) => tab.$eval('#a', (el, value) => el.setAttribute('indicator', value), id);
    await setIndicator('no-such-indicator');
    await expect.poll(() => tab.locator('#a [part="error"]').count()).toBe(1);
    await setIndicator(IDS[1]!);
    await allDrawn(tab);
    const narrow = await chartWidth(tab, '#a');
    await tab.setViewportSize({ width: 1000, height: 800 });
    await expect.poll(() => chartWidth(tab, '#a')).toBeGreaterThan(narrow);
    expect((await renders(tab)).a).toHaveLength(3); // the first card, the second, the second wider
    await tab.close();
  });

  it('prints cards not yet drawn, with sources and without buttons, and keeps each card on one page', async () => {
    const tab = await open(`${server.url}/print.html`);
    await tab.waitForFunction(() => document.querySelector('defence-indicator')?.shadowRoot?.querySelector('[part="card"]'));
    expect(Object.keys(await renders(tab))).toEqual([]); // all below the fold
    await tab.emulateMedia({ media: 'print' });
    await allDrawn(tab);
    const layout = await tab.$$eval('defence-indicator', (cards) =>
      cards.map((el) => {
        const part = (name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`)!;
        return {
          controls: getComputedStyle(part('controls')).display,
          sources: getComputedStyle(part('sources')).display,
          cardBreak: getComputedStyle(part('card')).breakInside,
          chartBreak: getComputedStyle(part('chart')).breakInside,
        };
      }),
    );
    expect(layout).toEqual(IDS.map(() => ({ controls: 'none', sources: 'block', cardBreak: 'avoid', chartBreak: 'avoid' })));
    const pdf = await tab.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await tab.close();
  });
});

describe('the dashboard’s Embed control', () => {
  let site: StaticServer;
  beforeAll(async () => {
    site = await serve(SITE);
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context.close();
    await site.close();
  });

  it('gives a snippet whose script is the built embed script', async () => {
    const tab = await open(`${site.url}/index.html`);
    const first = tab.locator('defence-indicator').first();
    await first.getByRole('button', { name: 'Embed' }).click();
    const snippet = (await first.locator('[part="embed"] code').textContent())!;
    const src = snippet.match(/<script src="([^"]+)"><\/script>/)?.[1];
    expect(src).toBe(`${site.url}/${SCRIPT}`);
    expect(snippet).toContain(`<defence-indicator indicator="${IDS[0]}"></defence-indicator>`);
    const response = await tab.request.get(src!);
    expect(response.status()).toBe(200);
    expect((await response.body()).equals(readFileSync(join(SITE, SCRIPT)))).toBe(true);
    expect(problems).toEqual([]);
    problems = [];
    await tab.close();
  });
});

describe('dark mode', () => {
  beforeAll(async () => {
    context = await browser.newContext({ colorScheme: 'dark' });
  });
  afterAll(() => context.close());
  afterEach(() => {
    expect(problems).toEqual([]);
    problems = [];
  });

  it('follows prefers-color-scheme unless the page sets a theme, in the card and in the chart', async () => {
    const tab = await open(`${server.url}/twice.html`);
    await allDrawn(tab);
    await tab.$eval('#b', (el) => el.setAttribute('theme', 'light'));
    await expect.poll(() => renders(tab).then((r) => r.b?.length)).toBe(2);
    const look = (selector: string) =>
      tab.$eval(selector, (el) => ({
        accent: getComputedStyle(el).getPropertyValue('--di-accent').trim(),
        chart: el.shadowRoot!.querySelector('[part="chart"] svg')!.innerHTML,
      }));
    const [dark, light] = [await look('#a'), await look('#b')];
    expect(dark.accent).not.toBe(light.accent);
    expect(dark.chart).toContain(dark.accent);
    expect(light.chart).toContain(light.accent);
    expect(dark.chart).not.toContain(light.accent);
    await tab.close();
  });
});
