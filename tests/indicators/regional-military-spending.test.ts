import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { headlineOf } from '../../src/indicator.js';
import {
  chart,
  check,
  describe as describeChart,
  FROM_YEAR,
  headline,
  regionalMilitarySpending,
  type RegionalRow,
  TO_YEAR,
} from '../../src/indicators/regional-military-spending.js';
import { readRows } from '../shared-files.js';

const load = () => readRows<RegionalRow>('regional-military-spending');
const spent = (rows: RegionalRow[], iso3: string, year: number) => rows.find((r) => r.iso3 === iso3 && r.year === year)!.constant_2023_usd_m;
const withSpending = (rows: RegionalRow[], iso3: string, year: number, value: number) =>
  rows.map((r) => (r.iso3 === iso3 && r.year === year ? { ...r, constant_2023_usd_m: value } : r));
/** Growth in per cent, the plain way. */
const growth = (rows: RegionalRow[], iso3: string) => (spent(rows, iso3, TO_YEAR) / spent(rows, iso3, FROM_YEAR) - 1) * 100;

describe('regional-military-spending data', () => {
  it('holds SIPRI’s constant (2023) US$ series of six countries, 2000–2024', () => {
    const rows = load();
    expect([...new Set(rows.map((r) => r.iso3))].sort()).toEqual(['AUS', 'CHN', 'JPN', 'KOR', 'RUS', 'TWN']);
    expect(rows).toHaveLength(6 * 25);
    expect(Math.min(...rows.map((r) => r.year))).toBe(2000);
    expect(Math.max(...rows.map((r) => r.year))).toBe(2024);
  });

  it('pins the figures the check compares (SIPRI, 2025 release, US$ millions)', () => {
    const rows = load();
    expect([spent(rows, 'CHN', 2011), spent(rows, 'CHN', 2021)]).toEqual([143428.9, 266692.3]);
    expect([spent(rows, 'JPN', 2011), spent(rows, 'JPN', 2021)]).toEqual([38618.1, 44420.9]);
  });
});

describe('regional-military-spending check', () => {
  it('supports “China’s military buildup”: China’s spending grew far faster than Japan’s over the ten years to 2021', () => {
    const rows = load();
    expect(growth(rows, 'CHN')).toBeCloseTo(85.94, 2);
    expect(growth(rows, 'JPN')).toBeCloseTo(15.03, 2);
    const result = check(rows);
    expect(result.status).toBe('supported');
    expect(result.deciding).toEqual({ label: 'China, 2011–2021, constant (2023) US$ millions', value: '143,428.9 → 266,692.3 (+85.9%)' });
    expect(result.figures).toContainEqual({ label: 'Japan, 2011–2021, constant (2023) US$ millions', value: '38,618.1 → 44,420.9 (+15.0%)' });
    expect(result.figures).toHaveLength(6);
    expect(result.reasoning).toContain('China’s build-up outpaced Japan’s');
    expect(result.reasoning).toContain('Russia’s spending grew 28.0% (53,649.2 to 68,649.8)');
  });

  it('partly supports it when China’s spending grew, but no faster than Japan’s', () => {
    const rows = withSpending(load(), 'CHN', TO_YEAR, 150_000);
    expect(check(rows).status).toBe('partly-supported');
    expect(check(rows).reasoning).toContain('no faster than Japan’s');
  });

  it('does not support it when China’s spending fell', () => {
    const result = check(withSpending(load(), 'CHN', TO_YEAR, 140_000));
    expect(result.status).toBe('not-supported');
    expect(result.deciding?.value).toBe('143,428.9 → 140,000 (−2.4%)');
  });

  it('cannot check it without China’s or Japan’s figures for both years', () => {
    expect(check([]).status).toBe('unverifiable');
    expect(check(load().filter((r) => !(r.iso3 === 'CHN' && r.year === FROM_YEAR))).status).toBe('unverifiable');
    expect(check(load().filter((r) => r.iso3 !== 'JPN')).status).toBe('unverifiable');
  });
});

describe('regional-military-spending text', () => {
  it('computes the headline from the data', () => {
    const rows = load();
    expect(headline(rows)).toBe('China’s military spending grew 85.9% in real terms from 2011 to 2021; Japan’s grew 15.0%');
    expect(headline(withSpending(rows, 'JPN', TO_YEAR, 30_000))).toContain('Japan’s fell 22.3%');
    expect(headlineOf(regionalMilitarySpending, rows)).toBe(headline(rows));
    expect(headline([])).not.toMatch(/\d/);
  });

  it('describes the growth of each country and the latest figures', () => {
    const text = describeChart(load());
    expect(text).toContain('on a logarithmic scale');
    expect(text).toContain('From 2011 to 2021: China +85.9%');
    expect(text).toContain('Japan +15.0%');
    expect(text).toContain('In 2024: China US$317,561 million');
  });
});

describe('regional-military-spending chart', () => {
  const { document } = new JSDOM('').window;
  /** The vertical pixel position of an end label. */
  const yOf = (svg: Element, label: string) => {
    const text = [...svg.querySelectorAll('text')].find((t) => t.textContent === label)!;
    return Number(text.getAttribute('transform')!.match(/,([-\d.]+)\)/)![1]);
  };

  it.each([320, 1200])('labels the six lines at their ends, apart, and marks the article at %i px', (width) => {
    const svg = chart(load(), { width, document });
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const korea = width < 480 ? 'S. Korea' : 'South Korea';
    const labels = ['China', 'Russia', 'Japan', korea, 'Australia', 'Taiwan'];
    for (const label of labels) expect(texts).toContain(label);
    expect(texts.some((t) => t.startsWith('Article'))).toBe(true);
    const ys = labels.map((label) => yOf(svg, label)).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(14);
    expect(svg.getAttribute('width')).toBe(String(width));
  });

  it('marks the two compared years on every line', () => {
    const svg = chart(load(), { document });
    expect(svg.querySelectorAll('circle')).toHaveLength(12);
  });
});
