/**
 * The deployment's dates as `ipd22-deployment.csv` gives them: the plan of the whole deployment,
 * each surface unit's time away, the planned port calls, and who sailed in mid-June. The check,
 * the headline and the text alternative all read them from here.
 */
import * as d3 from 'd3';
import type { Row } from '../lib/datapackage.js';

export type DeploymentRow = Row & {
  event: string;
  kind: 'deployment' | 'exercise' | 'port call' | 'planned port call';
  /** Ships taking part, `;`-separated, or "all units" for the plan of the whole deployment. */
  units: string | null;
  /** YYYY-MM-DD (UTC); empty for planned port calls. */
  start: string | null;
  /** YYYY-MM-DD (UTC); empty where no source gives the last day. */
  end: string | null;
  location: string | null;
  country: string | null;
  region: string | null;
  confidence: 'H' | 'M';
  note: string | null;
  source: string;
  source_url: string;
  source_quote: string;
};

/** The row whose dates are the whole deployment as planned. */
export const PLAN_UNITS = 'all units';
/** The article's "four-month-long", in calendar months from the first day. */
export const CLAIMED_MONTHS = 4;
/** The article's "mid-June": the middle third of the month. */
const CLAIMED_MONTH = 5; // June, as UTC months count from 0
const MID_MONTH_DAYS = [11, 20] as const;
/** The article's "various South Pacific islands": more than one. */
export const SOUTH_PACIFIC = 'South Pacific';
export const MIN_SOUTH_PACIFIC = 2;
/**
 * The article's fleet: "the Izumo, destroyers and a submarine embarked" in mid-June. The ships'
 * types are those of the announcement (USNI, 1 June 2022: "destroyer helicopter carrier JS Izumo",
 * "destroyer JS Takanami", "destroyer JS Kirisame"; the submarine is named nowhere).
 */
const CARRIER = 'Izumo';
const DESTROYERS: ReadonlySet<string> = new Set(['Takanami', 'Kirisame']);
const CLAIMED_DESTROYERS = 2;
export const isSubmarine = (unit: string) => /submarine/i.test(unit);
/** Countries the article names, as the data spells them, and as the article writes them. */
export const NAMED_COUNTRIES: ReadonlyArray<{ country: string; shown: string }> = [
  { country: 'Australia', shown: 'Australia' },
  { country: 'Vietnam', shown: 'Vietnam' },
  { country: 'Philippines', shown: 'the Philippines' },
];

const parseDay = d3.utcParse('%Y-%m-%d');
export const dayMonth = d3.utcFormat('%-d %b');
export const dayMonthYear = d3.utcFormat('%-d %b %Y');

/** Days counted as the official figures count them, the first and the last day both included: 13 Jun – 28 Oct is 138. */
export function daysCounted(start: Date, end: Date): number {
  return d3.utcDay.count(start, end) + 1;
}

/** Whole calendar months from `start` to `end`, and the days left over. */
export function calendarSpan(start: Date, end: Date): { months: number; days: number } {
  let months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  while (months > 0 && d3.utcMonth.offset(start, months) > end) months--;
  return { months, days: d3.utcDay.count(d3.utcMonth.offset(start, months), end) };
}

export const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "138 days counting both ends (137 elapsed; 4 months 15 days)": each count named. */
export function formatLength(start: Date, end: Date): string {
  const { months, days } = calendarSpan(start, end);
  return `${plural(daysCounted(start, end), 'day')} counting both ends (${d3.utcDay.count(start, end)} elapsed; ${plural(months, 'month')} ${plural(days, 'day')})`;
}

/** "12 countries and territories" where a place on the plan is a territory, written "New Caledonia (France)". */
export function placesWord(places: readonly string[]): string {
  return places.some((p) => /\(.+\)/.test(p)) ? 'countries and territories' : 'countries';
}

export function listOf(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A row with both its dates, parsed. */
export interface Period {
  row: DeploymentRow;
  start: Date;
  end: Date;
}

export function periodOf(row: DeploymentRow | undefined): Period | undefined {
  const start = row?.start ? parseDay(row.start) : null;
  const end = row?.end ? parseDay(row.end) : null;
  return row && start && end ? { row, start, end } : undefined;
}

export const planOf = (rows: DeploymentRow[]) => periodOf(rows.find((r) => r.kind === 'deployment' && r.units === PLAN_UNITS));
export const unitPeriods = (rows: DeploymentRow[]) =>
  rows
    .filter((r) => r.kind === 'deployment' && r.units !== PLAN_UNITS)
    .map(periodOf)
    .filter((p): p is Period => p !== undefined);
export const plannedCountries = (rows: DeploymentRow[]) =>
  rows.filter((r) => r.kind === 'planned port call' && r.country).map((r) => r as DeploymentRow & { country: string });

/** "; each surface unit was away 115–116 days": the range of the units' time away, or nothing. */
export function unitsAway(rows: DeploymentRow[]): string {
  const days = unitPeriods(rows).map(({ start, end }) => daysCounted(start, end));
  if (days.length === 0) return '';
  const [low, high] = d3.extent(days) as [number, number];
  return `; ${days.length === 1 ? 'the surface unit' : 'each surface unit'} was away ${low === high ? low : `${low}–${high}`} days`;
}

/** The article's fleet against the units' own departures: who sailed in mid-June, who later. */
export interface FleetAtStart {
  /** Ships whose unit sailed in mid-June. */
  sailed: string[];
  /** Units that sailed later. */
  later: Period[];
  /** The first day the data shows a submarine with the deployment, if any. */
  submarineSeen: Date | undefined;
  holds: boolean;
}

export const isMidJune = (day: Date) =>
  day.getUTCMonth() === CLAIMED_MONTH && day.getUTCDate() >= MID_MONTH_DAYS[0] && day.getUTCDate() <= MID_MONTH_DAYS[1];
export const shipsOf = (row: DeploymentRow) => (row.units ?? '').split(';').map((s) => s.trim()).filter(Boolean);

export function fleetAtStart(rows: DeploymentRow[]): FleetAtStart {
  const units = unitPeriods(rows);
  const sailed = units.filter((p) => isMidJune(p.start)).flatMap((p) => shipsOf(p.row));
  const withSubmarine = rows.filter((r) => r.start && shipsOf(r).some(isSubmarine)).map((r) => r.start!).sort();
  return {
    sailed,
    later: units.filter((p) => !isMidJune(p.start)),
    submarineSeen: withSubmarine[0] ? parseDay(withSubmarine[0]) ?? undefined : undefined,
    holds: sailed.includes(CARRIER) && sailed.filter((s) => DESTROYERS.has(s)).length >= CLAIMED_DESTROYERS && sailed.some(isSubmarine),
  };
}

/** "in mid-June only Izumo and Takanami sailed; Kirisame sailed on 5 Jul; …": where the fleet differs from the article's. */
export function fleetProblem({ sailed, later, submarineSeen }: FleetAtStart): string {
  const destroyers = sailed.filter((s) => DESTROYERS.has(s));
  return [
    `in mid-June only ${listOf(sailed) || 'no unit'} sailed (${destroyers.length === 1 ? 'one destroyer' : `${destroyers.length} destroyers`})`,
    ...later.map((p) => `${listOf(shipsOf(p.row))} sailed on ${dayMonth(p.start)}`),
    ...(sailed.some(isSubmarine)
      ? []
      : [submarineSeen ? `no source dates the submarine’s departure (the data shows it from ${dayMonth(submarineSeen)})` : 'no source names a submarine']),
  ].join('; ');
}
