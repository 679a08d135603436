/**
 * The F-35 fleets of `f35-fleet.csv`, grouped by country and by level of commitment. A row is
 * one level of one variant as of its source's date; levels are totals, not increments (the
 * United Kingdom's 48 ordered are among its 74 funded, which are among its 138 hoped for).
 */
import { isAfterArticle } from '../lib/dates.js';
import { type ChartColors, formatExact } from '../lib/chart.js';
import type { Row } from '../lib/datapackage.js';

export const VARIANTS = ['F-35A', 'F-35B', 'F-35C', 'F-35I'] as const;
export type Variant = (typeof VARIANTS)[number];
export type Level = 'plan' | 'ordered' | 'funded' | 'options' | 'aspiration';

/** Series colour of each variant; the F-35I is Israel's F-35A, so it shares its colour (and is labelled). */
const VARIANT_SERIES: Record<Variant, number> = { 'F-35A': 0, 'F-35B': 2, 'F-35C': 3, 'F-35I': 0 };

export function variantColor(variant: Variant, colors: ChartColors): string {
  return colors.series[VARIANT_SERIES[variant]] ?? colors.muted;
}

export type FleetRow = Row & {
  country: string;
  iso3: string;
  operator: string;
  variant: Variant;
  planned: number;
  level: Level;
  status: string;
  as_of: string;
  confidence: 'H' | 'M';
  note: string | null;
  source: string;
  source_url: string;
  source_quote: string;
};

/** One variant of one level, placed along the bar. */
export interface Segment {
  variant: Variant;
  planned: number;
  /** Where the segment starts and ends on the x axis (aircraft). */
  x1: number;
  x2: number;
}

/** One level of one country's commitment, before or after the article: its variants side by side. */
export interface Commitment {
  level: Level;
  /** The latest date of its rows (a plan's services may be dated apart, as the United States' are). */
  asOf: string;
  /** Dated after the article: shown, never counted as what the article could describe. */
  after: boolean;
  total: number;
  segments: Segment[];
  rows: FleetRow[];
}

/** One country's fleet: the commitment it had made by the article, and every other level beside it. */
export interface Fleet {
  iso3: string;
  name: string;
  /** The largest plan, funded plan or order dated by the article: the bar the fleets are ranked by. */
  firm: Commitment;
  /** Smaller orders inside the firm bar, and options, aspirations and later plans beyond or beside it. */
  others: Commitment[];
  rows: FleetRow[];
}

/** Levels that commit to aircraft; options and aspirations only hope for them. */
const FIRM: ReadonlySet<Level> = new Set(['plan', 'funded', 'ordered']);
const LEVEL_WORDS: Record<Level, string> = { plan: 'planned', ordered: 'ordered', funded: 'funded', options: 'with options', aspiration: 'hoped for' };

export const count = formatExact;
const sum = (rows: FleetRow[]) => rows.reduce((total, r) => total + r.planned, 0);
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Jul 2022" for a day or a month, "2023" for a year. */
export function monthOf(asOf: string): string {
  return asOf.length >= 7 ? MONTH.format(new Date(`${asOf.slice(0, 7)}-01T00:00:00Z`)) : asOf;
}

function commitmentOf(rows: FleetRow[]): Commitment {
  let x = 0;
  const segments = VARIANTS.flatMap((variant) => {
    const planned = sum(rows.filter((r) => r.variant === variant));
    if (!planned) return [];
    x += planned;
    return [{ variant, planned, x1: x - planned, x2: x }];
  });
  const asOf = rows.map((r) => r.as_of).sort().at(-1)!;
  return { level: rows[0]!.level, asOf, after: isAfterArticle(asOf), total: x, segments, rows };
}

/** Fleets by country, the largest firm commitment first. A country with no firm commitment by the article is left out. */
export function fleets(rows: FleetRow[]): Fleet[] {
  const groups = new Map<string, FleetRow[]>();
  for (const row of rows) {
    const key = `${row.iso3}\u0000${row.level}\u0000${isAfterArticle(row.as_of)}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const byCountry = new Map<string, Commitment[]>();
  for (const group of groups.values()) byCountry.set(group[0]!.iso3, [...(byCountry.get(group[0]!.iso3) ?? []), commitmentOf(group)]);
  return [...byCountry.values()]
    .flatMap((commitments) => {
      const firm = commitments.filter((c) => FIRM.has(c.level) && !c.after).sort((a, b) => b.total - a.total)[0];
      if (!firm) return [];
      const rows = commitments.flatMap((c) => c.rows);
      return [{ iso3: rows[0]!.iso3, name: rows[0]!.country, firm, others: commitments.filter((c) => c !== firm), rows }];
    })
    .sort((a, b) => b.firm.total - a.firm.total || a.name.localeCompare(b.name));
}

/** "105 F-35A + 42 F-35B"; narrow: "105 A + 42 B". */
export function composition({ segments }: Commitment, narrow = false): string {
  return segments.map((s) => `${count(s.planned)} ${narrow ? s.variant.slice(-1) : s.variant}`).join(' + ');
}

/** "147 = 105 F-35A + 42 F-35B", or "88 F-35A" for a single variant. */
export function totalOf(commitment: Commitment, narrow = false): string {
  const parts = composition(commitment, narrow);
  return commitment.segments.length > 1 ? `${count(commitment.total)} = ${parts}` : parts;
}

/** "60 planned (Jul 2022, after the article)"; narrow: "60 planned, Jul 2022". */
function levelPhrase(c: Commitment, narrow: boolean): string {
  const words = `${count(c.total)} ${LEVEL_WORDS[c.level]}`;
  if (!c.after) return words;
  return narrow ? `${words}, ${monthOf(c.asOf)}` : `${words} (${monthOf(c.asOf)}, after the article)`;
}

/**
 * The label beside a country's bar: its firm commitment, then the other levels.
 * "147 = 105 F-35A + 42 F-35B"; "74 F-35B funded; 48 ordered; 138 hoped for". Narrow charts
 * have no room for the other levels: "74 B funded …", with the levels in the caption.
 */
export function fleetLabel({ firm, others }: Fleet, narrow = false): string {
  const head = others.length ? `${totalOf(firm, narrow)} ${LEVEL_WORDS[firm.level]}` : totalOf(firm, narrow);
  if (narrow) return others.length ? `${head} …` : head;
  return [head, ...others.map((c) => levelPhrase(c, narrow))].join('; ');
}

/** "United Kingdom: 48 ordered; 138 hoped for": a fleet's levels beside its firm one, for a caption. */
export function otherLevels({ name, others }: Fleet): string {
  return `${name}: ${others.map((c) => levelPhrase(c, false)).join('; ')}`;
}

/** The furthest any of a country's levels reaches along the axis. */
export const reachOf = (fleet: Fleet) => Math.max(fleet.firm.total, ...fleet.others.map((c) => c.total));
