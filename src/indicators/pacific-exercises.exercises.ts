/**
 * The exercises of `pacific-exercises.csv`, with their dates as precise as the sources give them,
 * and what each claim counts: per partner, the exercises in the Pacific dated to the day from 2021
 * to the article; and the exercises with NATO ships in Europe dated to the day by the article.
 */
import * as d3 from 'd3';
import { datePeriod, type DatePeriod, type DatePrecision, formatPartialDate } from '../charts/timeline.js';
import { isAfterArticle } from '../lib/dates.js';
import type { Row } from '../lib/datapackage.js';

export type Region = 'Pacific' | 'Europe' | 'elsewhere';
export type ClaimId = 'pacific-five' | 'europe-twice';

export type ExerciseRow = Row & {
  claim_id: ClaimId;
  /** YYYY-MM-DD, or YYYY-MM or YYYY where the sources give no day. */
  date: string;
  /** The last day; empty where no source gives it. */
  end_date: string | null;
  event: string;
  /** A summary of several exercises is never drawn or counted as one. */
  kind: 'exercise' | 'summary';
  /** `;`-separated: the five partners, or NATO and the navies of its ships. */
  countries: string;
  /** The Standing NATO Maritime Group or NATO operation named, "not stated", or empty without NATO. */
  nato_force: string | null;
  place: string;
  region: Region;
  confidence: 'H' | 'M';
  note: string | null;
  source: string;
  source_url: string;
  source_quote: string;
};

/** The five countries of the article, in its order: as the data spells them, as prose names them, as a narrow chart does. */
export const PARTNERS = [
  { country: 'Canada', named: 'Canada', short: 'Canada' },
  { country: 'United Kingdom', named: 'the UK', short: 'UK' },
  { country: 'France', named: 'France', short: 'France' },
  { country: 'Germany', named: 'Germany', short: 'Germany' },
  { country: 'Netherlands', named: 'the Netherlands', short: 'Netherlands' },
] as const;
export type Partner = (typeof PARTNERS)[number];
export const NATO = 'NATO';
/** The article's "recently": exercises from the start of 2021 (the year before it) are counted. */
export const RECENT_FROM = '2021-01-01';
/** The article's "twice". */
export const CLAIMED_TIMES = 2;

/** An exercise's period: `end` is the day after its last day, or the end of its month or year when the day is not stated. */
export interface Dated extends DatePeriod {
  row: ExerciseRow;
}

export const precisionOf = (date: string): DatePrecision => datePeriod(date).precision;

export function datedOf(row: ExerciseRow): Dated {
  const first = datePeriod(row.date);
  const last = first.precision === 'day' && row.end_date && precisionOf(row.end_date) === 'day' ? datePeriod(row.end_date) : first;
  return { row, start: first.start, end: last.end, precision: first.precision };
}

const day = d3.utcFormat('%-d');
const dayMonth = d3.utcFormat('%-d %b');
const dayMonthYear = d3.utcFormat('%-d %b %Y');

/** "19 Feb 2021", "11–17 May 2021", "29 Aug – 2 Sep 2021"; "Aug 2021" or "2021" where the day is not stated. */
export function whenOf({ row, start, end, precision }: Dated): string {
  if (precision !== 'day') return formatPartialDate(row.date);
  const last = d3.utcDay.offset(end, -1);
  if (+last === +start) return dayMonthYear(start);
  const sameYear = last.getUTCFullYear() === start.getUTCFullYear();
  if (sameYear && last.getUTCMonth() === start.getUTCMonth()) return `${day(start)}–${dayMonthYear(last)}`;
  return `${(sameYear ? dayMonth : dayMonthYear)(start)} – ${dayMonthYear(last)}`;
}

export const countriesOf = (row: ExerciseRow) => row.countries.split(';').map((c) => c.trim()).filter(Boolean);
const isExercise = (row: ExerciseRow) => row.kind === 'exercise';
/** On or after `from`, comparing only as far as the date is precise: "2021" is on or after 2021-01-01. */
const onOrAfter = (date: string, from: string) => date >= from.slice(0, date.length);
const byDate = (a: Dated, b: Dated) => +a.start - +b.start;
const datedRows = (rows: ExerciseRow[], keep: (row: ExerciseRow) => boolean) => rows.filter(keep).map(datedOf).sort(byDate);

/** One partner's exercises from 2021 to the article: in the Pacific dated to the day (counted), by month or year only, and outside the Pacific. */
export interface PartnerTally {
  partner: Partner;
  dated: Dated[];
  undated: Dated[];
  outside: Dated[];
}

export function pacificTally(rows: ExerciseRow[]): PartnerTally[] {
  const recent = rows.filter((r) => isExercise(r) && onOrAfter(r.date, RECENT_FROM) && !isAfterArticle(r.date));
  return PARTNERS.map((partner) => {
    const own = recent.filter((r) => countriesOf(r).includes(partner.country));
    const pacific = (r: ExerciseRow) => r.region === 'Pacific';
    return {
      partner,
      dated: datedRows(own, (r) => pacific(r) && precisionOf(r.date) === 'day'),
      undated: datedRows(own, (r) => pacific(r) && precisionOf(r.date) !== 'day'),
      outside: datedRows(own, (r) => !pacific(r)),
    };
  });
}

/** Exercises with NATO ships: in Europe dated to the day by the article (counted), in Europe by month only, and outside Europe. */
export interface EuropeTally {
  counted: Dated[];
  /** Of those counted, the ones with a Standing NATO Maritime Group. */
  standing: Dated[];
  undated: Dated[];
  outside: Dated[];
  /** NATO's own summary of the exercises, and the counted exercises with a standing group dated by it. */
  natoPage?: { dated: Dated; standingBy: Dated[] };
}

export const isStandingGroup = (row: ExerciseRow) => /^Standing NATO Maritime Group/.test(row.nato_force ?? '');

export function europeTally(rows: ExerciseRow[]): EuropeTally {
  const nato = rows.filter((r) => countriesOf(r).includes(NATO) && !isAfterArticle(r.date));
  const inEurope = (r: ExerciseRow) => isExercise(r) && r.region === 'Europe';
  const counted = datedRows(nato, (r) => inEurope(r) && precisionOf(r.date) === 'day');
  const standing = counted.filter((d) => isStandingGroup(d.row));
  const page = datedRows(nato, (r) => r.kind === 'summary')[0];
  return {
    counted,
    standing,
    undated: datedRows(nato, (r) => inEurope(r) && precisionOf(r.date) !== 'day'),
    outside: datedRows(nato, (r) => isExercise(r) && r.region !== 'Europe'),
    ...(page ? { natoPage: { dated: page, standingBy: standing.filter((d) => d.start <= page.start) } } : {}),
  };
}

/** The rows gathered for one claim: none means the claim cannot be checked. */
export const rowsOf = (rows: ExerciseRow[], claim: ClaimId) => rows.filter((r) => r.claim_id === claim);

const LIST = new Intl.ListFormat('en-GB', { type: 'conjunction' });
/** "Canada, the UK and France". */
export const listOf = (items: readonly string[]) => LIST.format(items);
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** "Gulf of Aden" from "Gulf of Aden (NOT Pacific)": the place without the data's warning. */
export const placeOf = (row: ExerciseRow) => row.place.replace(/\s*\(NOT (Pacific|Europe)\)/, '');
