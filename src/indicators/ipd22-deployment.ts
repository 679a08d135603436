import * as Plot from '@observablehq/plot';
import * as d3 from 'd3';
import text from '../../datasets/ipd22-deployment.csv?raw';
import type { ChartOptions, CheckFigure, ClaimCheck, Indicator } from '../indicator.js';
import { DEFAULT_COLORS, NARROW, unlabelled } from '../lib/chart.js';
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
const PLAN_UNITS = 'all units';
/** The article's "four-month-long", in calendar months from the first day. */
const CLAIMED_MONTHS = 4;
/** The article's "mid-June": the middle third of the month. */
const CLAIMED_MONTH = 5; // June, as UTC months count from 0
const MID_MONTH_DAYS = [11, 20] as const;
/** The article's "various South Pacific islands": more than one. */
const SOUTH_PACIFIC = 'South Pacific';
const MIN_SOUTH_PACIFIC = 2;
/**
 * The article's fleet: "the Izumo, destroyers and a submarine embarked" in mid-June. The ships'
 * types are those of the announcement (USNI, 1 June 2022: "destroyer helicopter carrier JS Izumo",
 * "destroyer JS Takanami", "destroyer JS Kirisame"; the submarine is named nowhere).
 */
const CARRIER = 'Izumo';
const DESTROYERS: ReadonlySet<string> = new Set(['Takanami', 'Kirisame']);
const CLAIMED_DESTROYERS = 2;
const isSubmarine = (unit: string) => /submarine/i.test(unit);
/** Countries the article names, as the data spells them, and as the article writes them. */
const NAMED_COUNTRIES: ReadonlyArray<{ country: string; shown: string }> = [
  { country: 'Australia', shown: 'Australia' },
  { country: 'Vietnam', shown: 'Vietnam' },
  { country: 'Philippines', shown: 'the Philippines' },
];

/** Each unit's row of the timeline, by the ships its events name; the first lane that matches wins. */
const LANES: ReadonlyArray<{ label: string; short: string; matches: (units: string) => boolean }> = [
  { label: 'Whole deployment, as planned', short: 'Plan', matches: (u) => u === PLAN_UNITS },
  { label: 'First surface unit: Izumo, Takanami (submarine in some exercises)', short: 'Izumo, Takanami', matches: (u) => /Izumo|first unit/i.test(u) },
  { label: 'Second surface unit: Kirisame', short: 'Kirisame', matches: (u) => /Kirisame/i.test(u) },
  { label: 'Other units', short: 'Other units', matches: () => true },
];

const parseDay = d3.utcParse('%Y-%m-%d');
const dayMonth = d3.utcFormat('%-d %b');
const dayMonthYear = d3.utcFormat('%-d %b %Y');

/** Days counted as the official figures count them, the first and the last day both included: 13 Jun – 28 Oct is 138. */
function daysCounted(start: Date, end: Date): number {
  return d3.utcDay.count(start, end) + 1;
}

/** Whole calendar months from `start` to `end`, and the days left over. */
export function calendarSpan(start: Date, end: Date): { months: number; days: number } {
  let months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  while (months > 0 && d3.utcMonth.offset(start, months) > end) months--;
  return { months, days: d3.utcDay.count(d3.utcMonth.offset(start, months), end) };
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "138 days counting both ends (137 elapsed; 4 months 15 days)": each count named. */
function formatLength(start: Date, end: Date): string {
  const { months, days } = calendarSpan(start, end);
  return `${plural(daysCounted(start, end), 'day')} counting both ends (${d3.utcDay.count(start, end)} elapsed; ${plural(months, 'month')} ${plural(days, 'day')})`;
}

/** "12 countries and territories" where a place on the plan is a territory, written "New Caledonia (France)". */
function placesWord(places: readonly string[]): string {
  return places.some((p) => /\(.+\)/.test(p)) ? 'countries and territories' : 'countries';
}

function listOf(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A row with both its dates, parsed. */
interface Period {
  row: DeploymentRow;
  start: Date;
  end: Date;
}

function periodOf(row: DeploymentRow | undefined): Period | undefined {
  const start = row?.start ? parseDay(row.start) : null;
  const end = row?.end ? parseDay(row.end) : null;
  return row && start && end ? { row, start, end } : undefined;
}

const planOf = (rows: DeploymentRow[]) => periodOf(rows.find((r) => r.kind === 'deployment' && r.units === PLAN_UNITS));
const unitPeriods = (rows: DeploymentRow[]) =>
  rows
    .filter((r) => r.kind === 'deployment' && r.units !== PLAN_UNITS)
    .map(periodOf)
    .filter((p): p is Period => p !== undefined);
const plannedCountries = (rows: DeploymentRow[]) =>
  rows.filter((r) => r.kind === 'planned port call' && r.country).map((r) => r as DeploymentRow & { country: string });

/** "; each surface unit was away 115–116 days": the range of the units' time away, or nothing. */
function unitsAway(rows: DeploymentRow[]): string {
  const days = unitPeriods(rows).map(({ start, end }) => daysCounted(start, end));
  if (days.length === 0) return '';
  const [low, high] = d3.extent(days) as [number, number];
  return `; ${days.length === 1 ? 'the surface unit' : 'each surface unit'} was away ${low === high ? low : `${low}–${high}`} days`;
}

/** The article's fleet against the units' own departures: who sailed in mid-June, who later. */
interface FleetAtStart {
  /** Ships whose unit sailed in mid-June. */
  sailed: string[];
  /** Units that sailed later. */
  later: Period[];
  /** The first day the data shows a submarine with the deployment, if any. */
  submarineSeen: Date | undefined;
  holds: boolean;
}

const isMidJune = (day: Date) =>
  day.getUTCMonth() === CLAIMED_MONTH && day.getUTCDate() >= MID_MONTH_DAYS[0] && day.getUTCDate() <= MID_MONTH_DAYS[1];
const shipsOf = (row: DeploymentRow) => (row.units ?? '').split(';').map((s) => s.trim()).filter(Boolean);

function fleetAtStart(rows: DeploymentRow[]): FleetAtStart {
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
function fleetProblem({ sailed, later, submarineSeen }: FleetAtStart): string {
  const destroyers = sailed.filter((s) => DESTROYERS.has(s));
  return [
    `in mid-June only ${listOf(sailed) || 'no unit'} sailed (${destroyers.length === 1 ? 'one destroyer' : `${destroyers.length} destroyers`})`,
    ...later.map((p) => `${listOf(shipsOf(p.row))} sailed on ${dayMonth(p.start)}`),
    ...(sailed.some(isSubmarine)
      ? []
      : [submarineSeen ? `no source dates the submarine’s departure (the data shows it from ${dayMonth(submarineSeen)})` : 'no source names a submarine']),
  ].join('; ');
}

const FALLBACK_TITLE = 'Japan’s Indo-Pacific Deployment 2022: units, exercises and port calls';

/** The headline, computed from the data so that it cannot contradict it. */
export function headline(rows: DeploymentRow[]): string {
  const plan = planOf(rows);
  if (!plan) return FALLBACK_TITLE;
  const { months, days } = calendarSpan(plan.start, plan.end);
  const planned = plannedCountries(rows);
  const everyPlaceNamed =
    NAMED_COUNTRIES.every((c) => planned.some((r) => r.country === c.country)) &&
    planned.filter((r) => r.region === SOUTH_PACIFIC).length >= MIN_SOUTH_PACIFIC;
  return (
    `Japan’s Indo-Pacific Deployment 2022 was planned for ${dayMonth(plan.start)} – ${dayMonthYear(plan.end)}, ` +
    `${plural(months, 'month')} and ${plural(days, 'day')}` +
    (everyPlaceNamed ? ', with port calls planned in every place the article names' : '')
  );
}

export function check(rows: DeploymentRow[]): ClaimCheck {
  const plan = planOf(rows);
  const planned = plannedCountries(rows);
  if (!plan || planned.length === 0) {
    return {
      status: 'unverifiable',
      verdict: 'Cannot be checked',
      reasoning: !plan
        ? 'The data has no planned start and end date for the whole deployment.'
        : 'The data lists no planned port calls.',
      figures: [],
    };
  }
  const { months } = calendarSpan(plan.start, plan.end);
  const lengthMatches = months === CLAIMED_MONTHS;
  const startsMidJune = isMidJune(plan.start);
  const fleet = fleetAtStart(rows);
  const onPlan = (country: string) => planned.some((r) => r.country === country);
  const namedFound = NAMED_COUNTRIES.filter((c) => onPlan(c.country)).map((c) => c.shown);
  const namedMissing = NAMED_COUNTRIES.filter((c) => !onPlan(c.country)).map((c) => c.shown);
  const southPacific = planned.filter((r) => r.region === SOUTH_PACIFIC).map((r) => r.country);
  const southPacificFound = southPacific.length >= MIN_SOUTH_PACIFIC;
  const missing = [...namedMissing, ...(southPacificFound ? [] : ['various South Pacific islands'])];
  const countries = [...new Set(planned.map((r) => r.country))];
  const places = `${countries.length} ${placesWord(countries)}`;

  const figures: CheckFigure[] = [
    { label: 'Planned period', value: `${dayMonth(plan.start)} – ${dayMonthYear(plan.end)}` },
    { label: 'Planned length', value: formatLength(plan.start, plan.end) },
    ...unitPeriods(rows).map(({ row, start, end }) => ({
      label: `${row.event} (${row.units?.replaceAll(';', ',')})`,
      value: formatLength(start, end),
    })),
    { label: 'Named in the article and on the plan', value: namedFound.length ? listOf(namedFound) : 'none' },
    { label: 'South Pacific islands on the plan', value: `${southPacific.length}${southPacific.length ? ` (${southPacific.join(', ')})` : ''}` },
    { label: `${placesWord(countries)[0]!.toUpperCase()}${placesWord(countries).slice(1)} on the plan`, value: String(countries.length) },
    { label: 'Sailed in mid-June', value: listOf(fleet.sailed) || 'none' },
    ...fleet.later.map(({ row, start }) => ({ label: `Sailed later (${row.event})`, value: `${listOf(shipsOf(row))}, ${dayMonth(start)}` })),
    ...(fleet.sailed.some(isSubmarine)
      ? []
      : [{ label: 'Submarine', value: fleet.submarineSeen ? `departure not dated; in exercises from ${dayMonth(fleet.submarineSeen)}` : 'not in the data' }]),
  ];
  const lengthFigure = figures.find((f) => f.label === 'Planned length');
  const length = `The plan ran ${dayMonth(plan.start)} – ${dayMonthYear(plan.end)}, ${formatLength(plan.start, plan.end)}`;
  if (!lengthMatches) {
    return {
      status: 'not-supported',
      verdict: 'Not supported',
      reasoning: `${length}: not four months.`,
      figures,
      deciding: lengthFigure,
    };
  }
  if (missing.length === NAMED_COUNTRIES.length + 1) {
    return {
      status: 'not-supported',
      verdict: 'Not supported',
      reasoning: `${length}, but none of the places the article names was on the plan of port calls.`,
      figures,
      deciding: figures.find((f) => f.label === 'Named in the article and on the plan'),
    };
  }
  const portCalls = missing.length
    ? ''
    : `, and ${listOf([...namedFound, `${southPacific.length} South Pacific islands`])} were among the ${places} of planned port calls`;
  if (missing.length || !startsMidJune || !fleet.holds) {
    const problems = [
      ...(startsMidJune ? [] : [`it began on ${dayMonth(plan.start)}, not in mid-June`]),
      ...(missing.length ? [`${listOf(missing)} ${missing.length === 1 ? 'was' : 'were'} not on the plan of port calls`] : []),
      ...(fleet.holds ? [] : [`the fleet was not the article’s: ${fleetProblem(fleet)}`]),
    ];
    return {
      status: 'partly-supported',
      verdict: 'Partly supported',
      reasoning: `${length}, about four months as claimed${portCalls}; but ${problems.join(', and ')}.`,
      figures,
      deciding: figures.find((f) => f.label === (fleet.holds ? 'Named in the article and on the plan' : 'Sailed in mid-June')),
    };
  }
  return {
    status: 'supported',
    verdict: 'Supported',
    reasoning: `${length}${unitsAway(rows)}${portCalls}; the Izumo, destroyers and a submarine sailed in mid-June.`,
    figures,
    deciding: lengthFigure,
  };
}

export function describe(rows: DeploymentRow[]): string {
  const plan = planOf(rows);
  if (!plan) return 'No dates for Japan’s Indo-Pacific Deployment 2022.';
  const units = unitPeriods(rows).map(
    ({ row, start, end }) =>
      `${row.units?.replaceAll(';', ',')} away ${dayMonth(start)} – ${dayMonth(end)} (${plural(daysCounted(start, end), 'day')})`,
  );
  const exercises = rows.filter((r) => r.kind === 'exercise').map((r) => r.event);
  const calls = rows.filter((r) => r.kind === 'port call' && r.location).map((r) => r.location!);
  const planned = [...new Set(plannedCountries(rows).map((r) => r.country))];
  const places = `${planned.length} ${placesWord(planned)}`;
  return (
    `Timeline of Japan’s Indo-Pacific Deployment 2022. The plan ran ${dayMonth(plan.start)} – ${dayMonthYear(plan.end)}, ` +
    `${formatLength(plan.start, plan.end)}` +
    (units.length ? `; ${listOf(units)}.` : '.') +
    (exercises.length ? ` Exercises dated in the sources used here (not a complete list): ${exercises.join(', ')}.` : '') +
    (calls.length ? ` Port calls dated in the data: ${listOf(calls)}.` : '') +
    (planned.length ? ` Port calls were planned in ${places}: ${listOf(planned)}.` : '')
  );
}

/** One row of the timeline: a lane's heading, or a dated event. */
interface TimelineRow {
  key: string;
  label: string;
  heading: boolean;
  event?: DeploymentRow;
  start?: Date;
  end?: Date;
}

function timelineRows(rows: DeploymentRow[], narrow: boolean): TimelineRow[] {
  const dated = rows.filter((r) => r.kind !== 'planned port call' && r.start);
  const laneOf = (r: DeploymentRow) => LANES.findIndex((lane) => lane.matches(r.units ?? ''));
  return LANES.flatMap((lane, index) => {
    const events = dated
      .filter((r) => laneOf(r) === index)
      .sort((a, b) => Number(b.kind === 'deployment') - Number(a.kind === 'deployment') || a.start!.localeCompare(b.start!));
    if (events.length === 0) return [];
    const heading: TimelineRow = { key: `lane:${lane.label}`, label: narrow ? lane.short : lane.label, heading: true };
    return [
      heading,
      ...events.map((event) => {
        const start = parseDay(event.start!)!;
        const end = event.end ? parseDay(event.end) ?? undefined : undefined;
        return { key: `event:${event.event}`, label: eventLabel(event, start, end, narrow), heading: false, event, start, end };
      }),
    ];
  });
}

function eventLabel(event: DeploymentRow, start: Date, end: Date | undefined, narrow: boolean): string {
  const name = event.kind === 'deployment' ? (event.units === PLAN_UNITS ? 'Planned period' : 'Away from home port') : event.event;
  const when = end ? `${dayMonth(start)} – ${dayMonth(end)}` : `from ${dayMonth(start)}, end date not found`;
  const length = end && event.kind === 'deployment' ? `, ${plural(daysCounted(start, end), 'day')}` : '';
  if (narrow) return end && event.kind === 'deployment' ? `${name}${length}` : end ? name : `${name} (end not found)`;
  return [name, event.kind === 'deployment' ? '' : event.location, `${when}${length}`].filter(Boolean).join(' · ');
}

function tooltip(row: TimelineRow): string {
  const { event, start, end } = row;
  if (!event || !start) return row.label;
  return [
    event.event,
    `${event.kind}${event.units ? ` · ${event.units.replaceAll(';', ',')}` : ''}`,
    event.location ? `${event.location}${event.country && !event.location.includes(event.country) ? `, ${event.country}` : ''}` : '',
    end ? `${dayMonth(start)} – ${dayMonthYear(end)} (${plural(daysCounted(start, end), 'day')})` : `From ${dayMonthYear(start)}; end date not found`,
    `Source: ${event.source}${event.confidence === 'M' ? ' (one secondary source)' : ''}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Height of one timeline row: a label line above a bar. */
const ROW_HEIGHT = 32;
/** The bar sits in the lower part of its row, under the label. */
const BAR_INSET_TOP = 17;
const BAR_INSET_BOTTOM = 3;
/** From the row's middle to the bar's middle, for points drawn on the bar. */
const BAR_OFFSET = (BAR_INSET_TOP - BAR_INSET_BOTTOM) / 2;
const LABEL_OFFSET = -7;
const LABEL_MARGIN = 8;
/** The card's chart font size; labels set it so that `lineWidth` (in ems) matches what is drawn. */
const LABEL_FONT_SIZE = 12;
/** Tips wrap at this many ems; Plot draws them at 10 px and needs some room beside them for the pointer. */
const TIP_MAX_EMS = 24;
const TIP_FONT_SIZE = 10;
const TIP_ROOM = 24;
/** June to October 2022, the months of the deployment. */
const TIMELINE_START = new Date('2022-06-01');
const TIMELINE_END = new Date('2022-11-01');

export function chart(
  rows: DeploymentRow[],
  { width = 640, height, document, colors = DEFAULT_COLORS }: ChartOptions = {},
): SVGSVGElement | HTMLElement {
  const narrow = width < NARROW;
  const timeline = timelineRows(rows, narrow);
  const events = timeline.filter((r) => !r.heading);
  const spans = events.filter((r) => r.end);
  const undated = events.filter((r) => !r.end);
  const calls = events.filter((r) => r.event?.kind === 'port call');
  const plan = planOf(rows);
  const fourMonths = plan ? d3.utcMonth.offset(plan.start, CLAIMED_MONTHS) : undefined;
  const planned = [...new Set(plannedCountries(rows).map((r) => r.country))];
  const marginTop = 28;
  const marginBottom = 36;
  const fillOf = (r: TimelineRow) =>
    r.event?.kind === 'deployment' ? colors.accent : r.event?.kind === 'port call' ? colors.series[3]! : colors.series[0]!;
  const marginRight = narrow ? 8 : 16;
  const labelAt = {
    y: 'key',
    frameAnchor: 'left',
    textAnchor: 'start',
    dy: LABEL_OFFSET,
    stroke: colors.background,
    strokeWidth: 3,
    fontSize: LABEL_FONT_SIZE,
    // Labels longer than the chart is wide end in an ellipsis; the tip has the full text.
    lineWidth: (width - LABEL_MARGIN - marginRight) / LABEL_FONT_SIZE,
    textOverflow: 'ellipsis',
  } as const;
  return Plot.plot({
    document,
    width,
    height: height ?? timeline.length * ROW_HEIGHT + marginTop + marginBottom,
    marginTop,
    marginBottom,
    marginLeft: LABEL_MARGIN,
    marginRight,
    x: {
      type: 'utc',
      domain: [TIMELINE_START, TIMELINE_END],
    },
    y: { domain: timeline.map((r) => r.key), axis: null, padding: 0 },
    caption: planned.length
      ? `Port calls were planned in ${planned.length} ${placesWord(planned)}: ${listOf(planned)}. ` +
        `Only calls with dates in the sources are on the timeline.`
      : undefined,
    marks: [
      Plot.gridX(d3.utcMonths(TIMELINE_START, d3.utcDay.offset(TIMELINE_END, 1))),
      // Month names start at the month's first day and run across it, like a calendar.
      Plot.axisX(d3.utcMonths(TIMELINE_START, TIMELINE_END), {
        tickFormat: narrow ? '%b' : '%B',
        textAnchor: 'start',
        label: 'Date, 2022',
        labelAnchor: 'center',
        labelArrow: 'none',
      }),
      fourMonths && plan
        ? [
            Plot.ruleX([fourMonths], { stroke: colors.reference, strokeDasharray: '4,3' }),
            Plot.text([fourMonths], {
              x: (d: Date) => d,
              frameAnchor: 'top',
              dy: -16,
              textAnchor: 'middle',
              fill: colors.reference,
              text: () => (narrow ? 'Four months' : `Four months after ${dayMonth(plan.start)}`),
            }),
          ]
        : null,
      Plot.barX(spans, {
        x1: 'start',
        x2: 'end',
        y: 'key',
        insetTop: BAR_INSET_TOP,
        insetBottom: BAR_INSET_BOTTOM,
        fill: fillOf,
        fillOpacity: (r: TimelineRow) => (r.event?.kind === 'deployment' ? 0.35 : 1),
        stroke: fillOf,
      }),
      Plot.dot(calls, {
        x: 'start',
        y: 'key',
        dy: BAR_OFFSET,
        symbol: 'diamond',
        r: 5,
        fill: colors.series[3],
        stroke: colors.background,
      }),
      Plot.dot(undated, {
        x: 'start',
        y: 'key',
        dy: BAR_OFFSET,
        r: 4.5,
        fill: colors.background,
        stroke: colors.series[0],
        strokeWidth: 2,
      }),
      Plot.text(timeline.filter((r) => r.heading), { ...labelAt, dy: 0, text: 'label', fontWeight: 'bold', fill: 'currentColor' }),
      Plot.text(events, { ...labelAt, text: 'label', fill: 'currentColor' }),
      // One tip for the row nearest the pointer, wherever along the row it is.
      Plot.tip(
        events,
        Plot.pointerY({ render: unlabelled,
          x: (r: TimelineRow) => (r.end ? new Date((r.start!.getTime() + r.end.getTime()) / 2) : r.start),
          y: 'key',
          dy: BAR_OFFSET,
          title: tooltip,
          fill: colors.background,
          // Plot puts a tip to one side of the pointer when it cannot centre it: no wider than half the chart, it always fits.
          lineWidth: Math.min(TIP_MAX_EMS, (width / 2 - TIP_ROOM) / TIP_FONT_SIZE),
        }),
      ),
    ],
  });
}

export const ipd22Deployment: Indicator<DeploymentRow> = {
  id: 'ipd22-deployment',
  title: FALLBACK_TITLE,
  headline,
  subtitle: 'Dates of the deployment’s units, exercises and port calls, June–October 2022 (length in days, the first and the last day both counted)',
  claims: [
    {
      id: 'ipd22-deployment',
      quote:
        'In mid-June, a Japanese fleet consisting of the Izumo, destroyers and a submarine embarked on the four-month-long Indo-Pacific Deployment 2022, which involves port calls in Australia, Vietnam, the Philippines and various South Pacific islands.',
      check,
    },
  ],
  dataset: { name: 'ipd22-deployment', text },
  notes: [
    'How long the deployment lasted depends on what is counted: the planned period of the whole deployment, or the time each surface unit was away from its home port. The chart shows both. Days are counted as the official figures count them, the first and the last day both included (13 June – 28 October is 138 days; 137 days elapse between the two dates); a month is a calendar month from the first day.',
    'The units sailed apart: the Izumo and the destroyer Takanami on 13 June, the destroyer Kirisame on 5 July; no source gives the submarine’s name or the day it sailed. The verdict tests the fleet the article describes as well as the length and the ports.',
    'Port calls are those planned when the deployment was announced, in 12 countries and territories (New Caledonia is French); the sources date only some of the calls made. The exercises are those the sources used here date, not a complete list.',
    '“South Pacific islands” are the planned calls whose country the data places in the South Pacific; Palau, in the North Pacific, is not counted.',
  ],
  chart,
  describe,
};
