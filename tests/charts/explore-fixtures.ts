/**
 * Made-up, deterministic figures for the explorer's chart (not SIPRI's): ten countries whose
 * lines end close together, and one with years missing, so that labels must be moved apart and
 * gaps must show.
 */
import type { ExploreRow } from '../../src/explore/sipri-data.js';
import type { ExploreView, Measure } from '../../src/explore/view.js';

/** Code, name, figure in 2000, change a year. */
const COUNTRIES: ReadonlyArray<[string, string, number, number]> = [
  ['JPN', 'Japan', 0.95, 0.018],
  ['KOR', 'Korea, South', 2.4, 0.012],
  ['USA', 'United States of America', 3.0, 0.01],
  ['GBR', 'United Kingdom', 2.4, -0.008],
  ['DEU', 'Germany', 1.3, 0.024],
  ['FRA', 'France', 2.0, -0.002],
  ['AUS', 'Australia', 1.8, 0.008],
  ['ITA', 'Italy', 1.6, -0.004],
  ['CAN', 'Canada', 1.1, 0.016],
  ['NLD', 'Netherlands', 1.4, 0.022],
];

export const SOURCE = { source: 'Test figures', source_url: 'https://example.org/test' };

/** A figure a year, with a wobble so that lines cross. */
export function rowsOf(countries: readonly string[], [from, to]: [number, number], measure: Measure = 'share_of_gdp_pct', scale = 1): ExploreRow[] {
  return countries.flatMap((iso3, c) => {
    const [, country, start, slope] = COUNTRIES.find(([code]) => code === iso3)!;
    return Array.from({ length: to - from + 1 }, (_, i) => {
      const year = from + i;
      const value = Math.round((start + slope * (year - 2000) + 0.08 * Math.sin(year + c)) * scale * 100) / 100;
      return { country, iso3, year, measure, value, ...SOURCE };
    });
  });
}

export const ALL = COUNTRIES.map(([iso3]) => iso3);
export const THREE = ['JPN', 'KOR', 'DEU'];

export const viewOf = (countries: readonly string[], from = 2000, to = 2024, measure: Measure = 'share_of_gdp_pct'): ExploreView => ({
  countries: [...countries],
  from,
  to,
  measure,
});

/**
 * Japan whole; Germany with no figures for 2003–2004, 2006 and 2008 (so 2005 and 2007 stand
 * alone), and none after 2019.
 */
export const GAPS = rowsOf(['JPN', 'DEU'], [2000, 2024]).filter((r) => r.iso3 !== 'DEU' || ![2003, 2004, 2006, 2008].includes(r.year) && r.year <= 2019);

/** The palette of the card's dark theme (`src/components/shared.styles.ts`). */
export const DARK = {
  accent: '#ff8a7a',
  muted: '#8d94a0',
  reference: '#b4bac5',
  series: ['#7cb7e8', '#ff8a7a', '#c6a3ec', '#7fd19c'],
  background: '#15181e',
};
