import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { headlineOf } from '../../src/indicator.js';
import { chart, check, CLAIMED_LEVEL, describe as describeChart, headline, natoTwoPercent, type NatoRow } from '../../src/indicators/nato-two-percent.js';
import { readRows } from '../shared-files.js';

const load = () => readRows<NatoRow>('nato-two-percent');
const members = (rows: NatoRow[]) => rows.filter((r) => r.kind === 'member');
const isJapan = (r: NatoRow) => r.iso3 === 'JPN';
const withGuideline = (rows: NatoRow[], change: Partial<Pick<NatoRow, 'share_of_gdp_pct' | 'as_of'>>) => rows.map((r) => (r.kind === 'guideline' ? { ...r, ...change } : r));
/** Members at or above 2%, counted the plain way. */
const atTwoPercent = (rows: NatoRow[]) => members(rows).filter((r) => r.share_of_gdp_pct !== null && r.share_of_gdp_pct >= 2).length;

describe('nato-two-percent data', () => {
  it('holds NATO’s 30 members of 2021, by join date, and Japan beside them', () => {
    const rows = load();
    expect(members(rows)).toHaveLength(30);
    expect(members(rows).every((r) => r.joined!.slice(0, 4) <= '2021' && r.year === 2021)).toBe(true);
    // Finland (2023) and Sweden (2024) joined after the article.
    for (const later of ['FIN', 'SWE']) expect(rows.map((r) => r.iso3)).not.toContain(later);
    expect(rows.filter(isJapan)).toEqual([expect.objectContaining({ kind: 'non-member', share_of_gdp_pct: 1.06, joined: null, source_quote: null })]);
  });

  it('quotes for each member the source that states its joining, with the year', () => {
    for (const row of members(load())) expect(row.source_quote, row.country!).toContain(row.joined!.slice(0, 4));
  });

  it('leaves Iceland without a share, and says why, rather than invent one', () => {
    const iceland = load().find((r) => r.iso3 === 'ISL')!;
    expect(iceland.share_of_gdp_pct).toBeNull();
    expect(iceland.note).toMatch(/no armed forces/);
  });

  it('takes the guideline’s level from its source’s words, dated before the article', () => {
    const guideline = load().find((r) => r.kind === 'guideline')!;
    expect(guideline).toMatchObject({ share_of_gdp_pct: CLAIMED_LEVEL, as_of: '2022-06-07', source: 'The Japan Times' });
    expect(guideline.source_quote).toContain('the 2% of GDP spending target recommended by NATO');
  });
});

describe('nato-two-percent check', () => {
  it('supports the claim: 2% of GDP is the level NATO asks of its members, whatever most of them spent', () => {
    const rows = load();
    // Pinned: SIPRI's 2025 release, 2021: 6 of the 29 members with a figure at or above 2%; 30 members.
    expect(atTwoPercent(rows)).toBe(6);
    const result = check(rows);
    expect(result.status).toBe('supported');
    expect(result.deciding).toEqual({ label: 'NATO guideline for members (The Japan Times, 7 June 2022)', value: '2% of GDP' });
    expect(result.figures).toContainEqual({ label: 'NATO members at or above 2% of GDP in 2021 (SIPRI)', value: '6 of the 29 with a figure (30 members)' });
    expect(result.figures).toContainEqual({ label: 'Japan, 2021 (SIPRI), not a member', value: '1.06%: would rank 28th of 30' });
    expect(result.reasoning).toContain('6 of the 29 members with a figure (30 members) spent 2% of GDP or more');
    expect(result.reasoning).toContain('Japan’s 1.06% would rank 28th of 30, above only Belgium and Luxembourg');
  });

  it('does not support it when the level NATO asks is not 2%', () => {
    const result = check(withGuideline(load(), { share_of_gdp_pct: 3 }));
    expect(result.status).toBe('not-supported');
    expect(result.reasoning).toContain('3% of GDP');
    expect(result.deciding?.value).toBe('3% of GDP');
  });

  it('cannot say what NATO expects without a statement of it, or with one dated after the article', () => {
    const without = check(load().filter((r) => r.kind !== 'guideline'));
    expect(without.status).toBe('unverifiable');
    expect(without.reasoning).toMatch(/spending does not say what NATO expects/);
    expect(without.reasoning).toContain('6 of the 29 members');
    expect(check(withGuideline(load(), { as_of: '2022-12-16' })).status).toBe('unverifiable');
    expect(check([]).status).toBe('unverifiable');
  });

  it('counts the members at 2% and ranks Japan from the rows', () => {
    const rows = load().map((r) => (r.iso3 === 'DEU' ? { ...r, share_of_gdp_pct: 2.5 } : r));
    const result = check(rows);
    expect(result.figures).toContainEqual({ label: 'NATO members at or above 2% of GDP in 2021 (SIPRI)', value: '7 of the 29 with a figure (30 members)' });
    expect(check(load().map((r) => (isJapan(r) ? { ...r, share_of_gdp_pct: 2.1 } : r))).reasoning).toContain('Japan’s 2.1% would rank 5th of 30');
  });
});

describe('nato-two-percent text', () => {
  it('computes the headline from the data', () => {
    const rows = load();
    expect(headline(rows)).toBe('In 2021, six of NATO’s 30 members spent 2% of GDP or more on defence; Japan’s 1.06% would have ranked 28th of 30');
    expect(headlineOf(natoTwoPercent, rows)).toBe(headline(rows));
    expect(headline([])).not.toMatch(/\d{2}|six/i);
  });

  it('describes the finding: who met 2%, where Japan stands, who has no figure', () => {
    const text = describeChart(load());
    expect(text).toContain('6 of the 29 members with a figure were at or above 2%: Greece, the United States, Poland, Latvia, the United Kingdom and Estonia');
    expect(text).toContain('Japan’s 1.06% would rank 28th of 30, above only Belgium and Luxembourg');
    expect(text).toContain('SIPRI has no figure for Iceland');
  });
});

describe('nato-two-percent chart', () => {
  const { document } = new JSDOM('').window;

  it.each([320, 1200])('draws every member, Japan without a rank, and the 2%% guideline at %i px', (width) => {
    const rows = load();
    const svg = chart(rows, { width, document });
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(svg.getAttribute('width')).toBe(String(width));
    expect(texts).toContain('Japan');
    expect(texts.some((t) => t.startsWith('1.06% (not NATO)') || t.startsWith('1.06% (not a NATO member'))).toBe(true);
    expect(texts.some((t) => /^2%: NATO/.test(t))).toBe(true);
    expect(texts).toContain('no SIPRI figure');
    // Ranks 1 to 29, with two members tied at 26th: none for Japan or Iceland.
    expect(texts.filter((t) => /^\d+$/.test(t)).map(Number).sort((a, b) => a - b)).toEqual([...Array.from({ length: 26 }, (_, i) => i + 1), 26, 28, 29]);
    expect(svg.querySelectorAll('rect')).toHaveLength(30);
  });

  it('draws no guideline rule without a guideline', () => {
    const svg = chart(load().filter((r) => r.kind !== 'guideline'), { document });
    expect([...svg.querySelectorAll('text')].some((t) => /NATO guideline/.test(t.textContent ?? ''))).toBe(false);
  });
});
