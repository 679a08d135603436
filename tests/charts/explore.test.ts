/**
 * The explorer's chart on made-up figures (`explore-fixtures.ts`): a line per country, Japan in
 * the accent, the others in colours that pass 4.5:1 in both themes; end labels moved apart with
 * leader lines, and a legend where they cannot fit; a gap where a year has no figure; the
 * article's date; the unit on the axis; and snapshots in `tests/output/charts/`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exploreChart, figureText, tipText } from '../../src/explore/chart.js';
import { MAX_COUNTRIES } from '../../src/explore/view.js';
import { DEFAULT_COLORS } from '../../src/lib/chart.js';
import { contrast, parseColor } from '../wcag.js';
import { expectSnapshot, newDocument, positionOf, svgOf, textsOf } from './builder-helpers.js';
import { ALL, DARK, GAPS, rowsOf, SOURCE, THREE, viewOf } from './explore-fixtures.js';

const TEN = rowsOf(ALL, [2000, 2024]);
const NAMES = ['Japan', 'Korea, South', 'United States of America', 'United Kingdom', 'Germany', 'France', 'Australia', 'Italy', 'Canada', 'Netherlands'];
/** The end labels' minimum spacing, in pixels (`LABEL_GAP_PX` in `src/charts/series.ts`). */
const LABEL_GAP = 14;

let document: Document;
beforeAll(() => {
  document = newDocument();
});

/** The lines, as [stroke, path d] in drawing order. */
const linesOf = (node: Element) =>
  [...svgOf(node).querySelectorAll('g[aria-label="line"]')].map((g) => [g.getAttribute('stroke')!, g.querySelector('path')!.getAttribute('d')!] as const);
/** The pieces of a path: each `M…` run, as [x, y] points. */
const piecesOf = (d: string) => d.split('M').filter(Boolean).map((run) => run.split('L').map((p) => p.replace('Z', '').split(',').map(Number)));
const fillOf = (node: Element, text: string) => [...node.querySelectorAll('text')].find((t) => t.textContent === text)!.closest('g')!.getAttribute('fill')!;
const frameOf = (node: Element) => {
  const svg = svgOf(node);
  const ys = [...svg.querySelectorAll('g[aria-label="y-grid"] line')].map((l) => Number(l.getAttribute('y1')));
  return { top: Math.min(...ys), bottom: Math.max(...ys) };
};

describe('exploreChart', () => {
  it('draws one line per country, as many as a view may have, Japan in the accent and bold, the others each in a colour of their own', () => {
    const node = exploreChart(TEN, viewOf(ALL), { width: 1200, document });
    const lines = linesOf(node);
    expect(ALL).toHaveLength(MAX_COUNTRIES);
    expect(lines).toHaveLength(ALL.length);
    expect(lines[0]![0]).toBe(DEFAULT_COLORS.accent);
    expect(new Set(lines.map(([stroke]) => stroke)).size).toBe(ALL.length);
    expect(fillOf(node, 'Japan')).toBe(DEFAULT_COLORS.accent);
    expect([...node.querySelectorAll('text')].find((t) => t.textContent === 'Japan')!.closest('g')!.getAttribute('font-weight')).toBe('bold');
    // Each label is in its line's colour.
    NAMES.forEach((name, i) => expect(fillOf(node, name), name).toBe(lines[i]![0]));
  });

  it.each([
    ['light', DEFAULT_COLORS],
    ['dark', DARK],
  ])('colours every line and label so that it passes 4.5:1 against the %s background', (_, colors) => {
    const node = exploreChart(TEN, viewOf(ALL), { width: 640, document, colors });
    for (const [stroke] of linesOf(node)) expect(contrast(parseColor(stroke)!, parseColor(colors.background)!), stroke).toBeGreaterThanOrEqual(4.5);
  });

  it.each([320, 640, 1200])('keeps the ten end labels apart and inside the frame at %i px, with leader lines to those moved far', (width) => {
    const node = exploreChart(TEN, viewOf(ALL), { width, document });
    const labels = width < 480 ? ALL : NAMES;
    const ys = labels.map((label) => positionOf(node, label).y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(LABEL_GAP - 0.01);
    const { top, bottom } = frameOf(node);
    expect(ys[0]!).toBeGreaterThanOrEqual(top - 0.01);
    expect(ys.at(-1)!).toBeLessThanOrEqual(bottom + 0.01);
    // The labels stand in one column right of the lines.
    expect(new Set(labels.map((label) => positionOf(node, label).x)).size).toBe(1);
    const leaders = [...svgOf(node).querySelectorAll('g[aria-label="link"]')];
    expect(leaders.length).toBeGreaterThan(0);
    for (const leader of leaders) expect(linesOf(node).map(([stroke]) => stroke)).toContain(leader.getAttribute('stroke'));
    expect(Number(svgOf(node).getAttribute('width'))).toBe(width);
  });

  it('names countries at 1200 px and gives their codes at 320 px, where the names would crowd the chart', () => {
    expect(textsOf(exploreChart(TEN, viewOf(ALL), { width: 1200, document }))).toEqual(expect.arrayContaining(NAMES));
    const narrow = textsOf(exploreChart(TEN, viewOf(ALL), { width: 320, document }));
    expect(narrow).toEqual(expect.arrayContaining(ALL));
    expect(narrow).not.toContain('Japan');
  });

  it('falls back to a legend, with each country once and no end labels, where the labels cannot all fit', () => {
    const node = exploreChart(TEN, viewOf(ALL), { width: 640, height: 150, document });
    const texts = textsOf(node);
    for (const name of NAMES) expect(texts.filter((t) => t === name), name).toHaveLength(1);
    expect(svgOf(node).querySelectorAll('g[aria-label="link"]')).toHaveLength(0);
    // Legend entries sit above the frame.
    for (const name of NAMES) expect(positionOf(node, name).y).toBeLessThan(frameOf(node).top);
  });

  it('leaves a gap where a year has no figure, and a dot on a year alone between gaps', () => {
    const view = viewOf(['JPN', 'DEU']);
    const node = exploreChart(GAPS, view, { width: 640, document });
    const [japan, germany] = linesOf(node);
    expect(piecesOf(japan![1])).toHaveLength(1);
    const pieces = piecesOf(germany![1]).filter((piece) => piece.length > 1);
    // 2000–2002 and 2009–2019; 2005 and 2007 alone.
    expect(pieces.map((p) => p.length)).toEqual([3, 11]);
    const yearPx = (piecesOf(japan![1])[0]![1]![0]! - piecesOf(japan![1])[0]![0]![0]!);
    for (const piece of pieces) for (let i = 1; i < piece.length; i++) expect(piece[i]![0]! - piece[i - 1]![0]!).toBeCloseTo(yearPx, 1);
    const dots = [...svgOf(node).querySelectorAll('g[aria-label="dot"] circle')];
    expect(dots).toHaveLength(2);
    expect(textsOf(node)).toContain('Germany');
  });

  it('marks the article’s date when the years include it, and not otherwise', () => {
    expect(textsOf(exploreChart(TEN, viewOf(ALL), { width: 640, document }))).toContain('Article (June 2022)');
    expect(textsOf(exploreChart(TEN, viewOf(ALL), { width: 320, document }))).toContain('Article');
    const early = textsOf(exploreChart(rowsOf(ALL, [2000, 2015]), viewOf(ALL, 2000, 2015), { width: 640, document }));
    expect(early.some((t) => t.startsWith('Article'))).toBe(false);
  });

  it('labels the value axis with the unit, on a log scale for money that spans orders of magnitude', () => {
    const shares = exploreChart(TEN, viewOf(ALL), { width: 640, document });
    expect(textsOf(shares)).toContain('↑ % of GDP');
    const money = ALL.flatMap((iso3, i) => rowsOf([iso3], [2000, 2024], 'constant_2023_usd_m', 1000 * 2 ** i));
    const log = exploreChart(money, viewOf(ALL, 2000, 2024, 'constant_2023_usd_m'), { width: 640, document });
    expect(textsOf(log)).toContain('↑ US$ millions, 2023 prices (log scale)');
    const close = ALL.flatMap((iso3) => rowsOf([iso3], [2000, 2024], 'constant_2023_usd_m', 1000));
    expect(textsOf(exploreChart(close, viewOf(ALL, 2000, 2024, 'constant_2023_usd_m'), { width: 640, document }))).toContain('↑ US$ millions, 2023 prices');
  });

  it('draws only the view: its measure, its years and its countries that have figures', () => {
    const other = rowsOf(['KOR'], [2000, 2024], 'per_capita_usd');
    const node = exploreChart([...rowsOf(THREE, [1990, 2024]), ...other], viewOf([...THREE, 'GBR'], 2010, 2024), { width: 640, document });
    expect(linesOf(node)).toHaveLength(3);
    expect(piecesOf(linesOf(node)[0]![1])[0]).toHaveLength(15);
  });

  it('writes each figure exactly, with its unit, and marks a year after the article in its tip', () => {
    expect(figureText(1.06, 'share_of_gdp_pct')).toBe('1.06% of GDP');
    expect(figureText(49960.6, 'constant_2023_usd_m')).toBe('US$ millions, 2023 prices: 49,960.6');
    const row = { country: 'Japan', iso3: 'JPN', year: 2023, measure: 'share_of_gdp_pct' as const, value: 1.4, ...SOURCE };
    expect(tipText(row)).toBe('Japan, 2023 (after the article)\n1.4% of GDP\nSource: Test figures');
    expect(tipText({ ...row, year: 2022 })).toBe('Japan, 2022\n1.4% of GDP\nSource: Test figures');
  });

  it('matches its snapshots: 3 countries, 10 countries at 1200 and 320 px, and gaps', () => {
    const cases: Array<[string, Element]> = [
      ['explore-three', exploreChart(rowsOf(THREE, [2010, 2024]), viewOf(THREE, 2010, 2024), { width: 640, document })],
      ['explore-ten', exploreChart(TEN, viewOf(ALL), { width: 1200, document })],
      ['explore-ten-narrow', exploreChart(TEN, viewOf(ALL), { width: 320, document })],
      ['explore-gaps', exploreChart(GAPS, viewOf(['JPN', 'DEU']), { width: 640, document })],
    ];
    for (const [name, chart] of cases) expectSnapshot(name, chart);
  });
});
