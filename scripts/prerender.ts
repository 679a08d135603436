/**
 * Part of `npm run build`, after the dashboard's build: bakes the dashboard into
 * `dist/index.html`, as Our World in Data bakes its charts. The built page is opened in Debian's
 * Chromium; every card draws its chart (Plot, as in the page) at the width of a desktop column;
 * then the scorecard and the cards are written into the HTML with their shadow roots as
 * declarative shadow DOM (`<template shadowrootmode="open">`), each with its styles inline.
 *
 * The page then paints from its HTML, and reads without JavaScript: for that case each card also
 * carries, in a `<noscript>`, a link to its published CSV file (`data/…`) and to its data table as
 * a page of its own (`tables/<id>.html`, written here); the buttons that need the script are hidden
 * by `@media (scripting: none)`. With JavaScript, the script is loaded on first use (below); each
 * element then takes its root over and renders the same content into it before the next paint,
 * keeping the chart the build drew while it still fits (`src/lib/take-over.ts`).
 *
 * Without a Chromium (`CHROMIUM_PATH`, default `/usr/bin/chromium`) the step says so and leaves
 * the page as the script draws it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { EARLY_CLICK } from '../src/lib/take-over.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGE = join(ROOT, 'dist/index.html');
/** A desktop window: the cards' charts are drawn at the width of its column, and scale down on narrower screens until redrawn. */
const VIEWPORT = { width: 1200, height: 900 };
const EMPTY_DASHBOARD = '<defence-dashboard></defence-dashboard>';
/** The folder of the cards' data tables as pages, for readers without JavaScript. */
const TABLES = 'tables';
/** The page's stylesheet, as Vite writes it into the page. */
const PAGE_STYLESHEET = /<link rel="stylesheet" crossorigin href="([^"]+)">/;
/** The dashboard's script, as Vite writes it into the page. */
const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/** What the reader does that calls for the page's script. */
const ACTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown', 'wheel', 'scroll', 'resize'];

/**
 * The page's script, loaded on first use: for a reader who only reads, the HTML is the whole
 * page, and no script is loaded, parsed or run. It is asked for when the reader acts (points,
 * touches, types, scrolls or resizes the window), and once the first frame is painted where the
 * HTML cannot show what the reader asked for: an explored view in the address, or a dark colour
 * scheme (the build drew the charts light). A button pressed before the script has defined its
 * card is marked on the card (`EARLY_CLICK`), which presses it again once it has taken over.
 */
const loadOnFirstUse = (src: string) => `<script type="module">
const load = () => import(${JSON.stringify(src)});
const acts = ${JSON.stringify(ACTS)};
const act = () => {
  for (const type of acts) removeEventListener(type, act, true);
  load();
};
if (location.search || matchMedia('(prefers-color-scheme: dark)').matches) requestAnimationFrame(() => setTimeout(load));
else for (const type of acts) addEventListener(type, act, { capture: true, passive: true });
addEventListener('click', (event) => {
  const button = event.composedPath().find((node) => node instanceof HTMLButtonElement && node.hasAttribute('part'));
  const host = button && button.getRootNode().host;
  if (host && !customElements.get(host.localName)) host.setAttribute(${JSON.stringify(EARLY_CLICK)}, button.getAttribute('part'));
}, true);
</script>`;

if (!existsSync(CHROMIUM_PATH)) {
  console.warn(`prerender: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH): dist/index.html is left to draw in the browser.`);
  process.exit(0);
}
const html = readFileSync(PAGE, 'utf8');
if (!html.includes(EMPTY_DASHBOARD) || !MODULE_SCRIPT.test(html)) throw new Error(`prerender: dist/index.html has no ${EMPTY_DASHBOARD} to fill, or no module script`);

const server = await preview({ root: ROOT, logLevel: 'error', preview: { port: 0, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: VIEWPORT, colorScheme: 'light' });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  // tsx compiles `bake` with esbuild's keepNames, whose `__name` helper the page does not have.
  await page.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  await page.goto(new URL('index.html', server.resolvedUrls!.local[0]).href);
  const { dashboard, pageStyles, tables } = await page.evaluate(bake, TABLES);
  if (problems.length) throw new Error(`prerender: the page reported problems:\n${problems.join('\n')}`);
  const baked = html
    .replace(MODULE_SCRIPT, (_tag, src: string) => loadOnFirstUse(src))
    // The page's own few rules, inline: no request stands between the HTML and its first paint.
    .replace(PAGE_STYLESHEET, (_tag, href: string) => `<style>${readFileSync(join(ROOT, 'dist', href), 'utf8')}</style>`)
    .replace('</head>', `<style>${pageStyles}</style>\n</head>`)
    .replace(EMPTY_DASHBOARD, `<defence-dashboard prerendered>${dashboard}</defence-dashboard>`);
  writeFileSync(PAGE, baked);
  mkdirSync(join(ROOT, 'dist', TABLES), { recursive: true });
  for (const { file, title, table } of tables) writeFileSync(join(ROOT, 'dist', file), tablePage(title, table));
  console.log(`prerender: dist/index.html now holds the scorecard and every card (${(dashboard.length / 1024).toFixed(0)} kB of HTML), and dist/${TABLES}/ a table page per card`);
} finally {
  await browser.close();
  await new Promise<void>((done) => server.httpServer.close(() => done()));
}

/** Text as HTML: the headline is the card's text, not markup. (A declaration: the steps above run before any `const` below them.) */
function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A card's data table (markup the element rendered) as a page of its own, for readers without JavaScript. */
function tablePage(title: string, table: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Data: ${escapeText(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 1rem; line-height: 1.4; }
  table { border-collapse: collapse; font-size: 0.9rem; }
  caption { text-align: left; font-weight: 600; margin-bottom: 0.5rem; }
  th, td { border-bottom: 1px solid #d5d9e0; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
  td.number { text-align: right; font-variant-numeric: tabular-nums; }
</style></head>
<body><p><a href="../index.html">Back to the dashboard</a></p>${table}</body></html>
`;
}

/**
 * Runs in the page: draws every card, adds what the page needs without its script, and returns the
 * dashboard's content as HTML with its elements' shadow roots. Self-contained (it is serialised into the page).
 */
async function bake(tablesFolder: string): Promise<{ dashboard: string; pageStyles: string; tables: Array<{ file: string; title: string; table: string }> }> {
  type Card = HTMLElement & { updateComplete: Promise<boolean>; tableOpen: boolean; loaded: { resource: { path: string } } | null; indicator: string };
  await customElements.whenDefined('defence-dashboard');
  const dashboard = document.querySelector('defence-dashboard') as HTMLElement & { updateComplete: Promise<boolean> };
  await dashboard.updateComplete;
  const cards = [...dashboard.querySelectorAll<Card>('defence-indicator')];
  const elements = [...dashboard.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('defence-scorecard'), ...cards];
  await Promise.all(elements.map((element) => element.updateComplete));
  /** Waits, for at most 30 s, until every card is `ready`; names the cards that are not. */
  const everyCard = async (ready: (card: Card) => unknown, what: string) => {
    for (let wait = 0; !cards.every(ready); wait++) {
      if (wait > 600) throw new Error(`not ${what}: ${cards.filter((card) => !ready(card)).map((card) => card.id)}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  };
  // Every card shows its indicator (some load theirs from a chunk of their own) before it is drawn.
  await everyCard((card) => card.loaded, 'loaded');
  // The cards draw for print at their box's width at once, not as the reader scrolls.
  dispatchEvent(new Event('beforeprint'));
  await everyCard((card) => card.shadowRoot!.querySelector('[part="chart"] > [data-drawn-width]'), 'drawn');
  const tables = [];
  for (const card of cards) {
    if (!card.loaded) throw new Error(`${card.id} is not shown: ${card.shadowRoot!.textContent}`);
    card.tableOpen = true;
    await card.updateComplete;
    const table = card.shadowRoot!.querySelector('[part="table"]')!.outerHTML;
    card.tableOpen = false;
    await card.updateComplete;
    const csv = `data/${card.loaded.resource.path}`;
    const tableAddress = `${tablesFolder}/${card.indicator}.html`;
    tables.push({ file: tableAddress, title: card.shadowRoot!.querySelector('h2')!.textContent!, table });
    // Parsed as markup only where scripts do not run; with them, it is inert text.
    const noScript = document.createElement('noscript');
    noScript.innerHTML =
      `<p class="no-script"><a part="download" href="${csv}" download="${card.indicator}.csv">Download CSV</a> · ` +
      `<a part="table-link" href="${tableAddress}">Data table</a></p>`;
    card.shadowRoot!.querySelector('[part="controls"]')!.after(noScript);
  }
  const roots = elements.map((element) => element.shadowRoot!);
  for (const root of roots) {
    // Adopted stylesheets are not serialised: the declarative root carries its rules inline.
    const style = document.createElement('style');
    style.textContent = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    root.prepend(style);
  }
  // The dashboard's own rules, adopted by the document when its script runs, for the page without it.
  const pageStyles = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  return { dashboard: dashboard.getHTML({ shadowRoots: roots }), pageStyles, tables };
}
