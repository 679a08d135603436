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
import { readableOn } from './palette.js';
import { CHAR_PX } from './ranked-bars.js';

/** One point of a series. */
export interface SeriesPoint {
  x: number;
  /** `null` for a year with no figure: the line breaks there (a year left out is drawn across); a point alone between gaps gets a dot. */
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
  /** Colour of the line and its label (made darker or lighter where the label would not pass 4.5:1), one of `ChartOptions.colors`; the series colours in turn when absent. */
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

/** A vertical rule at a date, labelled left of it above the frame (where no line runs through the label), e.g. the article's. */
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
/** A label moved further than this from its line's end is joined to it by a leader line. */
const LEADER_MIN_PX = LABEL_GAP_PX;
/** Where the labels stand when some have leaders: far enough from the ends for a leader's slope to show. */
const LEADER_DX = 24;
/** The legend's rows, when the end labels cannot all fit: a swatch of each line, then its label, wrapped to the width. */
const LEGEND_ROW_PX = 18;
const SWATCH_PX = 16;
const LEGEND_ITEM_GAP_PX = 12;
/** Where Plot puts the value axis's label ("↑ …"): this far from the chart's left and top edges. */
const Y_LABEL_INSET = 3;
/** The marker's label ends this far left of its rule. */
const MARKER_LABEL_DX = 4;
/** A row above the frame for the marker's label, where the value axis's label leaves no room beside it. */
const MARKER_ROW_PX = 16;
/** A legend swatch: a short horizontal stroke, as the line looks. */
const LINE_SWATCH = {
  draw(context: CanvasPath, size: number) {
    const half = Math.sqrt(size) / 2;
    context.moveTo(-half, 0);
    context.lineTo(half, 0);
  },
};

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

/** Fewer value ticks than 5 where the frame is too short for them to be this far apart, in pixels. */
const TICK_SPACING_PX = 40;

/** A count of ticks, or the tick values within the domain. */
function valueTicks(yTicks: SeriesOptions['yTicks'], yType: SeriesOptions['yType'], domain: [number, number], frameHeight: number): number | number[] {
  if (typeof yTicks === 'number') return yTicks;
  const values = yTicks ?? (yType === 'log' ? logTicks(domain) : undefined);
  return values?.filter((t) => t >= domain[0] && t <= domain[1]) ?? Math.max(2, Math.min(5, Math.floor(frameHeight / TICK_SPACING_PX)));
}

/** The last point of a line with a figure: where its label goes. */
function lastFigure(points: SeriesPoint[]): { x: number; y: number } | undefined {
  for (let i = points.length - 1; i >= 0; i--) {
    const { x, y } = points[i]!;
    if (y !== null) return { x, y };
  }
  return undefined;
}

/** A point with a figure between two without (or an end): a line through it has no length, so it needs a dot to be seen. */
const isAlone = (points: SeriesPoint[], i: number) => points[i]!.y !== null && points[i - 1]?.y == null && points[i + 1]?.y == null;

/** True where the marker's label, ending left of its rule, clears the value axis's label at the top left. */
function fitsBesideAxisLabel(marker: DateMarker, [first, last]: [number, number], [left, right]: [number, number], yLabel: string | undefined): boolean {
  const markerPx = left + ((marker.x - first) / (last - first || 1)) * (right - left);
  const axisLabelEnd = Y_LABEL_INSET + (yLabel ? `↑ ${yLabel}`.length * CHAR_PX : 0);
  return markerPx - MARKER_LABEL_DX - marker.label.length * CHAR_PX >= axisLabelEnd + 8;
}

/** Where each legend item starts, in pixels from the left of the frame, and on which row: items wrap to `width`. */
function legendLayout(labels: string[], width: number): Array<{ dx: number; row: number }> {
  let [dx, row] = [0, 0];
  return labels.map((label) => {
    const itemWidth = SWATCH_PX + 4 + label.length * CHAR_PX;
    if (dx > 0 && dx + itemWidth > width) [dx, row] = [0, row + 1];
    const at = { dx, row };
    dx += itemWidth + LEGEND_ITEM_GAP_PX;
    return at;
  });
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
  const figures = points.filter((p) => p.y !== null);
  const values = [...figures, ...levels, ...goals].map((d) => d.y!);
  const years = points.map((p) => p.x).concat(goals.map((g) => g.x), marker ? [marker.x] : []);
  const xDomain: [number, number] = [Math.min(...years), Math.max(...years)];
  // The marker's label, never over the lines: beside the value axis's label at the top where it
  // fits (were the end labels as wide as they can be), on a row of its own above the frame otherwise.
  const widestRight = Math.max(...lines.map((l) => l.label.length * CHAR_PX + LEADER_DX + 8), 16);
  const besideAxisLabel = marker !== undefined && fitsBesideAxisLabel(marker, xDomain, [marginLeft, width - widestRight], yLabel);
  const frameTop = MARGIN_TOP + (marker && !besideAxisLabel ? MARKER_ROW_PX : 0);
  const range: [number, number] = [height - MARGIN_BOTTOM, frameTop];
  const y = Plot.scale({
    y: {
      type: yType,
      // Lines with no figure at all still get an axis.
      domain: yDomain ?? (values.length ? [yType === 'log' ? Math.min(...values) : 0, Math.max(...values)] : [0, 1]),
      nice: !yDomain && yType === 'linear',
      range,
    },
  });
  const domain = y.domain as [number, number];

  // End labels: in a column right of the latest end (a line that ends early is named there too, at
  // the height of its end), moved apart where they would overlap; a legend instead where they cannot all fit.
  const ends = lines.flatMap((line) => {
    const end = lastFigure(line.points);
    return end ? [{ line, end, endY: y.apply(end.y) as number }] : [];
  });
  const legend = (ends.length - 1) * LABEL_GAP_PX > range[0] - range[1];
  const column = Math.max(...ends.map((e) => e.end.x));
  const placed = legend ? [] : dodge(ends.map((e) => e.endY), LABEL_GAP_PX, [frameTop, height - MARGIN_BOTTOM]);
  const labels = placed.map((labelY, i) => ({
    ...ends[i]!,
    labelY,
    leader: Math.abs(labelY - ends[i]!.endY) > LEADER_MIN_PX,
  }));
  const labelDx = labels.some((l) => l.leader) ? LEADER_DX : LABEL_DX;
  const marginRight = Math.max(...labels.map((l) => l.line.label.length * CHAR_PX + labelDx + 8), 16);
  const x = Plot.scale({ x: { domain: xDomain, range: [marginLeft, width - marginRight] } });
  const columnPx = x.apply(column) as number;
  const leaderX = [columnPx + 3, columnPx + labelDx - 3].map((px) => x.invert!(px) as number);

  const legendItems = legend ? legendLayout(ends.map((e) => e.line.label), width - marginLeft - marginRight) : [];
  const marginTop = frameTop + (legend ? (Math.max(...legendItems.map((item) => item.row)) + 1) * LEGEND_ROW_PX : 0);
  const legendMarks = legendItems.flatMap(({ dx, row }, i) => {
    const { line } = ends[i]!;
    // Below the value axis's label, which Plot puts at the very top.
    const at = { frameAnchor: 'top-left', dy: -marginTop + MARGIN_TOP + LEGEND_ROW_PX / 2 + row * LEGEND_ROW_PX } as const;
    return [
      Plot.dot([line], { ...at, dx: dx + SWATCH_PX / 2, symbol: LINE_SWATCH, r: SWATCH_PX / 2, stroke: line.color, strokeWidth: line.highlight ? 3 : 2 }),
      Plot.text([line], { ...at, dx: dx + SWATCH_PX + 4, text: 'label', textAnchor: 'start', fill: readableOn(line.color, colors.background), fontWeight: line.highlight ? 'bold' : 'normal' }),
    ];
  });

  const markerLabel = marker && Plot.text([marker], {
    x: 'x',
    text: 'label',
    textAnchor: 'end',
    dx: -MARKER_LABEL_DX,
    fill: colors.reference,
    frameAnchor: 'top',
    ...(besideAxisLabel ? { lineAnchor: 'top', dy: Y_LABEL_INSET - marginTop } : { lineAnchor: 'bottom', dy: -4 }),
  });
  const tips = [...figures, ...goals].filter((d) => d.tip);
  return Plot.plot({
    document,
    width,
    height,
    marginTop,
    marginBottom: MARGIN_BOTTOM,
    marginLeft,
    marginRight,
    // Whole years only: a few years would otherwise get ticks between them.
    x: { domain: xDomain, label: null, tickFormat: 'd', ticks: ticks(...xDomain, xTicks ?? (narrow ? 4 : 8)).filter(Number.isInteger) },
    y: {
      type: yType,
      domain,
      label: yLabel,
      grid: true,
      ticks: valueTicks(yTicks, yType, domain, height - marginTop - MARGIN_BOTTOM),
      tickFormat: yTickFormat,
    },
    marks: [
      Plot.ruleY(levels, { y: 'y', stroke: colors.reference, strokeDasharray: '4,3' }),
      Plot.text(levels, { x: levelLabelX ?? Math.min(...points.map((p) => p.x)), y: 'y', text: 'label', dy: -8, textAnchor: 'start', fill: colors.reference }),
      Plot.dot(goals, { x: 'x', y: 'y', symbol: 'diamond', r: 5, fill: colors.reference, stroke: colors.background }),
      Plot.text(goals, { x: 'x', y: 'y', text: 'label', dy: 18, textAnchor: 'end', lineHeight: 1.15, fill: colors.reference }),
      ...(marker ? [Plot.ruleX([marker.x], { stroke: colors.reference, strokeOpacity: 0.6 })] : []),
      ...lines.flatMap((s) => [
        Plot.lineY(s.points, { x: 'x', y: 'y', stroke: s.color, strokeWidth: s.highlight ? 2 : 1.5 }),
        Plot.dot(s.points.filter((p, i) => p.dot || isAlone(s.points, i)), { x: 'x', y: 'y', fill: s.color, r: 3 }),
      ]),
      ...(markerLabel ? [markerLabel] : []),
      ...labels.flatMap((l) => [
        ...(l.leader
          ? [Plot.link([l], { x1: leaderX[0]!, y1: y.invert!(l.endY) as number, x2: leaderX[1]!, y2: y.invert!(l.labelY) as number, stroke: l.line.color, strokeWidth: 1 })]
          : []),
        Plot.text([l], {
          x: column,
          y: y.invert!(l.labelY) as number,
          text: (d: typeof l) => d.line.label,
          dx: labelDx,
          textAnchor: 'start',
          fill: readableOn(l.line.color, colors.background),
          fontWeight: l.line.highlight ? 'bold' : 'normal',
        }),
      ]),
      ...legendMarks,
      Plot.tip(tips, Plot.pointerX({ render: unlabelled, x: 'x', y: 'y', fill: colors.background, title: 'tip' })),
    ],
  });
}
