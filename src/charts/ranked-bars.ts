/**
 * Horizontal bars ranked by value, one row per subject: its rank and name left of the bar, its
 * figure written beside the bar (or inside a long one), the subject of the claim highlighted,
 * an optional reference rule (a 2% guideline), an optional cut of an outlying first bar (so the
 * others stay readable) and a tip per bar. The caller orders the bars; this draws them.
 */
import * as Plot from '@observablehq/plot';
import type { ChartOptions } from '../indicator.js';
import { DEFAULT_COLORS, formatExact, NARROW, unlabelled } from '../lib/chart.js';

/** One bar: a row of the chart. */
export interface RankedBar {
  /** The name left of the bar; unique within the chart. */
  label: string;
  /** Length of the bar; null for a subject without a figure: no bar, only its `valueLabel`. */
  value: number | null;
  /** Shown left of the name; left out for a row outside the ranking (a non-member shown for comparison). */
  rank?: number;
  /** The subject of the claim (Japan): the accent colour and bold labels. */
  highlight?: boolean;
  /** The text beside the bar; the value as published when absent. */
  valueLabel?: string;
  /** The tip's text, one line per `\n`; no tip when absent. */
  tip?: string;
}

/** A vertical rule across the bars at a value, labelled above them, e.g. a 2% guideline. */
export interface ReferenceRule {
  value: number;
  label: string;
}

export interface RankedBarsOptions extends ChartOptions {
  /** Label of the value axis, e.g. "Current US$ millions →". */
  xLabel?: string;
  /** Formats the ticks of the value axis; figures as published by default. */
  tickFormat?: (value: number) => string;
  reference?: ReferenceRule;
  /**
   * Cut the largest bar when drawing it whole would squeeze the others (it reaches more than
   * twice as far as any other bar and its label): the axis ends at the others, the cut bar
   * carries a break mark and its `valueLabel` written on it.
   */
  cut?: boolean;
  /** Pixels per bar, gap included. */
  step?: number;
}

/** Rough width of one character of chart text (12px), to keep labels inside the chart; bold is wider. */
export const CHAR_PX = 7;
const BOLD_CHAR_PX = 8;
/** Tooltip line lengths, in ems; narrow lines let the tip fit beside a bar on a phone. */
const TIP_EMS = 24;
const TIP_EMS_NARROW = 14;
/** Room for one tick label such as "800,000" and the gap after it. */
const TICK_SPACING_PX = 110;
/** The largest bar is cut when it reaches further than this many times any other bar's reach. */
const CUT_RATIO = 2;
/** With a cut bar, the axis reaches this many times the longest of the other bars. */
const CUT_ROOM = 1.2;
/** A bar at least this share of the longest carries its figure inside, where the figure fits. */
const INSIDE_SHARE = 0.6;
/** Right edge of the rank column, from the chart's left edge. */
const RANK_RIGHT_PX = 22;
const MARGIN_RIGHT = 28; // room for the last tick label
const MARGIN_BOTTOM = 40;

const valueOf = (bar: RankedBar) => bar.value ?? 0;
const valueText = (bar: RankedBar) => bar.valueLabel ?? (bar.value === null ? '' : formatExact(bar.value));
const textPx = (text: string) => text.length * CHAR_PX;

/** Where a reference label fits: right of its rule, else left of it, else centred on it. */
function anchorOf(rulePx: number, labelPx: number, plotWidth: number, marginLeft: number): 'start' | 'end' | 'middle' {
  if (rulePx + labelPx + 4 <= plotWidth + MARGIN_RIGHT) return 'start';
  return rulePx - labelPx - 4 >= -marginLeft ? 'end' : 'middle';
}

export function rankedBars(
  bars: RankedBar[],
  {
    width = 640,
    height,
    document,
    colors = DEFAULT_COLORS,
    xLabel,
    tickFormat = formatExact,
    reference,
    cut = false,
    step = 24,
  }: RankedBarsOptions = {},
): SVGSVGElement | HTMLElement {
  const narrow = width < NARROW;
  const ranked = bars.some((b) => b.rank !== undefined);
  const marginLeft = (ranked ? RANK_RIGHT_PX + 8 : 4) + Math.max(0, ...bars.map((b) => textPx(b.label))) + 6;
  const marginTop = reference ? 24 : 8;
  const plotWidth = width - marginLeft - MARGIN_RIGHT;
  const labelPx = (b: RankedBar) => valueText(b).length * (b.highlight ? BOLD_CHAR_PX : CHAR_PX) + 10;
  // How far the axis must reach for a bar's figure to fit beside it.
  const reach = (b: RankedBar) => valueOf(b) / Math.max(0.2, 1 - labelPx(b) / plotWidth);
  const largest = bars.reduce<RankedBar | undefined>((a, b) => (!a || valueOf(b) > valueOf(a) ? b : a), undefined);
  const othersReach = Math.max(reference?.value ?? 0, ...bars.filter((b) => b !== largest).map(reach));
  const cutBar = cut && largest && valueOf(largest) > CUT_RATIO * othersReach ? largest : undefined;
  const drawn = bars.filter((b) => b !== cutBar);
  // A long bar carries its figure inside; the axis stretches just enough for the others' to fit beside theirs.
  const longest = Math.max(0, ...drawn.map(valueOf)) || 1;
  const fitsInside = (b: RankedBar) =>
    b.value !== null && b.value / longest >= INSIDE_SHARE && (b.value / longest) * plotWidth >= labelPx(b) + 10;
  const inside = drawn.filter(fitsInside);
  const beside = drawn.filter((b) => !fitsInside(b));
  // Past a cut bar's break, the axis runs on beyond the others, so that the cut bar shows as the longest.
  const xMax = Math.max(longest * (cutBar ? CUT_ROOM : 1), reference?.value ?? 0, ...beside.map(reach));
  const px = xMax / plotWidth; // axis units per pixel
  const fill = (b: RankedBar) => (b.highlight ? colors.accent : colors.muted);
  const halo = { stroke: colors.background, strokeWidth: 3, paintOrder: 'stroke' };
  const labels = (data: RankedBar[], { fill, fontWeight }: { fill: string; fontWeight: string }) => [
    Plot.text(data.filter((b) => b.rank !== undefined), {
      x: 0, y: 'label', text: (b: RankedBar) => String(b.rank), textAnchor: 'end', dx: -(marginLeft - RANK_RIGHT_PX), fill, fontWeight,
    }),
    Plot.text(data, { x: 0, y: 'label', text: 'label', textAnchor: 'end', dx: -6, fill, fontWeight }),
    // A halo in the background colour keeps a figure readable on any bar colour, and over a reference rule.
    ...[beside, inside].map((placed) =>
      Plot.text(data.filter((b) => placed.includes(b)), {
        x: valueOf,
        y: 'label',
        text: valueText,
        ...(placed === inside ? { textAnchor: 'end', dx: -4 } : { textAnchor: 'start', dx: 4 }),
        fill,
        fontWeight,
        ...halo,
      }),
    ),
  ];
  return Plot.plot({
    document,
    width,
    height: height ?? bars.length * step + marginTop + MARGIN_BOTTOM + 4,
    marginLeft,
    marginRight: MARGIN_RIGHT,
    marginTop,
    marginBottom: MARGIN_BOTTOM,
    x: {
      label: xLabel,
      labelAnchor: 'left',
      labelOffset: 34,
      domain: [0, xMax],
      grid: true,
      ticks: Math.max(2, Math.floor(plotWidth / TICK_SPACING_PX)),
      tickFormat,
    },
    y: { domain: bars.map((b) => b.label), axis: null, padding: 0.2 },
    marks: [
      Plot.barX(bars.filter((b) => b.value !== null), { x: 'value', y: 'label', fill, clip: Boolean(cutBar) }),
      Plot.ruleX([0], { stroke: colors.reference }),
      ...(reference
        ? [
            Plot.ruleX([reference.value], { stroke: colors.reference, strokeDasharray: '4,3' }),
            Plot.text([reference], {
              x: 'value',
              frameAnchor: 'top',
              dy: -12,
              text: 'label',
              textAnchor: anchorOf(reference.value / px, textPx(reference.label), plotWidth, marginLeft),
              fill: colors.reference,
            }),
          ]
        : []),
      ...labels(bars.filter((b) => !b.highlight), { fill: 'currentColor', fontWeight: 'normal' }),
      ...labels(bars.filter((b) => b.highlight), { fill: colors.accent, fontWeight: 'bold' }),
      // The cut bar: a break mark near the axis end, and its figure written on the bar.
      ...(cutBar
        ? [
            Plot.text([cutBar], { x: xMax - 14 * px, y: 'label', text: () => '//', fill: colors.background, fontSize: 16, fontWeight: 'bold' }),
            Plot.text([cutBar], { x: xMax - 26 * px, y: 'label', text: valueText, textAnchor: 'end', fill: colors.background, fontWeight: 'bold' }),
          ]
        : []),
      Plot.tip(
        bars.filter((b) => b.tip),
        Plot.pointerY({
          render: unlabelled,
          // On a phone the tip is wider than half the chart: pinned to the axis, it opens rightwards and fits.
          x: (b: RankedBar) => (narrow ? 0 : Math.min(valueOf(b), xMax)),
          y: 'label',
          fill: colors.background,
          lineWidth: narrow ? TIP_EMS_NARROW : TIP_EMS,
          title: 'tip',
        }),
      ),
    ],
  });
}
