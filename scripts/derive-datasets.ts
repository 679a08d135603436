/**
 * Derives the project's datasets/*.csv from the reference copies in ../shared/data.
 * Run by hand when the reference data changes (`npm run derive`); the dashboard never
 * reads ../shared. Figures are copied as published: no rounding, no invented values,
 * and no row whose notes say UNCONFIRMED is kept as fact.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvFormat, csvParse } from 'd3-dsv';
import countries from 'i18n-iso-countries';
import type { DataPackage, Field, Resource, Schema, Source } from '../src/lib/datapackage.js';
import { CODES_OUTSIDE_ISO_3166_1 } from './iso3.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, process.env.SHARED_DATA ?? '../shared/data');
const out = (name: string) => resolve(root, 'datasets', name);

export const SIPRI = {
  source: 'SIPRI Military Expenditure Database, 2025',
  source_url: 'https://www.sipri.org/databases/milex',
} as const;

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
  if (!code) throw new Error(`No ISO 3166 alpha-3 code for SIPRI country "${country}"`);
  return code;
}

type SipriSheet = Array<Record<string, number | string | null>>;
const sheet = (name: string): SipriSheet =>
  JSON.parse(readFileSync(resolve(shared, 'sipri-milex-2025', `${name}.json`), 'utf8'));
const facts = (name: string) => csvParse(readFileSync(resolve(shared, 'facts', `${name}.csv`), 'utf8'));

const unconfirmed = (row: Record<string, string | undefined>) => /UNCONFIRMED/.test(row.notes ?? '');
const cell = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

function deriveSipri() {
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
  const tidy: Record<string, string>[] = [];
  for (const [country, sheets] of byCountry) {
    const iso3 = iso3For(country);
    for (let year = 1949; year <= 2024; ++year) {
      const values = Object.fromEntries(
        Object.keys(measures).map((m) => [m, cell(sheets[m]?.[String(year)] as number | null)]),
      );
      if (Object.values(values).every((v) => v === '')) continue;
      tidy.push({ country, iso3, year: String(year), ...values });
    }
  }
  return tidy;
}

type Table = Record<string, string>[];
const written = new Map<string, Table>();
function write(name: string, rows: Table) {
  writeFileSync(out(`${name}.csv`), csvFormat(rows, SCHEMAS[name]!.fields.map((f) => f.name)) + '\n');
  written.set(name, rows);
}

function main() {
  const sipri = deriveSipri();
  write('sipri-milex-2025', sipri);

  // defence-budget-gdp: Japan's whole series, plus what the Basic Policy 2022 says about 2%.
  const japan = sipri
    .filter((r) => r.iso3 === 'JPN' && r.share_of_gdp_pct !== '')
    .map((r) => ({
      year: r.year,
      share_of_gdp_pct: r.share_of_gdp_pct,
      kind: 'observed',
      note: '',
      ...SIPRI,
    }));
  const basicPolicy = facts('japan-nato-milestones').find((r) => r.event?.startsWith('Basic Policy 2022'));
  if (!basicPolicy) throw new Error('Basic Policy 2022 milestone missing from the facts');
  const policyRows = [
    {
      year: basicPolicy.date!.slice(0, 4),
      share_of_gdp_pct: '2',
      kind: 'benchmark cited',
      note: `${basicPolicy.event} (${basicPolicy.date}): ${basicPolicy.detail}`,
      source: 'The Japan Times',
      source_url: basicPolicy.source_url!,
    },
  ];
  write('defence-budget-gdp', [...japan, ...policyRows]);

  // defence-spending-rank: every country with a 2021 figure, current and constant 2023 US$.
  const rank = sipri
    .filter((r) => r.year === '2021' && (r.current_usd_m !== '' || r.constant_2023_usd_m !== ''))
    .map(({ country, iso3, year, current_usd_m, constant_2023_usd_m }) => ({
      country, iso3, year, current_usd_m, constant_2023_usd_m, ...SIPRI,
    }));
  write('defence-spending-rank', rank);

  // f35-fleet: one row per operator and variant; the "all" total row is a cross-check, not data.
  const f35 = facts('f35-programmes')
    .filter((r) => r.variant !== 'all' && !unconfirmed(r))
    .map((r) => ({
      country: r.country!,
      iso3: iso3For(r.country!),
      operator: r.operator!,
      variant: r.variant!,
      planned: r.planned!,
      status: r.status!,
      as_of: r.as_of!,
      confidence: r.confidence!,
      note: r.notes ?? '',
      source: publisher(r.source_url!),
      source_url: r.source_url!,
    }));
  write('f35-fleet', f35);

  // ipd22-deployment: dated events, then the planned port-call countries (no dates).
  const events = facts('ipd22-deployment')
    .filter((r) => !unconfirmed(r))
    .map((r) => ({
      event: r.event!,
      kind: r.kind!,
      units: r.units!,
      start: r.start!,
      end: r.end ?? '',
      location: r.location!,
      country: r.country ?? '',
      region: '',
      confidence: r.confidence!,
      note: r.notes ?? '',
      source: publisher(r.source_url!),
      source_url: r.source_url!,
    }));
  const portCalls = facts('ipd22-planned-port-call-countries')
    .filter((r) => !unconfirmed(r))
    .map((r) => ({
      event: `Planned port call: ${r.country}`,
      kind: 'planned port call',
      units: '',
      start: '',
      end: '',
      location: '',
      country: r.country!,
      region: /South Pacific/.test(r.notes ?? '') ? 'South Pacific' : '',
      confidence: r.confidence!,
      note: r.notes ?? '',
      source: publisher(r.source_url!),
      source_url: r.source_url!,
    }));
  write('ipd22-deployment', [...events, ...portCalls]);

  // nato-global-partners: membership of the list is confirmed for all nine; a formalisation
  // date marked UNCONFIRMED is dropped (left empty), never charted.
  const partners = facts('nato-partners-across-the-globe').map((r) => {
    const dateUnconfirmed = unconfirmed(r);
    const formalised = dateUnconfirmed ? '' : r.formalised!;
    return {
      country: r.country!,
      iso3: r.iso3!,
      iso_numeric: countries.alpha3ToNumeric(r.iso3!) ?? '',
      formalised,
      formalised_year: formalised.slice(0, 4),
      framework: r.framework!,
      confidence: r.confidence!,
      note: dateUnconfirmed
        ? `year of formalisation not confirmed (facts give ${r.formalised}); ${r.notes!.replace(/year UNCONFIRMED;?\s*/, '')}`
        : r.notes ?? '',
      source: publisher(r.source_url!),
      source_url: r.source_url!,
    };
  });
  write('nato-global-partners', partners);
  writeFileSync(out('datapackage.json'), JSON.stringify(datapackage(), null, 2) + '\n');
}

/** A readable publisher name for a source address. */
function publisher(url: string): string {
  const host = new URL(url).hostname.replace(/^www\d*\./, '');
  return PUBLISHERS[host] ?? host;
}
const PUBLISHERS: Record<string, string> = {
  'adbr.com.au': 'Australian Defence Business Review',
  'everycrsreport.com': 'Congressional Research Service (RL30563)',
  'defensedaily.com': 'Defense Daily',
  'key.aero': 'Key.Aero',
  'ainonline.com': 'AIN',
  'airforce-technology.com': 'Airforce Technology',
  'alert5.com': 'Alert 5',
  'brusselstimes.com': 'The Brussels Times',
  'firstpost.com': 'Firstpost',
  'japantimes.co.jp': 'The Japan Times',
  'flightglobal.com': 'FlightGlobal',
  'rferl.org': 'RFE/RL',
  'shephardmedia.com': 'Shephard Media',
  'avweb.com': 'AVweb',
  'devdiscourse.com': 'Devdiscourse',
  'thenews.com.pk': 'The News International',
  'eastcoastdaily.in': 'East Coast Daily',
  'news.usni.org': 'USNI News',
  'mod.go.jp': 'Japan Ministry of Defense',
  'fbcnews.com.fj': 'FBC News',
  'orissadiary.com': 'Odisha Diary',
  'defbrief.com': 'Defense Brief',
  'seawaves.com': 'Seawaves',
  'nato.int': 'NATO',
  'armyrecognition.com': 'Army Recognition',
  'lockheedmartin.com': 'Lockheed Martin',
};


const str = (name: string, description: string, required = false): Field => ({
  name, type: 'string', description, ...(required ? { constraints: { required } } : {}),
});
const iso3: Field = { name: 'iso3', type: 'string', description: 'ISO 3166 alpha-3 code (ISO 3166-3 for former states; XKX Kosovo, EUU European Union)', constraints: { required: true, pattern: '[A-Z]{3}' } };
const country: Field = str('country', 'Country name as the source gives it', true);
const usd = (name: string, description: string): Field => ({ name, type: 'number', description, constraints: { minimum: 0 } });
const share: Field = { name: 'share_of_gdp_pct', type: 'number', description: 'Military expenditure as a share of GDP, per cent', constraints: { minimum: 0, maximum: 100 } };
/**
 * A share of GDP above 100% is a real SIPRI figure where GDP collapsed in war. The limit of 100
 * stays, so that a figure in the wrong unit is caught; the one published exception is listed.
 */
const shareAnyCountry: Field = {
  ...share,
  reviewedExceptions: [
    {
      key: { iso3: 'KWT', year: '1991' },
      value: '117.35',
      reason: 'As published by SIPRI (2025 release, Share_of_GDP sheet, with SIPRI note 95): the year of the Gulf War, after Iraq\'s occupation had collapsed Kuwait\'s GDP.',
    },
  ],
};
const sipriYear: Field = { name: 'year', type: 'integer', description: 'Calendar year', constraints: { required: true, minimum: 1949, maximum: 2024 } };
const confidence: Field = { name: 'confidence', type: 'string', description: 'H: official or primary source, or several that agree; M: one secondary source', constraints: { required: true, enum: ['H', 'M'] } };
const note = str('note', 'What a reader should know about this row');
const provenance: Field[] = [
  str('source', 'Publisher of the figure', true),
  { name: 'source_url', type: 'string', format: 'uri', description: 'Address the figure was read at', constraints: { required: true } },
];

const SCHEMAS: Record<string, Schema> = {
  'sipri-milex-2025': {
    fields: [country, iso3, sipriYear,
      shareAnyCountry,
      usd('current_usd_m', 'Military expenditure, current US$ millions'),
      usd('constant_2023_usd_m', 'Military expenditure, constant (2023) US$ millions')],
    primaryKey: ['iso3', 'year'],
  },
  'defence-budget-gdp': {
    fields: [sipriYear, { ...share, constraints: { ...share.constraints, required: true } },
      { name: 'kind', type: 'string', description: 'observed: SIPRI figure; benchmark cited: a level a policy document refers to without adopting it; target: a level a policy document sets for Japan', constraints: { required: true, enum: ['observed', 'benchmark cited', 'target'] } },
      note, ...provenance],
    primaryKey: ['year', 'kind'],
  },
  'defence-spending-rank': {
    fields: [country, iso3, sipriYear,
      usd('current_usd_m', 'Military expenditure, current US$ millions'),
      usd('constant_2023_usd_m', 'Military expenditure, constant (2023) US$ millions'),
      ...provenance],
    primaryKey: ['iso3', 'year'],
  },
  'f35-fleet': {
    fields: [country, iso3, str('operator', 'Service that operates the aircraft', true),
      { name: 'variant', type: 'string', description: 'F-35A (conventional take-off), F-35B (short take-off, vertical landing), F-35C (carrier), F-35I (Israeli F-35A)', constraints: { required: true, enum: ['F-35A', 'F-35B', 'F-35C', 'F-35I'] } },
      { name: 'planned', type: 'integer', description: 'Aircraft planned in the programme (number)', constraints: { required: true, minimum: 1 } },
      str('status', 'Status of the plan', true),
      { name: 'as_of', type: 'string', description: 'Date of the plan: year, year-month or date', constraints: { required: true, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' } },
      confidence, note, ...provenance],
    primaryKey: ['country', 'operator', 'variant'],
  },
  'ipd22-deployment': {
    fields: [str('event', 'Unit movement, exercise or port call', true),
      { name: 'kind', type: 'string', description: 'deployment, exercise, port call (made) or planned port call (a country on the announced plan)', constraints: { required: true, enum: ['deployment', 'exercise', 'port call', 'planned port call'] } },
      str('units', 'JMSDF units taking part'),
      { name: 'start', type: 'date', description: 'First day' },
      { name: 'end', type: 'date', description: 'Last day (empty where no source gives it)' },
      str('location', 'Where'),
      str('country', 'Country of the location or port call'),
      str('region', 'South Pacific for South Pacific islands'),
      confidence, note, ...provenance],
    primaryKey: ['event'],
  },
  'nato-global-partners': {
    fields: [country, iso3,
      { name: 'iso_numeric', type: 'string', description: 'ISO 3166 numeric code (the id of the country in world-atlas)', constraints: { required: true, pattern: '\\d{3}' } },
      { name: 'formalised', type: 'string', description: 'When the partnership was formalised: year, year-month or date; empty where unconfirmed', constraints: { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' } },
      { name: 'formalised_year', type: 'integer', description: 'Year of formalised', constraints: { minimum: 1949, maximum: 2030 } },
      str('framework', 'Instrument of the partnership', true),
      confidence, note, ...provenance],
    primaryKey: ['iso3'],
  },
};

const TITLES: Record<string, [string, string]> = {
  'sipri-milex-2025': ['SIPRI military expenditure, every country, 1949–2024', 'Tidy copy of three sheets of the SIPRI Military Expenditure Database (2025 release): share of GDP, current US$ and constant (2023) US$. One row per country and year with at least one figure. SIPRI\'s military expenditure follows SIPRI\'s definition, which differs from national budgets.'],
  'defence-budget-gdp': ['Japan\'s military expenditure as a share of GDP', 'SIPRI\'s series for Japan, and the 2% level the Basic Policy 2022 refers to.'],
  'defence-spending-rank': ['Military expenditure in 2021, every country', 'SIPRI figures for 2021 in current and constant (2023) US$, for ranking the largest spenders.'],
  'f35-fleet': ['Planned F-35 fleets by customer and variant', 'Programmes of record or announced plans, one row per operator and variant.'],
  'ipd22-deployment': ['Indo-Pacific Deployment 2022: units, exercises and port calls', 'Dated events of the JMSDF deployment, June–October 2022, then the countries of the port calls planned when it was announced.'],
  'nato-global-partners': ['NATO\'s partners across the globe (2022)', 'The nine countries NATO lists as partners across the globe, with when each partnership was formalised.'],
};

function sourcesOf(name: string, rows: Table): Source[] {
  if (name === 'sipri-milex-2025' || name === 'defence-spending-rank') return [{ title: SIPRI.source, path: SIPRI.source_url, version: SIPRI_VERSION }];
  const seen = new Map<string, Source>();
  for (const row of rows) {
    if (seen.has(row.source_url!)) continue;
    const isSipri = row.source_url === SIPRI.source_url;
    const version = isSipri ? SIPRI_VERSION : row.as_of ? `as of ${row.as_of}` : undefined;
    seen.set(row.source_url!, { title: row.source!, path: row.source_url!, ...(version ? { version } : {}) });
  }
  return [...seen.values()];
}
const SIPRI_VERSION = '2025 release (April 2025), data 1949–2024';

function datapackage(): DataPackage {
  const resources: Resource[] = [...written].map(([name, rows]) => ({
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

main();
