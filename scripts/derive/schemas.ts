/**
 * The schema, title and description of every dataset the derive script writes: what
 * `datasets/datapackage.json` says of each CSV. One place, so the files and their
 * description cannot drift apart.
 */
import type { Field, Schema } from '../../src/lib/datapackage.js';

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
const partialDate = (name: string, description: string, required = false): Field => ({
  name, type: 'string', description, constraints: { ...(required ? { required } : {}), pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' },
});
const QUOTE_DESCRIPTION = 'The sentence of the source that states the figure or date, word for word, in the source\'s language: a reviewer can check the row without opening the page';
/** Every facts row quotes its source; `unless` exempts rows copied from SIPRI's database. */
const sourceQuote = (unless?: { field: string; values: string[] }): Field => ({
  name: 'source_quote', type: 'string', description: QUOTE_DESCRIPTION,
  constraints: unless ? { requiredUnless: unless } : { required: true },
});
const provenance: Field[] = [
  str('source', 'Publisher of the figure', true),
  { name: 'source_url', type: 'string', format: 'uri', description: 'Address the figure was read at', constraints: { required: true } },
];

export const SCHEMAS: Record<string, Schema> = {
  'sipri-milex-2025': {
    fields: [country, iso3, sipriYear,
      shareAnyCountry,
      usd('current_usd_m', 'Military expenditure, current US$ millions'),
      usd('constant_2023_usd_m', 'Military expenditure, constant (2023) US$ millions')],
    primaryKey: ['iso3', 'year'],
  },
  'defence-budget-gdp': {
    fields: [{ ...sipriYear, description: 'Calendar year of an observed share; fiscal year a target is set for', constraints: { required: true, minimum: 1949, maximum: 2035 } },
      { ...share, constraints: { ...share.constraints, required: true } },
      { name: 'kind', type: 'string', description: 'observed: SIPRI figure; benchmark cited: a level a policy document refers to without adopting it; target: a level a policy document sets for Japan', constraints: { required: true, enum: ['observed', 'benchmark cited', 'target'] } },
      { name: 'decided', type: 'date', description: 'Date of the policy document (empty for observed figures)' },
      note, ...provenance, sourceQuote({ field: 'kind', values: ['observed'] })],
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
      { name: 'planned', type: 'integer', description: 'Aircraft at this level of commitment (number)', constraints: { required: true, minimum: 1 } },
      { name: 'level', type: 'string', description: 'plan: programme of record or decided plan; ordered: on contract or delivered; funded: funded planning assumption; options: firm orders plus options; aspiration: stated ambition, not funded', constraints: { required: true, enum: ['plan', 'ordered', 'funded', 'options', 'aspiration'] } },
      str('status', 'Status of the plan, in the source\'s terms', true),
      partialDate('as_of', 'Date the source states the figure: year, year-month or date', true),
      confidence, note, ...provenance, sourceQuote()],
    primaryKey: ['country', 'operator', 'variant', 'level', 'as_of'],
  },
  'ipd22-deployment': {
    fields: [str('event', 'Unit movement, exercise or port call', true),
      { name: 'kind', type: 'string', description: 'deployment, exercise, port call (made) or planned port call (a country or territory on the announced plan)', constraints: { required: true, enum: ['deployment', 'exercise', 'port call', 'planned port call'] } },
      str('units', 'JMSDF units taking part'),
      { name: 'start', type: 'date', description: 'First day' },
      { name: 'end', type: 'date', description: 'Last day (empty where no source gives it)' },
      str('location', 'Where'),
      str('country', 'Country or territory of the location or port call'),
      str('region', 'South Pacific for South Pacific islands'),
      confidence, note, ...provenance, sourceQuote()],
    primaryKey: ['event'],
  },
  'nato-global-partners': {
    fields: [country, iso3,
      { name: 'iso_numeric', type: 'string', description: 'ISO 3166 numeric code (the id of the country in world-atlas)', constraints: { required: true, pattern: '\\d{3}' } },
      { name: 'status', type: 'string', description: 'formalised: a formal instrument is dated; no formal instrument: none found; date not confirmed: an instrument exists but its date is not confirmed', constraints: { required: true, enum: ['formalised', 'no formal instrument', 'date not confirmed'] } },
      partialDate('formalised', 'Date of the first formal instrument of the partnership (joint declaration, IPCP or partnership agreement): year, year-month or date'),
      { name: 'formalised_year', type: 'integer', description: 'Year of formalised', constraints: { minimum: 1949, maximum: 2030 } },
      partialDate('second_date', 'A later formal step shown beside the first (see note)'),
      str('framework', 'Instrument of the partnership', true),
      confidence, note, ...provenance, sourceQuote()],
    primaryKey: ['iso3'],
  },
};

export const TITLES: Record<string, [title: string, description: string]> = {
  'sipri-milex-2025': ['SIPRI military expenditure, every country, 1949–2024', 'Tidy copy of three sheets of the SIPRI Military Expenditure Database (2025 release): share of GDP, current US$ and constant (2023) US$. One row per country and year with at least one figure. SIPRI\'s military expenditure follows SIPRI\'s definition, which differs from national budgets.'],
  'defence-budget-gdp': ['Japan\'s military expenditure as a share of GDP', 'SIPRI\'s series for Japan; the 2% level the Basic Policy 2022 refers to; and the 2% goal for FY2027 that the National Security Strategy set in December 2022, on Japan\'s own measure (defence plus related spending).'],
  'defence-spending-rank': ['Military expenditure in 2021, every country', 'SIPRI figures for 2021 in current and constant (2023) US$, for ranking the largest spenders.'],
  'f35-fleet': ['Planned F-35 fleets by customer and variant', 'One row per operator, variant and level of commitment (plan, ordered, funded, options, aspiration), each as of the date its source states it.'],
  'ipd22-deployment': ['Indo-Pacific Deployment 2022: units, exercises and port calls', 'Dated events of the JMSDF deployment, June–October 2022, then the countries and territories of the port calls planned when it was announced.'],
  'nato-global-partners': ['NATO\'s partners across the globe (2022)', 'The nine countries NATO lists as partners across the globe, with the date of the first formal instrument of each partnership, where there is one.'],
};
