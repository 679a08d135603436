/**
 * The "Since the article" items: every card has some, each dated, with its source and the
 * source's words; SIPRI's figures come from the SIPRI table, not typed in.
 */
import { describe, expect, it } from 'vitest';
import type { SinceItem } from '../src/indicator.js';
import { INDICATORS } from '../src/indicators/all.js';
import { isAfterArticle } from '../src/lib/dates.js';
import { sinceTheArticle } from '../src/lib/since.js';
import { isHttpUrl } from '../src/lib/url.js';
import { readRows } from './shared-files.js';

const SIPRI = 'SIPRI Military Expenditure Database, 2025';
const items = () => readRows<SinceItem>('since-the-article');

describe('since-the-article', () => {
  it('gives every card of the registry dated items, and no item to a card that does not exist', () => {
    const ids = INDICATORS.map((i) => i.id);
    for (const id of ids) expect(sinceTheArticle(id).length, id).toBeGreaterThan(0);
    for (const item of items()) expect(ids, item.text).toContain(item.indicator_id);
  });

  it('dates each item after the article, names its source and links it, and quotes it unless the figure is SIPRI’s', () => {
    for (const item of items()) {
      expect(item.date, item.text).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      // A year stands for a yearly figure: the full years from 2022 on.
      if (item.date.length > 4) expect(isAfterArticle(item.date), `${item.date} ${item.text}`).toBe(true);
      else expect(Number(item.date)).toBeGreaterThanOrEqual(2022);
      expect(item.text.trim().length).toBeGreaterThan(20);
      expect(item.source.trim()).not.toBe('');
      expect(isHttpUrl(item.source_url), item.source_url).toBe(true);
      if (item.source === SIPRI) expect(item.source_quote).toBeNull();
      else expect(item.source_quote?.trim().length ?? 0, item.text).toBeGreaterThan(20);
    }
  });

  it('reads each card’s items oldest first', () => {
    for (const { id } of INDICATORS) {
      const dates = sinceTheArticle(id).map((i) => i.date);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('marks what only one secondary source states', () => {
    const single = items().filter((i) => i.confidence === 'M');
    expect(single.length).toBeGreaterThan(0);
    expect(single.map((i) => i.indicator_id)).toContain('japan-defence-budget');
  });

  it('takes SIPRI’s shares for Japan since 2022 from the SIPRI table, as published', () => {
    const sipri = readRows<{ iso3: string; year: number; share_of_gdp_pct: number | null }>('sipri-milex-2025').filter((r) => r.iso3 === 'JPN' && r.year >= 2022);
    const shares = sinceTheArticle('defence-budget-gdp').filter((i) => i.source === SIPRI);
    expect(shares.map((i) => i.date)).toEqual(sipri.map((r) => String(r.year)));
    for (const r of sipri) expect(shares.find((i) => i.date === String(r.year))!.text).toContain(`${r.share_of_gdp_pct}% of GDP`);
    // Pinned: SIPRI's 2025 release.
    expect(shares.at(-1)!.text).toBe('SIPRI puts Japan’s military expenditure in 2024 at 1.37% of GDP.');
    expect(sinceTheArticle('defence-spending-rank').map((i) => i.text)).toContain(
      'In SIPRI’s data Japan was the 10th largest military spender of 2024 (of 149 countries with a figure), at US$55,273.9 million in current US$.',
    );
  });

  it('tells how the budget claim reads today: the goal of December 2022, the ¥43 trillion plan and NATO’s 5% at The Hague', () => {
    const budget = sinceTheArticle('defence-budget-gdp');
    const on = (date: string, words: string) => budget.find((i) => i.date === date && i.text.includes(words));
    expect(on('2022-12-16', '2% of current (FY2022) GDP')?.source_quote).toContain('国内総生産(GDP)の2%');
    expect(on('2022-12-16', '¥43 trillion')?.source_quote).toContain('¥43 trillion for the five years from fiscal 2023 to 2027');
    expect(on('2025-06-25', '5% of GDP a year by 2035')?.source_quote).toContain('5% of GDP annually');
    expect(on('2025-06-25', 'at least 3.5%')?.source_quote).toMatch(/at least 3\.5% of GDP.*up to 1\.5% of GDP/);
  });
});
