/**
 * The whole SIPRI release for the explorer, loaded only when a reader explores: a second file,
 * `defence-indicators.data.js`, beside the script, never bundled into it. It is a classic script
 * (it loads from `file://`, and from the page's own origin under `default-src 'self'`) that sets
 * one global, `DefenceIndicatorsSipri`, to the figures in columns. A page may also include it
 * itself, ahead of time: the loader takes the global when it is already there.
 */
import { loadGlobal } from '../lib/beside-script.js';
import type { ExploreView, Measure, ViewBounds } from './view.js';

/** One figure of SIPRI's, as the explorer charts it and the CSV holds it. */
export interface ExploreRow {
  country: string;
  iso3: string;
  year: number;
  measure: Measure;
  value: number;
  source: string;
  source_url: string;
}

export interface SipriCountry {
  iso3: string;
  /** SIPRI's name, e.g. "Korea, South". */
  name: string;
}

/** SIPRI's release, ready to answer a view. */
export interface SipriTable extends ViewBounds {
  /** Every country, by name. */
  countries: SipriCountry[];
  /** The first and last year of any measure. */
  years: [number, number];
  /** The release, e.g. "2025 release (April 2025), data 1949–2024". */
  release: string;
  /** The view's figures: its countries in its order, each year from `from` to `to` that has one. */
  rows(view: ExploreView): ExploreRow[];
}

/**
 * The data file's content: each measure a column per country, over the measure's years.
 * Bumped `format` when the shape changes, so that a stale file beside a newer script is refused, not misread.
 */
export interface SipriColumns {
  format: typeof FORMAT;
  source: string;
  source_url: string;
  release: string;
  /** SIPRI's country names, in SIPRI's order. */
  countries: string[];
  /** Their ISO 3166 alpha-3 codes, in the same order. */
  iso3: string[];
  /**
   * The countries' indices in alphabetical order of their names (English collation), sorted when
   * the file is built: a browser's first collation loads ICU's data, which costs more than the sort.
   */
  byName: number[];
  /**
   * For each measure, its first and last year, and for each country (in the order above) its figures
   * from `first` on, null where SIPRI has none; the nulls after a country's last figure are left out.
   */
  measures: Record<Measure, { first: number; last: number; values: Array<Array<number | null>> }>;
}

export const FORMAT = 2;
/** The file's name; beside the embed script, and in the dashboard's folder. */
export const DATA_FILE = 'defence-indicators.data.js';
/** The global the file sets. */
export const DATA_GLOBAL = 'DefenceIndicatorsSipri';

/** The figures of the columns, by view. Throws if the columns are not in the format this script reads. */
export function tableOf(data: SipriColumns): SipriTable {
  if (data?.format !== FORMAT) throw new Error(`${DATA_FILE} is in format ${String(data?.format)}, not ${FORMAT}: use the file built with this script`);
  const index = new Map(data.iso3.map((iso3, i) => [iso3, i]));
  const countries = data.byName.map((i) => ({ iso3: data.iso3[i]!, name: data.countries[i]! }));
  const spans = Object.values(data.measures);
  return {
    countries,
    years: [Math.min(...spans.map((m) => m.first)), Math.max(...spans.map((m) => m.last))],
    release: data.release,
    yearsOf: (measure) => [data.measures[measure].first, data.measures[measure].last],
    rows({ countries: codes, from, to, measure }) {
      const { first, values } = data.measures[measure];
      return codes.flatMap((iso3) => {
        const i = index.get(iso3);
        if (i === undefined) return [];
        const rows: ExploreRow[] = [];
        for (let year = from; year <= to; year++) {
          const value = values[i]![year - first];
          if (typeof value === 'number') rows.push({ country: data.countries[i]!, iso3, year, measure, value, source: data.source, source_url: data.source_url });
        }
        return rows;
      });
    },
  };
}

let loading: Promise<SipriTable> | undefined;

/** SIPRI's whole release: loaded once per page, on first use; a failed load is tried again on the next. */
export function loadSipri(): Promise<SipriTable> {
  if (!loading) {
    loading = loadGlobal<SipriColumns>(DATA_FILE, DATA_GLOBAL, 'the figures').then(tableOf);
    loading.catch(() => (loading = undefined));
  }
  return loading;
}
