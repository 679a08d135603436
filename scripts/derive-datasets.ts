/**
 * Derives the project's `datasets/*.csv` and `datasets/datapackage.json` from the source
 * snapshots in `datasets/sources/` (see its README). Figures are copied as published: no
 * rounding, no invented values, and no date a facts row marks UNCONFIRMED is kept as fact.
 * The output is byte for byte the same on every run, so a test can derive afresh and compare.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvFormat, csvParse } from 'd3-dsv';
import countries from 'i18n-iso-countries';
import type { DataPackage, Resource, Source } from '../src/lib/datapackage.js';
import { publisher } from './derive/publishers.js';
import { SCHEMAS, TITLES } from './derive/schemas.js';
import { CODES_OUTSIDE_ISO_3166_1 } from './iso3.js';

export const SIPRI = {
  source: 'SIPRI Military Expenditure Database, 2025',
  source_url: 'https://www.sipri.org/databases/milex',
} as const;
/** The release the snapshot in `datasets/sources/sipri-milex-2025/` holds: change it with the snapshot. */
export const SIPRI_RELEASE = '2025 release (April 2025), data 1949–2024';
const SIPRI_YEARS = [1949, 2024] as const;

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

type Table = Record<string, string>[];
type SipriSheet = Array<Record<string, number | string | null>>;

const unconfirmed = (row: Record<string, string | undefined>) => /UNCONFIRMED/.test(row.notes ?? '');
const cell = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** Reads the snapshots in `sourcesDir`. */
function snapshots(sourcesDir: string) {
  return {
    sheet: (name: string): SipriSheet => JSON.parse(readFileSync(resolve(sourcesDir, 'sipri-milex-2025', `${name}.json`), 'utf8')),
    facts: (name: string) => csvParse(readFileSync(resolve(sourcesDir, 'facts', `${name}.csv`), 'utf8')) as Table,
  };
}
type Snapshots = ReturnType<typeof snapshots>;

function deriveSipri({ sheet }: Snapshots): Table {
  const measures = {
    share_of_gdp_pct: sheet('Share_of_GDP'),
    current_usd_m: sheet('Current_US'),
    constant_2023_usd_m: sheet('Constant_2023_US'),
  };
  const byCountry = new Map<string, Record<string, Record<string, unknown>>>();
  for (const [measure, rows] of Object.entries(measures)) {
    for (const row of rows) {
      const name = String(row.country);
      if (!byCountry.has(name)) byCountry.set(name, {});
      byCountry.get(name)![measure] = row;
    }
  }
  const tidy: Table = [];
  for (const [country, sheets] of byCountry) {
    const iso3 = iso3For(country);
    for (let year = SIPRI_YEARS[0]; year <= SIPRI_YEARS[1]; ++year) {
      const values = Object.fromEntries(Object.keys(measures).map((m) => [m, cell(sheets[m]?.[String(year)] as number | null)]));
      if (Object.values(values).every((v) => v === '')) continue;
      tidy.push({ country, iso3, year: String(year), ...values });
    }
  }
  return tidy;
}

/** A facts row's provenance columns: publisher, address and the source's own words. */
const provenance = (r: Record<string, string | undefined>) => ({
  source: publisher(r.source_url!),
  source_url: r.source_url!,
  source_quote: r.source_quote ?? '',
});

/** Japan's SIPRI series, the 2% level the Basic Policy 2022 cites, and the 2% goal set in December 2022. */
function deriveBudgetGdp(sipri: Table, { facts }: Snapshots): Table {
  const japan = sipri
    .filter((r) => r.iso3 === 'JPN' && r.share_of_gdp_pct !== '')
    .map((r) => ({ year: r.year!, share_of_gdp_pct: r.share_of_gdp_pct!, kind: 'observed', decided: '', note: '', ...SIPRI, source_quote: '' }));
  const milestones = facts('japan-nato-milestones');
  const find = (pattern: RegExp) => {
    const row = milestones.find((r) => pattern.test(r.event ?? ''));
    if (!row) throw new Error(`japan-nato-milestones.csv has no event matching ${pattern}`);
    return row;
  };
  const basicPolicy = find(/^Basic Policy 2022/);
  const strategy = find(/National Security Strategy/);
  return [
    ...japan,
    {
      year: basicPolicy.date!.slice(0, 4),
      share_of_gdp_pct: '2',
      kind: 'benchmark cited',
      decided: basicPolicy.date!,
      note: `${basicPolicy.event}: ${basicPolicy.detail}`,
      ...provenance(basicPolicy),
    },
    {
      year: '2027',
      share_of_gdp_pct: '2',
      kind: 'target',
      decided: strategy.date!,
      note: `${strategy.event}: ${strategy.detail}`,
      ...provenance(strategy),
    },
  ];
}

function deriveF35({ facts }: Snapshots): Table {
  // The "all" row is Japan's total as a cross-check, not a fleet of its own.
  return facts('f35-programmes')
    .filter((r) => r.variant !== 'all' && !unconfirmed(r))
    .map((r) => ({
      country: r.country!,
      iso3: iso3For(r.country!),
      operator: r.operator!,
      variant: r.variant!,
      planned: r.planned!,
      level: r.level!,
      status: r.status!,
      as_of: r.as_of!,
      confidence: r.confidence!,
      note: r.notes ?? '',
      ...provenance(r),
    }));
}

/** Dated events, then the countries and territories of the planned port calls (no dates). */
function deriveDeployment({ facts }: Snapshots): Table {
  const events = facts('ipd22-deployment')
    .filter((r) => !unconfirmed(r))
    .map((r) => ({
      event: r.event!, kind: r.kind!, units: r.units!, start: r.start!, end: r.end ?? '', location: r.location!,
      country: r.country ?? '', region: '', confidence: r.confidence!, note: r.notes ?? '', ...provenance(r),
    }));
  const portCalls = facts('ipd22-planned-port-call-countries')
    .filter((r) => !unconfirmed(r))
    .map((r) => ({
      event: `Planned port call: ${r.country}`, kind: 'planned port call', units: '', start: '', end: '', location: '',
      country: r.country!, region: /South Pacific/.test(r.notes ?? '') ? 'South Pacific' : '',
      confidence: r.confidence!, note: r.notes ?? '', ...provenance(r),
    }));
  return [...events, ...portCalls];
}

/** The nine partners; a date marked UNCONFIRMED is dropped (left empty), never charted. */
function derivePartners({ facts }: Snapshots): Table {
  return facts('nato-partners-across-the-globe').map((r) => {
    const dateUnconfirmed = unconfirmed(r);
    const formalised = dateUnconfirmed ? '' : r.formalised ?? '';
    return {
      country: r.country!,
      iso3: r.iso3!,
      iso_numeric: countries.alpha3ToNumeric(r.iso3!) ?? '',
      status: dateUnconfirmed ? 'date not confirmed' : formalised ? 'formalised' : 'no formal instrument',
      formalised,
      formalised_year: formalised.slice(0, 4),
      second_date: r.second_date ?? '',
      framework: r.framework!,
      confidence: r.confidence!,
      note: dateUnconfirmed ? `date not confirmed (facts give ${r.formalised}); ${r.notes!.replace(/\S*\s*UNCONFIRMED;?\s*/, '')}` : r.notes ?? '',
      ...provenance(r),
    };
  });
}

function sourcesOf(name: string, rows: Table): Source[] {
  if (name === 'sipri-milex-2025' || name === 'defence-spending-rank') return [{ title: SIPRI.source, path: SIPRI.source_url, version: SIPRI_RELEASE }];
  const seen = new Map<string, Source>();
  for (const row of rows) {
    if (seen.has(row.source_url!)) continue;
    const isSipri = row.source_url === SIPRI.source_url;
    const dated = row.as_of || row.decided;
    const version = isSipri ? SIPRI_RELEASE : dated ? `as of ${dated}` : undefined;
    seen.set(row.source_url!, { title: row.source!, path: row.source_url!, ...(version ? { version } : {}) });
  }
  return [...seen.values()];
}

function datapackage(tables: Map<string, Table>): DataPackage {
  const resources: Resource[] = [...tables].map(([name, rows]) => ({
    name,
    path: `${name}.csv`,
    title: TITLES[name]![0],
    description: TITLES[name]![1],
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: SCHEMAS[name]!,
    sources: sourcesOf(name, rows),
  }));
  return {
    name: 'defence-indicators',
    title: 'Data behind the defence-indicators charts of RUSI\'s "Evolving Japan–NATO Relations in the Leadup to the Madrid Summit" (June 2022)',
    licenses: [{ name: 'ODC-BY-1.0', path: 'https://opendatacommons.org/licenses/by/1-0/', title: 'Open Data Commons Attribution License 1.0, for this compilation; each figure remains under its publisher\'s terms (SIPRI: https://www.sipri.org/about/terms-and-conditions)' }],
    resources,
  };
}

/** Writes every dataset and `datapackage.json` into `outDir` from the snapshots in `sourcesDir`. */
export function deriveDatasets(outDir: string, sourcesDir: string): void {
  const sources = snapshots(sourcesDir);
  const sipri = deriveSipri(sources);
  const tables = new Map<string, Table>([
    ['sipri-milex-2025', sipri],
    ['defence-budget-gdp', deriveBudgetGdp(sipri, sources)],
    // Every country with a 2021 figure, for ranking the largest spenders in the article's last full year.
    ['defence-spending-rank', sipri
      .filter((r) => r.year === '2021' && (r.current_usd_m !== '' || r.constant_2023_usd_m !== ''))
      .map(({ country, iso3, year, current_usd_m, constant_2023_usd_m }) => ({ country: country!, iso3: iso3!, year: year!, current_usd_m: current_usd_m!, constant_2023_usd_m: constant_2023_usd_m!, ...SIPRI }))],
    ['f35-fleet', deriveF35(sources)],
    ['ipd22-deployment', deriveDeployment(sources)],
    ['nato-global-partners', derivePartners(sources)],
  ]);
  for (const [name, rows] of tables) {
    writeFileSync(resolve(outDir, `${name}.csv`), csvFormat(rows, SCHEMAS[name]!.fields.map((f) => f.name)) + '\n');
  }
  writeFileSync(resolve(outDir, 'datapackage.json'), JSON.stringify(datapackage(tables), null, 2) + '\n');
}
