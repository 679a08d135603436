/**
 * The explorer of the SIPRI cards (issue 9) in Debian's Chromium, on the built files: a reader on
 * the dashboard adds countries, narrows the years, changes the measure, copies the link, opens it
 * again and downloads the view's CSV; the back button undoes; the same view preset by attributes
 * in an embed, under a strict CSP and from `file://`; the data file loaded only to explore; and
 * hostile addresses, shown as text.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvParse } from 'd3-dsv';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sipriDataScript } from '../../scripts/explore-data.js';
import { MEASURES, type Measure } from '../../src/explore/view.js';
import { DIST, launchBrowser, ROOT, serve, type StaticServer, takenOver } from './helpers.js';

const SITE = process.env.DIST_DIR ?? DIST;
const SCRIPT = 'defence-indicators.js';
const DATA = 'defence-indicators.data.js';
const CSP = "default-src 'self'";
const ID = 'defence-budget-gdp';
const VIEW = 'countries=JPN,KOR,DEU&from=2000&to=2024&measure=constant_2023_usd_m';
const PRESET = `indicator="${ID}" countries="JPN KOR DEU" from="2000" to="2024" measure="constant_2023_usd_m"`;
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

/** What the snapshot holds for those countries and years, straight from SIPRI's sheet: the rows the CSV must have. */
function expectedRows(codes: string[], from: number, to: number, measure: Measure): string[][] {
  const names = new Map(csvParse(readFileSync(join(ROOT, 'datasets/sipri-milex-2025.csv'), 'utf8')).map((r) => [r.iso3!, r.country!]));
  const sheet = JSON.parse(readFileSync(join(ROOT, 'datasets/sources/sipri-milex-2025', `${MEASURES[measure].sheet}.json`), 'utf8')) as Array<Record<string, unknown>>;
  return codes.flatMap((iso3) => {
    const row = sheet.find((r) => r.country === names.get(iso3))!;
    return Array.from({ length: to - from + 1 }, (_, i) => from + i).flatMap((year) => {
      const value = row[String(year)];
      return value === null ? [] : [[names.get(iso3)!, iso3, String(year), String(value)]];
    });
  });
}
const EXPECTED = expectedRows(['JPN', 'KOR', 'DEU'], 2000, 2024, 'constant_2023_usd_m');

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` + `<script src="/${SCRIPT}"></script></head><body>${body}</body></html>`;
const PAGES = {
  '/favicon.ico': '',
  '/preset.html': page('A preset view', `<defence-indicator id="preset" ${PRESET}></defence-indicator><defence-indicator indicator="regional-military-spending"></defence-indicator>`),
  '/plain.html': page('Headline cards only', `<defence-indicator indicator="${ID}"></defence-indicator><defence-indicator indicator="nato-two-percent"></defence-indicator>`),
};

let browser: Browser;
let server: StaticServer;
let site: StaticServer;
let problems: string[] = [];
let requests: string[] = [];

/** A tab that records console errors, uncaught errors, CSP violations and every request. */
async function open(context: BrowserContext, url: string): Promise<Page> {
  const tab = await context.newPage();
  tab.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`));
  tab.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  tab.on('request', (r) => requests.push(r.url()));
  await tab.exposeFunction('reportViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  await tab.addInitScript(() => {
    const w = window as unknown as { reportViolation(text: string): void };
    document.addEventListener('securitypolicyviolation', (e) => w.reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  await tab.goto(url);
  await takenOver(tab);
  return tab;
}

const dataRequests = () => requests.filter((url) => url.endsWith(`/${DATA}`));

/** The text alternative of the card's chart, or '' before it is drawn. */
const chartLabel = (card: Locator) => card.locator('[part="chart"] svg[role="img"]').first().getAttribute('aria-label', { timeout: 500 }).catch(() => '');

/** Brings the card near the screen, where it draws, and waits for a chart whose text alternative matches. */
async function drawn(card: Locator, description: RegExp = /./): Promise<void> {
  await card.scrollIntoViewIfNeeded();
  await expect.poll(() => chartLabel(card), { timeout: 15_000 }).toMatch(description);
}

/** The card's CSV, downloaded as a reader would: header and rows. */
async function downloadCsv(tab: Page, card: Locator): Promise<{ header: string[]; rows: string[][]; filename: string }> {
  const [file] = await Promise.all([tab.waitForEvent('download'), card.getByRole('button', { name: /^Download CSV/ }).click()]);
  const rows = csvParse(readFileSync(await file.path(), 'utf8'));
  return { header: rows.columns, rows: rows.map((r) => [r.country!, r.iso3!, r.year!, r.constant_2023_usd_m ?? '']), filename: file.suggestedFilename() };
}

const attributes = (card: Locator) =>
  card.evaluate((el) => Object.fromEntries(['countries', 'from', 'to', 'measure'].map((name) => [name, el.getAttribute(name)])));
const EXPLORED = { countries: 'JPN KOR DEU', from: '2000', to: '2024', measure: 'constant_2023_usd_m' };
const EXPLORED_CHART = /^Line chart of military expenditure, constant \(2023\) US\$ .*2000–2024.* for Japan; Korea, South and Germany\./;
const EXPLORED_SUBTITLE = 'Military expenditure, constant (2023) US$ (US$ millions, 2023 prices), 2000–2024 (SIPRI)';

beforeAll(async () => {
  for (const file of [SCRIPT, DATA]) if (!existsSync(join(SITE, file))) throw new Error(`${SITE}/${file} is not built: run \`npm run build\` (npm test does)`);
  browser = await launchBrowser();
  server = await serve(SITE, { headers: { 'content-security-policy': CSP }, pages: PAGES });
  site = await serve(SITE, { pages: { '/favicon.ico': '' } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.close();
});

afterEach(() => {
  expect(problems).toEqual([]);
  problems = [];
  requests = [];
});

describe('the data file', () => {
  it('is built beside the embed script, byte for byte what the generator makes of the snapshot', () => {
    expect(readFileSync(join(SITE, DATA), 'utf8')).toBe(sipriDataScript(join(ROOT, 'datasets/sources')));
  });
});

describe('exploring on the dashboard', () => {
  let context: BrowserContext;
  let tab: Page;
  let card: Locator;
  let link = '';
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    tab = await open(context, `${site.url}/index.html`);
    card = tab.locator(`defence-indicator#${ID}`);
  });
  afterAll(() => context.close());

  it('draws the headline cards without asking for the data file', async () => {
    await drawn(card, /^Line chart of Japan's military expenditure as a share of GDP/);
    await tab.evaluate(() => new Promise((done) => setTimeout(done, 300)));
    expect(dataRequests()).toEqual([]);
  });

  it('adds Korea and Germany, narrows to 2000–2024, switches to constant US$; the verdict stays', async () => {
    const verdict = await card.locator('[part="claim-check"]').getAttribute('data-status');
    await card.getByRole('button', { name: 'Explore' }).click();
    const search = card.getByRole('combobox', { name: 'Add a country' });
    await search.fill('Korea, South');
    await search.press('Enter');
    await expect.poll(() => attributes(card).then((a) => a.countries)).toBe('JPN KOR');
    await search.fill('DEU');
    await search.press('Enter');
    await expect.poll(() => attributes(card).then((a) => a.countries)).toBe('JPN KOR DEU');
    // A year is changed when the reader leaves the box; 2024 is already the last year, so no step.
    for (const [label, year] of [['From', '2000'], ['To', '2024']]) {
      await card.getByLabel(label!, { exact: true }).fill(year!);
      await card.getByLabel(label!, { exact: true }).press('Tab');
    }
    await card.getByLabel('Measure', { exact: true }).selectOption('constant_2023_usd_m');
    expect(await attributes(card)).toEqual(EXPLORED);
    await drawn(card, EXPLORED_CHART);
    expect(await card.locator('[part="claim-check"]').getAttribute('data-status')).toBe(verdict);
    expect(tab.url()).toBe(`${site.url}/index.html?indicator=${ID}&${VIEW}#${ID}`);
    expect(dataRequests()).toHaveLength(1);
  });

  it('downloads exactly the view’s rows: 3 countries × 25 years, less SIPRI’s empty cells', async () => {
    const csv = await downloadCsv(tab, card);
    expect(csv.filename).toBe(`${ID}.csv`);
    expect(csv.header).toEqual(['country', 'iso3', 'year', 'constant_2023_usd_m', 'source', 'source_url']);
    expect(csv.rows).toEqual(EXPECTED);
    expect(EXPECTED.length).toBeGreaterThan(60);
    expect(EXPECTED.length).toBeLessThanOrEqual(75);
  });

  it('says what it draws in its subtitle, and saves it as an image: the view’s subtitle and chart', async () => {
    const own = await card.evaluate((el) => el.shadowRoot!.querySelector('[part="subtitle"]')!.textContent);
    expect(own).toBe(EXPLORED_SUBTITLE);
    const [file] = await Promise.all([tab.waitForEvent('download'), card.getByRole('button', { name: /^Download SVG/ }).click()]);
    const svg = readFileSync(await file.path(), 'utf8');
    expect(svg).toContain(`>${EXPLORED_SUBTITLE.replace('&', '&amp;')}<`);
    expect(svg).toMatch(/aria-label="Line chart of military expenditure, constant \(2023\) US\$/);
  });

  it('copies the address of the view', async () => {
    await card.getByRole('button', { name: 'Copy link' }).click();
    link = await tab.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${site.url}/index.html?indicator=${ID}&${VIEW}#${ID}`);
  });

  it('opens the copied link in a new tab, scrolled to the card, in the same view', async () => {
    const other = await open(context, link);
    const copy = other.locator(`defence-indicator#${ID}`);
    // Drawn where the dashboard scrolled it: near the screen, with no scrolling by the test.
    await expect.poll(() => chartLabel(copy), { timeout: 15_000 }).toMatch(EXPLORED_CHART);
    const top = await copy.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(450);
    expect(await attributes(copy)).toEqual(EXPLORED);
    expect(await chartLabel(copy)).toBe(await chartLabel(card));
    expect((await downloadCsv(other, copy)).rows).toEqual(EXPECTED);
    await other.close();
  });

  it('undoes the last change with the back button, and the one before', async () => {
    await tab.goBack();
    await expect.poll(() => attributes(card)).toEqual({ ...EXPLORED, measure: 'share_of_gdp_pct' });
    expect(tab.url()).toBe(`${site.url}/index.html?indicator=${ID}&countries=JPN,KOR,DEU&from=2000&to=2024&measure=share_of_gdp_pct#${ID}`);
    expect(await card.getByLabel('Measure', { exact: true }).inputValue()).toBe('share_of_gdp_pct');
    await drawn(card, /^Line chart of military expenditure, share of GDP/);
    await tab.goBack();
    await expect.poll(() => attributes(card)).toEqual({ ...EXPLORED, from: '1952', measure: 'share_of_gdp_pct' });
  });

  it('goes back to the card’s own chart and CSV', async () => {
    await card.getByRole('button', { name: 'Show the card’s chart' }).click();
    expect(await attributes(card)).toEqual({ countries: null, from: null, to: null, measure: null });
    await drawn(card, /^Line chart of Japan's military expenditure as a share of GDP/);
    expect(await card.evaluate((el) => el.shadowRoot!.querySelector('[part="subtitle"]')!.textContent)).not.toBe(EXPLORED_SUBTITLE);
    expect(tab.url()).toBe(`${site.url}/index.html#${ID}`);
    expect((await downloadCsv(tab, card)).header.slice(0, 3)).toEqual(['country', 'iso3', 'year']);
  });
});

describe('a preset view in an embed', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ acceptDownloads: true });
  });
  afterAll(() => context.close());

  it('draws from its attributes under a strict CSP, loading the data file once, from its own origin', async () => {
    const tab = await open(context, `${server.url}/preset.html`);
    const card = tab.locator('#preset');
    await drawn(card, EXPLORED_CHART);
    await drawn(tab.locator('defence-indicator[indicator="regional-military-spending"]'), /^Line chart of military expenditure in constant/);
    expect((await downloadCsv(tab, card)).rows).toEqual(EXPECTED);
    expect(dataRequests()).toEqual([`${server.url}/${DATA}`]);
    expect(requests.filter((url) => new URL(url).origin !== server.url)).toEqual([]);
    // The countries were put in order when the file was built (Node's ICU): this browser's collation agrees.
    const names = await tab.evaluate(() => {
      const data = (window as unknown as { DefenceIndicatorsSipri: { countries: string[]; byName: number[] } }).DefenceIndicatorsSipri;
      return data.byName.map((i) => data.countries[i]!);
    });
    expect(names).toHaveLength(174);
    expect(await tab.evaluate((names) => [...names].sort((a, b) => a.localeCompare(b, 'en')), names)).toEqual(names);
    await tab.close();
  });

  it('asks for no data where no card explores', async () => {
    const tab = await open(context, `${server.url}/plain.html`);
    for (const card of await tab.locator('defence-indicator').all()) await drawn(card);
    await tab.evaluate(() => new Promise((done) => setTimeout(done, 300)));
    expect(dataRequests()).toEqual([]);
    await tab.close();
  });

  it('draws from file://, the data file beside the script', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'di-explore-'));
    try {
      for (const file of [SCRIPT, DATA]) copyFileSync(join(SITE, file), join(dir, file));
      writeFileSync(join(dir, 'report.html'), page('From disk', `<defence-indicator id="preset" ${PRESET}></defence-indicator>`).replace(`/${SCRIPT}`, SCRIPT));
      const tab = await open(context, pathToFileURL(join(dir, 'report.html')).href);
      const card = tab.locator('#preset');
      await drawn(card, EXPLORED_CHART);
      expect((await downloadCsv(tab, card)).rows).toEqual(EXPECTED);
      expect(dataRequests()).toEqual([pathToFileURL(join(dir, DATA)).href]);
      expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
      await tab.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('hostile addresses', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
  });
  afterAll(() => context.close());

  /** Opens the dashboard at `query`; checks nothing ran and every card still draws. */
  async function dashboardAt(query: string): Promise<Page> {
    const tab = await open(context, `${site.url}/index.html?${query}`);
    await tab.locator('defence-indicator').first().waitFor();
    for (const card of (await tab.locator('defence-indicator').all()).slice(0, 4)) await drawn(card);
    expect(await tab.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    return tab;
  }

  it('names an unknown indicator as text', async () => {
    const tab = await dashboardAt(`indicator=${encodeURIComponent(HOSTILE)}&countries=JPN`);
    const alert = tab.locator('defence-dashboard .address-problems');
    expect(await alert.textContent()).toContain(`names the indicator “<img src=x onerror="window.__pwned=1">”, which is not on this dashboard`);
    expect(await alert.locator('img').count()).toBe(0);
    await tab.close();
  });

  it('names hostile and out-of-range values on the card as text, and draws what it can', async () => {
    const query = `indicator=${ID}&countries=${encodeURIComponent(`<script>window.__pwned=1</script>,KOR,XYZ`)}&from=${encodeURIComponent('<b>x</b>')}&to=99999&measure=${encodeURIComponent(HOSTILE)}`;
    const tab = await dashboardAt(query);
    const card = tab.locator(`defence-indicator#${ID}`);
    await drawn(card, /for Korea, South\./);
    const notes = card.locator('[part="explore-notes"]');
    const text = (await notes.textContent())!;
    expect(text).toContain('Not a country code: “<script>window.__pwned=1</script>”');
    expect(text).toContain('no country with the code “XYZ”');
    expect(text).toContain('from: “<b>x</b>” is not a year');
    expect(text).toContain('to: “99999” is not a year');
    expect(text).toContain(`Unknown measure “${HOSTILE}”`);
    expect(await notes.locator('script, b, img').count()).toBe(0);
    await tab.close();
  });

  it('shortens a very long value, and a card that cannot be explored says so', async () => {
    // As long as a server takes (Node's limit on a request's head is 16 kB).
    const tab = await dashboardAt(`indicator=defence-budget-gdp&countries=${'<A>'.repeat(1500)}`);
    const notes = tab.locator(`defence-indicator#${ID} [part="explore-notes"]`);
    await expect.poll(() => notes.textContent().then((t) => t?.length ?? 0)).toBeGreaterThan(0);
    expect((await notes.textContent())!.length).toBeLessThan(600);
    await tab.close();
    const f35 = await dashboardAt('indicator=f35-fleet&countries=JPN');
    expect(await f35.locator('defence-indicator#f35-fleet [part="explore-notes"]').textContent()).toContain('This card cannot be explored');
    await f35.close();
  });
});
