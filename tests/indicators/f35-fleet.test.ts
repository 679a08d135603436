import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CLAIMED_TOTAL, chart, check, describe as describeChart, f35Fleet, type FleetRow, headline } from '../../src/indicators/f35-fleet.js';
import { headlineOf } from '../../src/indicator.js';
import { readRows } from '../shared-files.js';

const load = () => readRows<FleetRow>('f35-fleet');

const isJapan = (r: FleetRow) => r.iso3 === 'JPN';
const total = (rows: FleetRow[]) => rows.reduce((sum, r) => sum + r.planned, 0);
const withJapanVariant = (rows: FleetRow[], variant: FleetRow['variant'], planned: number) =>
  rows.map((r) => (isJapan(r) && r.variant === variant ? { ...r, planned } : r));
const textsOf = (node: Element) => [...node.querySelectorAll('text')].map((t) => t.textContent ?? '');

describe('f35-fleet check', () => {
  it('supports the 147: Japan’s variants add up to the article’s figure', () => {
    const rows = load();
    const japan = rows.filter(isJapan);
    expect(new Set(japan.map((r) => r.variant))).toEqual(new Set(['F-35A', 'F-35B']));
    expect(total(japan)).toBe(CLAIMED_TOTAL);
    const result = check(rows);
    expect(result.status).toBe('supported');
    for (const r of japan) expect(result.reasoning).toContain(`${r.planned} ${r.variant}`);
    expect(result.figures).toContainEqual({ label: 'Japan, all variants', value: String(total(japan)) });
    for (const r of japan) expect(result.figures.some((f) => f.label.includes(r.as_of))).toBe(true);
  });

  it('does not support it when Japan’s variants sum to 140', () => {
    const rows = load();
    const a = rows.find((r) => isJapan(r) && r.variant === 'F-35A')!;
    const altered = withJapanVariant(rows, 'F-35A', a.planned - 7);
    expect(total(altered.filter(isJapan))).toBe(140);
    const result = check(altered);
    expect(result.status).toBe('not-supported');
    expect(result.reasoning).toContain('= 140 aircraft');
  });

  it('does not fall for the 105 added in December 2018 (63 F-35A + 42 F-35B)', () => {
    const result = check(withJapanVariant(load(), 'F-35A', 63));
    expect(result.status).toBe('not-supported');
    expect(result.reasoning).toContain('= 105 aircraft');
  });

  it('cannot check the claim without Japan', () => {
    const result = check(load().filter((r) => !isJapan(r)));
    expect(result.status).toBe('unverifiable');
    expect(result.figures).toEqual([]);
  });
});

describe('f35-fleet text', () => {
  it('computes the headline from the data', () => {
    const rows = load();
    expect(headline(rows)).toContain(`plans ${total(rows.filter(isJapan))} F-35s in two variants`);
    expect(headline(rows)).toContain('more than any country but the United States had committed to by June 2022');
    expect(headlineOf(f35Fleet, rows)).toBe(headline(rows));
    expect(headline(rows.filter((r) => !isJapan(r)))).not.toContain('Japan');
  });

  it('describes every fleet with its total', () => {
    const rows = load();
    const text = describeChart(rows);
    const us = total(rows.filter((r) => r.iso3 === 'USA'));
    expect(text).toContain(us.toLocaleString('en-GB'));
    expect(text).toContain(`Japan plans ${total(rows.filter(isJapan))}`);
    for (const country of new Set(rows.map((r) => r.country))) expect(text).toContain(country);
  });
});

describe('f35-fleet chart', () => {
  const document = new JSDOM('').window.document;

  it.each([320, 1200])('draws an SVG at %i px with Japan labelled and the cut US bar carrying its real total', (width) => {
    const rows = load();
    const node = chart(rows, { width, document });
    const svg = node.localName === 'svg' ? node : node.querySelector('svg');
    expect(svg).not.toBeNull();
    expect(svg!.getAttribute('width')).toBe(String(width));
    const texts = textsOf(svg!);
    expect(texts).toContain('Japan');
    expect(texts.some((t) => t.startsWith(`${total(rows.filter(isJapan))} = `))).toBe(true);
    const us = total(rows.filter((r) => r.iso3 === 'USA')).toLocaleString('en-GB');
    // On a phone the cut bar has room for its total only; its variants are in the tooltip.
    expect(texts.some((t) => t.startsWith(width < 480 ? `${us} in all` : `${us} = `))).toBe(true);
    // At full width the axis says so; on a phone, the caption below the chart.
    expect(width < 480 ? node.textContent : texts.join(' ')).toContain('bar is cut');
  });

  it('keeps the other levels in the caption on a phone, where the labels have no room for them', () => {
    const node = chart(load(), { width: 320, document });
    const caption = node.querySelector('figcaption')?.textContent ?? '';
    expect(caption).toContain('United Kingdom: 48 ordered; 138 hoped for');
    expect(caption).toContain('South Korea: 60 planned (Jul 2022, after the article)');
    expect(textsOf(node)).toContain('74 B funded …');
  });

  it('cuts no bar when the largest fleet is not far ahead', () => {
    const rows = load().filter((r) => r.iso3 !== 'USA');
    const texts = textsOf(chart(rows, { width: 640, document }));
    expect(texts.some((t) => t.includes('bar is cut'))).toBe(false);
    expect(texts).toContain('Japan');
  });
});

describe('f35-fleet data, as corrected by the fact-check of November 2026', () => {
  const rows = load();
  const levels = (country: string) => rows.filter((r) => r.country === country).map((r) => [r.level, r.planned, r.as_of]);

  it('shows the United Kingdom’s three levels apart, not one plan of 138', () => {
    expect(levels('United Kingdom')).toEqual([
      ['ordered', 48, '2022-04-26'],
      ['funded', 74, '2022-04-26'],
      ['aspiration', 138, '2022-04-26'],
    ]);
  });

  it('dates South Korea’s 40 before the article and its 60 of 15 July 2022 after it', () => {
    expect(levels('South Korea')).toEqual([
      ['ordered', 40, '2022-01'],
      ['plan', 60, '2022-07-15'],
    ]);
    expect(rows.some((r) => r.country === 'South Korea' && /endorsed later/.test(r.note ?? ''))).toBe(false);
  });

  it('gives Singapore 4 firm and 8 options in 2022, and 12 firm only from February 2023', () => {
    expect(levels('Singapore')).toEqual([
      ['ordered', 4, '2020'],
      ['options', 12, '2020'],
      ['ordered', 12, '2023-02-24'],
    ]);
  });

  it('dates Australia’s 72 to the decision of 23 April 2014 and Italy’s split to its own source', () => {
    expect(levels('Australia')).toEqual([['plan', 72, '2014-04-23']]);
    expect(levels('Italy')).toEqual([
      ['plan', 60, '2018-12-04'],
      ['plan', 30, '2018-12-04'],
    ]);
  });

  it('labels each level in the chart, and marks what came after the article', () => {
    const texts = textsOf(chart(rows, { width: 1200, document: new JSDOM('').window.document }));
    expect(texts).toContain('74 F-35B funded; 48 ordered; 138 hoped for');
    expect(texts).toContain('40 F-35A ordered; 60 planned (Jul 2022, after the article)');
    expect(texts).toContain('4 F-35B ordered; 12 with options; 12 ordered (Feb 2023, after the article)');
    expect(texts.some((t) => /\b138 F-35B\b/.test(t))).toBe(false);
  });
});
