/**
 * The reader tools of every card on the built dashboard (`dist/`, which `npm test` builds first),
 * in Debian's Chromium: Download PNG and SVG (the card as an image: title, subtitle, chart at the
 * card's width, source line and credit, in the card's colours, the PNG at twice the SVG's size and
 * painting what the SVG shows), Cite (APA, Chicago and BibTeX naming the source releases and the
 * article), Copy link (the card's address, which scrolls to the card when opened or clicked); and
 * the image downloads of the embed script under a strict Content-Security-Policy and from file://.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE } from '../../src/article.js';
import { headlineOf } from '../../src/indicator.js';
import { INDICATORS } from '../../src/indicators/all.js';
import { CREDIT, DEFAULT_CARD_STYLE, sourceLine } from '../../src/lib/card-image.js';
import { escapeBibtex } from '../../src/lib/citation.js';
import { loadRows, resourceOf } from '../../src/lib/data.js';
import { MORE_FILE } from '../../src/indicators/more-file.js';
import { DIST, launchBrowser, serve, type StaticServer, takenOver } from './helpers.js';

/** The built files; `DIST_DIR` points elsewhere, e.g. at a copy while another build rewrites dist/. */
const SITE = process.env.DIST_DIR ?? DIST;
const SCRIPT = 'defence-indicators.js';
const CSP = "default-src 'self'";
const IDS = INDICATORS.map((i) => i.id);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const require = createRequire(import.meta.url);
/** The dark theme's background, which a dark card's image must be painted on. */
const DARK_BACKGROUND = [0x15, 0x18, 0x1e];
/**
 * At most this share of the PNG's pixels may differ clearly from the browser's own rendering of
 * the SVG: none do today; a bar not clipped at the plot's edge is 0.06% of f35-fleet's.
 */
const MAX_DIFFERENT = 0.0002;

const dataOf = (id: string) => {
  const indicator = INDICATORS.find((i) => i.id === id)!;
  const rows = loadRows(indicator.dataset);
  return { indicator, rows, resource: resourceOf(indicator.dataset.name), title: headlineOf(indicator, rows) };
};

/** Width and height from a PNG's IHDR chunk, which must come first. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A downloaded SVG: its size, its background, and the text of each of its top-level `<text>`s, lines joined by spaces. */
function readSvg(text: string) {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'the SVG parses').toBeNull();
  const svg = doc.documentElement;
  const lines = [...svg.children].filter((node) => node.localName === 'text');
  return {
    width: Number(svg.getAttribute('width')),
    height: Number(svg.getAttribute('height')),
    background: svg.querySelector(':scope > rect')?.getAttribute('fill'),
    chartWidth: Number(svg.querySelector(':scope > svg')?.getAttribute('width')),
    texts: lines.map((node) => [...node.children].map((line) => line.textContent).join(' ')),
  };
}

async function download(page: Page, button: Locator): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return file;
}

const bytesOf = async (file: Download) => readFileSync(await file.path());

/**
 * Compares, in the page, the PNG with the browser's own rendering of the SVG at the same size:
 * the share of pixels that differ clearly, the share painted other than the background, and the
 * colour of the top-left pixel.
 */
function comparePngWithSvg(page: Page, png: Buffer, svg: string) {
  return page.evaluate(
    async ({ png, svg }) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      const { width, height } = bitmap;
      const pixels = (draw: (ctx: OffscreenCanvasRenderingContext2D) => void) => {
        const ctx = new OffscreenCanvas(width, height).getContext('2d')!;
        draw(ctx);
        return ctx.getImageData(0, 0, width, height).data;
      };
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      await image.decode();
      const painted = pixels((ctx) => ctx.drawImage(bitmap, 0, 0));
      const reference = pixels((ctx) => ctx.drawImage(image, 0, 0, width, height));
      let different = 0;
      let inked = 0;
      for (let i = 0; i < painted.length; i += 4) {
        if ([0, 1, 2].some((c) => Math.abs(painted[i + c]! - reference[i + c]!) > 96)) different++;
        if ([0, 1, 2].some((c) => Math.abs(painted[i + c]! - painted[c]!) > 32)) inked++;
      }
      const count = width * height;
      return { different: different / count, inked: inked / count, corner: [painted[0], painted[1], painted[2]] };
    },
    { png: png.toString('base64'), svg },
  );
}

let server: StaticServer;
let cspServer: StaticServer;
let browser: Browser;
/** Console errors and warnings, uncaught errors and CSP violations of the page under test. */
let problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(SITE, SCRIPT))) throw new Error(`${SITE} is not built: run \`npm run build\` (npm test does)`);
  server = await serve(SITE);
  const cards = `<defence-indicator indicator="${IDS[0]}"></defence-indicator><defence-indicator indicator="${IDS[1]}" theme="dark"></defence-indicator>`;
  cspServer = await serve(SITE, {
    headers: { 'content-security-policy': CSP },
    pages: {
      '/favicon.ico': '',
      '/csp.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Images under CSP</title><script src="/${SCRIPT}"></script></head><body>${cards}<defence-indicator id="no-images" indicator="${IDS[2]}" no-images></defence-indicator></body></html>`,
    },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([server?.close(), cspServer?.close()]);
});

afterEach(() => {
  const seen = problems;
  problems = [];
  expect(seen, 'console errors and warnings, uncaught errors, CSP violations').toEqual([]);
});

/** A page that records its problems (and CSP violations and `di-download` events) from the start. */
async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    const w = window as unknown as { downloads: unknown[]; reportViolation(text: string): void };
    w.downloads = [];
    document.addEventListener('securitypolicyviolation', (e) => w.reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
    document.addEventListener('di-download', (e) => {
      const { id, filename, ...file } = (e as CustomEvent).detail;
      const [kind, data] = Object.entries(file)[0]!;
      w.downloads.push({ id, filename, kind, type: data instanceof Blob ? data.type : typeof data });
    });
  });
  await page.goto(url);
  await takenOver(page);
  return page;
}

const cardOf = (page: Page, id: string) => page.locator(`defence-indicator[indicator="${id}"]`);

/** Brings a card near the screen, where it draws, and waits for its chart. */
async function drawn(card: Locator): Promise<void> {
  await card.scrollIntoViewIfNeeded();
  await card.locator('[part="chart"] svg').first().waitFor({ state: 'attached', timeout: 10_000 });
}

/** How far the card's top is from the top of the viewport, and whether its top is on screen. */
const placeOf = (card: Locator) =>
  card.evaluate((el) => {
    const { top } = el.getBoundingClientRect();
    return { top: Math.round(top), onScreen: top >= -1 && top < innerHeight / 2 };
  });

describe.each(['light', 'dark'] as const)('the dashboard in %s mode', (colorScheme) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    page = await open(context, `${server.url}/`);
  });
  afterAll(() => context.close());

  describe.each(IDS.map((id) => [id]))('%s', (id) => {
    const { resource, indicator, title } = dataOf(id);
    let card: Locator;
    beforeAll(async () => {
      card = cardOf(page, id);
      await drawn(card);
    });

    it('downloads <id>.svg: title, subtitle, the chart at the card’s width, source line and credit, in the card’s colours', async () => {
      const file = await download(page, card.getByRole('button', { name: /^Download SVG/ }));
      expect(file.suggestedFilename()).toBe(`${id}.svg`);
      const svg = readSvg((await bytesOf(file)).toString('utf8'));
      const chartBox = await card.locator('[part="chart"]').evaluate((box) => Math.floor(box.getBoundingClientRect().width));
      expect(svg.chartWidth).toBe(chartBox);
      expect(svg.width).toBe(chartBox + 2 * DEFAULT_CARD_STYLE.padding);
      expect(svg.texts).toEqual([title, indicator.subtitle, sourceLine(resource)]);
      expect(svg.texts[2]).toContain(resource.sources[0]!.title);
      expect(svg.texts[2]!.endsWith(` · ${CREDIT}`)).toBe(true);
      const background = await card.evaluate((el) => getComputedStyle(el).getPropertyValue('--di-background').trim());
      expect(svg.background).toBe(background);
    });

    it('downloads <id>.png at twice the SVG’s size, painting what the browser paints for the SVG', async () => {
      const svgText = (await bytesOf(await download(page, card.getByRole('button', { name: /^Download SVG/ })))).toString('utf8');
      const svg = readSvg(svgText);
      const file = await download(page, card.getByRole('button', { name: /^Download PNG/ }));
      expect(file.suggestedFilename()).toBe(`${id}.png`);
      const png = await bytesOf(file);
      expect(pngSize(png)).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
      const compared = await comparePngWithSvg(page, png, svgText);
      expect(compared.inked, 'share of the PNG painted').toBeGreaterThan(0.03);
      expect(compared.different, 'share of pixels unlike the SVG’s').toBeLessThan(MAX_DIFFERENT);
      if (colorScheme === 'dark') expect(compared.corner).toEqual(DARK_BACKGROUND);
      else expect(compared.corner).toEqual([255, 255, 255]);
    });

    it('cites the card in APA, Chicago and BibTeX, naming the source releases and the article', async () => {
      const toggle = card.getByRole('button', { name: /^Cite/ });
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const [apa, chicago, bibtex] = await card.locator('[part="cite"] :is(p, pre)').allTextContents();
      const address = `${server.url}/#${id}`;
      const versions = [...new Set(resource.sources.flatMap((source) => source.version ?? []))];
      for (const text of [apa!, chicago!]) {
        expect(text).toContain('defence-indicators');
        expect(text).toContain(title);
        expect(text).toContain(ARTICLE.title);
        expect(text).toContain(ARTICLE.url);
        expect(text).toContain(address);
        for (const version of versions) expect(text).toContain(version);
      }
      expect(apa).toContain('Yennie Lindgren, W., & Solli, P. E. (2022, June)');
      expect(chicago).toContain('Wrenn Yennie Lindgren and Per Erik Solli');
      expect(bibtex).toMatch(new RegExp(`^@misc\\{defence-indicators:${id},`));
      expect(bibtex).toContain(escapeBibtex(ARTICLE.title));
      expect(bibtex).toContain(`url = {${address}}`);
      for (const version of versions) expect(bibtex).toContain(escapeBibtex(version));
      await card.getByRole('button', { name: 'Copy BibTeX citation' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
      await toggle.click();
      expect(await card.locator('[part="cite"]').count()).toBe(0);
    });

    it('copies the card’s address, which opens on the card', async () => {
      await card.getByRole('button', { name: /^Copy link/ }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}/#${id}`);
      expect(await card.locator('.link-status').textContent()).toBe('Link copied.');
      expect(await card.getAttribute('id')).toBe(id);
    });
  });

  it('axe-core finds no violations with every card’s citations shown', async () => {
    for (const id of IDS) await cardOf(page, id).getByRole('button', { name: /^Cite/ }).click();
    expect(await page.locator('defence-indicator').locator('[part="cite"]').count()).toBe(IDS.length);
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const { violations } = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { resultTypes: ['violations'] });
      return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
    expect(violations).toEqual([]);
  }, 120_000);
});

describe('links to a card', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  });
  afterAll(() => context.close());

  it('index.html#f35-fleet opens with the card at the top of the screen', async () => {
    const page = await open(context, `${server.url}/index.html#f35-fleet`);
    const card = cardOf(page, 'f35-fleet');
    await card.locator('[part="chart"] svg').first().waitFor({ state: 'attached' });
    await expect.poll(() => placeOf(card)).toMatchObject({ onScreen: true });
    expect((await placeOf(card)).top).toBeLessThan(50);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(500); // it is not the first card
    await page.close();
  });

  it('a fragment link on the page scrolls to the card', async () => {
    const page = await open(context, `${server.url}/`);
    const card = cardOf(page, 'nato-global-partners');
    await card.locator('[part="card"]').waitFor({ state: 'attached' });
    expect((await placeOf(card)).onScreen).toBe(false);
    await page.evaluate(() => {
      const link = Object.assign(document.createElement('a'), { href: '#nato-global-partners', textContent: 'NATO’s partners' });
      document.querySelector('header')!.append(link);
    });
    await page.getByRole('link', { name: 'NATO’s partners' }).click();
    await expect.poll(() => placeOf(card)).toMatchObject({ onScreen: true });
    expect(new URL(page.url()).hash).toBe('#nato-global-partners');
    await page.close();
  });
});

describe('the embed script’s images', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  });
  afterAll(() => context.close());

  /** Downloads both images of the page's first card (and the PNG of the second) and checks them and their events. */
  async function downloadsWork(page: Page): Promise<void> {
    const [first, second] = [cardOf(page, IDS[0]!), cardOf(page, IDS[1]!)];
    for (const card of [first, second]) await drawn(card);
    const svgFile = await download(page, first.getByRole('button', { name: /^Download SVG/ }));
    const svg = readSvg((await bytesOf(svgFile)).toString('utf8'));
    expect(svg.texts[0]).toBe(dataOf(IDS[0]!).title);
    expect(svg.texts[2]).toBe(sourceLine(dataOf(IDS[0]!).resource));
    const png = await bytesOf(await download(page, first.getByRole('button', { name: /^Download PNG/ })));
    expect(pngSize(png)).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
    const dark = await bytesOf(await download(page, second.getByRole('button', { name: /^Download PNG/ })));
    expect(pngSize(dark).width).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { downloads: unknown[] }).downloads)).toEqual([
      { id: IDS[0], filename: `${IDS[0]}.svg`, kind: 'svg', type: 'string' },
      { id: IDS[0], filename: `${IDS[0]}.png`, kind: 'png', type: 'image/png' },
      { id: IDS[1], filename: `${IDS[1]}.png`, kind: 'png', type: 'image/png' },
    ]);
  }

  it('downloads PNG and SVG under a strict CSP, with no violation and no request; no-images hides them', async () => {
    const requests: string[] = [];
    const page = await open(context, `${cspServer.url}/csp.html`);
    page.on('request', (request) => requests.push(request.url()));
    await downloadsWork(page);
    expect(requests.filter((url) => !url.startsWith('blob:'))).toEqual([]);
    const plain = page.locator('#no-images');
    await drawn(plain);
    expect(await plain.getByRole('button', { name: /^Download (PNG|SVG)/ }).count(), 'image buttons with no-images').toBe(0);
    expect(await plain.getByRole('button', { name: /^Download CSV/ }).count()).toBe(1);
    await page.close();
  });

  it('downloads PNG and SVG from a page opened from file://', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'di-images-'));
    try {
      // The script and the file it loads the other indicators from, as a report author copies them.
      for (const file of [SCRIPT, MORE_FILE]) copyFileSync(join(SITE, file), join(dir, file));
      const cards = `<defence-indicator indicator="${IDS[0]}"></defence-indicator><defence-indicator indicator="${IDS[1]}" theme="dark"></defence-indicator>`;
      writeFileSync(join(dir, 'report.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report</title><link rel="icon" href="data:,"><script src="${SCRIPT}"></script></head><body>${cards}</body></html>`);
      const page = await open(context, pathToFileURL(join(dir, 'report.html')).href);
      await downloadsWork(page);
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
