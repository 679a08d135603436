import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { type BudgetRow, chart, check, describe as describeChart, headline } from '../../src/indicators/defence-budget-gdp.js';
import { readRows } from '../shared-files.js';

const load = () => readRows<BudgetRow>('defence-budget-gdp');
const observedIn = (rows: BudgetRow[], year: number) => rows.find((r) => r.kind === 'observed' && r.year === year)!;
const withShare = (rows: BudgetRow[], year: number, share: number) =>
  rows.map((r) => (r.kind === 'observed' && r.year === year ? { ...r, share_of_gdp_pct: share } : r));
const withoutPolicy = (rows: BudgetRow[]) => rows.filter((r) => r.kind === 'observed');

describe('defence-budget-gdp check', () => {
  it('partly supports the claim: about 1% of GDP, but 2% is a benchmark the Basic Policy cites, not a target it sets', () => {
    const rows = load();
    const result = check(rows);
    expect(result.status).toBe('partly-supported');
    const share2021 = observedIn(rows, 2021).share_of_gdp_pct;
    expect(Math.round(share2021)).toBe(1);
    expect(result.reasoning).toContain(`${share2021}% in 2021`);
    expect(result.reasoning).toMatch(/sets no 2% target/);
    expect(result.figures).toContainEqual({ label: 'Japan, 2021 (SIPRI)', value: `${share2021}%` });
    expect(result.figures).toContainEqual({ label: 'NATO benchmark cited, not adopted, by the Basic Policy 2022', value: '2%' });
  });

  it('names the goal of December 2022 as set after the article, without letting it decide the verdict', () => {
    const rows = load();
    const goal = rows.find((r) => r.kind === 'target')!;
    // Pinned by the fact-check of November 2026: the National Security Strategy of 16 December 2022, 2% for FY2027.
    expect(goal).toMatchObject({ year: 2027, share_of_gdp_pct: 2, decided: '2022-12-16' });
    expect(goal.source_quote).toBeTruthy();
    const result = check(rows);
    expect(result.status).toBe('partly-supported');
    expect(result.reasoning).toContain('After the article, on 16 December 2022, the National Security Strategy set a goal of 2% of GDP for FY2027');
    expect(result.figures).toContainEqual({ label: 'Goal for FY2027, set 16 December 2022 (after the article)', value: '2%' });
  });

  it('supports it when a policy of the article’s time sets a 2% target', () => {
    const rows = load().map((r) => (r.kind === 'benchmark cited' ? { ...r, kind: 'target' as const } : r));
    expect(check(rows).status).toBe('supported');
  });

  it('does not count a target decided after the article as the Basic Policy’s', () => {
    const rows = load().filter((r) => r.kind !== 'benchmark cited');
    expect(rows.some((r) => r.kind === 'target')).toBe(true);
    expect(check(rows).status).toBe('not-supported');
  });

  it('does not support it when Japan did not spend about 1% in 2021', () => {
    expect(check(withShare(load(), 2021, 1.6)).status).toBe('not-supported');
  });

  it('does not support it when no policy names 2%', () => {
    const result = check(withoutPolicy(load()));
    expect(result.status).toBe('not-supported');
    expect(result.reasoning).toMatch(/no 2% target or benchmark/);
  });

  it('cannot check it without a 2021 figure', () => {
    expect(check(load().filter((r) => r.year !== 2021)).status).toBe('unverifiable');
    expect(check([]).status).toBe('unverifiable');
  });
});

describe('defence-budget-gdp text', () => {
  it('computes the headline from the 2022 and the latest figure', () => {
    const rows = load();
    const latest = rows.filter((r) => r.kind === 'observed').at(-1)!;
    const title = headline(rows);
    expect(title).toContain(`${observedIn(rows, 2022).share_of_gdp_pct}% of GDP on defence in 2022`);
    expect(title).toContain(`by ${latest.year} it had risen to ${latest.share_of_gdp_pct}%, still short of 2%`);
    expect(headline(withShare(rows, latest.year, 2.1))).toContain('at or above 2%');
    expect(headline([])).not.toMatch(/\d{4}/);
  });

  it('describes the chart with the range of 1960–2022, the latest share and the later goal', () => {
    const rows = load();
    const latest = rows.filter((r) => r.kind === 'observed').at(-1)!;
    const text = describeChart(rows);
    expect(text).toContain(`in ${latest.year} it was ${latest.share_of_gdp_pct}%`);
    // Pinned: "close to 1%" hid a range that is mostly below 1%.
    expect(text).toContain('From 1960 to 2022 it ranged from 0.77% to 1.08%');
    expect(text).not.toMatch(/close to 1%/);
    expect(text).toContain('FY2027');
  });
});

describe('defence-budget-gdp chart', () => {
  it.each([320, 1200])('draws the series, both levels and the latest label at %i px', (width) => {
    const { document } = new JSDOM('').window;
    const rows = load();
    const latest = rows.filter((r) => r.kind === 'observed').at(-1)!;
    const svg = chart(rows, { width, document });
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(svg.getAttribute('width')).toBe(String(width));
    expect(texts).toContain('1%');
    expect(texts.some((t) => t.startsWith('2%: NATO guideline'))).toBe(true);
    expect(texts.some((t) => /not adopted/.test(t)), 'no label that hides the goal of December 2022').toBe(false);
    expect(texts.some((t) => t.startsWith('FY2027 goal'))).toBe(true);
    expect(texts.some((t) => t.includes(`${latest.share_of_gdp_pct}%`))).toBe(true);
    expect(svg.querySelectorAll('path').length).toBeGreaterThan(0);
  });
});
