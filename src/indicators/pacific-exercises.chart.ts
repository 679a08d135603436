/**
 * The chart of `pacific-exercises`: one lane per partner and one for NATO ships in Europe, each
 * exercise a mark at its date (a bar where it spans days), January 2021 to the article's month.
 * Where to (region) is told by shape and colour; a date given only to the month or year is drawn
 * as a dashed box across that month or year with a hollow mark, never as a day.
 */
import * as Plot from '@observablehq/plot';
import * as d3 from 'd3';
import { ARTICLE } from '../article.js';
import type { ChartOptions } from '../indicator.js';
import { type ChartColors, DEFAULT_COLORS, NARROW, tipLineWidth, unlabelled } from '../lib/chart.js';
import {
  countriesOf, type Dated, datedOf, europeTally, type ExerciseRow, NATO, pacificTally, placeOf, plural,
  type Region, RECENT_FROM, rowsOf, whenOf,
} from './pacific-exercises.exercises.js';

const TIMELINE_START = new Date(`${RECENT_FROM}T00:00:00Z`);
/** The article gives its month, not its day: the whole month is marked, and the timeline ends with it. */
const ARTICLE_START = new Date(Date.UTC(ARTICLE.published.year, ARTICLE.published.month - 1, 1));
const TIMELINE_END = d3.utcMonth.offset(ARTICLE_START, 1);

/** Shape, colour and legend words of each region: shape and colour both tell them apart. */
const LOOKS: Record<Region, { label: string; short: string; symbol: string; color: (c: ChartColors) => string }> = {
  Pacific: { label: 'In the Pacific (counted)', short: 'Pacific', symbol: 'circle', color: (c) => c.series[0]! },
  elsewhere: { label: 'Not in the Pacific: Gulf of Aden, Indian Ocean (not counted)', short: 'Elsewhere (not counted)', symbol: 'triangle', color: (c) => c.muted },
  Europe: { label: 'In Europe, with NATO ships', short: 'Europe, NATO', symbol: 'square', color: (c) => c.series[2]! },
};
const UNDATED_LABEL = { label: 'Month or year only, no day (not counted)', short: 'No day stated' };
const DASH = '3,2';

/** Heights in px: one sub-row of a lane (its label, or one level of marks). */
const SUB_ROW = 15;
const LEGEND_ROW = 18;
const MARK_RADIUS = 4.5;
/** Rough width of a character of 11–12 px chart text, to lay out the legend and labels. */
const CHAR_PX = 6.6;

/** One exercise drawn in one lane, on the level of marks that keeps it clear of its neighbours. */
interface Mark {
  dated: Dated;
  key: string;
  mid: Date;
  title: string;
}

/** Greedy levels: each interval [from, to] (px) goes on the first level where it overlaps nothing. */
function levelsOf(intervals: Array<[number, number]>): number[] {
  const ends: number[] = [];
  return intervals.map(([from, to]) => {
    let level = ends.findIndex((end) => end < from);
    if (level < 0) level = ends.push(to) - 1;
    else ends[level] = to;
    return level;
  });
}

function tooltip(dated: Dated): string {
  const { row, precision } = dated;
  const counted =
    precision !== 'day' ? 'Day not stated: not counted'
      : row.region === 'Pacific' ? 'In the Pacific: counted'
        : row.region === 'Europe' ? 'With NATO ships in Europe: counted' : 'Not in the Pacific: not counted';
  const countries = countriesOf(row);
  return [
    row.event,
    whenOf(dated) + (precision === 'day' ? '' : ' (day not stated)'),
    placeOf(row),
    ...(countries.length > 1 ? [`With: ${countries.join(', ')}`] : []),
    counted,
    `Source: ${row.source}${row.confidence === 'M' ? ' (one secondary source)' : ''}`,
  ].join('\n');
}

export function chart(
  rows: ExerciseRow[],
  { width = 640, height, document, colors = DEFAULT_COLORS }: ChartOptions = {},
): SVGSVGElement | HTMLElement {
  const narrow = width < NARROW;
  // Room for half of the first and last month names, centred on their ticks.
  const marginLeft = 24;
  const marginRight = 16;
  const x = d3.scaleUtc([TIMELINE_START, TIMELINE_END], [marginLeft, width - marginRight]);
  const europe = europeTally(rowsOf(rows, 'europe-twice'));
  const earlier = europe.counted.filter((d) => d.start < TIMELINE_START);
  const tallies = pacificTally(rowsOf(rows, 'pacific-five'));
  const lanes = [
    ...tallies.map(({ partner, dated }) => ({
      id: partner.country,
      label: narrow
        ? `${partner.short}: ${dated.length} dated, in the Pacific`
        : `${partner.country}: ${dated.length ? plural(dated.length, 'exercise') : 'no exercise'} in the Pacific dated to the day`,
      rows: rowsOf(rows, 'pacific-five').filter((r) => countriesOf(r).includes(partner.country)),
    })),
    {
      id: NATO,
      label: narrow ? `NATO ships, Europe: ${europe.counted.length} dated` : `NATO ships in Europe: ${plural(europe.counted.length, 'exercise')} dated by ${ARTICLE.date}`,
      rows: rowsOf(rows, 'europe-twice').filter((r) => countriesOf(r).includes(NATO)),
    },
  ];

  // Each lane: its label, then levels of marks dated to the day, then levels of marks dated by month or year.
  const keys: string[] = [];
  const marks: Mark[] = [];
  for (const lane of lanes) {
    const shown = lane.rows
      .filter((r) => r.kind === 'exercise')
      .map(datedOf)
      .filter((d) => d.end > TIMELINE_START && d.start < TIMELINE_END)
      .sort((a, b) => +a.start - +b.start);
    keys.push(`${lane.id}|label`);
    for (const [tier, group] of [['day', shown.filter((d) => d.precision === 'day')], ['undated', shown.filter((d) => d.precision !== 'day')]] as const) {
      const levels = levelsOf(group.map((d) => (tier === 'day' ? [x(d.start) - MARK_RADIUS - 1, x(d.end) + MARK_RADIUS + 1] : [x(d.start) + 1, x(d.end) - 1])));
      const count = tier === 'day' ? Math.max(1, ...levels.map((l) => l + 1)) : Math.max(0, ...levels.map((l) => l + 1));
      for (let level = 0; level < count; level++) keys.push(`${lane.id}|${tier}${level}`);
      group.forEach((dated, i) => {
        marks.push({ dated, key: `${lane.id}|${tier}${levels[i]}`, mid: new Date((+dated.start + +dated.end) / 2), title: tooltip(dated) });
      });
    }
  }
  const dated = marks.filter((m) => m.dated.precision === 'day');
  const undated = marks.filter((m) => m.dated.precision !== 'day');
  const colorOf = (m: Mark) => LOOKS[m.dated.row.region].color(colors);
  const symbolOf = (m: Mark) => LOOKS[m.dated.row.region].symbol;

  // Exercises with NATO before the timeline: named at the left of the NATO lane, with their own tip.
  const earlierText = `◀ ${narrow ? earlier.map((d) => d.start.getUTCFullYear()).join(', ') : `Before 2021: ${earlier.map(whenOf).join(', ')}`}`;
  const earlierMark = earlier.length
    ? [{ key: `${NATO}|day0`, mid: x.invert(marginLeft + (earlierText.length * CHAR_PX) / 2), title: earlier.map(tooltip).join('\n\n') }]
    : [];

  // The legend, in the top margin, wrapped to the width.
  const regions = (['Pacific', 'elsewhere', 'Europe'] as const).filter((region) => marks.some((m) => m.dated.row.region === region) || (region === 'Europe' && earlier.length));
  const items = [
    ...regions.map((region) => ({ text: narrow ? LOOKS[region].short : LOOKS[region].label, region, undated: false })),
    ...(undated.length ? [{ text: narrow ? UNDATED_LABEL.short : UNDATED_LABEL.label, region: 'Pacific' as Region, undated: true }] : []),
  ];
  let cursor = 0;
  let line = 0;
  const placed = items.map((item) => {
    const itemWidth = 22 + item.text.length * CHAR_PX;
    if (cursor > 0 && cursor + itemWidth > width - marginLeft - marginRight) [cursor, line] = [0, line + 1];
    const at = { ...item, dx: cursor, line };
    cursor += itemWidth + 12;
    return at;
  });
  const articleLabelRow = 20;
  const marginTop = (line + 1) * LEGEND_ROW + articleLabelRow;
  const marginBottom = 28;
  const legendY = (l: number) => -marginTop + 9 + l * LEGEND_ROW;
  const legend = placed.flatMap(({ text, region, undated: isUndated, dx, line: l }) => {
    const color = LOOKS[region].color(colors);
    const at = { frameAnchor: 'top-left', dy: legendY(l) } as const;
    return [
      // The dashed box of a date given only by month or year, drawn small.
      ...(isUndated ? [Plot.dot([0], { ...at, dx: dx + 7, symbol: 'square', r: 8, fill: color, fillOpacity: 0.1, stroke: color, strokeDasharray: DASH })] : []),
      Plot.dot([0], { ...at, dx: dx + 7, symbol: LOOKS[region].symbol, r: MARK_RADIUS, fill: isUndated ? colors.background : color, stroke: isUndated ? color : colors.background }),
      Plot.text([0], { ...at, dx: dx + 18, text: () => text, textAnchor: 'start', lineAnchor: 'middle', fill: 'currentColor' }),
    ];
  });

  const ticks = d3.utcMonths(TIMELINE_START, d3.utcDay.offset(TIMELINE_END, 1), narrow ? 6 : 3);
  return Plot.plot({
    document,
    width,
    height: height ?? keys.length * SUB_ROW + marginTop + marginBottom,
    marginTop,
    marginBottom,
    marginLeft,
    marginRight,
    x: { type: 'utc', domain: [TIMELINE_START, TIMELINE_END] },
    y: { domain: keys, axis: null, padding: 0 },
    marks: [
      Plot.rectX([{ x1: ARTICLE_START, x2: TIMELINE_END }], { x1: 'x1', x2: 'x2', fill: colors.reference, fillOpacity: 0.12 }),
      Plot.text([TIMELINE_END], { x: (d: Date) => d, frameAnchor: 'top', dy: -4, lineAnchor: 'bottom', textAnchor: 'end', text: () => `Article, ${ARTICLE.date}`, fill: colors.reference }),
      Plot.gridX(ticks),
      // Month names start at their month, like a calendar: the first one then fits at the chart's left edge.
      Plot.axisX(ticks, { tickFormat: (d: Date) => d3.utcFormat(d.getUTCMonth() === 0 ? '%b %Y' : '%b')(d), label: null, textAnchor: 'start' }),
      // A hairline above each lane's label keeps the lanes apart.
      Plot.ruleY(lanes.slice(1), { y: (lane) => `${lane.id}|label`, dy: -SUB_ROW / 2, stroke: 'currentColor', strokeOpacity: 0.15 }),
      Plot.text(lanes, { y: (lane) => `${lane.id}|label`, frameAnchor: 'left', textAnchor: 'start', text: 'label', fontWeight: 'bold', fill: 'currentColor' }),
      Plot.barX(undated, {
        x1: (m: Mark) => m.dated.start, x2: (m: Mark) => m.dated.end, y: 'key', insetTop: 2, insetBottom: 2, insetLeft: 1, insetRight: 1,
        fill: colorOf, fillOpacity: 0.1, stroke: colorOf, strokeDasharray: DASH,
      }),
      Plot.barX(dated, { x1: (m: Mark) => m.dated.start, x2: (m: Mark) => m.dated.end, y: 'key', insetTop: 4.5, insetBottom: 4.5, fill: colorOf }),
      // No halo: marks on one level never touch, and a halo would cut a span's bar into pieces that look like a dashed box.
      Plot.dot(dated, { x: 'mid', y: 'key', symbol: symbolOf, r: MARK_RADIUS, fill: colorOf }),
      Plot.dot(undated, { x: 'mid', y: 'key', symbol: symbolOf, r: MARK_RADIUS - 0.5, fill: colors.background, stroke: colorOf, strokeWidth: 1.5 }),
      Plot.text(earlierMark, { y: 'key', frameAnchor: 'left', textAnchor: 'start', text: () => earlierText, fill: LOOKS.Europe.color(colors) }),
      ...legend,
      Plot.tip([...marks, ...earlierMark], Plot.pointer({
        render: unlabelled, x: 'mid', y: 'key', title: 'title', fill: colors.background,
        // No wider than half the chart, so that Plot can always put the tip beside the pointer.
        lineWidth: tipLineWidth(width),
      })),
    ],
  });
}
