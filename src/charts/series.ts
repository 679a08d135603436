/**
 * One or several line series over years, each labelled at its end (labels that would overlap are
 * moved apart, with a leader line to a label moved far; a legend above the chart where they
 * cannot all fit), with horizontal reference levels and their labels, a marker for the article's
 * date, points off the series (a goal set for a later year) and a tip for every point. A year
 * without a figure breaks its line.
 */
import * as Plot from '@observablehq/plot';
import { ticks } from 'd3';
import type { ChartOptions } from '../indicator.js';
import { DEFAULT_COLORS, NARROW, unlabelled } from '../lib/chart.js';
import { CHAR_PX } from './ranked-bars.js';

/** One point of a series. */
export interface SeriesPoint {
  x: number;
  /** `null` where there is no figure: the line breaks there (a point alone between gaps gets a dot). */
  y: number | null;
  /** The tip's text, one line per `\n`; no tip when absent. */
  tip?: string;
  /** Draws a dot on the point, e.g. at the years a check compares. */
  dot?: boolean;
}

/** One line. */
export interface LineSeries {
  /** The label at the line's end, e.g. "China" or "2024: 1.37%". */
  label: string;
  points: SeriesPoint[];
  /** Colour of the line and its label, one of `ChartOptions.colors`; the series colours in turn when absent. */
  color?: string;
  /** The subject of the claim: a thicker line and a bold label. */
  highlight?: boolean;
}

/** A horizontal dashed rule at a level, labelled above it, e.g. "1%". */
export interface ReferenceLevel {
  y: number;
  label: string;
}

/** A point off the series, e.g. a goal set for a later year: a diamond, labelled below and to its left. */
export interface GoalPoint {
  x: number;
  y: number;
  label: string;
  tip?: string;
}

/** A vertical rule at a date, labelled at the top left of it, e.g. the article's. */
export interface DateMarker {
  x: number;
  label: string;
}

export interface SeriesOptions extends ChartOptions {
  /** Label of the value axis, with its unit. */
  yLabel?: string;
  /** `log` where values lie orders of magnitude apart and their growth rates matter. */
  yType?: 'linear' | 'log';
  /** The value axis; from 0 (linear) or the smallest value (log) to the largest, when absent. */
  yDomain?: [number, number];
  /** How many ticks, or which; on a log scale, 1, 2 and 5 times each power of ten when absent. */
  yTicks?: number | number[];
  yTickFormat?: string | ((value: number) => string);
  /** How many year ticks; 4 on a phone and 8 otherwise, when absent. */
  xTicks?: number;
  /** Room for the value axis's tick labels. */
  marginLeft?: number;
  levels?: ReferenceLevel[];
  /** Where the levels' labels start; the first year when absent. */
  levelLabelX?: number;
  marker?: DateMarker;
  goals?: GoalPoint[];
}

const MARGIN_TOP = 20;
const MARGIN_BOTTOM = 30;
/** End labels closer than this, in pixels, are moved apart. */
const LABEL_GAP_PX = 14;
const LABEL_DX = 6;

/**
 * Moves positions apart until neighbours are at least `gap` apart, within [low, high], keeping
 * their order: down from the top, then back up from the bottom where the last ran over.
 */
export function dodge(positions: number[], gap: number, [low, high]: [number, number]): number[] {
  const order = positions.map((_, i) => i).sort((a, b) => positions[a]! - positions[b]!);
  const placed = [...positions];
  order.forEach((index, k) => {
    const previous = k ? placed[order[k - 1]!]! + gap : low;
    placed[index] = Math.max(placed[index]!, previous);
  });
  for (let k = order.length - 1; k >= 0; k--) {
    const next = k === order.length - 1 ? high : placed[order[k + 1]!]! - gap;
    placed[order[k]!] = Math.min(placed[order[k]!]!, next);
  }
  return placed;
}

/** 1, 2 and 5 times each power of ten from below the domain to above it. */
function logTicks([low, high]: [number, number]): number[] {
  const powers = ticks(Math.floor(Math.log10(low)), Math.ceil(Math.log10(high)), 100).filter(Number.isInteger);
  return powers.flatMap((power) => [1, 2, 5].map((m) => m * 10 ** power));
}

/** A count of ticks, or the tick values within the domain. */
function valueTicks(yTicks: SeriesOptions['yTicks'], yType: SeriesOptions['yType'], domain: [number, number]): number | number[] {
  if (typeof yTicks === 'number') return yTicks;
  const values = yTicks ?? (yType === 'log' ? logTicks(domain) : undefined);
  return values?.filter((t) => t >= domain[0] && t <= domain[1]) ?? 5;
}

export function seriesChart(
  series: LineSeries[],
  {
    width = 640,
    height = 320,
    document,
    colors = DEFAULT_COLORS,
    yLabel,
    yType = 'linear',
    yDomain,
    yTicks,
    yTickFormat,
    xTicks,
    marginLeft = 40,
    levels = [],
    levelLabelX,
    marker,
    goals = [],
  }: SeriesOptions = {},
): SVGSVGElement | HTMLElement {
  const narrow = width < NARROW;
  const lines = series.map((s, i) => ({ ...s, color: s.color ?? colors.series[i % colors.series.length]! }));
  const points = lines.flatMap((s) => s.points);
  const values = [...points, ...levels, ...goals].map((d) => d.y);
  const range: [number, number] = [height - MARGIN_BOTTOM, MARGIN_TOP];
  const y = Plot.scale({
    y: {
      type: yType,
      domain: yDomain ?? [yType === 'log' ? Math.min(...values) : 0, Math.max(...values)],
      nice: !yDomain && yType === 'linear',
      range,
    },
  });
  const domain = y.domain as [number, number];
  const years = points.map((p) => p.x).concat(goals.map((g) => g.x), marker ? [marker.x] : []);
  // End labels: at each line's last point, moved apart where they would overlap.
  const ends = lines.flatMap((s) => (s.points.length ? [{ line: s, end: s.points[s.points.length - 1]! }] : []));
  const placed = dodge(ends.map((e) => y.apply(e.end.y) as number), LABEL_GAP_PX, [MARGIN_TOP, height - MARGIN_BOTTOM]);
  const labels = ends.map((e, i) => ({ ...e, y: y.invert!(placed[i]!) as number }));
  const marginRight = Math.max(...labels.map((l) => l.line.label.length * CHAR_PX + LABEL_DX + 8), 16);
  const tips = [...points, ...goals].filter((d) => d.tip);
  return Plot.plot({
    document,
    width,
    height,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    marginLeft,
    marginRight,
    // Whole years only: a few years would otherwise get ticks between them.
    x: { label: null, tickFormat: 'd', ticks: ticks(Math.min(...years), Math.max(...years), xTicks ?? (narrow ? 4 : 8)).filter(Number.isInteger) },
    y: {
      type: yType,
      domain,
      label: yLabel,
      grid: true,
      ticks: valueTicks(yTicks, yType, domain),
      tickFormat: yTickFormat,
    },
    marks: [
      Plot.ruleY(levels, { y: 'y', stroke: colors.reference, strokeDasharray: '4,3' }),
      Plot.text(levels, { x: levelLabelX ?? Math.min(...points.map((p) => p.x)), y: 'y', text: 'label', dy: -8, textAnchor: 'start', fill: colors.reference }),
      Plot.dot(goals, { x: 'x', y: 'y', symbol: 'diamond', r: 5, fill: colors.reference, stroke: colors.background }),
      Plot.text(goals, { x: 'x', y: 'y', text: 'label', dy: 18, textAnchor: 'end', lineHeight: 1.15, fill: colors.reference }),
      ...(marker
        ? [
            Plot.ruleX([marker.x], { stroke: colors.reference, strokeOpacity: 0.6 }),
            Plot.text([marker], { x: 'x', frameAnchor: 'top', lineAnchor: 'middle', text: 'label', textAnchor: 'end', dx: -4, dy: 6, fill: colors.reference }),
          ]
        : []),
      ...lines.flatMap((s) => [
        Plot.lineY(s.points, { x: 'x', y: 'y', stroke: s.color, strokeWidth: s.highlight ? 2 : 1.5 }),
        Plot.dot(s.points.filter((p) => p.dot), { x: 'x', y: 'y', fill: s.color, r: 3 }),
      ]),
      ...labels.map((l) =>
        Plot.text([l], {
          x: (d: typeof l) => d.end.x,
          y: 'y',
          text: (d: typeof l) => d.line.label,
          dx: LABEL_DX,
          textAnchor: 'start',
          fill: l.line.color,
          fontWeight: l.line.highlight ? 'bold' : 'normal',
        }),
      ),
      Plot.tip(tips, Plot.pointerX({ render: unlabelled, x: 'x', y: 'y', fill: colors.background, title: 'tip' })),
    ],
  });
}
