/**
 * `<defence-country-picker>` from the built embed script (`dist/defence-indicators.js`, which
 * `npm test` builds first), in Debian's Chromium, on a page under a strict Content-Security-Policy:
 * the keyboard alone adds two countries and removes one, with the `change` events that say so;
 * Escape closes the list; and axe-core finds nothing with the list open, in light and dark mode.
 * No page may log a console error or warning, throw, or break the policy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DIST, launchBrowser, serve, type StaticServer } from './helpers.js';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** The built files; `DIST_DIR` points elsewhere, e.g. at a copy while another build rewrites dist/. */
const SITE = process.env.DIST_DIR ?? DIST;
const SCRIPT = 'defence-indicators.js';
const CSP = "default-src 'self'";
/** Enough countries for the list to scroll, as SIPRI's 170-odd do. */
const COUNTRIES = [
  ['AUS', 'Australia'], ['AUT', 'Austria'], ['BEL', 'Belgium'], ['BRA', 'Brazil'], ['CAN', 'Canada'], ['CHN', 'China'],
  ['DNK', 'Denmark'], ['EST', 'Estonia'], ['FIN', 'Finland'], ['FRA', 'France'], ['DEU', 'Germany'], ['IND', 'India'],
  ['ITA', 'Italy'], ['JPN', 'Japan'], ['KOR', 'Korea, South'], ['NLD', 'Netherlands'], ['NZL', 'New Zealand'], ['NOR', 'Norway'],
  ['POL', 'Poland'], ['RUS', 'Russia'], ['TWN', 'Taiwan'], ['TUR', 'Türkiye'], ['GBR', 'United Kingdom'], ['USA', 'United States of America'],
].map(([iso3, name]) => ({ iso3: iso3!, name: name! }));

const PAGES = {
  '/favicon.ico': '',
  '/picker.html':
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Country picker</title><script src="/${SCRIPT}"></script></head>` +
    '<body><main><h1>Countries to compare</h1><defence-country-picker></defence-country-picker><p><a href="#top">After the picker</a></p></main></body></html>',
};

let server: StaticServer;
let browser: Browser;
let problems: string[] = [];

async function open(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 800, height: 700 }, colorScheme });
  const tab = await context.newPage();
  tab.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`));
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await tab.exposeFunction('reportViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  // Injected by the browser, not by the page: allowed under the policy, and there before any script.
  await tab.addInitScript(() => {
    const w = window as unknown as { changes: string[][]; reportViolation(t: string): void };
    w.changes = [];
    document.addEventListener('securitypolicyviolation', (e) => w.reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
    document.addEventListener('change', (e) => e instanceof CustomEvent && w.changes.push(e.detail.value));
  });
  await tab.goto(`${server.url}/picker.html`);
  // The page's own script would set the options, as the explorer does with SIPRI's countries.
  await tab.evaluate(async (options) => {
    await customElements.whenDefined('defence-country-picker');
    const picker = document.querySelector('defence-country-picker') as HTMLElement & { options: unknown; updateComplete: Promise<unknown> };
    picker.options = options;
    await picker.updateComplete;
  }, COUNTRIES);
  return tab;
}

const changes = (tab: Page) => tab.evaluate(() => (window as unknown as { changes: string[][] }).changes);
/** What has the focus, inside the picker's shadow root: its role or tag, and its accessible name. */
const focused = (tab: Page) =>
  tab.evaluate(() => {
    const inner = document.activeElement?.shadowRoot?.activeElement;
    return inner ? `${inner.getAttribute('role') ?? inner.localName} ${inner.getAttribute('aria-label') ?? ''}`.trim() : document.activeElement?.localName;
  });
const input = (tab: Page) => tab.locator('defence-country-picker').getByRole('combobox');

beforeAll(async () => {
  if (!existsSync(join(SITE, SCRIPT))) throw new Error(`${SITE}/${SCRIPT} is not built: run \`npm run build\` (npm test does)`);
  server = await serve(SITE, { headers: { 'content-security-policy': CSP }, pages: PAGES });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  expect(problems).toEqual([]);
  problems = [];
});

describe('<defence-country-picker> in the embed script', () => {
  it('adds two countries and removes one by keyboard alone, firing change with each new list', async () => {
    const tab = await open();
    await tab.keyboard.press('Tab');
    expect(await focused(tab)).toBe('combobox');
    // A code typed, then Enter: the first match.
    await tab.keyboard.type('kor');
    await expect.poll(() => input(tab).getAttribute('aria-expanded')).toBe('true');
    expect(await input(tab).getAttribute('aria-activedescendant')).toBe('option-KOR');
    await tab.keyboard.press('Enter');
    // A name's start, then ArrowDown to the second match.
    await tab.keyboard.type('aus');
    await tab.keyboard.press('ArrowDown');
    expect(await input(tab).getAttribute('aria-activedescendant')).toBe('option-AUT');
    await tab.keyboard.press('Enter');
    expect(await changes(tab)).toEqual([['KOR'], ['KOR', 'AUT']]);
    // Tab from the text box reaches the first remove button; Enter presses it.
    await tab.keyboard.press('Tab');
    expect(await focused(tab)).toBe('button Remove Korea, South');
    await tab.keyboard.press('Enter');
    expect(await changes(tab)).toEqual([['KOR'], ['KOR', 'AUT'], ['AUT']]);
    expect(await focused(tab)).toBe('button Remove Austria');
    const chosen = tab.locator('defence-country-picker').getByRole('list', { name: 'Chosen countries' });
    expect(await chosen.innerText()).toContain('Austria');
    expect(await chosen.innerText()).not.toContain('Korea');
    await tab.context().close();
  });

  it('closes the list on Escape, keeping what was typed, and opens it again with ArrowDown', async () => {
    const tab = await open();
    await input(tab).focus();
    await tab.keyboard.type('ja');
    await expect.poll(() => input(tab).getAttribute('aria-expanded')).toBe('true');
    expect(await tab.locator('defence-country-picker').getByRole('listbox').isVisible()).toBe(true);
    await tab.keyboard.press('Escape');
    expect(await input(tab).getAttribute('aria-expanded')).toBe('false');
    expect(await tab.locator('defence-country-picker').getByRole('listbox').isVisible()).toBe(false);
    expect(await input(tab).inputValue()).toBe('ja');
    await tab.keyboard.press('ArrowDown');
    expect(await input(tab).getAttribute('aria-activedescendant')).toBe('option-JPN');
    expect(await changes(tab)).toEqual([]);
    await tab.context().close();
  });

  describe.each(['light', 'dark'] as const)('%s mode', (scheme) => {
    it('axe-core finds no violations with countries chosen and the list open', async () => {
      const tab = await open(scheme);
      expect(await tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      await input(tab).focus();
      for (const code of ['jpn', 'usa']) {
        await tab.keyboard.type(code);
        await tab.keyboard.press('Enter');
      }
      // Open on every country, the third one ready for Enter: the list scrolls.
      await tab.keyboard.press('ArrowDown');
      await tab.keyboard.press('ArrowDown');
      await tab.keyboard.press('ArrowDown');
      await expect.poll(() => input(tab).getAttribute('aria-expanded')).toBe('true');
      // Run by the browser, not added to the page as a script, which the policy would block.
      await tab.evaluate(AXE);
      const violations = await tab.evaluate(async () => {
        const { violations } = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { resultTypes: ['violations'] });
        return violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
      });
      expect(violations).toEqual([]);
      await tab.context().close();
    });
  });
});
