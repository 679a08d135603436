/**
 * Issue 4's "Also", in Chromium against the built embed script: a card draws its chart once on
 * first render, however many cards share the page; and a card whose width changes many times
 * in every frame redraws at most once per animation frame, ending at its final width; and a card
 * never measures what the browser has not laid out (`content-visibility`), which once left a card
 * skipped at 0 px, undrawn, in the middle of the screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/indicators/all.js';
import { DIST, launchBrowser, serve, type StaticServer } from './helpers.js';

/** The built files; `DIST_DIR` points elsewhere, e.g. at a copy while another build rewrites dist/. */
const SITE = process.env.DIST_DIR ?? DIST;
const IDS = INDICATORS.map((i) => i.id);
/** Every indicator twice, so that cards share their data. */
const MANY = [...IDS, ...IDS];
const FRAMES = 20;
const CHANGES_PER_FRAME = 5;

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>performance</title><link rel="icon" href="data:,">` +
  `<script src="/defence-indicators.js"></script></head><body>${body}</body></html>`;
const card = (id: string, i: number) => `<defence-indicator indicator="${id}" data-i="${i}"></defence-indicator>`;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve(SITE, {
    pages: {
      '/many.html': page(MANY.map(card).join('')),
      '/each.html': page(IDS.map(card).join('')),
      '/resize.html': page(`<div id="box" style="width: 320px">${card(IDS[0]!, 0)}</div>`),
    },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens a page that records, from before any script runs, each `di-render` with its card, its
 * width and the number of the animation frame it happened in; and each measurement of an element
 * inside a card whose contents the browser skips.
 */
async function open(path: string, viewport = { width: 1000, height: 700 }): Promise<Page> {
  const tab = await browser.newPage({ viewport });
  await tab.addInitScript(() => {
    const w = window as unknown as { frame: number; renders: Array<{ card: string; width: number; frame: number }>; skippedReads: string[] };
    w.frame = 0;
    w.renders = [];
    w.skippedReads = [];
    const measure = Element.prototype.getBoundingClientRect;
    // A card on the screen is laid out in this frame anyway: it may measure itself to draw before its first paint.
    const offScreen = (card: Element) => {
      const { top, bottom } = measure.call(card);
      return top >= innerHeight || bottom <= 0;
    };
    Element.prototype.getBoundingClientRect = function (this: Element) {
      const root = this.getRootNode();
      if (root instanceof ShadowRoot && root.host.localName === 'defence-indicator' && !this.checkVisibility({ contentVisibilityAuto: true }) && offScreen(root.host))
        w.skippedReads.push(`card ${(root.host as HTMLElement).dataset.i}: ${this.getAttribute('part') ?? this.localName}`);
      return measure.call(this);
    };
    const count = () => {
      w.frame++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    document.addEventListener('di-render', (e) => {
      const { width } = (e as CustomEvent<{ width: number }>).detail;
      w.renders.push({ card: (e.target as HTMLElement).dataset.i!, width, frame: w.frame });
    });
  });
  await tab.goto(`${server.url}${path}`);
  return tab;
}

const renders = (tab: Page) => tab.evaluate(() => (window as unknown as { renders: Array<{ card: string; width: number; frame: number }> }).renders);
/** Resolves after `n` animation frames, so that any pending redraw has had its chance. */
const frames = (tab: Page, n: number) =>
  tab.evaluate((n) => new Promise<void>((done) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : done());
    step(n);
  }), n);

describe('drawing work', () => {
  it('draws each card’s chart exactly once on first render, with every card of the page drawn', async () => {
    const tab = await open('/many.html');
    // Cards below the fold draw when they come near the viewport: scroll to each, then let the page settle.
    for (const handle of await tab.locator('defence-indicator').all()) await handle.scrollIntoViewIfNeeded();
    await tab.waitForFunction((n) => document.querySelectorAll('defence-indicator').length === n &&
      [...document.querySelectorAll('defence-indicator')].every((el) => el.shadowRoot?.querySelector('[part="chart"] svg')), MANY.length);
    await frames(tab, 10);
    const perCard = new Map<string, number>();
    for (const { card } of await renders(tab)) perCard.set(card, (perCard.get(card) ?? 0) + 1);
    expect(perCard.size).toBe(MANY.length);
    expect([...perCard.values()].every((n) => n === 1), JSON.stringify(Object.fromEntries(perCard))).toBe(true);
    await tab.close();
  });

  it('never measures inside a card off the screen whose contents the browser still skips, and every card draws as the reader jumps to it', async () => {
    const tab = await open('/each.html');
    await tab.waitForFunction(() => [...document.querySelectorAll('defence-indicator')].every((el) => el.shadowRoot?.querySelector('[part="card"]')));
    // Jumps, as a link or a search would make: the card comes near the screen in the same frame
    // as the browser decides to lay out its contents.
    for (let i = 0; i < IDS.length; i++) {
      await tab.evaluate((i) => document.querySelectorAll('defence-indicator')[i]!.scrollIntoView(), i);
      await frames(tab, 2);
    }
    await tab.waitForFunction(() => [...document.querySelectorAll('defence-indicator')].every((el) => el.shadowRoot?.querySelector('[part="chart"] svg')));
    expect(await tab.evaluate(() => (window as unknown as { skippedReads: string[] }).skippedReads)).toEqual([]);
    await tab.close();
  });

  it('redraws at most once per animation frame while its width changes many times in every frame', async () => {
    const tab = await open('/resize.html');
    await tab.waitForFunction(() => (window as unknown as { renders: unknown[] }).renders.length === 1);
    const finalWidth = await tab.evaluate(
      ({ frames, changes }) =>
        new Promise<number>((done) => {
          const box = document.getElementById('box')!;
          let frame = 0;
          const step = () => {
            // Several widths in one frame, each forced through layout, as a dragged splitter would do.
            for (let i = 0; i < changes; i++) {
              box.style.width = `${330 + frame * 17 + i * 3}px`;
              void box.offsetWidth;
            }
            if (++frame < frames) requestAnimationFrame(step);
            else done(box.getBoundingClientRect().width);
          };
          requestAnimationFrame(step);
        }),
      { frames: FRAMES, changes: CHANGES_PER_FRAME },
    );
    await frames(tab, 10);
    const resizes = (await renders(tab)).slice(1);
    const perFrame = new Map<number, number>();
    for (const { frame } of resizes) perFrame.set(frame, (perFrame.get(frame) ?? 0) + 1);
    expect(resizes.length).toBeGreaterThan(1);
    expect(resizes.length).toBeLessThanOrEqual(FRAMES + 1);
    expect(Math.max(...perFrame.values())).toBe(1);
    // The last drawing has the chart box's final width: the card is wider than its chart by its padding and border.
    const chartWidth = await tab.evaluate(() =>
      Math.floor(document.querySelector('defence-indicator')!.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect().width),
    );
    expect(chartWidth).toBeLessThan(finalWidth);
    expect(resizes.at(-1)!.width).toBe(chartWidth);
    await tab.close();
  });
});
