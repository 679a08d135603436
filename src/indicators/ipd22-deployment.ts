import * as d3 from 'd3';
import text from '../../datasets/ipd22-deployment.csv?raw';
import { type EventStyle, formatWhen, timeline, type TimelineEvent, type TimelineLane } from '../charts/timeline.js';
import type { ChartOptions, CheckFigure, ClaimCheck, Indicator } from '../indicator.js';
import {
  calendarSpan, CLAIMED_MONTHS, dayMonth, dayMonthYear, daysCounted, type DeploymentRow, fleetAtStart, fleetProblem, formatLength,
  isMidJune, isSubmarine, listOf, MIN_SOUTH_PACIFIC, NAMED_COUNTRIES, PLAN_UNITS, placesWord, planOf, plannedCountries, plural,
  shipsOf, SOUTH_PACIFIC, unitPeriods, unitsAway,
} from './ipd22-deployment.periods.js';

export { calendarSpan, type DeploymentRow };

/** Each unit's row of the timeline, by the ships its events name; the first lane that matches wins. */
const LANES: ReadonlyArray<{ label: string; short: string; matches: (units: string) => boolean }> = [
  { label: 'Whole deployment, as planned', short: 'Plan', matches: (u) => u === PLAN_UNITS },
  { label: 'First surface unit: Izumo, Takanami (submarine in some exercises)', short: 'Izumo, Takanami', matches: (u) => /Izumo|first unit/i.test(u) },
  { label: 'Second surface unit: Kirisame', short: 'Kirisame', matches: (u) => /Kirisame/i.test(u) },
  { label: 'Other units', short: 'Other units', matches: () => true },
];

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

/** How each kind of event is drawn: the units' time away light behind their exercises, port calls as diamonds. */
const STYLES: Record<string, EventStyle> = {
  deployment: { color: 'accent', fillOpacity: 0.35 },
  exercise: { color: 'series-1' },
  'port call': { color: 'series-4', symbol: 'diamond' },
};
/** June to October 2022, the months of the deployment. */
const TIMELINE_START = new Date('2022-06-01');
const TIMELINE_END = new Date('2022-11-01');

/** "Away from home port · 13 Jun – 5 Oct, 115 days", or at narrow widths "Away from home port, 115 days". */
function eventLabel(event: DeploymentRow, narrow: boolean): string {
  const name = event.kind === 'deployment' ? (event.units === PLAN_UNITS ? 'Planned period' : 'Away from home port') : event.event;
  const when = event.end ? formatWhen(event.start!, event.end, { year: false }) : `from ${formatWhen(event.start!, null, { year: false })}, end date not found`;
  const period = event.kind === 'deployment' && event.end ? periodDays(event) : '';
  if (narrow) return event.end ? `${name}${period}` : `${name} (end not found)`;
  return [name, event.kind === 'deployment' ? '' : event.location, `${when}${period}`].filter(Boolean).join(' · ');
}

/** ", 138 days": a dated event's length, both ends counted. */
const periodDays = (event: DeploymentRow) => `, ${plural(daysCounted(new Date(event.start!), new Date(event.end!)), 'day')}`;

function tooltip(event: DeploymentRow): string {
  return [
    event.event,
    `${event.kind}${event.units ? ` · ${event.units.replaceAll(';', ',')}` : ''}`,
    event.location ? `${event.location}${event.country && !event.location.includes(event.country) ? `, ${event.country}` : ''}` : '',
    event.end ? `${formatWhen(event.start!, event.end)}${periodDays(event).replace(', ', ' (')})` : `From ${formatWhen(event.start!)}; end date not found`,
    `Source: ${event.source}${event.confidence === 'M' ? ' (one secondary source)' : ''}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The dated events in their units' lanes, the time away first, then by date. */
function lanesOf(rows: DeploymentRow[]): TimelineLane[] {
  const dated = rows.filter((r) => r.kind !== 'planned port call' && r.start);
  const laneOf = (r: DeploymentRow) => LANES.findIndex((lane) => lane.matches(r.units ?? ''));
  return LANES.map((lane, index) => ({
    label: lane.label,
    shortLabel: lane.short,
    events: dated
      .filter((r) => laneOf(r) === index)
      .sort((a, b) => Number(b.kind === 'deployment') - Number(a.kind === 'deployment') || d3.ascending(a.start!, b.start!))
      .map((r): TimelineEvent => ({
        id: r.event, label: eventLabel(r, false), shortLabel: eventLabel(r, true), start: r.start!, end: r.end, open: !r.end, kind: r.kind, tooltip: tooltip(r),
      })),
  }));
}

export function chart(rows: DeploymentRow[], options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const plan = planOf(rows);
  const planned = [...new Set(plannedCountries(rows).map((r) => r.country))];
  return timeline(lanesOf(rows), {
    ...options,
    styles: STYLES,
    domain: [TIMELINE_START, TIMELINE_END],
    axisLabel: 'Date, 2022',
    references: plan
      ? [{ date: d3.utcMonth.offset(plan.start, CLAIMED_MONTHS), label: `Four months after ${dayMonth(plan.start)}`, shortLabel: 'Four months' }]
      : [],
    caption: planned.length
      ? `Port calls were planned in ${planned.length} ${placesWord(planned)}: ${listOf(planned)}. Only calls with dates in the sources are on the timeline.`
      : undefined,
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
