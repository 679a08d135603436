/**
 * A timeline of dated events, one labelled row per event, grouped in lanes under headings: bars
 * for spans, marks for single dates, reference rules and bands, a calendar axis and a tip per row.
 * Dates are partial, as the sources give them: a year, a month or a day, each drawn over the
 * whole period it names (a year is never drawn as its 1 January).
 */
import * as Plot from '@observablehq/plot';
import * as d3 from 'd3';
import type { ChartOptions } from '../indicator.js';
import { type ChartColors, DEFAULT_COLORS, NARROW, tipLineWidth, unlabelled } from '../lib/chart.js';

/** How much of a date the source gives: "2013", "2018-05" or "2013-04-15". */
export type DatePrecision = 'year' | 'month' | 'day';

/** The period a partial date names, from its first instant to the first instant after it (UTC). */
export interface DatePeriod {
  start: Date;
  end: Date;
  precision: DatePrecision;
}

const PERIODS: Record<DatePrecision, d3.CountableTimeInterval> = { year: d3.utcYear, month: d3.utcMonth, day: d3.utcDay };
const FORMATS: Record<DatePrecision, [withYear: string, withoutYear: string]> = {
  year: ['%Y', '%Y'],
  month: ['%b %Y', '%b'],
  day: ['%-d %b %Y', '%-d %b'],
};

/** The period of "2013", "2018-05" or "2013-04-15"; throws on anything else. */
export function datePeriod(date: string): DatePeriod {
  const precision = (['year', 'month', 'day'] as const)[(date.length - 4) / 3];
  const start = precision && d3.isoParse(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
  if (!precision || !start || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) throw new Error(`Not a partial date: "${date}"`);
  return { start, end: PERIODS[precision].offset(start, 1), precision };
}

const formatPeriod = ({ start, precision }: DatePeriod, year = true) => d3.utcFormat(FORMATS[precision][year ? 0 : 1])(start);

/** "1990", "May 2018", "15 Apr 2013" (or "May", "15 Apr" without the year): the date at its precision. */
export function formatPartialDate(date: string, { year = true } = {}): string {
  return formatPeriod(datePeriod(date), year);
}

/** "15 Apr 2013", "7 – 8 Jun 2022", "13 Jun – 28 Oct 2022", "2020 – Jun 2021": an event's dates at their precision, without repeats. */
export function formatWhen(start: string, end?: string | null, { year = true } = {}): string {
  if (!end) return formatPartialDate(start, { year });
  const [from, to] = [datePeriod(start), datePeriod(end)];
  const sameYear = from.start.getUTCFullYear() === to.start.getUTCFullYear() && from.precision === to.precision && from.precision !== 'year';
  const sameMonth = sameYear && from.precision === 'day' && from.start.getUTCMonth() === to.start.getUTCMonth();
  const first = sameMonth ? d3.utcFormat('%-d')(from.start) : formatPartialDate(start, { year: year && !sameYear });
  return `${first} – ${formatPartialDate(end, { year })}`;
}

/** A colour of `ChartOptions.colors`, by the name of its `--di-*` property. */
export type ColorRole = 'accent' | 'muted' | 'reference' | 'series-1' | 'series-2' | 'series-3' | 'series-4';

const colorOf = (colors: ChartColors, role: ColorRole): string =>
  role.startsWith('series-') ? colors.series[Number(role.slice(7)) - 1]! : colors[role as 'accent' | 'muted' | 'reference'];

/** How the events of one kind are drawn; the caller picks one per kind. */
export interface EventStyle {
  color: ColorRole;
  /** Fill opacity of a span's bar; its outline stays solid. 1 by default; light for long periods behind short ones. */
  fillOpacity?: number;
  /** A plan, not a fact: dashed outlines, no fill. */
  planned?: boolean;
  /** The mark of a single date; on a span, also drawn at its start (a port call over several days). Circle by default. */
  symbol?: 'circle' | 'diamond';
}

/** One row of the timeline. */
export interface TimelineEvent {
  /** Unique among the chart's events. */
  id: string;
  /** The row's label; it ends in an ellipsis where the chart is too narrow, and the tip has it whole. */
  label: string;
  /** The label below `NARROW` pixels; `label` when absent. */
  shortLabel?: string;
  /** The first (or only) date: "2013", "2018-05" or "2013-04-15". */
  start: string;
  /** The last date of a span, at its own precision; absent for an event on one date. */
  end?: string | null;
  /** An event that went on after `start` to an end no source gives: a hollow mark at its start. */
  open?: boolean;
  /** The key of its style in `TimelineOptions.styles`. */
  kind: string;
  /** The tip's text; `label` when absent. The builder adds a line where a date is not a day. */
  tooltip?: string;
}

/** A group of rows under a heading. Lanes without events are left out. */
export interface TimelineLane {
  label: string;
  shortLabel?: string;
  events: readonly TimelineEvent[];
}

/** A date the reader measures the events against: a rule at an instant, a band over a partial date's period (a rule where the band would be too narrow to see). */
export interface TimelineReference {
  date: Date | string;
  label: string;
  shortLabel?: string;
}

export interface TimelineOptions extends ChartOptions {
  /** How each kind of event is drawn; a kind without a style is drawn in the first series colour. */
  styles?: Readonly<Record<string, EventStyle>>;
  /** The dates the x axis spans; the events' whole years (whole months within two years) by default. */
  domain?: readonly [Date, Date];
  references?: readonly TimelineReference[];
  /** The axis title, e.g. "Date, 2022". */
  axisLabel?: string;
  /** Text under the chart; with it, Plot returns a figure. */
  caption?: string;
}

const DEFAULT_STYLE: EventStyle = { color: 'series-1' };
/** Opacity of the part of a bar or mark that a year or a month stands for: the event lies somewhere in it. */
const IMPRECISE_OPACITY = 0.25;
/** A span narrower than this many pixels is drawn as a mark at its middle. */
const MIN_BAR_PX = 4;
/** Height of one row: a label line above a bar. */
const ROW_HEIGHT = 32;
/** The bar sits in the lower part of its row, under the label. */
const BAR_INSET_TOP = 17;
const BAR_INSET_BOTTOM = 3;
/** From the row's middle to the bar's middle, for marks drawn on the bar. */
const BAR_OFFSET = (BAR_INSET_TOP - BAR_INSET_BOTTOM) / 2;
const LABEL_OFFSET = -7;
const LABEL_MARGIN = 8;
/** The card's chart font size; labels set it so that `lineWidth` (in ems) matches what is drawn. */
const LABEL_FONT_SIZE = 12;
/**
 * Plot cuts a label by its estimate of the text's width, made for Helvetica; wider fonts
 * (DejaVu Sans, the default of Debian's browsers) need room to spare: labels are cut at this share of the row.
 */
const LABEL_ROOM = 0.9;
/** Reference labels above the frame, one line each. */
const REFERENCE_LINE = 14;
const MARGIN_BOTTOM = 36;
/** Least room between two ticks of the axis, in pixels, for their labels not to touch. */
const TICK_ROOM = { year: 44, month: { wide: 76, narrow: 32 } };

/** One row as drawn: a heading, or an event with its periods. */
interface Row {
  key: string;
  label: string;
  heading: boolean;
  event?: TimelineEvent;
  style?: EventStyle;
  from?: DatePeriod;
  to?: DatePeriod;
}

/** A piece of a bar: `sure` where the event certainly ran, not where a year or month stands for its start or end. */
interface Segment {
  row: Row;
  x1: Date;
  x2: Date;
  sure: boolean;
}

const middle = (a: Date, b: Date) => new Date((a.getTime() + b.getTime()) / 2);
const extentOf = (row: Row): [Date, Date] => [row.from!.start, (row.to ?? row.from)!.end];

/** "The source gives the year only (1990): the light mark spans it." for each date that is not a day. */
function precisionNote({ from, to }: Row): string {
  const vague = [from!, ...(to ? [to] : [])].filter((p) => p.precision !== 'day');
  if (!vague.length) return '';
  const named = vague.map((p) => `${p.precision} only (${formatPeriod(p)})`);
  return `\nThe source gives the ${named.join(' and the ')}: the light ${to ? 'part of the bar spans' : 'mark spans'} ${vague.length > 1 ? 'them' : 'it'}.`;
}

/** The bar's pieces: a light one over a start or end given only as a year or a month, a solid one between. */
function segmentsOf(row: Row): Segment[] {
  const from = row.from!;
  const to = row.to!;
  const sureFrom = from.precision === 'day' ? from.start : from.end;
  const sureTo = to.precision === 'day' ? to.end : to.start;
  return [
    ...(from.precision === 'day' ? [] : [{ row, x1: from.start, x2: from.end, sure: false }]),
    ...(sureFrom < sureTo ? [{ row, x1: sureFrom, x2: sureTo, sure: true }] : []),
    ...(to.precision === 'day' ? [] : [{ row, x1: to.start, x2: to.end, sure: false }]),
  ];
}

/** Calendar ticks far enough apart for their labels: months within two years, years beyond. */
function ticksOf([start, end]: readonly [Date, Date], innerWidth: number, narrow: boolean): { ticks: Date[]; format: string } {
  const perPixel = (end.getTime() - start.getTime()) / innerWidth;
  const months = d3.utcMonth.count(start, end) <= 24;
  const room = months ? TICK_ROOM.month[narrow ? 'narrow' : 'wide'] : TICK_ROOM.year;
  const unit = months ? d3.utcMonth : d3.utcYear;
  const unitMs = months ? 30.4 * 864e5 : 365.25 * 864e5;
  const step = [1, 2, 3, 5, 6, 10, 20, 50].find((s) => (s * unitMs) / perPixel >= room && (months ? 12 % s === 0 : s !== 3 && s !== 6)) ?? 50;
  // None at the domain's end: a label there would run off the chart.
  const ticks = (months ? d3.utcMonth.every(step) : d3.utcYear.every(step))!.range(start, end);
  const oneYear = start.getUTCFullYear() === d3.utcDay.offset(end, -1).getUTCFullYear();
  return { ticks: ticks.length ? ticks : [unit.floor(start)], format: !months ? '%Y' : oneYear ? (narrow ? '%b' : '%B') : '%b %Y' };
}

/** Any year will do for a chart with no dates at all; a fixed one keeps the builder pure. */
const EMPTY_DOMAIN: readonly [Date, Date] = [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2001, 0, 1))];

/** The events' whole years, or whole months when they fall within two years. */
function defaultDomain(rows: Row[], references: readonly TimelineReference[]): [Date, Date] {
  const instants = [
    ...rows.filter((r) => r.event).flatMap(extentOf),
    ...references.flatMap((r) => (r.date instanceof Date ? [r.date] : [datePeriod(r.date).start, datePeriod(r.date).end])),
  ];
  const [low, high] = d3.extent(instants) as [Date, Date];
  const unit = d3.utcMonth.count(low, high) <= 24 ? d3.utcMonth : d3.utcYear;
  return [unit.floor(low), unit.ceil(high)];
}

/**
 * Draws events in lanes on a calendar axis. A span is a bar from its first to its last date (the
 * part a year or a month stands for drawn light); a single date is a mark (over its whole year or
 * month when it is not a day); an open event is a hollow mark at its start. Labels sit above
 * their bars; each row's tip names the event, with how precise its dates are.
 */
export function timeline(
  lanes: readonly TimelineLane[],
  {
    width = 640, height, document, colors = DEFAULT_COLORS, styles = {}, domain, references = [], axisLabel, caption,
  }: TimelineOptions = {},
): SVGSVGElement | HTMLElement {
  const narrow = width < NARROW;
  const rows: Row[] = lanes
    .filter((lane) => lane.events.length)
    .flatMap((lane) => [
      { key: `lane:${lane.label}`, label: narrow ? (lane.shortLabel ?? lane.label) : lane.label, heading: true },
      ...lane.events.map((event) => ({
        key: `event:${event.id}`,
        label: narrow ? (event.shortLabel ?? event.label) : event.label,
        heading: false,
        event,
        style: styles[event.kind] ?? DEFAULT_STYLE,
        from: datePeriod(event.start),
        to: event.end ? datePeriod(event.end) : undefined,
      })),
    ]);
  const events = rows.filter((r) => r.event);
  const marginTop = REFERENCE_LINE * (Math.max(references.length, 1) + 1);
  const marginRight = narrow ? 8 : 16;
  const xDomain = domain ?? (events.length || references.length ? defaultDomain(rows, references) : EMPTY_DOMAIN);
  const innerWidth = width - LABEL_MARGIN - marginRight;
  const pixels = (a: Date, b: Date) => ((b.getTime() - a.getTime()) / (xDomain[1].getTime() - xDomain[0].getTime())) * innerWidth;
  const isBar = (r: Row) => r.to !== undefined && pixels(...extentOf(r)) >= MIN_BAR_PX;
  // A year or a month is a light mark over all of it, not a dot on its first day.
  const isVague = (r: Row) => !r.to && r.from!.precision !== 'day';
  const segments = [
    ...events.filter(isBar).flatMap(segmentsOf),
    ...events.filter(isVague).map((row) => ({ row, x1: row.from!.start, x2: row.from!.end, sure: false })),
  ];
  // A single day, a span too short to see, or the start a style marks with a symbol.
  const points = events.filter((r) => !isVague(r) && (!isBar(r) || r.style!.symbol));
  const color = (r: Row) => colorOf(colors, r.style!.color);
  const { ticks, format } = ticksOf(xDomain, innerWidth, narrow);
  const pointAt = (r: Row) => (isBar(r) ? r.from!.start : middle(...extentOf(r)));
  const referenceAnchor = (date: Date) => {
    const at = pixels(xDomain[0], date) / innerWidth;
    return at < 0.2 ? 'start' : at > 0.8 ? 'end' : 'middle';
  };
  const labelAt = {
    y: 'key',
    frameAnchor: 'left',
    textAnchor: 'start',
    dy: LABEL_OFFSET,
    stroke: colors.background,
    strokeWidth: 3,
    fontSize: LABEL_FONT_SIZE,
    // Labels longer than the chart is wide end in an ellipsis; the tip has the full text.
    lineWidth: (innerWidth * LABEL_ROOM) / LABEL_FONT_SIZE,
    textOverflow: 'ellipsis',
    fill: 'currentColor',
  } as const;
  const bar = { y: (s: Segment) => s.row.key, x1: 'x1', x2: 'x2', insetTop: BAR_INSET_TOP, insetBottom: BAR_INSET_BOTTOM } as const;
  const hollow = (r: Row) => r.event!.open || r.style!.planned;
  return Plot.plot({
    document,
    width,
    height: height ?? rows.length * ROW_HEIGHT + marginTop + MARGIN_BOTTOM,
    marginTop,
    marginBottom: MARGIN_BOTTOM,
    marginLeft: LABEL_MARGIN,
    marginRight,
    x: { type: 'utc', domain: [...xDomain] },
    y: { domain: rows.map((r) => r.key), axis: null, padding: 0 },
    caption,
    marks: [
      Plot.gridX([...ticks, xDomain[1]]),
      // Tick labels start at the period they name and run across it, like a calendar.
      Plot.axisX(ticks, { tickFormat: format, textAnchor: 'start', label: axisLabel ?? null, labelAnchor: 'center', labelArrow: 'none' }),
      references.map((reference, i) => {
        const period = reference.date instanceof Date ? undefined : datePeriod(reference.date);
        const at = period ? middle(period.start, period.end) : (reference.date as Date);
        // A period too narrow to see as a band is a rule at its middle; the label names the period.
        return [
          period && pixels(period.start, period.end) >= MIN_BAR_PX
            ? Plot.rect([period], { x1: 'start', x2: 'end', fill: colors.reference, fillOpacity: 0.15, stroke: colors.reference })
            : Plot.ruleX([at], { stroke: colors.reference, strokeDasharray: '4,3' }),
          Plot.text([at], {
            x: (d: Date) => d,
            frameAnchor: 'top',
            dy: -REFERENCE_LINE * (references.length - i) - 2,
            textAnchor: referenceAnchor(at),
            fill: colors.reference,
            text: () => (narrow ? (reference.shortLabel ?? reference.label) : reference.label),
          }),
        ];
      }),
      // Plans in dashed outline: Plot takes a dash pattern per mark, not per bar.
      [false, true].map((planned) =>
        Plot.barX(
          segments.filter((s) => Boolean(s.row.style!.planned) === planned),
          {
            ...bar,
            fill: (s: Segment) => color(s.row),
            fillOpacity: (s: Segment) => (planned ? 0 : s.sure ? (s.row.style!.fillOpacity ?? 1) : IMPRECISE_OPACITY),
            stroke: (s: Segment) => color(s.row),
            strokeDasharray: planned ? '4,2' : undefined,
          },
        ),
      ),
      // One mark per symbol: a radius given per row would go through a radius scale.
      (['circle', 'diamond'] as const).map((symbol) =>
        Plot.dot(
          points.filter((r) => (r.style!.symbol ?? 'circle') === symbol),
          {
            x: pointAt,
            y: 'key',
            dy: BAR_OFFSET,
            symbol,
            r: symbol === 'diamond' ? 5 : 4.5,
            fill: (r: Row) => (hollow(r) ? colors.background : color(r)),
            stroke: (r: Row) => (hollow(r) ? color(r) : colors.background),
            strokeWidth: (r: Row) => (hollow(r) ? 2 : 1.5),
          },
        ),
      ),
      Plot.text(rows.filter((r) => r.heading), { ...labelAt, dy: 0, text: 'label', fontWeight: 'bold' }),
      Plot.text(events, { ...labelAt, text: 'label' }),
      // One tip for the row nearest the pointer, wherever along the row it is.
      Plot.tip(
        events,
        Plot.pointerY({
          render: unlabelled,
          x: (r: Row) => middle(...extentOf(r)),
          y: 'key',
          dy: BAR_OFFSET,
          title: (r: Row) => `${r.event!.tooltip ?? r.event!.label}${precisionNote(r)}`,
          fill: colors.background,
          // Plot puts a tip to one side of the pointer when it cannot centre it: no wider than half the chart, it always fits.
          lineWidth: tipLineWidth(width),
        }),
      ),
    ],
  });
}
