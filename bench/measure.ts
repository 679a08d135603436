/**
 * The browser measurements: one fresh browser context per page load (no cache carried over),
 * a 1280×800 viewport, times read from the page's own `performance.now()` marks.
 */
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import type { AllDrawn, FirstScreen } from './pages.js';

export const VIEWPORT = { width: 1280, height: 800 };
/** A page that has not drawn by then is broken, not slow. */
const PAGE_TIMEOUT = 120_000;

interface Bench {
  renders: number;
  firstScreen(): Promise<FirstScreen>;
  scrollThrough(): Promise<AllDrawn>;
}
declare global {
  interface Window {
    __bench: Bench;
  }
}

/** Options for every page load. */
export interface LoadOptions {
  /** CDP CPU throttling rate: 1 is the machine's speed, 4 a slow laptop. */
  cpuThrottle?: number;
}

async function open<T>(browser: Browser, url: string, { cpuThrottle = 1 }: LoadOptions, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    if (cpuThrottle !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    }
    await page.goto(url);
    const result = await use(page);
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * The prerendered dashboard (`dist/index.html`): time from navigation start to its first
 * contentful paint, in ms. Fails unless the scorecard's claims and the first card's chart are in
 * the page's HTML, so that the first paint shows them without any script.
 */
export function measurePrerenderedFirstScreen(browser: Browser, url: string, options: LoadOptions = {}): Promise<number> {
  return open(browser, url, options, (page) =>
    page.evaluate(async () => {
      const scorecard = document.querySelector('defence-scorecard')?.shadowRoot?.querySelector('tr[data-status]');
      const chart = document.querySelector('defence-indicator')?.shadowRoot?.querySelector('[part="chart"] svg');
      if (!scorecard || !chart) throw new Error('the scorecard and the first card are not in the page’s HTML');
      return new Promise<number>((resolve) =>
        new PerformanceObserver((list, observer) => {
          const paint = list.getEntries().find((entry) => entry.name === 'first-contentful-paint');
          if (!paint) return;
          observer.disconnect();
          resolve(paint.startTime);
        }).observe({ type: 'paint', buffered: true }),
      );
    }),
  );
}

/** Time from navigation start to the single card's chart drawn, in ms. */
export function measureOneCard(browser: Browser, url: string, options: LoadOptions = {}): Promise<number> {
  return open(browser, url, options, async (page) => (await page.evaluate(() => window.__bench.firstScreen())).time);
}

/**
 * Time from navigation start to a card preset to an explored view drawn: the data file loaded,
 * then one line per country. Fails where the card drew anything else (its own chart, when the
 * data file cannot be loaded): its chart's text alternative names each country's latest figure.
 */
export function measureExplored(browser: Browser, url: string, countries: number, options: LoadOptions = {}): Promise<number> {
  return open(browser, url, options, async (page) => {
    const { time } = await page.evaluate(() => window.__bench.firstScreen());
    const label = await page.locator('defence-indicator [part="chart"] svg[role="img"]').first().getAttribute('aria-label');
    const named = label?.match(/Latest figures: (.*)\.$/)?.[1]?.split('; ').length ?? 0;
    if (named !== countries) throw new Error(`${url}: the chart drawn names ${named} countries, not ${countries}: ${label}`);
    return time;
  });
}

/** The report page's figures. */
export interface ReportFigures {
  /** ms from navigation start until every card in the first viewport is drawn. */
  firstScreen: number;
  firstScreenCards: number;
  /** ms from navigation start until all cards are drawn, scrolling one viewport per frame from first screen on. */
  allDrawn: number;
  /** JSHeapUsedSize after a forced garbage collection, bytes. */
  heap: number;
}

/**
 * The report page: wait for the first screen without scrolling, then scroll down one viewport
 * per animation frame until every card is drawn, then collect garbage and read the heap.
 */
export function measureReport(browser: Browser, url: string, cards: number, options: LoadOptions = {}): Promise<ReportFigures> {
  return open(browser, url, options, async (page) => {
    const first = await page.evaluate(() => window.__bench.firstScreen());
    const all = await page.evaluate(() => window.__bench.scrollThrough());
    if (all.cards !== cards) throw new Error(`${url}: ${all.cards} cards, expected ${cards}`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    if (heap === undefined) throw new Error('no JSHeapUsedSize in Performance.getMetrics');
    return { firstScreen: first.time, firstScreenCards: first.cards, allDrawn: all.time, heap };
  });
}

/** Time from the click on "Download CSV" to the file saved on disk, in ms, and the file's size. */
export function measureDownload(browser: Browser, url: string, options: LoadOptions = {}): Promise<{ time: number; bytes: number }> {
  return open(browser, url, options, async (page) => {
    await page.evaluate(() => window.__bench.firstScreen());
    const button = page.locator('[part="download"]').first();
    await button.waitFor();
    const start = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const path = await download.path();
    const time = performance.now() - start;
    return { time, bytes: statSync(path).size };
  });
}
