/**
 * The card as an image (`src/lib/card-image.ts`), which the card's Download SVG and PNG and
 * `npm run export` share: title, subtitle, chart at the asked width, source line and credit.
 */
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { headlineOf } from '../src/indicator.js';
import { INDICATORS } from '../src/indicators/all.js';
import { CREDIT, cardSvg, DEFAULT_CARD_STYLE, sourceLine, svgFileText, wrap } from '../src/lib/card-image.js';
import { exploreChart } from '../src/explore/chart.js';
import type { ExploreRow } from '../src/explore/sipri-data.js';
import type { ExploreView } from '../src/explore/view.js';
import type { ChartColors } from '../src/lib/chart.js';
import { loadRows, resourceOf } from '../src/lib/data.js';
import type { Resource } from '../src/lib/datapackage.js';

let window: JSDOM['window'];
beforeAll(() => void ({ window } = new JSDOM('<!doctype html><html><body></body></html>')));

const resource = (sources: Resource['sources']): Resource => ({ name: 'test', path: 'test.csv', schema: { fields: [] }, sources });
/** The text of each `<text>` of the image, its lines joined by spaces. */
const texts = (svg: SVGSVGElement) =>
  [...svg.children].filter((node) => node.localName === 'text').map((text) => [...text.children].map((line) => line.textContent).join(' '));

describe('sourceLine', () => {
  it('names one publisher alone, then the credit', () => {
    const line = sourceLine(resource([{ title: 'SIPRI Military Expenditure Database, 2025', path: 'https://www.sipri.org/databases/milex', version: '2025 release' }]));
    expect(line).toBe('Source: SIPRI Military Expenditure Database, 2025 · Chart: defence-indicators');
  });

  it('words several publishers as the card does, each once with its releases, then the credit', () => {
    const line = sourceLine(
      resource([
        { title: 'NATO', path: 'https://www.nato.int/a', version: '2019' },
        { title: 'Army Recognition', path: 'https://example.org/b' },
        { title: 'NATO', path: 'https://www.nato.int/c', version: '2022' },
      ]),
    );
    expect(line).toBe(`Sources: NATO (2019, 2022); Army Recognition · ${CREDIT}`);
  });
});

describe('wrap', () => {
  it('breaks at spaces into lines that fit, losing no word', () => {
    const text = 'Japan plans 147 F-35s in two variants, the largest planned fleet after the United States';
    const lines = wrap(text, 200, 18, { bold: true });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(line.length * 18 * 0.64).toBeLessThanOrEqual(200);
  });

  it('keeps an unbroken phrase on one line', () => {
    const text = `Sources: Publisher Publisher · ${CREDIT}`;
    const lines = wrap(text, 300, 11, { unbroken: [`· ${CREDIT}`] });
    expect(lines.join(' ')).toBe(text.replace(/\s+/g, ' '));
    expect(lines.some((line) => line.endsWith(`· ${CREDIT}`))).toBe(true);
    // Without it, the same text breaks inside the credit.
    expect(wrap(text, 300, 11).some((line) => line.endsWith(`· ${CREDIT}`))).toBe(false);
  });
});

describe.each(INDICATORS.map((indicator) => [indicator.id, indicator] as const))('cardSvg of %s', (_, indicator) => {
  const WIDTH = 672;
  let svg: SVGSVGElement;
  beforeAll(() => {
    svg = cardSvg(indicator, loadRows(indicator.dataset), resourceOf(indicator.dataset.name), { width: WIDTH, document: window.document });
  });

  it('is as wide as asked, with a viewBox and a background of its full size', () => {
    const height = Number(svg.getAttribute('height'));
    expect(svg.getAttribute('width')).toBe(String(WIDTH));
    expect(height).toBeGreaterThan(200);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${WIDTH} ${height}`);
    const background = svg.querySelector(':scope > rect')!;
    expect([background.getAttribute('width'), background.getAttribute('height')]).toEqual([String(WIDTH), String(height)]);
    expect(background.getAttribute('fill')).toBe(DEFAULT_CARD_STYLE.background);
  });

  it('draws the chart at the width less the padding, below the title and subtitle and above the source line', () => {
    const chart = svg.querySelector(':scope > svg')!;
    const { padding } = DEFAULT_CARD_STYLE;
    expect(chart.getAttribute('width')).toBe(String(WIDTH - 2 * padding));
    expect(chart.getAttribute('x')).toBe(String(padding));
    const [title, subtitle, source] = [...svg.querySelectorAll(':scope > text')];
    const lastY = (text: Element) => Number(text.lastElementChild!.getAttribute('y'));
    const chartTop = Number(chart.getAttribute('y'));
    expect(lastY(subtitle!)).toBeGreaterThan(lastY(title!));
    expect(chartTop).toBeGreaterThan(lastY(subtitle!));
    expect(Number(source!.firstElementChild!.getAttribute('y'))).toBeGreaterThan(chartTop + Number(chart.getAttribute('height')));
    expect(lastY(source!)).toBeLessThan(Number(svg.getAttribute('height')));
  });

  it('writes the title, the subtitle, and the source line with the credit', () => {
    const rows = loadRows(indicator.dataset);
    expect(texts(svg)).toEqual([headlineOf(indicator, rows), indicator.subtitle, sourceLine(resourceOf(indicator.dataset.name))]);
    expect(texts(svg)[2]).toMatch(new RegExp(`^Sources?: .+ · ${CREDIT}$`));
  });

  it('is a file that parses back as SVG, with no <style> for a CSP to block', () => {
    const text = svgFileText(svg);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const parsed = new window.DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.querySelector('style')).toBeNull();
    for (const text of parsed.querySelectorAll('text')) expect(text.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'space')).toBe('preserve');
    expect(parsed.documentElement.textContent).toContain(CREDIT);
  });
});

describe('cardSvg in a card’s own colours', () => {
  it('uses the style for the text and background, and the chart colours for the chart', () => {
    const indicator = INDICATORS.find((i) => i.id === 'defence-budget-gdp')!;
    const style = { ...DEFAULT_CARD_STYLE, fontFamily: 'Georgia, serif', text: '#e8eaee', mutedText: '#b4bac5', background: '#15181e' };
    const colors: ChartColors = { accent: '#ff8a7a', muted: '#8d94a0', reference: '#b4bac5', series: ['#7cb7e8', '#ff8a7a', '#c6a3ec', '#7fd19c'], background: '#15181e' };
    const svg = cardSvg(indicator, loadRows(indicator.dataset), resourceOf(indicator.dataset.name), { document: window.document, style, colors });
    expect(svg.getAttribute('width')).toBe('800');
    expect(svg.getAttribute('color')).toBe(style.text);
    expect(svg.getAttribute('font-family')).toBe(style.fontFamily);
    expect(svg.querySelector(':scope > rect')!.getAttribute('fill')).toBe(style.background);
    const [title, subtitle] = [...svg.querySelectorAll(':scope > text')];
    expect([title!.getAttribute('fill'), subtitle!.getAttribute('fill')]).toEqual([style.text, style.mutedText]);
    const chart = svg.querySelector(':scope > svg')!.outerHTML;
    expect(chart).toContain(colors.accent);
    expect(chart).not.toContain('#b42318'); // the light theme's accent
  });
});

describe('cardSvg of an explored view', () => {
  it('shows the view’s subtitle and chart, not the card’s own, with the card’s title and source line', () => {
    const indicator = INDICATORS.find((i) => i.id === 'defence-budget-gdp')!;
    const rows = loadRows(indicator.dataset);
    const view: ExploreView = { countries: ['JPN', 'DEU'], from: 2020, to: 2022, measure: 'current_usd_m' };
    const figure = (country: string, iso3: string, year: number, value: number): ExploreRow =>
      ({ country, iso3, year, value, measure: 'current_usd_m', source: 'SIPRI', source_url: 'https://www.sipri.org/databases/milex' });
    const figures = [figure('Japan', 'JPN', 2020, 52_000.5), figure('Japan', 'JPN', 2021, 54_100.25), figure('Germany', 'DEU', 2022, 58_700.75)];
    const subtitle = 'Military expenditure, current US$ (US$ millions, current prices), 2020–2022 (SIPRI)';
    const svg = cardSvg(indicator, rows, resourceOf(indicator.dataset.name), {
      document: window.document,
      view: { subtitle, chart: (options) => ({ chart: exploreChart(figures, view, options), description: 'Japan and Germany, 2020–2022' }) },
    });
    expect(texts(svg)).toEqual([headlineOf(indicator, rows), subtitle, sourceLine(resourceOf(indicator.dataset.name))]);
    const chart = svg.querySelector(':scope > svg')!;
    expect(chart.getAttribute('aria-label')).toBe('Japan and Germany, 2020–2022');
    expect(chart.getAttribute('width')).toBe(String(800 - 2 * DEFAULT_CARD_STYLE.padding));
    // The explored chart's labels, not the card's own series of Japan's share of GDP since 1952.
    expect(chart.textContent).toContain('Germany');
    expect(chart.textContent).not.toContain('1960');
  });
});
