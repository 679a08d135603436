/**
 * What the explorer shows of SIPRI's data (which countries, which years, which measure), read
 * from an element's attributes or a page's address. Every value is checked; every problem is a
 * sentence that names the value (as text, shortened) and says what is allowed, and the view
 * falls back to what the card can show.
 */
import type { Field } from '../lib/datapackage.js';

/** SIPRI's measures, named as the CSV columns that hold them. */
export type Measure = 'share_of_gdp_pct' | 'current_usd_m' | 'constant_2023_usd_m' | 'per_capita_usd' | 'share_of_govt_spending_pct';

/** Countries (ISO 3166 alpha-3, in the order chosen), years from and to (inclusive) and one measure. */
export interface ExploreView {
  countries: string[];
  from: number;
  to: number;
  measure: Measure;
}

/** Each measure's name for readers, its unit, and the sheet of SIPRI's workbook it comes from. */
export const MEASURES: Record<Measure, { label: string; unit: string; sheet: string }> = {
  share_of_gdp_pct: { label: 'Share of GDP', unit: '% of GDP', sheet: 'Share_of_GDP' },
  current_usd_m: { label: 'Current US$', unit: 'US$ millions, current prices', sheet: 'Current_US' },
  constant_2023_usd_m: { label: 'Constant (2023) US$', unit: 'US$ millions, 2023 prices', sheet: 'Constant_2023_US' },
  per_capita_usd: { label: 'Per capita', unit: 'US$ per person, current prices', sheet: 'Per_capita' },
  share_of_govt_spending_pct: { label: 'Share of government spending', unit: '% of general government expenditure', sheet: 'Share_of_Govt_spending' },
};

export const MEASURE_NAMES = Object.keys(MEASURES) as Measure[];

/** The measure's label inside a sentence: "constant (2023) US$", "share of GDP". */
export function measureInText(measure: Measure): string {
  const { label } = MEASURES[measure];
  return label[0]!.toLowerCase() + label.slice(1);
}

/**
 * How a SIPRI card may be explored, and where its explorer starts: the countries, measure and
 * years of the card's own chart, and the measures that make sense for its claim.
 */
export interface Explore {
  countries: readonly string[];
  measure: Measure;
  measures: readonly Measure[];
  years: readonly [from: number, to: number];
}

/** What the view is checked against: SIPRI's countries and the years each measure covers. */
export interface ViewBounds {
  countries: ReadonlyArray<{ iso3: string }>;
  yearsOf(measure: Measure): [number, number];
}

/** The view as text, from attributes or an address; null where not given. */
export interface ViewInput {
  countries?: string | null;
  from?: string | null;
  to?: string | null;
  measure?: string | null;
}

/** A view read from text, and what was wrong with the text (empty when nothing was). */
export interface ReadView {
  view: ExploreView;
  problems: string[];
}

/** Beyond ten lines a chart of countries cannot be read. */
export const MAX_COUNTRIES = 10;
/** A value longer than this is shown shortened in a message. */
const MAX_SHOWN = 40;
/** Bad values named in one message; the rest are counted. */
const MAX_NAMED = 3;
/** Tokens read from a list of countries: enough to report what is wrong, not a page's worth. */
const MAX_TOKENS = 50;
const EXAMPLE_CODES = 'such as JPN, KOR or DEU';
/** The attributes (and address parameters) that hold a view. */
export const VIEW_KEYS = ['countries', 'from', 'to', 'measure'] as const;

/** A value as a message quotes it: whitespace collapsed, at most `MAX_SHOWN` characters, in quotation marks. */
export function quoted(value: string): string {
  const chars = [...value.slice(0, 4 * MAX_SHOWN).replace(/\s+/g, ' ')];
  return `“${chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : chars.join('')}”`;
}

/** “a”, “b” and 3 more. */
function quotedList(values: string[]): string {
  const named = values.slice(0, MAX_NAMED).map(quoted);
  const rest = values.length - named.length;
  if (rest) return `${named.join(', ')} and ${rest} more`;
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named.join('');
}

const measureList = (measures: readonly Measure[]) => measures.map((m) => `${m} (${MEASURES[m].label})`).join(', ');

const isMeasure = (name: string): name is Measure => Object.hasOwn(MEASURES, name);

/** True when any part of the view is given. */
export const hasInput = (input: ViewInput) => VIEW_KEYS.some((key) => input[key] !== null && input[key] !== undefined);

/** The card's years, within those SIPRI has for a measure (per capita figures begin later). */
function cardYears(explore: Explore, [first, last]: readonly [number, number]): [number, number] {
  const clamp = (year: number) => Math.min(Math.max(year, first), last);
  return [clamp(explore.years[0]), clamp(explore.years[1])];
}

/** Where a card's explorer starts: its own countries, measure and years. */
export function defaultView(explore: Explore, bounds: ViewBounds): ExploreView {
  const [from, to] = cardYears(explore, bounds.yearsOf(explore.measure));
  return { countries: [...explore.countries], from, to, measure: explore.measure };
}

export const sameView = (a: ExploreView, b: ExploreView) =>
  a.measure === b.measure && a.from === b.from && a.to === b.to && a.countries.join() === b.countries.join();

function readCountries(text: string, explore: Explore, bounds: ViewBounds, problems: string[]): string[] {
  const tokens = text.split(/[\s,]+/, MAX_TOKENS).filter(Boolean);
  const known = new Set(bounds.countries.map((c) => c.iso3));
  const notCodes = tokens.filter((t) => !/^[A-Za-z]{3}$/.test(t));
  const codes = [...new Set(tokens.filter((t) => /^[A-Za-z]{3}$/.test(t)).map((t) => t.toUpperCase()))];
  const unknown = codes.filter((c) => !known.has(c));
  if (notCodes.length)
    problems.push(`Not ${notCodes.length > 1 ? 'country codes' : 'a country code'}: ${quotedList(notCodes)}. Countries are ISO 3166 alpha-3 codes, ${EXAMPLE_CODES}.`);
  if (unknown.length)
    problems.push(
      `SIPRI’s data has no country with the code${unknown.length > 1 ? 's' : ''} ${quotedList(unknown)}. ` +
        `It covers ${known.size} countries, by ISO 3166 alpha-3 code, ${EXAMPLE_CODES}.`,
    );
  const valid = codes.filter((c) => known.has(c));
  if (valid.length > MAX_COUNTRIES) problems.push(`Too many countries: at most ${MAX_COUNTRIES} are drawn; showing the first ${MAX_COUNTRIES}.`);
  // Text that names no country at all shows the card's own; an empty list is a reader's choice of none.
  if (!valid.length && tokens.length) {
    problems.push(`No country given could be shown: showing the card’s own (${explore.countries.join(', ')}).`);
    return [...explore.countries];
  }
  return valid.slice(0, MAX_COUNTRIES);
}

function readMeasure(text: string, explore: Explore, problems: string[]): Measure {
  const offered = `This card offers ${measureList(explore.measures)}; showing ${explore.measure}.`;
  const name = text.trim();
  if (!isMeasure(name)) problems.push(`Unknown measure ${quoted(text)}. ${offered}`);
  else if (!explore.measures.includes(name)) problems.push(`This card does not offer the measure ${name} (${MEASURES[name].label}). ${offered}`);
  else return name;
  return explore.measure;
}

/** A year given as text, checked, and kept within the measure's years. */
function readYear(text: string | null | undefined, key: 'from' | 'to', fallback: number, [first, last]: [number, number], measure: Measure, problems: string[]): number {
  const range = `SIPRI’s ${measureInText(measure)} figures cover ${first}–${last}`;
  if (text === null || text === undefined) return fallback;
  if (!/^\s*\d{1,4}\s*$/.test(text)) {
    problems.push(`${key}: ${quoted(text)} is not a year. ${range}; showing ${key} ${fallback}.`);
    return fallback;
  }
  const year = Number(text);
  if (year >= first && year <= last) return year;
  const kept = year < first ? first : last;
  problems.push(`${key}: ${year} is outside SIPRI’s data. ${range}; showing ${key} ${kept}.`);
  return kept;
}

/**
 * The view the text describes, checked against SIPRI's countries and years; where a value is
 * wrong, the card's own value (or the nearest year SIPRI has) instead, and a problem that names it.
 */
export function readView(input: ViewInput, explore: Explore, bounds: ViewBounds): ReadView {
  const problems: string[] = [];
  const countries = input.countries === null || input.countries === undefined ? [...explore.countries] : readCountries(input.countries, explore, bounds, problems);
  const measure = input.measure === null || input.measure === undefined ? explore.measure : readMeasure(input.measure, explore, problems);
  const years = bounds.yearsOf(measure);
  const [cardFrom, cardTo] = cardYears(explore, years);
  let from = readYear(input.from, 'from', cardFrom, years, measure, problems);
  let to = readYear(input.to, 'to', cardTo, years, measure, problems);
  if (from > to) {
    problems.push(`from (${from}) is after to (${to}): showing ${to}–${from}.`);
    [from, to] = [to, from];
  }
  return { view: { countries, from, to, measure }, problems };
}

/** The view as the element's attributes: countries separated by spaces. */
export const viewAttributes = (view: ExploreView): Record<(typeof VIEW_KEYS)[number], string> => ({
  countries: view.countries.join(' '),
  from: String(view.from),
  to: String(view.to),
  measure: view.measure,
});

/** The view as an address's query, `indicator=ID&countries=JPN,KOR&from=2000&to=2024&measure=…` (codes and numbers need no escaping). */
export const viewQuery = (indicator: string, view: ExploreView) =>
  `indicator=${encodeURIComponent(indicator)}&countries=${view.countries.join(',')}&from=${view.from}&to=${view.to}&measure=${view.measure}`;

/** The indicator and view an address names, as text, unchecked: `?indicator=ID&countries=JPN,KOR&from=…&to=…&measure=…`. */
export function addressView(search: string): { indicator: string | null; input: ViewInput } {
  const params = new URLSearchParams(search);
  return { indicator: params.get('indicator'), input: Object.fromEntries(VIEW_KEYS.map((key) => [key, params.get(key)])) };
}

/** The columns of an explored CSV and table: the country, the year, the measure and where it comes from. */
export function viewFields(measure: Measure): Field[] {
  return [
    { name: 'country', type: 'string', description: 'Country name as SIPRI gives it' },
    { name: 'iso3', type: 'string', description: 'ISO 3166 alpha-3 code' },
    { name: 'year', type: 'integer', description: 'Calendar year' },
    { name: measure, type: 'number', description: `Military expenditure, ${MEASURES[measure].unit}` },
    { name: 'source', type: 'string', description: 'Publisher of the figure' },
    { name: 'source_url', type: 'string', format: 'uri', description: 'Address of the source' },
  ];
}
