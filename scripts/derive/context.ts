/**
 * What every dataset's derivation reads: the snapshots in `datasets/sources/`, and the small
 * helpers that keep each figure's provenance with it. One place, so that every dataset cites
 * SIPRI, names publishers and drops UNCONFIRMED facts the same way.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import countries from 'i18n-iso-countries';
import type { Schema } from '../../src/lib/datapackage.js';
import { CODES_OUTSIDE_ISO_3166_1 } from '../iso3.js';
import { publisher } from './publishers.js';

/** A table as the CSV writer takes it: every cell a string, empty for none. */
export type Table = Record<string, string>[];
type SipriSheet = Array<Record<string, number | string | null>>;

export const SIPRI = {
  source: 'SIPRI Military Expenditure Database, 2025',
  source_url: 'https://www.sipri.org/databases/milex',
} as const;
/** The release the snapshot in `datasets/sources/sipri-milex-2025/` holds: change it with the snapshot. */
export const SIPRI_RELEASE = '2025 release (April 2025), data 1949–2024';
export const SIPRI_YEARS = [1949, 2024] as const;

/** SIPRI country names that i18n-iso-countries does not resolve, or resolves to the wrong code. */
const SIPRI_ISO3: Record<string, string> = {
  'Congo, DR': 'COD',
  'Congo, Republic': 'COG',
  "Cote d'Ivoire": 'CIV',
  'Gambia, The': 'GMB',
  'Korea, North': 'PRK',
  'Korea, South': 'KOR',
  'Kyrgyz Republic': 'KGZ',
  Laos: 'LAO',
  'Timor Leste': 'TLS',
  'Viet Nam': 'VNM',
  'United States of America': 'USA',
  Russia: 'RUS',
  Iran: 'IRN',
  Syria: 'SYR',
  Türkiye: 'TUR',
  Moldova: 'MDA',
  Tanzania: 'TZA',
  Bolivia: 'BOL',
  Venezuela: 'VEN',
  'Cape Verde': 'CPV',
  Eswatini: 'SWZ',
  Czechia: 'CZE',
  'North Macedonia': 'MKD',
  Brunei: 'BRN',
  Taiwan: 'TWN',
  ...CODES_OUTSIDE_ISO_3166_1,
};

export function iso3For(country: string): string {
  const code = SIPRI_ISO3[country] ?? countries.getAlpha3Code(country, 'en');
  if (!code) throw new Error(`No ISO 3166 alpha-3 code for country "${country}"`);
  return code;
}

/** True for a facts row whose notes mark it UNCONFIRMED: it is never charted as fact. */
export const unconfirmed = (row: Record<string, string | undefined>) => /UNCONFIRMED/.test(row.notes ?? '');

/** A facts row's provenance columns: publisher, address and the source's own words. */
export const provenance = (row: Record<string, string | undefined>) => ({
  source: publisher(row.source_url!),
  source_url: row.source_url!,
  source_quote: row.source_quote ?? '',
});

/** What a dataset's derivation is given. */
export interface DeriveContext {
  /** A sheet of the SIPRI snapshot, e.g. `Share_of_GDP`. */
  sheet(name: string): SipriSheet;
  /** A facts file of the snapshot, e.g. `f35-programmes`. */
  facts(name: string): Table;
  /** A dataset derived before this one (the registry's order), e.g. the tidy SIPRI table. */
  table(name: string): Table;
}

export function snapshotReader(sourcesDir: string): Pick<DeriveContext, 'sheet' | 'facts'> {
  return {
    sheet: (name) => JSON.parse(readFileSync(resolve(sourcesDir, 'sipri-milex-2025', `${name}.json`), 'utf8')),
    facts: (name) => csvParse(readFileSync(resolve(sourcesDir, 'facts', `${name}.csv`), 'utf8')) as Table,
  };
}

/**
 * One dataset of `datasets/`: its description in the data package and how its rows are
 * derived. Adding a dataset is one module in `scripts/derive/datasets/` and one line in its index.
 */
export interface DerivedDataset {
  name: string;
  title: string;
  description: string;
  schema: Schema;
  /** `sipri`: the resource cites SIPRI's release as its one source; `rows`: each row's source, once. */
  cites: 'sipri' | 'rows';
  derive(context: DeriveContext): Table;
}
