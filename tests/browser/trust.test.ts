/**
 * Trust, tested on purpose in Debian's Chromium:
 * - hostile strings and addresses from data files render as text and never as HTML or links,
 *   and data that fails its checks shows a visible error (a test build of the real elements,
 *   with the registry and data package swapped for `tests/fixtures/hostile/`);
 * - nonsense attributes show the visible error and leave other cards alone (the built module);
 * - every reader: axe-core on the dashboard and the example report in light and dark mode,
 *   Tab order and visible focus in the example report, the table view as a real table, chart
 *   text alternatives that state the finding, SVG text contrast (which axe cannot check) and
 *   series told apart by more than colour.
 * No page may log a console error or warning, or throw.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build, type Plugin } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/indicators/all.js';
import { loadRows, resourceOf } from '../../src/lib/data.js';
import { contrast, parseColor } from '../wcag.js';
import { dashboardModule, DIST, launchBrowser, ROOT, serve, type StaticServer, takenOver } from './helpers.js';

const require = createRequire(import.meta.url);
/** The built site; `DIST_DIR` points elsewhere, e.g. at a copy while another build rewrites dist/. */
const SITE = process.env.DIST_DIR ?? DIST;
const REPORT = join(ROOT, 'examples/report.html');
const FIXTURES = join(ROOT, 'tests/fixtures/hostile');
const TEST_BUILD = join(ROOT, 'tests/browser/artifacts/trust-build');
/** The example report beside the built site, as `examples/report.html` expects it (`../dist/`). */
const REPORT_ROOT = join(tmpdir(), `trust-report-${process.pid}`);
/** axe on a whole page with every table open takes a while on two cores. */
const SLOW = 120_000;
const HUGE = 100_000;

let browser: Browser;
let site: StaticServer;
let fixtures: StaticServer;
let root: StaticServer;
/** Console errors and warnings, and uncaught errors, of every page a test opened. */
let problems: string[] = [];
let contexts: BrowserContext[] = [];

const builtModule = () => dashboardModule(SITE);

/**
 * Builds the real elements with `src/indicators/index.ts` and `datasets/datapackage.json`
 * replaced by the fixtures, so that hostile data files go through the same parse, check and
 * render path as real ones, with no test-only code in the element.
 */
async function buildWithFixtures(): Promise<void> {
  const registry = resolve(ROOT, 'src/indicators/index.ts');
  const fixtureRegistry = join(FIXTURES, 'indicators.ts');
  const datapackage = resolve(ROOT, 'datasets/datapackage.json');
  const swap: Plugin = {
    name: 'trust-fixtures',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer === fixtureRegistry) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === registry ? fixtureRegistry : null;
    },
    load(id) {
      if (id !== datapackage) return null;
      const real = JSON.parse(readFileSync(datapackage, 'utf8'));
      const hostile = JSON.parse(readFileSync(join(FIXTURES, 'datapackage.json'), 'utf8'));
      return JSON.stringify({ ...real, resources: [...real.resources, ...hostile.resources] });
    },
  };
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    base: './',
    plugins: [swap],
    // Vitest runs with NODE_ENV=test, which would pick Lit's development build and its console warning.
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      outDir: TEST_BUILD,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: join(FIXTURES, 'entry.ts'), output: { entryFileNames: 'trust.js' } },
    },
  });
}

const page = (title: string, body: string, script: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">
  <script type="module" src="${script}"></script></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const card = (attributes: string) => `<defence-indicator ${attributes}></defence-indicator>`;

beforeAll(async () => {
  if (!existsSync(join(SITE, 'index.html'))) throw new Error(`${SITE} is not built: run \`npm run build\` (npm test does)`);
  await buildWithFixtures();
  const huge = `<img src=x onerror="window.__pwned='huge'">${'x'.repeat(HUGE)}`;
  site = await serve(SITE, {
    pages: {
      '/nonsense.html': page(
        'Nonsense attributes',
        [
          card('id="script" indicator="&lt;script&gt;window.__pwned=1&lt;/script&gt;"'),
          card('id="empty" indicator=""'),
          card('id="absent"'),
          card('id="blank" indicator="   "'),
          card(`id="huge" indicator="${escapeAttribute(huge)}"`),
          card('id="valid" indicator="defence-budget-gdp"'),
          card(`id="odd-theme" indicator="defence-budget-gdp" theme="${escapeAttribute('<img src=x onerror=window.__pwned=1>')}"`),
        ].join('\n'),
        builtModule(),
      ),
    },
  });
  fixtures = await serve(TEST_BUILD, {
    pages: {
      '/hostile.html': page(
        'Hostile data',
        ['hostile-text', 'hostile-row-link', 'hostile-source-link', 'broken-share'].map((id) => card(`id="${id}" indicator="${id}"`)).join('\n'),
        './trust.js',
      ),
    },
  });
  rmSync(REPORT_ROOT, { recursive: true, force: true });
  mkdirSync(join(REPORT_ROOT, 'examples'), { recursive: true });
  copyFileSync(REPORT, join(REPORT_ROOT, 'examples/report.html'));
  symlinkSync(resolve(SITE), join(REPORT_ROOT, 'dist'));
  root = await serve(REPORT_ROOT);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([site, fixtures, root].map((s) => s?.close()));
  rmSync(REPORT_ROOT, { recursive: true, force: true });
});

afterEach(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
  const seen = problems;
  problems = [];
  expect(seen, 'console errors and warnings, and uncaught errors').toEqual([]);
});

async function open(url: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme });
  contexts.push(context);
  const tab = await context.newPage();
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await tab.goto(url);
  await takenOver(tab);
  await whenDrawn(tab);
  return tab;
}

/** Scrolls every card into view (they draw lazily) and waits until each shows a chart or an error. */
async function whenDrawn(tab: Page): Promise<void> {
  await tab.waitForFunction(() => customElements.get('defence-indicator') !== undefined);
  await tab.evaluate(async () => {
    const deep = (node: ParentNode): Element[] =>
      [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
    for (const card of deep(document).filter((el) => el.localName === 'defence-indicator')) {
      card.scrollIntoView();
      const start = performance.now();
      // A prerendered chart was drawn in the light colours: wait for it to be drawn in the card's own.
      const inCardColours = () => {
        const chart = card.shadowRoot?.querySelector('[part="chart"] > [data-drawn-colors]');
        return chart?.getAttribute('data-drawn-colors')!.startsWith(getComputedStyle(card).getPropertyValue('--di-accent').trim());
      };
      while (!card.shadowRoot?.querySelector('[part="error"], [part="chart"] [role="alert"]') && !inCardColours()) {
        if (performance.now() - start > 15_000) throw new Error(`card "${card.getAttribute('indicator')}" drew nothing in 15 s`);
        await new Promise((done) => setTimeout(done, 50));
      }
    }
    scrollTo(0, 0);
  });
}

/** What a card shows, read from its shadow root. */
interface CardView {
  error: string | null;
  errorVisible: boolean;
  text: string;
  charts: number;
  /** Elements that only injected markup would create. */
  injected: string[];
  /** Attributes named on…, which only injected markup would set. */
  handlers: string[];
  hrefs: string[];
  pwned: unknown;
}

function viewCard(tab: Page, id: string): Promise<CardView> {
  return tab.evaluate((id) => {
    const host = document.getElementById(id)!;
    const root = host.shadowRoot!;
    const all = [...root.querySelectorAll('*')];
    const error = root.querySelector('[part="error"]');
    const box = error?.getBoundingClientRect();
    return {
      error: error?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
      errorVisible: Boolean(box && box.width > 0 && box.height > 0 && error!.getAttribute('role') === 'alert'),
      text: root.textContent ?? '',
      charts: root.querySelectorAll('[part="chart"] svg[role="img"]').length,
      injected: all.filter((el) => ['img', 'script', 'iframe', 'object', 'embed', 'foreignobject'].includes(el.localName)).map((el) => el.localName),
      handlers: all.flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on'))),
      hrefs: all.flatMap((el) => ['href', 'xlink:href', 'src', 'action'].map((name) => el.getAttribute(name)).filter((v): v is string => v !== null)),
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    };
  }, id);
}

const IMG = `<img src=x onerror="window.__pwned='img'">`;
const SCRIPT = `<script>window.__pwned='script'</script>`;
const NOT_HTTP = /^\s*(javascript|data|vbscript):/i;

describe('hostile data files', () => {
  it('render every text field as text: names, notes, sources, titles, the table and the tooltip', async () => {
    const tab = await open(`${fixtures.url}/hostile.html`);
    await tab.evaluate(() => (document.getElementById('hostile-text')!.shadowRoot!.querySelector('[part="table-toggle"]') as HTMLElement).click());
    const chart = tab.locator('#hostile-text [part="chart"] svg');
    const box = (await chart.boundingBox())!;
    // Hover the last points, whose tooltip shows the row's source.
    await tab.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
    await tab.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2);
    const view = await viewCard(tab, 'hostile-text');
    expect(view.error).toBeNull();
    expect(view.charts).toBe(1);
    expect(view.injected).toEqual([]);
    expect(view.handlers).toEqual([]);
    expect(view.pwned).toBeUndefined();
    // The payloads are there, as text: in the notes and quotes columns, the sources line and the caption.
    expect(view.text).toContain(`${IMG} ${SCRIPT} note 0`);
    expect(view.text).toContain(`${IMG} ${SCRIPT} quote 3`);
    expect(view.text).toContain(`${IMG} "><svg onload="window.__pwned='svg'"> publisher`);
    expect(view.text).toContain(`${IMG} Hostile ${SCRIPT} title`);
    expect(view.text).toContain(SCRIPT);
    // Addresses that try to break out of href stay inside it.
    expect(view.hrefs.filter((href) => NOT_HTTP.test(href))).toEqual([]);
    expect(view.hrefs.some((href) => href.startsWith('https://example.org/?q="><img'))).toBe(true);
    const tip = await tab.evaluate(() => document.getElementById('hostile-text')!.shadowRoot!.querySelector('[part="chart"] svg')!.textContent);
    expect(tip).toContain('publisher <img src=x');
  });

  it('refuse javascript: and data: addresses, in rows and in sources: a visible error, no link', async () => {
    const tab = await open(`${fixtures.url}/hostile.html`);
    for (const [id, address] of [
      ['hostile-row-link', /row 2, column "source_url": "javascript:window\.__pwned='row-link'" is not an http\(s\) address/],
      ['hostile-source-link', /sources\[0\]\.path: source "Evil <img src=x onerror=.*": "javascript:.*" is not an http\(s\) address/],
    ] as const) {
      const view = await viewCard(tab, id);
      expect(view.errorVisible, id).toBe(true);
      expect(view.error).toMatch(/This chart cannot be shown/);
      expect(view.error).toMatch(address);
      expect(view.charts).toBe(0);
      expect(view.hrefs.filter((href) => NOT_HTTP.test(href))).toEqual([]);
      expect(view.injected).toEqual([]);
      expect(view.handlers).toEqual([]);
      expect(view.pwned).toBeUndefined();
    }
    // Every bad row is listed, the data: address as well as both spellings of javascript:.
    expect((await viewCard(tab, 'hostile-row-link')).error).toMatch(/row 3, .*JaVaScRiPt:.*row 4, .*"data:text\/html/);
  });

  it('that fail their checks give a visible error naming file, row, column and problem, not an empty card', async () => {
    const tab = await open(`${fixtures.url}/hostile.html`);
    const view = await viewCard(tab, 'broken-share');
    expect(view.errorVisible).toBe(true);
    expect(view.charts).toBe(0);
    expect(view.error).toContain('The data for "broken-share" failed its checks');
    expect(view.error).toContain('broken-share.csv, row 3, column "share_of_gdp_pct": 106 is above the maximum 100');
  });
});

describe('nonsense attributes', () => {
  it('give the visible error, throw nothing and leave the other cards drawn', async () => {
    const tab = await open(`${site.url}/nonsense.html`);
    for (const [id, message] of [
      ['script', /Unknown indicator "<script>window\.__pwned=1<\/script>"\. Valid ids: /],
      ['empty', /No indicator given/],
      ['absent', /No indicator given/],
      ['blank', /No indicator given/],
      ['huge', /Unknown indicator "<img src=x onerror="window\.__pwned='huge'">x+…"/],
    ] as const) {
      const view = await viewCard(tab, id);
      expect(view.errorVisible, id).toBe(true);
      expect(view.error).toMatch(message);
      expect(view.injected).toEqual([]);
      expect(view.handlers).toEqual([]);
      // A 100 kB id is quoted in part, not echoed whole.
      expect(view.error!.length, id).toBeLessThan(1000);
    }
    for (const id of ['valid', 'odd-theme']) {
      const view = await viewCard(tab, id);
      expect(view.error, id).toBeNull();
      expect(view.charts, id).toBe(1);
    }
    expect((await viewCard(tab, 'valid')).pwned).toBeUndefined();
  });

  it('set after the card has drawn switch it to the error, and a valid id switches it back', async () => {
    const tab = await open(`${site.url}/nonsense.html`);
    await tab.evaluate(() => document.getElementById('valid')!.setAttribute('indicator', '"><img src=x onerror=window.__pwned=1>'));
    await tab.waitForFunction(() => document.getElementById('valid')!.shadowRoot!.querySelector('[part="error"]'));
    const broken = await viewCard(tab, 'valid');
    expect(broken.errorVisible).toBe(true);
    expect(broken.injected).toEqual([]);
    await tab.evaluate(() => document.getElementById('valid')!.setAttribute('indicator', 'defence-budget-gdp'));
    await whenDrawn(tab);
    const again = await viewCard(tab, 'valid');
    expect(again.error).toBeNull();
    expect(again.charts).toBe(1);
  });
});

/** The pages every reader must be able to use. */
const PAGES = [
  { name: 'the dashboard', url: () => `${site.url}/` },
  { name: 'the example report', url: () => `${root.url}/examples/report.html` },
];

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

async function axe(tab: Page): Promise<AxeViolation[]> {
  await tab.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return tab.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, impact: String(v.impact), help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

/** Opens every card's data table, so that axe checks the table view too. */
async function openTables(tab: Page): Promise<number> {
  return tab.evaluate(() => {
    const deep = (node: ParentNode): Element[] =>
      [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
    const toggles = deep(document).filter((el) => el.getAttribute('part') === 'table-toggle') as HTMLElement[];
    toggles.forEach((button) => button.click());
    return toggles.length;
  });
}

describe.each(['light', 'dark'] as const)('every reader, %s mode', (scheme) => {
  for (const { name, url } of PAGES) {
    it(`axe-core finds no violations on ${name}, with its data tables open`, async () => {
      const tab = await open(url(), scheme);
      expect(await tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      expect(await axe(tab)).toEqual([]);
      expect(await openTables(tab)).toBeGreaterThan(0);
      await tab.waitForTimeout(100);
      expect(await axe(tab)).toEqual([]);
    }, SLOW);

    it(`chart text on ${name} passes 4.5:1 against what it is drawn on (axe cannot check SVG text)`, async () => {
      const tab = await open(url(), scheme);
      const texts = (await auditCharts(tab)).flatMap(({ id, texts }) => texts.flatMap((t) => t.backdrops.map((backdrop) => ({ id, text: t.text, fill: t.fill, backdrop }))));
      expect(texts.length).toBeGreaterThan(10);
      const failing = texts
        .map((t) => ({ ...t, ratio: Math.round(contrast(parseColor(t.fill)!, parseColor(t.backdrop)!) * 100) / 100 }))
        .filter((t) => !(t.ratio >= 4.5));
      expect(failing).toEqual([]);
    }, SLOW);

    it(`series on ${name} are told apart by more than colour: each colour is named by text on its marks' rows, or there is a legend`, async () => {
      const tab = await open(url(), scheme);
      const charts = await auditCharts(tab);
      expect(charts.length).toBeGreaterThan(0);
      expect(charts.some((c) => c.coloured > 0)).toBe(true);
      for (const chart of charts) {
        if (!chart.legend) expect(chart.unlabelled, `${chart.id}: colours whose marks share no row with any text`).toEqual([]);
      }
    }, SLOW);
  }
});

/**
 * A series is labelled in words when a piece of text shares a row with one of its marks: no more
 * than this many CSS pixels above or below it (a direct label, a row label, a category tick).
 * A heuristic: it catches a colour no text names, not a label that names the wrong thing.
 */
const LABEL_DISTANCE = 24;

interface ChartAudit {
  id: string;
  /** Palette colours (other than the muted one) of visible marks, none of which shares a row with text. */
  unlabelled: string[];
  /** How many visible marks are in a palette colour other than the muted one. */
  coloured: number;
  legend: boolean;
  /** Every piece of text, its fill, and what it is drawn on along its length: marks under it, its halo, or the card. */
  texts: Array<{ text: string; fill: string; backdrops: string[] }>;
}

/** Reads every chart on the page: the colours of its visible marks and of its text, and what each text sits on. */
function auditCharts(tab: Page): Promise<ChartAudit[]> {
  return tab.evaluate((LABEL_DISTANCE) => {
    const deep = (node: ParentNode): Element[] =>
      [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
    const SHAPES = ['rect', 'path', 'circle', 'ellipse', 'polygon'];
    const inView = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight) el.scrollIntoView({ block: 'center' });
      return el.getBoundingClientRect();
    };
    return deep(document)
      .filter((el) => el.localName === 'defence-indicator' && el.shadowRoot?.querySelector('[part="chart"] svg'))
      .map((card) => {
        const root = card.shadowRoot!;
        const box = root.querySelector('[part="chart"]')!;
        const svg = box.querySelector('svg')!;
        // Resolve the palette's custom properties to rgb(), as the marks' computed colours are.
        const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        svg.append(probe);
        const resolve = (name: string) => {
          probe.style.fill = `var(${name})`;
          return getComputedStyle(probe).fill;
        };
        const palette = ['--di-accent', '--di-series-1', '--di-series-2', '--di-series-3', '--di-series-4', '--di-muted'].map(resolve);
        const muted = resolve('--di-muted');
        probe.remove();
        const cardBackground = getComputedStyle(card).backgroundColor;
        /** Topmost filled shape under a point of the chart, or the card. */
        const backdropAt = (x: number, y: number, except: Element) => {
          const under = root
            .elementsFromPoint(x, y)
            .find((el) => el !== except && !except.contains(el) && svg.contains(el) && SHAPES.includes(el.localName) && getComputedStyle(el).fill !== 'none');
          return under ? getComputedStyle(under).fill : cardBackground;
        };
        // A mark counts if the reader can see it: some point of it inside the chart is not hidden by a clip.
        const visible = (el: Element) => {
          const r = inView(el);
          const frame = svg.getBoundingClientRect();
          const left = Math.max(r.left, frame.left), right = Math.min(r.right, frame.right);
          const top = Math.max(r.top, frame.top), bottom = Math.min(r.bottom, frame.bottom);
          return right > left && bottom > top && root.elementsFromPoint((left + right) / 2, (top + bottom) / 2).includes(el);
        };
        const textBoxes = [...box.querySelectorAll('text')]
          .filter((t) => t.textContent?.trim())
          .map((t) => {
            const r = inView(t);
            return new DOMRect(r.x + scrollX, r.y + scrollY, r.width, r.height);
          });
        const rowGap = (a: DOMRect, b: DOMRect) => Math.max(0, a.top - b.bottom, b.top - a.bottom);
        const coloured = [...box.querySelectorAll(SHAPES.join(', ') + ', line, polyline, use')]
          .map((el) => ({ el, colour: [getComputedStyle(el).fill, getComputedStyle(el).stroke].find((c) => palette.includes(c) && c !== muted) }))
          .filter(({ el, colour }) => colour && visible(el));
        const labelled = ({ el }: { el: Element }) => {
          const r = inView(el);
          // Text boxes were measured at another scroll position: compare in page coordinates.
          const mark = new DOMRect(r.x + scrollX, r.y + scrollY, r.width, r.height);
          return textBoxes.some((t) => rowGap(mark, t) <= LABEL_DISTANCE);
        };
        const colours = [...new Set(coloured.map((m) => m.colour!))];
        const unlabelled = colours.filter((colour) => !coloured.filter((m) => m.colour === colour).some(labelled));
        const texts = [...box.querySelectorAll('text')]
          .filter((text) => text.textContent?.trim() && getComputedStyle(text).fill !== 'none')
          .map((text) => {
            const style = getComputedStyle(text);
            const halo = style.stroke !== 'none' && parseFloat(style.strokeWidth) >= 2;
            const r = inView(text);
            const backdrops = halo ? [style.stroke] : [0.05, 0.3, 0.5, 0.7, 0.95].map((f) => backdropAt(r.left + r.width * f, r.top + r.height / 2, text));
            return { text: text.textContent!.trim().slice(0, 40), fill: style.fill, backdrops: [...new Set(backdrops)] };
          });
        return {
          id: card.getAttribute('indicator')!,
          unlabelled,
          coloured: coloured.length,
          legend: Boolean(box.querySelector('[class*="-swatches"], [class*="-legend"], [class*="-ramp"]')),
          texts,
        };
      });
  }, LABEL_DISTANCE);
}

describe('every reader, all pages', () => {
  it('each chart on the dashboard has a text alternative that states its finding, not "chart"', async () => {
    const tab = await open(`${site.url}/`);
    const labels = await tab.evaluate(() => {
      const deep = (node: ParentNode): Element[] =>
        [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
      return deep(document)
        .filter((el) => el.localName === 'defence-indicator')
        .map((card) => ({
          id: card.getAttribute('indicator')!,
          images: [...card.shadowRoot!.querySelectorAll('[part="chart"] [role="img"]')].map((el) => ({ tag: el.localName, label: el.getAttribute('aria-label') })),
        }));
    });
    expect(labels.map((l) => l.id)).toEqual(INDICATORS.map((i) => i.id));
    for (const { id, images } of labels) {
      const indicator = INDICATORS.find((i) => i.id === id)!;
      const finding = indicator.describe(loadRows(indicator.dataset));
      expect(finding.length, id).toBeGreaterThan(60);
      expect(finding).not.toMatch(/^\W*(a |the )?(chart|graph|image|figure|map)\W*$/i);
      expect(images, id).toEqual([{ tag: 'svg', label: finding }]);
    }
  });

  it('the example report: every control is reached by Tab, in reading order, with a visible focus', async () => {
    const tab = await open(`${root.url}/examples/report.html`);
    const controls = await tab.evaluate(() => {
      const deep = (node: ParentNode): Element[] =>
        [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
      const focusable = deep(document).filter(
        (el) =>
          el.matches('a[href], button:not([disabled]), input, select, textarea, summary, [tabindex]:not([tabindex="-1"])') &&
          el.getClientRects().length > 0 &&
          getComputedStyle(el).visibility !== 'hidden',
      );
      focusable.forEach((el, i) => el.setAttribute('data-trust-focus', String(i)));
      return focusable.length;
    });
    expect(controls).toBeGreaterThan(3);
    const stops = await tabThrough(tab, controls + 5);
    expect(stops.map((s) => s.index).sort((a, b) => a - b)).toEqual([...Array(controls).keys()]);
    for (const [i, stop] of stops.entries()) {
      expect(stop.outline || stop.shadow, `${stop.label}: a visible focus indicator`).toBe(true);
      expect(stop.ringContrast, `${stop.label}: focus ring contrast`).toBeGreaterThanOrEqual(3);
      const previous = stops[i - 1];
      if (!previous) continue;
      const sameLine = Math.abs(stop.top - previous.top) < 8;
      expect(sameLine ? stop.left >= previous.left : stop.top > previous.top, `${previous.label} → ${stop.label}: reading order`).toBe(true);
    }
  });

  it('the example report: the table view, opened from the keyboard, is a real <table> with headers', async () => {
    const tab = await open(`${root.url}/examples/report.html`);
    const id = await tab.evaluate(() => document.querySelector('defence-indicator:not([no-table])')!.getAttribute('indicator')!);
    const indicator = INDICATORS.find((i) => i.id === id)!;
    const resource = resourceOf(indicator.dataset.name);
    // Tab until the table toggle of that card has focus, then press Enter.
    for (let i = 0; i < 100; i++) {
      await tab.keyboard.press('Tab');
      const part = await tab.evaluate((id) => {
        const card = document.querySelector(`defence-indicator[indicator="${id}"]`)!;
        return card.shadowRoot!.activeElement?.getAttribute('part') ?? null;
      }, id);
      if (part === 'table-toggle') break;
    }
    await tab.keyboard.press('Enter');
    const table = await tab.evaluate((id) => {
      const root = document.querySelector(`defence-indicator[indicator="${id}"]`)!.shadowRoot!;
      const table = root.querySelector('table');
      return table && {
        caption: table.querySelector('caption')?.textContent?.trim() ?? '',
        headers: [...table.querySelectorAll('thead th')].map((th) => ({ scope: th.getAttribute('scope'), text: th.textContent!.trim() })),
        rows: table.querySelectorAll('tbody tr').length,
        cellsPerRow: [...table.querySelectorAll('tbody tr')].map((tr) => tr.querySelectorAll('td').length),
        expanded: root.querySelector('[part="table-toggle"]')!.getAttribute('aria-expanded'),
      };
    }, id);
    expect(table, 'a <table> after Enter on the toggle').not.toBeNull();
    expect(table!.expanded).toBe('true');
    expect(table!.caption.length).toBeGreaterThan(0);
    expect(table!.headers).toEqual(resource.schema.fields.map((f) => ({ scope: 'col', text: f.name })));
    expect(table!.rows).toBe(loadRows(indicator.dataset).length);
    expect(new Set(table!.cellsPerRow)).toEqual(new Set([resource.schema.fields.length]));
  });
});

interface Stop {
  index: number;
  label: string;
  top: number;
  left: number;
  outline: boolean;
  shadow: boolean;
  ringContrast: number;
}

/** Presses Tab until focus leaves the page; returns each element that had focus, in order. */
async function tabThrough(tab: Page, limit: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await tab.keyboard.press('Tab');
    const stop = await tab.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (!active || active === document.body) return null;
      const style = getComputedStyle(active);
      // The first line box: a link that wraps starts at the end of one line, not at the start of the next.
      const box = active.getClientRects()[0] ?? active.getBoundingClientRect();
      // The colour behind the ring: the nearest background that is not transparent, across shadow roots.
      let node: Element | null = active;
      let background = 'rgb(255, 255, 255)';
      while (node) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
          background = colour;
          break;
        }
        node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
      }
      return {
        index: Number(active.getAttribute('data-trust-focus') ?? -1),
        label: `${active.localName} "${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 40)}"`,
        top: box.top + scrollY,
        left: box.left + scrollX,
        // Chromium's default ring is \`auto\`: drawn 2 px wide whatever the computed width.
        outline: style.outlineStyle === 'auto' || (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2),
        shadow: style.boxShadow !== 'none',
        ring: style.outlineColor,
        background,
      };
    });
    if (!stop) break;
    const { ring, background, ...rest } = stop;
    stops.push({ ...rest, ringContrast: contrast(parseColor(ring) ?? [0, 0, 0], parseColor(background) ?? [255, 255, 255]) });
  }
  return stops;
}
