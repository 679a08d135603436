/**
 * The explorer's chart: one line per chosen country over the view's years, the subject (Japan)
 * in the accent and the others in a palette made from the theme's colours, each named at its
 * line's end (or in a legend where the names cannot all fit), the article's date marked, a tip
 * for every figure. A year SIPRI has no figure for is a gap in its country's line.
 */
import { seriesChart, type LineSeries } from '../charts/series.js';
import { CHAR_PX } from '../charts/ranked-bars.js';
import { categoricalPalette } from '../charts/palette.js';
import type { ChartOptions } from '../indicator.js';
import { DEFAULT_COLORS, formatExact, groupDigits, NARROW } from '../lib/chart.js';
import { ARTICLE_LAST_DAY, isAfterArticle } from '../lib/dates.js';
import type { ExploreRow } from './sipri-data.js';
import { type ExploreView, type Measure, MEASURES } from './view.js';

export interface ExploreChartOptions extends ChartOptions {
  /** ISO 3166 alpha-3 code of the country the claim is about, drawn in the accent; Japan when absent. */
  subject?: string;
}

const ARTICLE_YEAR = Number(ARTICLE_LAST_DAY.slice(0, 4));
/** Measures of money, drawn on a log scale where the countries' figures lie this many times apart, or more. */
const LOG_SPREAD = 20;
const SHARES: readonly Measure[] = ['share_of_gdp_pct', 'share_of_govt_spending_pct'];
/** End labels are the countries' names where the longest fits in this share of the width; their codes otherwise. */
const NAME_SHARE = 0.35;
/** Room beside a label for its leader line and the chart's edge, in pixels. */
const LABEL_ROOM_PX = 32;

/** A figure with its unit as the tip shows it: "1.06% of GDP", "US$ millions, 2023 prices: 49,960.6". */
export function figureText(value: number, measure: Measure): string {
  const { unit } = MEASURES[measure];
  return unit.startsWith('%') ? `${formatExact(value)}${unit}` : `${unit}: ${formatExact(value)}`;
}

/** A figure's tip: the country and year (marked when after the article), the figure with its unit, and its source. */
export function tipText(row: ExploreRow): string {
  return [`${row.country}, ${row.year}${isAfterArticle(String(row.year)) ? ' (after the article)' : ''}`, figureText(row.value, row.measure), `Source: ${row.source}`].join('\n');
}

/** True where a measure of money spans orders of magnitude, as ten countries' spending does: a log scale keeps the small ones readable. */
function wantsLog(measure: Measure, values: number[]): boolean {
  if (SHARES.includes(measure) || !values.length) return false;
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return low > 0 && high / low >= LOG_SPREAD;
}

/** Room for the value axis's tick labels, from the widest figure. */
const marginLeftFor = (values: number[]) => Math.max(40, groupDigits(Math.round(Math.max(0, ...values))).length * CHAR_PX + 12);

export function exploreChart(
  rows: ExploreRow[],
  view: ExploreView,
  { width = 640, height, colors = DEFAULT_COLORS, subject = 'JPN', ...options }: ExploreChartOptions = {},
): SVGSVGElement | HTMLElement {
  const narrow = width < NARROW;
  const shown = rows.filter((r) => r.measure === view.measure && r.year >= view.from && r.year <= view.to);
  const countries = view.countries.filter((iso3) => shown.some((r) => r.iso3 === iso3));
  const names = new Map(shown.map((r) => [r.iso3, r.country]));
  const useNames = Math.max(0, ...countries.map((iso3) => names.get(iso3)!.length)) * CHAR_PX + LABEL_ROOM_PX <= width * NAME_SHARE;
  const palette = categoricalPalette(colors, countries.filter((iso3) => iso3 !== subject).length);
  let next = 0;
  const series: LineSeries[] = countries.map((iso3) => {
    const figures = new Map(shown.filter((r) => r.iso3 === iso3).map((r) => [r.year, r]));
    return {
      label: useNames ? names.get(iso3)! : iso3,
      color: iso3 === subject ? colors.accent : palette[next++]!,
      highlight: iso3 === subject,
      // Every year of the view, null where SIPRI has no figure, so that the line breaks there.
      points: Array.from({ length: view.to - view.from + 1 }, (_, i) => {
        const row = figures.get(view.from + i);
        return { x: view.from + i, y: row?.value ?? null, tip: row && tipText(row) };
      }),
    };
  });
  const values = shown.map((r) => r.value);
  const log = wantsLog(view.measure, values);
  const { unit } = MEASURES[view.measure];
  return seriesChart(series, {
    ...options,
    width,
    height: height ?? (narrow ? 320 : 360),
    colors,
    yLabel: log ? `${unit} (log scale)` : unit,
    yType: log ? 'log' : 'linear',
    yTickFormat: log ? formatExact : undefined,
    xTicks: narrow ? 3 : 6,
    marginLeft: marginLeftFor(values),
    marker: view.from <= ARTICLE_YEAR && ARTICLE_YEAR <= view.to ? { x: ARTICLE_YEAR, label: narrow ? 'Article' : 'Article (June 2022)' } : undefined,
  });
}
