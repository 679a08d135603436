/**
 * The embed script and its second file, `defence-indicators.more.js`, in Debian's Chromium: the
 * headline cards draw with the data inside the embed script and never ask for the second file;
 * the other cards and the scorecard load it once, from `file://` and under a strict
 * Content-Security-Policy; without it, those cards say which file is missing and where, and the
 * headline cards still draw.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/indicators/all.js';
import { inEmbedScript } from '../../src/indicators/index.js';
import { MORE_FILE } from '../../src/indicators/more-file.js';
import { claimRows } from '../../src/lib/claims.js';
import { DIST, launchBrowser, serve, type StaticServer } from './helpers.js';

const SITE = process.env.DIST_DIR ?? DIST;
const SCRIPT = 'defence-indicators.js';
const CSP = "default-src 'self'";
const HEADLINE = INDICATORS.filter((i) => inEmbedScript(i.id)).map((i) => i.id);
const LATER = INDICATORS.filter((i) => !inEmbedScript(i.id)).map((i) => i.id);
const CLAIMS = claimRows(INDICATORS).length;

const page = (title: string, body: string, script = `/${SCRIPT}`) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<script src="${script}"></script></head><body>${body}</body></html>`;
const cards = (ids: readonly string[]) => ids.map((id) => `<defence-indicator id="${id}" indicator="${id}"></defence-indicator>`).join('');

let browser: Browser;
/** What the page did wrong: console errors, uncaught errors, CSP violations. */
let problems: string[] = [];
let requests: string[] = [];

async function open(url: string): Promise<Page> {
  const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  tab.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  tab.on('request', (r) => requests.push(r.url()));
  await tab.exposeFunction('reportViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  await tab.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    ),
  );
  await tab.goto(url);
  return tab;
}

/** Brings each card near the viewport and waits until every one has drawn its chart. */
async function allDrawn(tab: Page, selector = 'defence-indicator'): Promise<void> {
  // Placeholders first take their cards' sizes, or a card scrolled past would be left far from the screen.
  await tab
    .waitForFunction((sel) => [...document.querySelectorAll(sel)].every((el) => el.shadowRoot?.querySelector('[part="card"], [part="error"]')), selector, { timeout: 15_000 })
    .catch(async () => {
      throw new Error(`not every card was rendered: ${await cardStates(tab, selector)}`);
    });
  // Each in turn, staying until it has drawn, as a reader would: on a busy machine, a card
  // scrolled past before any frame saw it draws only when it comes back.
  for (const card of await tab.locator(selector).all()) {
    await card.scrollIntoViewIfNeeded();
    await card
      .locator('[part="chart"] svg')
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(async () => {
        throw new Error(`a card did not draw: ${await cardStates(tab, selector)}`);
      });
  }
}

/** Each card's state, for a failure's message: what it shows, and where it is. */
const cardStates = (tab: Page, selector: string) =>
  tab.evaluate(
    (sel) =>
      JSON.stringify(
        [...document.querySelectorAll(sel)].map((el) => {
          const root = el.shadowRoot;
          const { top, bottom } = el.getBoundingClientRect();
          return {
            id: el.id,
            parts: [...(root?.querySelectorAll('[part]') ?? [])].map((p) => p.getAttribute('part')).slice(0, 6),
            chart: root?.querySelector('[part="chart"]')?.innerHTML.slice(0, 120) ?? null,
            top: Math.round(top),
            bottom: Math.round(bottom),
          };
        }),
      ) + ` scrollY=${scrollY} more=${document.querySelectorAll('script[src$="more.js"]').length}`,
    selector,
  );

const moreRequests = () => requests.filter((url) => url.endsWith(`/${MORE_FILE}`));

/**
 * Opens a page from `file://` in a folder with the embed script, and the second file unless told
 * otherwise, then removes the folder. Starts the record of problems and requests afresh.
 */
async function fromDisk(body: string, use: (tab: Page, dir: string) => Promise<void>, { withMore = true } = {}): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'di-more-'));
  try {
    copyFileSync(join(SITE, SCRIPT), join(dir, SCRIPT));
    if (withMore) copyFileSync(join(SITE, MORE_FILE), join(dir, MORE_FILE));
    writeFileSync(join(dir, 'page.html'), page('Cards from file://', body, SCRIPT));
    requests = [];
    problems = [];
    const tab = await open(pathToFileURL(join(dir, 'page.html')).href);
    await use(tab, dir);
    await tab.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  for (const file of [SCRIPT, MORE_FILE]) if (!existsSync(join(SITE, file))) throw new Error(`${SITE}/${file} is not built: run \`npm run build\``);
  browser = await launchBrowser();
});

afterAll(() => browser?.close());

describe('the second file', () => {
  it('holds the cards that the embed script does not carry', () => {
    expect(HEADLINE).toEqual(['defence-budget-gdp', 'defence-spending-rank', 'f35-fleet', 'ipd22-deployment', 'nato-global-partners']);
    expect(LATER).toHaveLength(6);
  });

  it('is not asked for by the headline cards, which draw with the data inside the embed script', () =>
    fromDisk(cards(HEADLINE), async (tab) => {
      await allDrawn(tab);
      expect(moreRequests()).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
      expect(problems).toEqual([]);
    }));

  it('draws each of the other cards from file://, loaded once for them all', () =>
    fromDisk(cards(LATER), async (tab) => {
      await allDrawn(tab);
      expect(moreRequests()).toHaveLength(1);
      expect(await tab.locator('defence-indicator [part="error"]').count()).toBe(0);
      expect(problems).toEqual([]);
    }));

  it('shows all the claims in an embedded scorecard, from file://', () =>
    fromDisk('<defence-scorecard></defence-scorecard>', async (tab) => {
      await expect.poll(() => tab.locator('defence-scorecard tr[data-status]').count()).toBe(CLAIMS);
      expect(CLAIMS).toBe(21);
      expect(problems).toEqual([]);
    }));

  it('missing, is named with its address by the cards that need it, and the headline cards still draw', () =>
    fromDisk(
      cards([HEADLINE[0]!, LATER[0]!]) + '<defence-scorecard></defence-scorecard>',
      async (tab, dir) => {
        await allDrawn(tab, `#${HEADLINE[0]}`);
        const missing = `${MORE_FILE} could not be loaded from ${pathToFileURL(join(dir, MORE_FILE)).href}`;
        await expect.poll(() => tab.locator(`#${LATER[0]} [part="error"]`).textContent()).toContain(missing);
        await expect.poll(() => tab.locator('defence-scorecard [part="error"]').textContent()).toContain(missing);
        // The browser reports the missing file itself; nothing else may go wrong.
        expect(problems.filter((p) => !p.includes('ERR_FILE_NOT_FOUND'))).toEqual([]);
      },
      { withMore: false },
    ));
});

describe('under a strict Content-Security-Policy', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(SITE, {
      headers: { 'content-security-policy': CSP },
      // Chromium asks every origin for an icon; a 404 would be logged as a console error.
      pages: { '/favicon.ico': '', '/later.html': page('The other cards under CSP', cards(LATER)), '/scorecard.html': page('Scorecard under CSP', '<defence-scorecard></defence-scorecard>') },
    });
  });
  afterAll(() => server?.close());

  it('draws each of the other cards, with no violation', async () => {
    requests = [];
    problems = [];
    const tab = await open(`${server.url}/later.html`);
    await allDrawn(tab);
    expect(moreRequests()).toEqual([`${server.url}/${MORE_FILE}`]);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('shows all the claims in the scorecard', async () => {
    problems = [];
    const tab = await open(`${server.url}/scorecard.html`);
    await expect.poll(() => tab.locator('defence-scorecard tr[data-status]').count()).toBe(CLAIMS);
    expect(problems).toEqual([]);
    await tab.close();
  });
});
