import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import world from '../../datasets/world-110m.topo.json';
import { check, chart, describe as describeRows, headline, type PartnerRow } from '../../src/indicators/nato-global-partners.js';
import { numberWord } from '../../src/lib/words.js';
import { readRows } from '../shared-files.js';

const rows = readRows<PartnerRow>('nato-global-partners');
const atlasIds = new Set((world as { objects: { countries: { geometries: Array<{ id: string }> } } }).objects.countries.geometries.map((g) => g.id));

describe('nato-global-partners check', () => {
  it('supports the claim on the real data: nine partners, Japan among them', () => {
    const result = check(rows);
    expect(result.status).toBe('supported');
    expect(result.figures.find((f) => f.label === 'Partners across the globe')?.value).toBe(String(rows.length));
    expect(result.reasoning).toContain('Joint Political Declaration, 2013');
  });

  // Pinned by the fact-check of November 2026: one definition (the first formal instrument) for all nine.
  it.each([
    ['JPN', '2013-04-15', null],
    ['COL', '2017-05', '2018-05-31'],
    ['AFG', '2006-09-06', null],
  ])('dates %s by its first formal instrument, %s', (iso3, formalised, second) => {
    expect(rows.find((r) => r.iso3 === iso3)).toMatchObject({ status: 'formalised', formalised, second_date: second });
  });

  it('shows Pakistan as having no formal instrument, never as formalised in 2005', () => {
    const pakistan = rows.find((r) => r.iso3 === 'PAK')!;
    expect(pakistan).toMatchObject({ status: 'no formal instrument', formalised: null, formalised_year: null });
    expect(check(rows).figures).toContainEqual({ label: 'No formal instrument found', value: 'Pakistan' });
    expect(describeRows(rows)).toContain('Pakistan (no formal instrument)');
    expect(describeRows(rows)).not.toContain('2005');
  });

  it('names a partner whose date is not confirmed, never a year for it', () => {
    const unconfirmed = rows.map((r) => (r.iso3 === 'AFG' ? { ...r, status: 'date not confirmed' as const, formalised: null, formalised_year: null } : r));
    expect(check(unconfirmed).figures).toContainEqual({ label: 'Date of formalisation not confirmed', value: 'Afghanistan' });
    expect(describeRows(unconfirmed)).toContain('Afghanistan (date not confirmed)');
  });

  it('does not support eight partners, or ten', () => {
    const eight = rows.filter((r) => r.iso3 !== 'COL');
    expect(check(eight).status).toBe('not-supported');
    expect(check(eight).reasoning).toContain(`${eight.length} partners`);
    const ten = [...rows, { ...rows[0]!, country: 'Elsewhere', iso3: 'XXX', iso_numeric: '999' }];
    expect(check(ten).status).toBe('not-supported');
  });

  it('does not support nine partners without Japan', () => {
    const swapped = rows.map((r) => (r.iso3 === 'JPN' ? { ...r, country: 'Elsewhere', iso3: 'XXX' } : r));
    const result = check(swapped);
    expect(result.status).toBe('not-supported');
    expect(result.reasoning).toContain('Japan is not among them');
  });

  it('cannot check an empty list', () => {
    expect(check([]).status).toBe('unverifiable');
  });
});

describe('nato-global-partners chart', () => {
  const document = new JSDOM('').window.document;

  it('finds every partner’s shape in world-atlas by its ISO numeric code', () => {
    for (const r of rows) expect(atlasIds.has(r.iso_numeric), `${r.country} (${r.iso_numeric})`).toBe(true);
  });

  it.each([320, 1200])('draws at %i px with Japan labelled and its year, and no year for Pakistan', (width) => {
    const node = chart(rows, { width, document });
    const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg')!;
    expect(svg.getAttribute('width')).toBe(String(width));
    const text = node.textContent ?? '';
    const japan = rows.find((r) => r.iso3 === 'JPN')!;
    expect(svg.textContent).toContain('Japan');
    expect(svg.textContent).toContain(String(japan.formalised_year));
    expect(text).toContain('Afghanistan');
    expect(text).toContain('no formal instrument');
    expect(svg.textContent).not.toContain('2014');
    // Every partner is named at every width: on the map, or in the caption when the map is narrow.
    for (const r of rows) expect(text).toContain(r.country);
    // Land plus one filled shape per partner.
    expect(svg.querySelectorAll('path').length).toBeGreaterThan(rows.length);
  });

  it('fills Japan with the accent colour and the others with a series colour', () => {
    const colors = { accent: '#aa0000', muted: '#999999', reference: '#333333', series: ['#0000aa', '#00aa00', '#aa00aa', '#00aaaa'], background: '#ffffff' };
    const svg = chart(rows, { width: 1200, document, colors });
    const fills = [...svg.querySelectorAll('path')].map((p) => p.getAttribute('fill'));
    expect(fills.filter((f) => f === colors.accent).length).toBeGreaterThanOrEqual(1);
    expect(fills.filter((f) => f === colors.series[0]).length).toBeGreaterThanOrEqual(rows.length - 1);
  });
});

describe('nato-global-partners text alternative', () => {
  it('names every partner with its year', () => {
    const text = describeRows(rows);
    for (const r of rows) expect(text).toContain(`${r.country} (${r.formalised_year ?? r.status}`);
  });
});

describe('nato-global-partners headline', () => {
  it('counts the partners in words and says whether Japan is one of them', () => {
    expect(headline(rows)).toMatch(new RegExp(`^NATO counts ${numberWord(rows.length)} .*Japan is one of them$`));
    expect(headline(rows.slice(0, 8).filter((r) => r.iso3 !== 'JPN'))).toMatch(/Japan is not one of them$/);
    expect(headline([])).not.toMatch(/nine|\d/);
  });
});
