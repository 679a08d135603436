/**
 * The explorer's data file, `defence-indicators.data.js`: run as a browser would run it (a
 * classic script that sets one global), it gives back exactly SIPRI's figures as the snapshot
 * holds them, for every country, year and measure, under the codes the datasets use.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { sipriColumns, sipriDataScript } from '../../scripts/explore-data.js';
import { defenceBudgetGdp, type BudgetRow } from '../../src/indicators/defence-budget-gdp.js';
import { DATA_GLOBAL, type SipriColumns, type SipriTable, tableOf } from '../../src/explore/sipri-data.js';
import { defaultView, MEASURE_NAMES, MEASURES } from '../../src/explore/view.js';
import { readRows, ROOT } from '../shared-files.js';

const SOURCES = resolve(ROOT, 'datasets/sources');
type Sheet = Array<Record<string, number | string | null>>;
const sheetOf = (name: string): Sheet => JSON.parse(readFileSync(resolve(SOURCES, 'sipri-milex-2025', `${name}.json`), 'utf8'));
/** SIPRI's names and the codes the tidy dataset gives them. */
const CODES = new Map(csvParse(readFileSync(resolve(ROOT, 'datasets/sipri-milex-2025.csv'), 'utf8')).map((r) => [r.country!, r.iso3!]));

/** The figures the file's script leaves in the global it sets, run in a context of its own. */
function runScript(text: string): SipriColumns {
  const context: Record<string, unknown> = {};
  context.globalThis = context;
  runInNewContext(text, context);
  return context[DATA_GLOBAL] as SipriColumns;
}

/** Every figure where the table and the snapshot differ, a line each: `JPN 2021 share_of_gdp_pct: 1.07, snapshot 1.06`. */
function differences(table: SipriTable): string[] {
  const found: string[] = [];
  for (const measure of MEASURE_NAMES) {
    const [from, to] = table.yearsOf(measure);
    for (const row of sheetOf(MEASURES[measure].sheet)) {
      const iso3 = CODES.get(String(row.country)) ?? `no code for ${row.country}`;
      const figures = new Map(table.rows({ countries: [iso3], from, to, measure }).map((r) => [r.year, r.value]));
      for (let year = from; year <= to; year++) {
        const published = row[String(year)] ?? undefined;
        if (figures.get(year) !== published) found.push(`${iso3} ${year} ${measure}: ${figures.get(year)}, snapshot ${published}`);
      }
      if (figures.size !== Object.entries(row).filter(([key, value]) => /^\d{4}$/.test(key) && value !== null).length)
        found.push(`${iso3} ${measure}: ${figures.size} figures`);
    }
  }
  return found;
}

const script = sipriDataScript(SOURCES);
const table = tableOf(runScript(script));

describe('defence-indicators.data.js', () => {
  it('is a classic script that sets one global and nothing else', () => {
    expect(script).not.toMatch(/^\s*(import|export)\s/m);
    const context: Record<string, unknown> = {};
    context.globalThis = context;
    runInNewContext(script, context);
    expect(Object.keys(context).sort()).toEqual([DATA_GLOBAL, 'globalThis'].sort());
  });

  it('gives back every figure of the five sheets exactly, and no other', () => {
    expect(differences(table)).toEqual([]);
  });

  it('lists each country once, by name in English alphabetical order', () => {
    const names = table.countries.map((c) => c.name);
    expect(new Set(table.countries.map((c) => c.iso3)).size).toBe(174);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    // Collation, not code points: an accented letter sorts with its letter, capitals with small letters.
    expect(names.slice(names.indexOf('Türkiye'), names.indexOf('USSR') + 1)).toEqual(['Türkiye', 'Turkmenistan', 'Uganda', 'Ukraine', 'United Arab Emirates', 'United Kingdom', 'United States of America', 'Uruguay', 'USSR']);
  });

  it('gives the codes of the datasets to all 174 countries, and their years to each measure', () => {
    expect(table.countries).toHaveLength(174);
    const figures = (iso3: string) => MEASURE_NAMES.flatMap((measure) => table.rows({ countries: [iso3], from: 1949, to: 2024, measure })).length;
    // The tidy dataset holds a country only where it has a figure: SIPRI lists three with none.
    const unlisted = table.countries.filter(({ name }) => !CODES.has(name));
    expect(unlisted.map((c) => [c.name, c.iso3, figures(c.iso3)])).toEqual([
      ['Costa Rica', 'CRI', 0],
      ['Iceland', 'ISL', 0],
      ['Yugoslavia', 'YUG', 0],
    ]);
    expect(table.countries.filter(({ iso3, name }) => CODES.has(name) && CODES.get(name) !== iso3)).toEqual([]);
    expect(table.years).toEqual([1949, 2024]);
    expect(table.yearsOf('per_capita_usd')).toEqual([1988, 2024]);
    expect(table.yearsOf('share_of_govt_spending_pct')).toEqual([1988, 2024]);
  });

  it('pins a sample of figures, with their country, source and measure', () => {
    const rows = table.rows({ countries: ['KOR', 'JPN', 'KWT'], from: 1991, to: 2021, measure: 'share_of_gdp_pct' });
    expect(rows.find((r) => r.iso3 === 'JPN' && r.year === 2021)).toEqual({
      country: 'Japan',
      iso3: 'JPN',
      year: 2021,
      measure: 'share_of_gdp_pct',
      value: 1.06,
      source: 'SIPRI Military Expenditure Database, 2025',
      source_url: 'https://www.sipri.org/databases/milex',
    });
    expect(rows.find((r) => r.iso3 === 'KWT' && r.year === 1991)?.value).toBe(117.35);
    // Countries in the order chosen, years in order.
    expect([...new Set(rows.map((r) => r.iso3))]).toEqual(['KOR', 'JPN', 'KWT']);
  });

  it('leaves out SIPRI’s empty cells: Libya has no figure for 2015–2021', () => {
    const rows = table.rows({ countries: ['LBY'], from: 2012, to: 2024, measure: 'per_capita_usd' });
    expect(rows.map((r) => r.year)).toEqual([2012, 2013, 2014, 2022, 2023]);
  });

  it('draws the default view of defence-budget-gdp from exactly the card’s own figures', () => {
    const own = readRows<BudgetRow>('defence-budget-gdp').filter((r) => r.kind === 'observed');
    const explored = table.rows(defaultView(defenceBudgetGdp.explore!, table));
    expect(explored.map((r) => [r.year, r.value])).toEqual(own.map((r) => [r.year, r.share_of_gdp_pct]));
  });

  it('would tell a changed figure, a shifted year and a lost country from the snapshot', () => {
    const tampered = (change: (columns: SipriColumns) => void) => {
      const columns = sipriColumns(SOURCES);
      change(columns);
      return differences(tableOf(columns));
    };
    const japan = (c: SipriColumns) => c.iso3.indexOf('JPN');
    expect(tampered((c) => (c.measures.share_of_gdp_pct.values[japan(c)]![2021 - 1949] = 1.07))).toEqual(['JPN 2021 share_of_gdp_pct: 1.07, snapshot 1.06']);
    expect(tampered((c) => c.measures.per_capita_usd.values[japan(c)]!.shift()).length).toBeGreaterThan(30);
    expect(tampered((c) => (c.iso3[japan(c)] = 'JAP')).length).toBeGreaterThan(100);
  });

  it('is refused by a script that reads another format', () => {
    expect(() => tableOf({ ...runScript(script), format: 1 as 2 })).toThrow(/format 1, not 2/);
  });
});
