/**
 * The categorical palette of the explorer's chart, in the card's light and dark palettes and in a
 * report's own: contrast checked with `tests/wcag.ts`, not with the palette's own arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { categoricalPalette } from '../../src/charts/palette.js';
import { type ChartColors, DEFAULT_COLORS } from '../../src/lib/chart.js';
import { contrast, parseColor } from '../wcag.js';
import { DARK } from './explore-fixtures.js';

const ratio = (a: string, b: string) => contrast(parseColor(a)!, parseColor(b)!);

describe.each([
  ['light', DEFAULT_COLORS],
  ['dark', DARK],
])('categoricalPalette, %s', (_, colors) => {
  const palette = categoricalPalette(colors, 9);

  it('gives nine colours, all different, none the accent, each passing 4.5:1 against the background', () => {
    expect(palette).toHaveLength(9);
    expect(new Set(palette).size).toBe(9);
    expect(palette).not.toContain(colors.accent);
    for (const color of palette) expect(ratio(color, colors.background), color).toBeGreaterThanOrEqual(4.5);
  });

  it('starts with the theme’s series colours (less the one that is the accent) and ends with a grey from the muted colour', () => {
    expect(palette.slice(0, 3)).toEqual(colors.series.filter((c) => c !== colors.accent));
    const [r, g, b] = parseColor(palette.at(-1)!)!;
    expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeLessThan(24);
  });
});

describe('categoricalPalette, a report’s colours', () => {
  it('darkens a series colour too pale to read on white, and still gives as many colours as asked', () => {
    const pale: ChartColors = { ...DEFAULT_COLORS, series: ['#ffe066', '#a0d8ff'] };
    const palette = categoricalPalette(pale, 12);
    expect(palette).toHaveLength(12);
    for (const color of palette) expect(ratio(color, pale.background), color).toBeGreaterThanOrEqual(4.5);
    expect(palette[0]).not.toBe('#ffe066');
  });

  it('takes any CSS colour d3 reads, and leaves out what it cannot', () => {
    const palette = categoricalPalette({ ...DEFAULT_COLORS, series: ['rebeccapurple', 'rgb(0, 90, 140)', 'oklch(0.5 0.1 200)'] }, 3);
    expect(palette.slice(0, 2)).toEqual(['#663399', '#005a8c']);
  });
});
