import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CLAIMED_RANK, chart, check, defenceSpendingRank, describe as describeChart, headline, rankBy, type SpendingRow } from '../../src/indicators/defence-spending-rank.js';
import { headlineOf } from '../../src/indicator.js';
import { ordinal, ordinalWord } from '../../src/lib/words.js';
import { readRows } from '../shared-files.js';

const load = () => readRows<SpendingRow>('defence-spending-rank');

type Measure = 'current_usd_m' | 'constant_2023_usd_m';
const isJapan = (r: SpendingRow) => r.iso3 === 'JPN';
/** Japan's rank the plain way: sort the others, count who spends more. */
const japanRank = (rows: SpendingRow[], measure: Measure) => {
  const own = rows.find(isJapan)![measure]!;
  return 1 + rows.filter((r) => !isJapan(r) && r[measure] !== null && r[measure]! > own).length;
};
/** The rows with Japan's figure for a measure set to fall between the others' (n-1)th and nth largest: Japan becomes nth. */
const withJapanAt = (rows: SpendingRow[], measure: Measure, n: number) => {
  const others = rows.filter((r) => !isJapan(r) && r[measure] !== null).map((r) => r[measure]!).sort((a, b) => b - a);
  const value = (others[n - 2]! + others[n - 1]!) / 2;
  return rows.map((r) => (isJapan(r) ? { ...r, [measure]: value } : r));
};

describe('defence-spending-rank check', () => {
  it('supports "ninth largest" on SIPRI’s data: ninth in current US$, with the constant-dollar rank stated too', () => {
    const rows = load();
    const current = japanRank(rows, 'current_usd_m');
    const constant = japanRank(rows, 'constant_2023_usd_m');
    // The reference notes (shared/data/facts/README.md) give 9th in current and 10th in constant (2023) US$.
    expect([current, constant]).toEqual([9, 10]);
    const result = check(rows);
    expect(result.status).toBe('supported');
    expect(result.reasoning).toContain(`${ordinal(current)} of ${rows.filter((r) => r.current_usd_m !== null).length}`);
    expect(result.reasoning).toContain(ordinal(constant));
    expect(result.figures.map((f) => f.value).join(' ')).toContain(`${ordinal(constant)} of ${rows.filter((r) => r.constant_2023_usd_m !== null).length}`);
  });

  it('names the countries that pass Japan in constant dollars', () => {
    const rows = load();
    const japan = rows.find(isJapan)!;
    const passers = rows.filter(
      (r) => r.current_usd_m! < japan.current_usd_m! && r.constant_2023_usd_m !== null && r.constant_2023_usd_m > japan.constant_2023_usd_m!,
    );
    expect(passers.length).toBeGreaterThan(0);
    for (const r of passers) expect(check(rows).reasoning).toContain(r.country === 'Korea, South' ? 'South Korea' : r.country);
  });

  it('does not support it when Japan is 11th in both measures', () => {
    const rows = withJapanAt(withJapanAt(load(), 'current_usd_m', 11), 'constant_2023_usd_m', 11);
    expect(japanRank(rows, 'current_usd_m')).toBe(11);
    const result = check(rows);
    expect(result.status).toBe('not-supported');
    expect(result.reasoning).toContain('11th in current US$');
  });

  it('partly supports it when only the constant-dollar rank is ninth', () => {
    const rows = withJapanAt(withJapanAt(load(), 'current_usd_m', 11), 'constant_2023_usd_m', CLAIMED_RANK);
    expect(check(rows).status).toBe('partly-supported');
  });

  it('ranks ties together and says so', () => {
    const rows = load();
    const germany = rows.find((r) => r.iso3 === 'DEU')!;
    const tied = rows.map((r) => (isJapan(r) ? { ...r, current_usd_m: germany.current_usd_m } : r));
    const ranks = rankBy(tied, 'current_usd_m');
    const japan = tied.find(isJapan)!;
    expect(ranks.get(japan)).toBe(ranks.get(tied.find((r) => r.iso3 === 'DEU')!));
    // The next country down skips the shared place.
    const next = Math.min(...[...ranks.values()].filter((rank) => rank > ranks.get(japan)!));
    expect(next).toBe(ranks.get(japan)! + 2);
    expect(check(tied).reasoning).toContain('tied with 1 other');
  });

  it('ranks only countries with a figure', () => {
    const rows = load();
    const ranks = rankBy(rows, 'constant_2023_usd_m');
    expect(ranks.size).toBe(rows.filter((r) => r.constant_2023_usd_m !== null).length);
    expect(rows.some((r) => r.constant_2023_usd_m === null)).toBe(true);
  });

  it('cannot check the claim without Japan, or without Japan’s figures', () => {
    const rows = load();
    expect(check(rows.filter((r) => !isJapan(r))).status).toBe('unverifiable');
    const blank = rows.map((r) => (isJapan(r) ? { ...r, current_usd_m: null, constant_2023_usd_m: null } : r));
    expect(check(blank).status).toBe('unverifiable');
  });
});

describe('defence-spending-rank text', () => {
  it('computes the headline from the data', () => {
    const rows = load();
    const title = headline(rows);
    expect(title).toContain(`${ordinalWord(japanRank(rows, 'current_usd_m'))}-largest`);
    expect(title).toContain(ordinalWord(japanRank(rows, 'constant_2023_usd_m')));
    expect(headlineOf(defenceSpendingRank, rows)).toBe(title);
    expect(headline([])).not.toMatch(/\d|ninth/);
  });

  it('describes the finding with Japan’s figure', () => {
    const rows = load();
    const text = describeChart(rows);
    expect(text).toContain(`US$${rows.find(isJapan)!.current_usd_m!.toLocaleString('en-GB')} million`);
    expect(text).toContain(ordinalWord(japanRank(rows, 'current_usd_m')));
  });
});

describe('defence-spending-rank chart', () => {
  const document = new JSDOM('').window.document;

  it.each([320, 1200])('draws an SVG at %i px with Japan, its rank and its figure labelled', (width) => {
    const rows = load();
    const node = chart(rows, { width, document });
    const svg = node.localName === 'svg' ? node : node.querySelector('svg');
    expect(svg).not.toBeNull();
    expect(svg!.getAttribute('width')).toBe(String(width));
    const texts = [...svg!.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts).toContain('Japan');
    expect(texts).toContain(String(japanRank(rows, 'current_usd_m')));
    expect(texts.some((t) => t.startsWith(rows.find(isJapan)!.current_usd_m!.toLocaleString('en-GB')))).toBe(true);
  });

  it('shows Japan even when it is outside the largest spenders', () => {
    const rows = withJapanAt(load(), 'current_usd_m', 40);
    const texts = [...chart(rows, { width: 640, document }).querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Japan');
    expect(texts).toContain('40');
  });
});
