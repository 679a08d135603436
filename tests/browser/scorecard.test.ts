/**
 * The scorecard on the built dashboard and in an embed, in Debian's Chromium: first on the page,
 * one row per claim in the article's order with its verdict, links that bring a card into view
 * (also inside a shadow root, where a fragment link alone does not reach), `claims.csv`, and the
 * page's ClaimReview items, which must say what the scorecard says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/indicators/all.js';
import { claimRows } from '../../src/lib/claims.js';
import { DIST, launchBrowser, serve, type StaticServer, takenOver } from './helpers.js';

const SITE = process.env.DIST_DIR ?? DIST;
const CLAIMS = claimRows(INDICATORS);
/** A card placed inside a shadow root, declaratively, and the scorecard outside it, far above. */
const SHADOW_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cards in a shadow root</title>' +
  '<script src="/defence-indicators.js"></script></head><body>' +
  '<defence-scorecard></defence-scorecard><svg width="1" height="4000" aria-hidden="true"></svg>' +
  '<div id="host"><template shadowrootmode="open"><defence-indicator id="f35-fleet" indicator="f35-fleet"></defence-indicator></template></div>' +
  '</body></html>';

let server: StaticServer;
let browser: Browser;
let page: Page;

const inView = (tab: Page, selector: string, inShadow = false) =>
  tab.evaluate(
    ([sel, shadow]) => {
      const root = shadow ? document.getElementById('host')!.shadowRoot! : document;
      const box = root.querySelector(sel as string)!.getBoundingClientRect();
      return box.top < innerHeight && box.bottom > 0;
    },
    [selector, inShadow] as const,
  );

beforeAll(async () => {
  server = await serve(SITE, { pages: { '/shadow.html': SHADOW_PAGE, '/favicon.ico': '' } });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1200, height: 800 }, acceptDownloads: true });
  await page.goto(`${server.url}/index.html`);
  await takenOver(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the scorecard on the dashboard', () => {
  it('comes first, before every card', async () => {
    const first = await page.evaluate(() => {
      const scorecard = document.querySelector('defence-scorecard')!;
      const card = document.querySelector('defence-indicator')!;
      return Boolean(scorecard.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(first).toBe(true);
  });

  it('lists every claim in the article’s order, with the cards’ verdicts on the rows and nowhere else', async () => {
    const shown = await page.locator('defence-scorecard').evaluate((el) => ({
      rows: [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => ({ claim: tr.getAttribute('data-claim'), status: tr.getAttribute('data-status') })),
      others: el.shadowRoot!.querySelectorAll('[data-status]:not(tbody tr)').length,
      summary: el.shadowRoot!.querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, ' '),
    }));
    expect(shown.rows).toEqual(CLAIMS.map((r) => ({ claim: r.claim.id, status: r.check.status })));
    expect(shown.others).toBe(0);
    const supported = CLAIMS.filter((r) => r.check.status === 'supported').length;
    expect(shown.summary).toContain(`${supported} supported`);
  });

  it('brings a card into view when its link is clicked, and puts the card in the address', async () => {
    const last = CLAIMS.at(-1)!.indicator.id;
    expect(await inView(page, `#${last}`)).toBe(false);
    await page.locator('defence-scorecard').getByRole('link', { name: last }).first().click();
    await expect.poll(() => inView(page, `#${last}`)).toBe(true);
    expect(new URL(page.url()).hash).toBe(`#${last}`);
  });

  it('downloads claims.csv with one row per claim', async () => {
    await page.evaluate(() => scrollTo(0, 0));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('defence-scorecard').getByRole('button', { name: /^Download CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('claims.csv');
    const parsed = csvParse(readFileSync((await download.path())!, 'utf8'));
    expect(parsed.columns).toEqual(['claim', 'verdict', 'deciding_figure', 'indicator', 'source']);
    expect(parsed.map((r) => r.indicator)).toEqual(CLAIMS.map((r) => r.indicator.id));
  });

  it('carries a ClaimReview for every claim, with the scorecard’s verdicts', () => {
    const html = readFileSync(join(SITE, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    const reviews = scripts.flatMap((s) => s['@graph'] ?? [s]).filter((n: { '@type': string }) => n['@type'] === 'ClaimReview');
    expect(reviews.map((r: { claimReviewed: string }) => r.claimReviewed)).toEqual(CLAIMS.map((r) => r.claim.quote));
    expect(reviews.map((r: { reviewRating: { alternateName: string } }) => r.reviewRating.alternateName)).toEqual(CLAIMS.map((r) => r.check.verdict));
    for (const [i, review] of reviews.entries()) expect(review.url).toMatch(new RegExp(`#${CLAIMS[i]!.indicator.id}$`));
  });
});

describe('the scorecard in an embed, with the card inside a shadow root', () => {
  it('brings the card into view, where a fragment link alone would not reach it', async () => {
    const tab = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await tab.goto(`${server.url}/shadow.html`);
    await tab.locator('defence-scorecard tr[data-status]').first().waitFor();
    expect(await inView(tab, '#f35-fleet', true)).toBe(false);
    await tab.locator('defence-scorecard').getByRole('link', { name: 'f35-fleet' }).first().click();
    await expect.poll(() => inView(tab, '#f35-fleet', true)).toBe(true);
    await tab.close();
  });
});
