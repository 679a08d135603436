/**
 * WCAG 2.2 AA contrast of the card's palettes, light and dark, read from the element's
 * stylesheet. axe checks HTML text in the browser tests but cannot check SVG text, so the
 * colours charts draw text in (`accent`, `reference`) are checked here, and again on the
 * page in `tests/browser/trust.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { themeTokens } from '../src/components/shared.styles.js';
import { DEFAULT_COLORS } from '../src/lib/chart.js';
import { contrast, parseColor } from './wcag.js';

const rgb = (hex: string) => {
  expect(hex, 'palette colours are #rrggbb').toMatch(/^#[0-9a-f]{6}$/i);
  return parseColor(hex)!;
};
/** `color-mix(in srgb, a p%, b)`, as the verdict box paints its background. */
const mix = (a: number[], b: number[], p: number) => a.map((c, i) => c * p + b[i]! * (1 - p));

/** The `--di-*` custom properties of the first block that starts with `selector`. */
function palette(selector: string): Record<string, string> {
  const css = themeTokens.cssText;
  const start = css.indexOf(selector);
  expect(start, `${selector} in the stylesheet`).toBeGreaterThanOrEqual(0);
  const block = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/(--di-[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value!.trim()]));
}

const PALETTES = { light: palette(':host {'), dark: palette(":host([theme='dark'])") };
/** Text in HTML and in charts: 4.5:1 (WCAG 1.4.3). */
const TEXT = ['--di-text', '--di-muted-text', '--di-accent', '--di-reference'];
const VERDICTS = ['--di-supported', '--di-partly', '--di-not-supported', '--di-unverifiable'];
/** Marks, focus rings and series: 3:1 (WCAG 1.4.11). */
const GRAPHICS = ['--di-muted', '--di-focus', '--di-series-1', '--di-series-2', '--di-series-3', '--di-series-4'];

describe.each(Object.entries(PALETTES))('the %s palette', (_, colors) => {
  const background = rgb(colors['--di-background']!);

  it.each(TEXT)('%s on the background passes 4.5:1 for text', (name) => {
    expect(contrast(rgb(colors[name]!), background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(VERDICTS)('%s as a verdict, on its tinted box, passes 4.5:1', (name) => {
    const status = rgb(colors[name]!);
    expect(contrast(status, mix(status, background, 0.08))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(GRAPHICS)('%s on the background passes 3:1 for graphics', (name) => {
    expect(contrast(rgb(colors[name]!), background)).toBeGreaterThanOrEqual(3);
  });

  it('has four different series colours', () => {
    const series = GRAPHICS.filter((n) => n.startsWith('--di-series')).map((n) => colors[n]!);
    expect(new Set(series.map((s) => s.toLowerCase())).size).toBe(series.length);
  });
});

describe('DEFAULT_COLORS, which charts use outside the element', () => {
  it('are the light palette', () => {
    const light = PALETTES.light;
    expect(DEFAULT_COLORS.accent).toBe(light['--di-accent']);
    expect(DEFAULT_COLORS.reference).toBe(light['--di-reference']);
    expect(DEFAULT_COLORS.muted).toBe(light['--di-muted']);
    expect(DEFAULT_COLORS.background).toBe(light['--di-background']);
    expect(DEFAULT_COLORS.series).toEqual([1, 2, 3, 4].map((i) => light[`--di-series-${i}`]));
  });
});

describe('contrast()', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast([180, 35, 24], [180, 35, 24])).toBe(1);
  });
});
