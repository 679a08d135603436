/**
 * The "Since the article" section on the built dashboard and in an embed: every card has one
 * (`part="since"`), its items dated with `<time>` and linked to their sources, in the data's
 * order, and an item that only one secondary source states says so.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/indicators/all.js';
import { sinceTheArticle } from '../../src/lib/since.js';
import { DIST, launchBrowser, serve, type StaticServer, takenOver } from './helpers.js';

const IDS = INDICATORS.map((i) => i.id);
/** The built site; `DIST_DIR` points elsewhere, e.g. at a copy while another build rewrites dist/. */
const SITE = process.env.DIST_DIR ?? DIST;

let server: StaticServer;
let browser: Browser;
/** Console errors and uncaught errors of the pages under test. */
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(SITE, 'index.html'))) throw new Error(`${SITE} is not built: run \`npm run build\` (npm test does)`);
  server = await serve(SITE, {
    pages: {
      '/embed.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embed</title><link rel="icon" href="data:,">
        <script src="/defence-indicators.js"></script></head>
        <body><main><defence-indicator indicator="japan-defence-budget"></defence-indicator></main></body></html>`,
    },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  expect(problems, 'console errors and uncaught errors').toEqual([]);
});

async function open(path: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
  page.on('console', (message) => void (message.type() === 'error' && problems.push(`${path}: ${message.text()}`)));
  page.on('pageerror', (error) => problems.push(`${path}: uncaught ${error.message}`));
  await page.goto(server.url + path);
  await takenOver(page);
  return page;
}

/** The section's items as the reader gets them: the date's machine value, the text, the links and their addresses. */
async function itemsOf(card: Locator) {
  const since = card.locator('[part="since"]');
  await since.scrollIntoViewIfNeeded();
  return since.locator('li').evaluateAll((items) =>
    items.map((li) => ({
      datetime: li.querySelector('time')?.getAttribute('datetime') ?? null,
      date: li.querySelector('time')?.textContent?.trim() ?? '',
      text: li.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      href: li.querySelector('a')?.getAttribute('href') ?? null,
    })),
  );
}

describe('the dashboard', () => {
  let page: Page;
  beforeAll(async () => void (page = await open('/')));
  afterAll(() => page.context().close());

  it.each(IDS.map((id) => [id]))('%s has a “Since the article” section with dated, linked items', async (id) => {
    const card = page.locator(`defence-indicator[indicator="${id}"]`);
    expect(await card.locator('[part="since"]').count()).toBe(1);
    const expected = sinceTheArticle(id);
    const shown = await itemsOf(card);
    // Rendered once the card is on the screen (a card far from it is not laid out: content-visibility).
    await expect.poll(() => card.locator('[part="since"] h3').innerText()).toBe('Since the article');
    expect(shown.length).toBe(expected.length);
    expected.forEach((item, i) => {
      const li = shown[i]!;
      expect(li.datetime).toBe(item.date);
      expect(li.date).toMatch(/\d{4}/);
      expect(li.href).toBe(item.source_url);
      expect(li.text).toContain(item.text);
      expect(li.text.includes('(one secondary source)'), item.text).toBe(item.confidence === 'M');
    });
  });
});

describe('an embed', () => {
  it('shows the section inside the card’s shadow root', async () => {
    const page = await open('/embed.html');
    const card = page.locator('defence-indicator');
    const shown = await itemsOf(card);
    expect(shown.length).toBe(sinceTheArticle('japan-defence-budget').length);
    expect(shown.every((li) => li.datetime && li.href?.startsWith('http'))).toBe(true);
    expect(await card.evaluate((el) => el.shadowRoot?.querySelector('[part="since"]') !== null)).toBe(true);
    await page.context().close();
  });
});
